import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import cues from '../../data/structure/definitions.json' with { type: 'json' };
import { type Definition, findDefinitions } from '../../src/structure/definitions/index.js';

function terms(found: Definition[], kind?: Definition['kind']): string[] {
  return found.filter((d) => kind === undefined || d.kind === kind).map((d) => d.term.text);
}

describe('data/structure/definitions.json', () => {
  for (const form of cues.inline) {
    for (const example of form.examples) {
      it(`should find the term "${example.term}" with ${form.id}`, () => {
        const found = findDefinitions(example.text, { lang: form.lang as 'kk' | 'ru' });
        expect(terms(found, 'inline')).toEqual([example.term]);
      });
    }
    for (const counter of form.counterExamples) {
      it(`should find no ${form.id} definition in "${counter}"`, () => {
        expect(terms(findDefinitions(counter), 'inline')).toEqual([]);
      });
    }
  }
  for (const example of cues.aliases.examples) {
    it(`should read the alias "${example.term}"`, () => {
      expect(terms(findDefinitions(example.text), 'alias')).toEqual([example.term]);
    });
  }
  for (const counter of cues.aliases.counterExamples) {
    it(`should read no alias in "${counter}"`, () => {
      expect(terms(findDefinitions(`Текст ${counter} дальше.`), 'alias')).toEqual([]);
    });
  }
  for (const cue of cues.numberedCues) {
    for (const example of cue.examples) {
      it(`should open a numbered list after "${example}"`, () => {
        const text = `Статья 1. Понятия\n${example}\n1) термин – его определение;\n2) другой термин - другое определение.`;
        const found = findDefinitions(text);
        expect(terms(found, 'numbered')).toEqual(['термин', 'другой термин']);
        expect(found.every((d) => d.lang === cue.lang)).toBe(true);
      });
    }
  }
  for (const example of cues.characterisingPredicates.examples) {
    it(`should reject the characterisation "${example.slice(0, 30)}…"`, () => {
      expect(findDefinitions(example)).toEqual([]);
    });
  }
});

describe('findDefinitions: numbered definition articles', () => {
  const ru = [
    '### Статья 1. Основные понятия',
    '',
    'В настоящем Законе используются следующие основные понятия:',
    '',
    '1) аким - представитель Президента;',
    '',
    '3-1) социальная инфраструктура – совокупность юридических лиц;',
    '',
    'Правовой статус определяется законодательством;',
    '',
    '5) исполнительный орган, финансируемый из местного бюджета, - государственное учреждение;',
    '',
    '*14) исключен Законом РК от 30.06.2021 № 60-VII;*',
    '',
    '16) нестационарный объект — временное сооружение.',
    '',
    '> *Сноска. Статья 1 в редакции Закона РК от 09.02.2009 № 126.*',
    '',
    '### Статья 2. Другое',
    '',
    '1) не определение - а перечень;',
  ].join('\n');
  const found = findDefinitions(ru);

  it('should read every defined term, skipping a deleted item and other articles', () => {
    expect(terms(found, 'numbered')).toEqual([
      'аким',
      'социальная инфраструктура',
      'исполнительный орган, финансируемый из местного бюджета',
      'нестационарный объект',
    ]);
  });

  it('should give the definition range of the point’s own text', () => {
    const first = found.find((d) => d.term.text === 'аким')!;
    expect(ru.slice(first.definition.start, first.definition.end)).toBe('представитель Президента');
    const inserted = found.find((d) => d.term.text === 'социальная инфраструктура')!;
    expect(ru.slice(inserted.definition.start, inserted.definition.end)).toBe(
      'совокупность юридических лиц',
    );
  });

  it('should slice term offsets to the term text and carry high confidence', () => {
    for (const definition of found) {
      expect(ru.slice(definition.term.start, definition.term.end)).toBe(definition.term.text);
      expect(definition.lang).toBe('ru');
      expect(definition.confidence).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('should read the Kazakh form', () => {
    const kk =
      '1-бап. Ұғымдар\nОсы Заңда мынадай негізгі ұғымдар пайдаланылады:\n1) әкім – жергілікті атқарушы органды басқаратын лауазымды адам;\n2) мәслихат сессиясы - мәслихат қызметінің негізгі нысаны.';
    const kkFound = findDefinitions(kk, { lang: 'kk' });
    expect(terms(kkFound, 'numbered')).toEqual(['әкім', 'мәслихат сессиясы']);
    expect(kkFound.every((d) => d.lang === 'kk')).toBe(true);
  });
});

describe('findDefinitions: inline forms', () => {
  const cases: [string, 'kk' | 'ru', string, string][] = [
    [
      'Аймақ – бұл республика аумағының бір бөлігі.',
      'kk',
      'Аймақ',
      'республика аумағының бір бөлігі',
    ],
    [
      'Ауыл (село) дегеніміз – саны кем дегенде 50 адамнан тұратын елді мекен.',
      'kk',
      'Ауыл (село)',
      'саны кем дегенде 50 адамнан тұратын елді мекен',
    ],
    [
      'Сондықтан, жергілікті өзін-өзі басқару дегеніміз халықтың дербес қызметі.',
      'kk',
      'жергілікті өзін-өзі басқару',
      'халықтың дербес қызметі',
    ],
    [
      'Мәслихат деп халық сайлайтын өкілді орган түсініледі.',
      'kk',
      'Мәслихат',
      'халық сайлайтын өкілді орган',
    ],
    [
      'Под местным сообществом понимается совокупность жителей.',
      'ru',
      'местным сообществом',
      'совокупность жителей',
    ],
    [
      'Иными словами, местное самоуправление — это публичная власть населения.',
      'ru',
      'местное самоуправление',
      'публичная власть населения',
    ],
  ];
  for (const [text, lang, term, body] of cases) {
    it(`should find "${term}" in "${text.slice(0, 40)}…"`, () => {
      const found = findDefinitions(text);
      expect(found).toHaveLength(1);
      const definition = found[0]!;
      expect(definition).toMatchObject({ kind: 'inline', lang, term: { text: term } });
      expect(text.slice(definition.term.start, definition.term.end)).toBe(term);
      expect(text.slice(definition.definition.start, definition.definition.end)).toBe(body);
      expect(definition.confidence).toBeGreaterThan(0.5);
      expect(definition.confidence).toBeLessThan(1);
    });
  }

  const negatives = [
    'Аймақ – бұл мемлекеттің дербес бөлігі емес.',
    'Жергілікті өзін-өзі басқару дегеніміз мемлекеттік билік емес.',
    'Местное самоуправление — это не государственная власть.',
    'Главная проблема – это нехватка средств.',
    'Бұл – бұл жағдайдың салдары.',
    'Наглядный тому пример – это события 1990 года.',
    'Үкіметті халыққа жақындатады деп айтуға болады.',
  ];
  for (const text of negatives) {
    it(`should reject "${text}"`, () => {
      expect(findDefinitions(text)).toEqual([]);
    });
  }

  it('should read a term wrapped over lines and a definition that ends at a new capitalised line', () => {
    const text =
      'Жергілікті өзін-өзі басқару \n\nорғандары – бұл биліктің ерекше деңгейі\nКелесі сөйлем.';
    const [definition] = findDefinitions(text);
    expect(definition?.term.text).toBe('Жергілікті өзін-өзі басқару орғандары');
    expect(text.slice(definition!.definition.start, definition!.definition.end)).toBe(
      'биліктің ерекше деңгейі',
    );
  });
});

describe('findDefinitions: aliases', () => {
  it('should read the full name before "(далее – X)"', () => {
    const text =
      'Утвердить Правила, согласованные с Министерством финансов Республики Казахстан (далее – Министерство).';
    const [alias] = findDefinitions(text);
    expect(alias).toMatchObject({ kind: 'alias', lang: 'ru', term: { text: 'Министерство' } });
    expect(text.slice(alias!.definition.start, alias!.definition.end)).toBe(
      'согласованные с Министерством финансов Республики Казахстан',
    );
  });

  it('should read a Kazakh alias with "деп аталады"', () => {
    const text =
      'Қазақстан Республикасының Қаржы министрлігі (бұдан әрі – Министрлік деп аталады) бекітеді.';
    const [alias] = findDefinitions(text);
    expect(alias).toMatchObject({ kind: 'alias', lang: 'kk', term: { text: 'Министрлік' } });
  });
});

describe('findDefinitions properties', () => {
  it('should never throw and keep every range inside the text', () => {
    const pieces = [
      '– бұл ',
      ' дегеніміз ',
      ' деп ',
      ' түсініледі',
      'под ',
      ' понимается ',
      ' — это ',
      '(далее – ',
      ')',
      '1) ',
      'емес',
      '.',
      '\n',
      'Аймақ',
      'слово ',
    ];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (input) => {
        for (const definition of findDefinitions(input)) {
          expect(definition.term.start).toBeGreaterThanOrEqual(0);
          expect(definition.term.end).toBeGreaterThan(definition.term.start);
          expect(definition.definition.end).toBeLessThanOrEqual(input.length);
          expect(definition.definition.end).toBeGreaterThan(definition.definition.start);
          expect(definition.confidence).toBeGreaterThan(0);
          expect(definition.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 400 },
    );
  });
});
