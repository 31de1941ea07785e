import { describe, expect, it } from 'vitest';
import headings from '../../data/structure/headings.json' with { type: 'json' };
import {
  detectFormat,
  parseStructure,
  type StructureUnit,
} from '../../src/structure/units/index.js';

function flatten(units: readonly StructureUnit[]): StructureUnit[] {
  return units.flatMap((unit) => [unit, ...flatten(unit.children)]);
}

function firstOf(units: readonly StructureUnit[], type: string): StructureUnit | undefined {
  return flatten(units).find((unit) => unit.type === type);
}

describe('data/structure/headings.json', () => {
  for (const entry of headings.units) {
    for (const example of entry.examples) {
      it(`should read "${example.text}" as ${entry.type} ${example.num}`, () => {
        const unit = firstOf(parseStructure(example.text, { format: 'plain' }), entry.type);
        expect(unit?.num).toBe(example.num);
        if ('heading' in example) expect(unit?.heading).toBe(example.heading);
      });
    }
    for (const counter of entry.counterExamples) {
      it(`should not read "${counter}" as a ${entry.type} (${entry.id})`, () => {
        const units = flatten(parseStructure(counter, { format: 'plain' }));
        const wrong = units.filter(
          (unit) => unit.type === entry.type && (entry.type !== 'subparagraph' || unit.start === 0),
        );
        expect(wrong).toEqual([]);
      });
    }
  }

  for (const example of headings.notes.examples) {
    it(`should keep "${example.slice(0, 30)}…" apart as a note`, () => {
      const text = `Статья 1. Заголовок\n\n1. Норма.\n\n> *${example}*\n`;
      const notes = flatten(parseStructure(text)).filter((unit) => unit.type === 'note');
      expect(notes).toHaveLength(1);
      expect(text.slice(notes[0]!.start, notes[0]!.end)).toContain(example);
    });
  }
  for (const counter of headings.notes.counterExamples) {
    it(`should not take "${counter}" for a note`, () => {
      const units = flatten(parseStructure(`Статья 1.\n${counter}`));
      expect(units.some((unit) => unit.type === 'note')).toBe(false);
    });
  }
  for (const example of headings.notes.articleScope.examples) {
    it(`should give "${example.text.slice(0, 24)}…" to article ${example.num}`, () => {
      const text = `Статья ${example.num}. Заголовок\n1. Пункт:\n1) подпункт;\n> *${example.text}*`;
      const [article] = parseStructure(text);
      expect(article?.children.map((unit) => unit.type)).toEqual(['paragraph', 'note']);
    });
  }
  for (const counter of headings.notes.articleScope.counterExamples) {
    it(`should leave "${counter.slice(0, 24)}…" with the point it follows`, () => {
      const text = `Статья 2. Заголовок\n1. Пункт:\n1) подпункт;\n> *${counter}*`;
      const [article] = parseStructure(text);
      expect(article?.children.map((unit) => unit.type)).toEqual(['paragraph']);
      expect(flatten(article!.children).some((unit) => unit.type === 'note')).toBe(true);
    });
  }
  for (const example of headings.footnotes.examples) {
    it(`should read "${example.slice(0, 20)}" as a footnote`, () => {
      expect(firstOf(parseStructure(`Текст.\n\n${example}`), 'footnote')).toBeDefined();
    });
  }
});

const plainLaw = [
  'ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН',
  'О местном государственном управлении',
  'Настоящий Закон регулирует общественные отношения.',
  'РАЗДЕЛ 1',
  'Общие положения',
  'Глава 2. Маслихаты',
  'Статья 39-3. Сходы местного сообщества',
  '1. Сход проводится по вопросам:',
  '1) определение приоритетных задач;',
  '3-1) заслушивание отчетов;',
  'Решение принимается большинством.',
  '2-1. Собрание проводится ежегодно.',
  'Сноска. Статья 39-3 с изменениями, внесенными Законом РК от 09.02.2009 № 126.',
  'Статья 39-7. Территориальные советы',
  'Статья 5 настоящего Закона применяется к советам.',
].join('\n');

describe('parseStructure on plain text', () => {
  const units = parseStructure(plainLaw);
  const all = flatten(units);

  it('should put the lines before the first unit into a preamble', () => {
    expect(units[0]?.type).toBe('preamble');
    expect(plainLaw.slice(units[0]!.start, units[0]!.end)).toContain('Настоящий Закон');
  });

  it('should take a section heading from the line after "РАЗДЕЛ 1"', () => {
    const section = all.find((unit) => unit.type === 'section');
    expect(section).toMatchObject({ num: '1', heading: 'Общие положения' });
    expect(plainLaw.slice(section!.headingRange!.start, section!.headingRange!.end)).toBe(
      'Общие положения',
    );
  });

  it('should read inserted numbers as numbers, not ranges', () => {
    expect(all.filter((unit) => unit.type === 'article').map((unit) => unit.num)).toEqual([
      '39-3',
      '39-7',
    ]);
    expect(all.find((unit) => unit.num === '3-1')?.type).toBe('subparagraph');
    expect(all.find((unit) => unit.num === '2-1')?.type).toBe('paragraph');
  });

  it('should build the eId from the path', () => {
    const eIds = all.map((unit) => unit.eId);
    expect(eIds).toContain('sec_1__chp_2__art_39-3__para_1__subpara_3-1');
    expect(eIds).toContain('sec_1__chp_2__art_39-3__note_1');
  });

  it('should keep the note apart from the norm text', () => {
    const note = all.find((unit) => unit.type === 'note');
    expect(plainLaw.slice(note!.start, note!.end)).toMatch(/^Сноска\. Статья 39-3/);
  });

  it('should number an indent after the point text as абзац 2', () => {
    const indent = all.find((unit) => unit.type === 'indent');
    expect(indent?.num).toBe('2');
    expect(plainLaw.slice(indent!.start, indent!.end)).toBe('Решение принимается большинством.');
  });

  it('should not read a sentence that starts with "Статья 5 настоящего" as a heading', () => {
    expect(all.some((unit) => unit.type === 'article' && unit.num === '5')).toBe(false);
  });

  it('should give each heading range the heading text', () => {
    for (const unit of all.filter((u) => u.headingRange)) {
      expect(plainLaw.slice(unit.headingRange!.start, unit.headingRange!.end)).toBe(unit.heading);
    }
  });
});

describe('parseStructure on Markdown', () => {
  const markdown = [
    '---',
    'source: https://example.kz/doc',
    '---',
    '',
    '# Закон',
    '',
    '> *Сноска. Заголовок с изменениями.*',
    '',
    '## 2-тарау. ЖАЛПЫ ЕРЕЖЕЛЕР',
    '',
    '<a id="st39-3"></a>',
    '',
    '### 39-3-бап. Жиындар',
    '',
    '1. Жиын өткізіледі:',
    '',
    '   1) бірінші;',
    '',
    '   35\\) отыз бесінші;',
    '',
    '   > *Ескерту. 35) тармақша өзгертілді.*',
    '',
    '   > *мәтін жалғасы*',
    '',
    '2. Екінші тармақ:',
    '',
    '   «3. Ескі мәтін:',
    '',
    '   1) ескі тармақша;',
    '',
    '   4. Ескі тармақ.»',
    '',
    '### 32-2 бап. Тағайындау',
    '',
    '**Примечание. См. постановление.**',
  ].join('\n');
  const all = flatten(parseStructure(markdown, { lang: 'kk' }));

  it('should detect Markdown', () => {
    expect(detectFormat(markdown)).toBe('markdown');
    expect(detectFormat(plainLaw)).toBe('plain');
  });

  it('should skip front matter, the title and anchors', () => {
    expect(all.some((unit) => markdown.slice(unit.start, unit.end).includes('source:'))).toBe(
      false,
    );
    expect(all.some((unit) => unit.type === 'preamble')).toBe(false);
  });

  it('should read Kazakh chapter and article headings, also "32-2 бап"', () => {
    expect(all.filter((u) => u.type !== 'note' && u.type !== 'indent').map((u) => u.eId)).toEqual([
      'chp_2',
      'chp_2__art_39-3',
      'chp_2__art_39-3__para_1',
      'chp_2__art_39-3__para_1__subpara_1',
      'chp_2__art_39-3__para_1__subpara_35',
      'chp_2__art_39-3__para_2',
      'chp_2__art_32-2',
    ]);
    expect(all.find((u) => u.type === 'chapter')?.heading).toBe('ЖАЛПЫ ЕРЕЖЕЛЕР');
  });

  it('should join a block-quoted continuation to its note', () => {
    const note = all.find(
      (u) => u.type === 'note' && markdown.slice(u.start, u.end).includes('35)'),
    );
    expect(markdown.slice(note!.start, note!.end)).toContain('мәтін жалғасы');
  });

  it('should open no units inside a quotation that spans lines', () => {
    const point2 = all.find((u) => u.eId === 'chp_2__art_39-3__para_2')!;
    expect(flatten(point2.children).filter((u) => u.type !== 'indent')).toEqual([]);
    expect(markdown.slice(point2.start, point2.end)).toContain('4. Ескі тармақ.»');
  });

  it('should keep bold "Примечание" lines as notes', () => {
    expect(all.filter((u) => u.type === 'note')).toHaveLength(3);
  });

  it('should take a section heading from the next Markdown heading', () => {
    const units = parseStructure('## Раздел I.\n\n## Общие положения\n\n### Статья 1\n\nТекст.');
    expect(units[0]).toMatchObject({ type: 'section', num: 'I', heading: 'Общие положения' });
  });

  it('should add a suffix to a repeated eId', () => {
    const eIds = flatten(parseStructure('Статья 1.\n1. а\n1. б\nСтатья 1.\n')).map((u) => u.eId);
    expect(eIds).toEqual(['art_1', 'art_1__para_1', 'art_1__para_1_dup2', 'art_1_dup2']);
  });

  it('should read Cyrillic Roman numerals as Latin ones', () => {
    expect(parseStructure('## ІІ бөлім Негізгі құқықтар')[0]?.num).toBe('II');
  });
});

describe('parseStructure on odd input', () => {
  it('should return nothing for empty text', () => {
    expect(parseStructure('')).toEqual([]);
  });

  it('should not throw on a value that is not a string', () => {
    expect(() => parseStructure(undefined as unknown as string)).not.toThrow();
  });

  it('should handle CRLF line ends', () => {
    const text = 'Статья 1. Заголовок\r\n1. Текст.\r\n2. Текст.\r\n';
    const all = flatten(parseStructure(text));
    expect(all.map((u) => u.eId)).toEqual(['art_1', 'art_1__para_1', 'art_1__para_2']);
    expect(all[0]!.heading).toBe('Заголовок');
  });
});
