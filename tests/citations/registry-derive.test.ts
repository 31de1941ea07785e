import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticleTable } from '../../src/citations/registry/derive/article-table.js';
import {
  canonicalNumber,
  findCitedActs,
  numberVariants,
  stripParentheses,
} from '../../src/citations/registry/derive/cited-acts.js';
import { parseNoteDate } from '../../src/citations/registry/derive/notes.js';
import { parseArticles } from '../../src/citations/registry/derive/parse-articles.js';
import {
  buildWorkIri,
  loadActs,
  normalizeActNumber,
  titleCore,
} from '../../src/citations/registry/index.js';
import { mergeActs } from '../../src/citations/registry/merge.js';
import type { Act } from '../../src/citations/registry/types.js';
import { KazlexError } from '../../src/errors.js';

const RU = `## Глава 1. Общие положения

<a id="st1"></a>

### Статья 1. Основные понятия

1. Первый пункт.

   1) подпункт;

2. Второй пункт.

   2. Иная редакция второго пункта.

2-1. Вставленный пункт.

> *Сноска. Статья 1 с изменениями, внесенными Законом РК от 09.02.2009 N 126.*

### Статья 1-1. Вставленная статья

Текст.

> *Сноска. Закон дополнен статьей 1-1 в соответствии с Законом РК от 09.02.2009 N 126 (порядок введения в действие см. ст.2).*

### Статья 2. Исключенная

*Сноска. Статья 2 исключена Законом РК от 21.07.2011 № 465-IV (вводится в действие с 01.01.2012).*
`;

const KK = `## 1-тарау. ЖАЛПЫ ЕРЕЖЕЛЕР

### 1-бап. Негізгі ұғымдар

1. Бірінші тармақ.

   1) тармақша;

2. Екінші тармақ.

   2-1. Енгізілген тармақ.

### 1-1-бап. Енгізілген бап

Мәтін.

> *Ескерту. Заң 1-1-баппен толықтырылды - ҚР 2009.02.09 N 126-IV (қолданысқа енгізілу тәртібін 2-баптан қараңыз) Заңымен.*

### 2 бап. Алынған

> *Ескерту. 2-бап алып тасталды - ҚР 21.07.2011 № 465-IV Заңымен.*
`;

describe('parseArticles', () => {
  const ru = parseArticles(RU, 'ru');
  const kk = parseArticles(KK, 'kk');

  it('finds articles with inserted numbers and headings', () => {
    expect(ru.articles.map((a) => [a.num, a.heading])).toEqual([
      ['1', 'Основные понятия'],
      ['1-1', 'Вставленная статья'],
      ['2', 'Исключенная'],
    ]);
    expect(kk.articles.map((a) => a.num)).toEqual(['1', '1-1', '2']);
  });

  it('takes numbered paragraphs, skipping sub-points and repeated wordings', () => {
    expect(ru.articles[0]?.paragraphs).toEqual(['1', '2', '2-1']);
    expect(kk.articles[0]?.paragraphs).toEqual(['1', '2', '2-1']);
  });

  it('takes sub-points under their paragraph, including escaped ones', () => {
    const text =
      '### Статья 5. Х\n\n1) a;\n\n1. Пункт:\n\n   1) b;\n\n   35\\) c;\n\n   *3-1) исключен*\n';
    expect(parseArticles(text, 'ru').articles[0]?.subparagraphs).toEqual({
      '': ['1'],
      '1': ['1', '35', '3-1'],
    });
    expect(ru.articles[0]?.subparagraphs).toEqual({ '1': ['1'] });
  });

  it('marks an article with only notes as empty', () => {
    expect(ru.articles.map((a) => a.empty)).toEqual([false, false, true]);
  });

  it('reads insertion and repeal notes in both languages', () => {
    expect(ru.inserted.get('1-1')).toEqual({ date: '2009-02-09', number: '126' });
    expect(kk.inserted.get('1-1')).toEqual({ date: '2009-02-09', number: '126-IV' });
    expect(ru.repealed.get('2')).toEqual({ date: '2011-07-21', number: '465-IV' });
    expect(kk.repealed.get('2')).toEqual({ date: '2011-07-21', number: '465-IV' });
  });
});

describe('buildArticleTable', () => {
  it('joins the languages and keeps the fuller amending-law number', () => {
    const { articles, mismatches } = buildArticleTable(
      parseArticles(KK, 'kk'),
      parseArticles(RU, 'ru'),
    );
    expect(mismatches).toEqual([]);
    expect(articles[1]).toMatchObject({
      num: '1-1',
      inserted: { date: '2009-02-09', number: '126-IV' },
    });
    expect(articles[2]).toMatchObject({
      num: '2',
      repealed: { date: '2011-07-21', number: '465-IV' },
    });
    expect(articles[0]?.heading).toEqual({ kk: 'Негізгі ұғымдар', ru: 'Основные понятия' });
  });

  it('reports articles and paragraphs found in one language only', () => {
    const kkShort = KK.replace('2. Екінші тармақ.', 'Екінші тармақ.').replace(
      /### 1-1-бап[\s\S]*?(?=### 2 бап)/,
      '',
    );
    const { articles, mismatches } = buildArticleTable(
      parseArticles(kkShort, 'kk'),
      parseArticles(RU, 'ru'),
    );
    expect(mismatches).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^article 1-1: in ru only$/),
        expect.stringMatching(/^article 1: paragraphs differ/),
      ]),
    );
    expect(articles[0]?.paragraphs).toBeUndefined();
  });
});

describe('findCitedActs', () => {
  it('carries the Russian kind word over a list of acts', () => {
    const note =
      '> *Сноска. Статья 1 с изменениями, внесенными законами РК от 13.06.2013 № 101-V (вводится в действие с 01.01.2014); Конституционным Законом РК от 03.07.2013 № 121-V; законами РК от 02.11.2015 № 387-V; 11.07.2017 № 90-VI.*';
    const acts = findCitedActs(note, 'ru', 'x.md');
    expect(acts.map((a) => [a.type, a.date, a.writtenNumbers])).toEqual([
      ['law', '2013-06-13', ['№ 101-V']],
      ['constitutional-law', '2013-07-03', ['№ 121-V']],
      ['law', '2015-11-02', ['№ 387-V']],
      ['law', '2017-07-11', ['№ 90-VI']],
    ]);
  });

  it('gives a singular Kazakh kind word to the last act of the list only', () => {
    const note =
      '> *Ескерту. Өзгерістер енгізілді - ҚР 13.06.2013 № 101-V (01.01.2014 бастап); 03.07.2013 № 121-V Конституциялық заңымен; ҚР 2009.02.09 N 126-IV, 2011.07.21 № 465-IV Заңдарымен.*';
    const acts = findCitedActs(note, 'kk', 'x.md');
    expect(acts.map((a) => [a.type, a.date])).toEqual([
      [null, '2013-06-13'],
      ['constitutional-law', '2013-07-03'],
      ['law', '2009-02-09'],
      ['law', '2011-07-21'],
    ]);
  });

  it('ignores in-force dates and acts named inside parentheses', () => {
    const note =
      '> *Сноска. Законом РК от 13.05.2020 № 327-VI (вводится в действие после изменений в Кодекс РК "О налогах" (Налоговый кодекс)); от 07.07.2020 № 361-VI (вводится в действие с 01.01.2021).*';
    const acts = findCitedActs(note, 'ru', 'x.md');
    expect(acts.map((a) => [a.type, a.date])).toEqual([
      ['law', '2020-05-13'],
      ['law', '2020-07-07'],
    ]);
  });

  it('types Constitutional Court resolutions by their number', () => {
    const acts = findCitedActs(
      'Ескертпе. ҚР Конституциялық Сотының 08.04.2023 № 8-НҚ нормативтік қаулысын қараңыз.',
      'kk',
      'x.md',
    );
    expect(acts).toMatchObject([
      { type: 'resolution', issuer: 'constitutional-court', date: '2023-04-08' },
    ]);
  });

  it('reads only notes, not the text of articles', () => {
    expect(findCitedActs('1. Законом РК от 01.01.2020 № 1-VI установлено.', 'ru', 'x.md')).toEqual(
      [],
    );
  });
});

describe('note helpers', () => {
  it('parses both date orders and rejects impossible dates', () => {
    expect(parseNoteDate('09.02.2009')).toBe('2009-02-09');
    expect(parseNoteDate('2009.02.09')).toBe('2009-02-09');
    expect(parseNoteDate('31.02.2009')).toBeNull();
  });

  it('strips nested parentheses', () => {
    expect(stripParentheses('a (b (c) d) e').replace(/\s+/g, ' ')).toBe('a e');
  });

  it('picks the fullest number and lists its variants', () => {
    expect(canonicalNumber(['N 126', '№ 126-IV'])).toBe('126-IV');
    expect(canonicalNumber(['№ 284-VІ'])).toBe('284-VI');
    expect(numberVariants('126-IV', ['N 126'])).toEqual(
      expect.arrayContaining(['126', '126-IV', '№ 126-IV', 'N 126']),
    );
  });
});

describe('normalization', () => {
  it('gives the same act number whatever the sign, spaces and numeral alphabet', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom('', '-I', '-II', '-IV', '-VI', '-VIII'),
        fc.constantFrom('', '№', 'N', '№ ', 'N\u00a0'),
        (digits, suffix, sign) => {
          const cyrillic = suffix.replace(/I/g, 'І');
          expect(normalizeActNumber(`${sign}${digits}${cyrillic}`)).toBe(
            `${digits}${suffix.toLowerCase()}`,
          );
        },
      ),
    );
  });

  it('keeps Kazakh letters in title cores', () => {
    expect(titleCore('«Қазақстан Республикасындағы сайлау туралы»')).toBe('сайлау туралы');
    expect(titleCore('Әкімшілік құқық бұзушылық туралы кодексі')).toBe(
      'әкімшілік құқық бұзушылық туралы кодексі',
    );
  });

  it('builds IRIs with a subtype for kinds other than laws and constitutions', () => {
    expect(buildWorkIri({ type: 'law', date: '2001-01-23', number: '148-II' })).toBe(
      '/akn/kz/act/2001-01-23/148-ii',
    );
    expect(
      buildWorkIri({
        type: 'resolution',
        issuer: 'constitutional-court',
        date: '2023-04-08',
        number: '8-НП',
      }),
    ).toBe('/akn/kz/act/resolution/constitutional-court/2023-04-08/8-np');
    expect(buildWorkIri({ type: 'law', date: '2022-06-08', number: null })).toBe(
      '/akn/kz/act/2022-06-08/nn',
    );
  });
});

const baseAct: Act = {
  id: 'law-x',
  iri: '/akn/kz/act/2004-05-11/552',
  type: 'law',
  number: '552',
  numberVariants: ['552'],
  date: '2004-05-11',
  titles: { kk: [], ru: [] },
  aliases: { kk: [], ru: [] },
  expressions: [],
  source: 'notes',
};

describe('mergeActs and loadActs', () => {
  it('merges a generated and a hand-written entry, keeping the fuller number', () => {
    const titled: Act = {
      ...baseAct,
      iri: '/akn/kz/act/2004-05-11/552-ii',
      number: '552-II',
      numberVariants: ['552-II'],
      titles: { kk: [{ text: 'Т', validFrom: null, validTo: null }], ru: [] },
      source: 'seed',
    };
    const merged = mergeActs(baseAct, titled);
    expect(merged).toMatchObject({
      iri: '/akn/kz/act/2004-05-11/552-ii',
      number: '552-II',
      source: 'notes; seed',
    });
    expect(merged.numberVariants).toEqual(['552', '552-II']);
    expect(merged.titles.kk).toHaveLength(1);
  });

  it('refuses to merge entries that disagree on the date', () => {
    expect(() => mergeActs(baseAct, { ...baseAct, date: '2004-05-12' })).toThrow(KazlexError);
  });

  it('rejects an act file that breaks the schema, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kazlex-acts-'));
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ description: 'x', acts: [{ ...baseAct, iri: '/akn/ru/act/x' }] }),
    );
    expect(() => loadActs(dir)).toThrow(/iri/);
  });

  it('rejects an expression that names a missing article table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kazlex-acts-'));
    const expression = { id: 'e', validFrom: null, validTo: null, articleTable: 'nope' };
    writeFileSync(
      join(dir, 'a.json'),
      JSON.stringify({ description: 'x', acts: [{ ...baseAct, expressions: [expression] }] }),
    );
    expect(() => loadActs(dir)).toThrow(/unknown article table nope/);
  });
});
