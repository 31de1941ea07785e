import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRegistry, loadRegistry } from '../../src/citations/registry/index.js';
import type { Act, ActExpression } from '../../src/citations/registry/types.js';

const registry = loadRegistry();
const ids = (acts: Act[]) => acts.map((act) => act.id);

describe('expressionAt', () => {
  const constitution1995 = registry.byId('constitution-1995')!;
  const constitution2026 = registry.byId('constitution-2026')!;

  it('picks the 1995 Constitution up to 30 June 2026 and the 2026 one from 1 July 2026', () => {
    expect(registry.expressionAt(constitution1995, '2026-06-30')).toBeDefined();
    expect(registry.expressionAt(constitution2026, '2026-06-30')).toBeUndefined();
    expect(registry.expressionAt(constitution1995, '2026-07-01')).toBeUndefined();
    expect(registry.expressionAt(constitution2026, '2026-07-01')).toBeDefined();
  });

  it('refuses a year that spans both Constitutions but accepts one that does not', () => {
    expect(registry.expressionAt(constitution1995, '2026')).toBeUndefined();
    expect(registry.expressionAt(constitution2026, '2026')).toBeUndefined();
    expect(registry.expressionAt(constitution1995, '2025')).toBeDefined();
    expect(registry.expressionAt(constitution1995, '2026-06')).toBeDefined();
    expect(registry.expressionAt(constitution2026, '2026-07')).toBeDefined();
  });

  it('finds nothing before an act existed', () => {
    expect(registry.expressionAt(constitution1995, '1995-08-29')).toBeUndefined();
  });

  it('gives the latest expression for an unknown date', () => {
    expect(registry.expressionAt(constitution2026, null)?.validTo).toBeNull();
  });

  it('finds article 89 in both Constitutions, with the paragraphs each text has', () => {
    const old = registry.expressionAt(constitution1995, '2010-01-01')!;
    const current = registry.expressionAt(constitution2026, '2027-01-01')!;
    const paragraphsOf = (expr: ActExpression) =>
      expr.articles.find((a) => a.num === '89')?.paragraphs;
    expect(paragraphsOf(old)).toEqual(['1', '2', '3', '4']);
    expect(paragraphsOf(current)).toEqual(['1', '2', '3', '4', '5', '6']);
  });
});

describe('hasArticle with the date of the citing text', () => {
  const expr = registry.expressionAt(registry.byId('constitution-1995')!, '2020-01-01')!;

  it('counts article 84 before its repeal on 21 May 2007 and not after', () => {
    expect(registry.hasArticle(expr, '84', null, { date: '2005-01-01' })).toBe(true);
    expect(registry.hasArticle(expr, '84', null, { date: '2010-01-01' })).toBe(false);
  });

  it('counts article 83-1 only from its insertion on 8 June 2022', () => {
    expect(registry.hasArticle(expr, '83-1', null, { date: '2020-01-01' })).toBe(false);
    expect(registry.hasArticle(expr, '83-1', null, { date: '2023-01-01' })).toBe(true);
  });

  it('reads article numbers written with other dashes or spaces', () => {
    expect(registry.hasArticle(expr, '83–1')).toBe(true);
    expect(registry.hasArticle(expr, ' 83 - 1 ')).toBe(true);
    expect(registry.hasArticle(expr, '83-2')).toBe(false);
  });

  it('accepts any paragraph of an article whose paragraphs are unknown', () => {
    const law = registry.expressionAt(registry.byId('law-148-ii')!, null)!;
    const article = law.articles.find((a) => a.num === '39-4')!;
    expect(article.paragraphs).toBeUndefined();
    expect(registry.hasArticle(law, '39-4', '7')).toBe(true);
  });
});

describe('hasArticle with a sub-point', () => {
  const law = registry.expressionAt(registry.byId('law-148-ii')!, null)!;
  const c1995 = registry.expressionAt(registry.byId('constitution-1995')!, '2020-01-01')!;

  it('checks the sub-point under the given paragraph (пп. 4-1) п. 2 ст. 39-3)', () => {
    expect(registry.hasArticle(law, '39-3', '2', { subparagraph: '4-1' })).toBe(true);
    expect(registry.hasArticle(law, '39-3', '2', { subparagraph: '4-1)' })).toBe(true);
    expect(registry.hasArticle(law, '39-3', '2', { subparagraph: '9' })).toBe(false);
    expect(registry.hasArticle(law, '39-3', '1', { subparagraph: '1' })).toBe(false);
  });

  it('checks sub-points written directly in an article (Constitution art. 44)', () => {
    expect(registry.hasArticle(c1995, '44', null, { subparagraph: '10-1' })).toBe(true);
    expect(registry.hasArticle(c1995, '44', null, { subparagraph: '22' })).toBe(false);
  });

  it('accepts any sub-point where the languages disagree on them', () => {
    const article = law.articles.find((a) => a.num === '6')!;
    expect(article.subparagraphs).toBeUndefined();
    expect(registry.hasArticle(law, '6', '1', { subparagraph: '3' })).toBe(true);
  });
});

describe('byNumber', () => {
  it('finds Law 148-II under every written form', () => {
    for (const form of ['148', '148-II', 'N 148', '№ 148-II', '№148-ІІ', '148-ii', 'N148']) {
      expect(ids(registry.byNumber(form)), form).toContain('law-148-ii');
    }
  });

  it('does not take a different convocation suffix for the same act', () => {
    expect(ids(registry.byNumber('148-III'))).not.toContain('law-148-ii');
  });

  it('narrows same-numbered acts by date or year', () => {
    const all = ids(registry.byNumber('126'));
    expect(all).toEqual(expect.arrayContaining(['law-2009-02-09-126-iv']));
    expect(all.length).toBeGreaterThan(1);
    expect(ids(registry.byNumber('126', '2009-02-09'))).toEqual(['law-2009-02-09-126-iv']);
    expect(ids(registry.byNumber('№ 126', '2009'))).toEqual(['law-2009-02-09-126-iv']);
  });

  it('reads Cyrillic look-alike Roman numerals as Latin', () => {
    expect(ids(registry.byNumber('284-VІ', '2019-12-26'))).toHaveLength(1);
  });

  it('finds Constitutional Court resolutions under the ru and kk suffixes', () => {
    const ru = ids(registry.byNumber('8-НП', '2023-04-08'));
    expect(ru).toHaveLength(1);
    expect(ids(registry.byNumber('№ 8-НҚ', '2023-04-08'))).toEqual(ru);
  });

  it('is unaffected by NBSP or N for №', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('148-II', '126-IV', '121-V', '51-VI'),
        fc.constantFrom(' ', '\u00a0', ''),
        fc.constantFrom('№', 'N'),
        (num, space, sign) => {
          expect(ids(registry.byNumber(`${sign}${space}${num}`))).toEqual(
            ids(registry.byNumber(num)),
          );
        },
      ),
    );
  });
});

describe('byTitle', () => {
  it('matches the title core of Law 148-II in both languages', () => {
    expect(
      ids(registry.byTitle('жергілікті мемлекеттік басқару және өзін-өзі басқару туралы', 'kk')),
    ).toEqual(['law-148-ii']);
    expect(
      ids(registry.byTitle('о местном государственном управлении и самоуправлении', 'ru')),
    ).toEqual(['law-148-ii']);
  });

  it('ignores quotes, case, NBSP and the state name', () => {
    for (const text of [
      '«О местном государственном управлении и самоуправлении в Республике Казахстан»',
      '"о местном  государственном\u00a0управлении и самоуправлении в республике казахстан"',
      'О МЕСТНОМ ГОСУДАРСТВЕННОМ УПРАВЛЕНИИ И САМОУПРАВЛЕНИИ В РЕСПУБЛИКЕ КАЗАХСТАН',
    ]) {
      expect(ids(registry.byTitle(text, 'ru')), text).toEqual(['law-148-ii']);
    }
  });

  it('reads a Latin i in Kazakh words as і', () => {
    expect(
      ids(registry.byTitle('Жергiлiктi мемлекеттiк басқару және өзін-өзі басқару туралы', 'kk')),
    ).toEqual(['law-148-ii']);
  });

  it('finds the former title of Law 148-II', () => {
    expect(
      ids(registry.byTitle('О местном государственном управлении в Республике Казахстан', 'ru')),
    ).toEqual(['law-148-ii']);
    expect(
      ids(
        registry.byTitle('Қазақстан Республикасындағы жергілікті мемлекеттік басқару туралы', 'kk'),
      ),
    ).toEqual(['law-148-ii']);
  });

  it('finds both Constitutions under an alias, leaving the choice to the date', () => {
    for (const [alias, lang] of [
      ['Негізгі Заң', 'kk'],
      ['ҚР Конституциясы', 'kk'],
      ['Основной закон', 'ru'],
      ['Конституция РК', 'ru'],
    ] as const) {
      expect(ids(registry.byTitle(alias, lang)).sort(), alias).toEqual([
        'constitution-1995',
        'constitution-2026',
      ]);
    }
  });

  it('finds codes and constitutional laws named by title', () => {
    expect(ids(registry.byTitle('Налоговый кодекс', 'ru'))).toEqual(['code-tax']);
    expect(ids(registry.byTitle('«Қазақстан Республикасындағы сайлау туралы»', 'kk'))).toEqual([
      'constitutional-law-elections',
    ]);
  });

  it('does not match a mere part of a title', () => {
    expect(registry.byTitle('о местном', 'ru')).toEqual([]);
    expect(registry.byTitle('', 'ru')).toEqual([]);
  });
});

describe('createRegistry', () => {
  it('works on any list of acts', () => {
    const act: Act = {
      id: 'x',
      iri: '/akn/kz/act/2000-01-01/1',
      type: 'law',
      number: '1',
      numberVariants: ['1'],
      date: '2000-01-01',
      titles: { kk: [], ru: [{ text: 'О тесте', validFrom: null, validTo: null }] },
      aliases: { kk: [], ru: [] },
      expressions: [],
      source: 'test',
    };
    const small = createRegistry([act]);
    expect(small.byId('x')).toBe(act);
    expect(ids(small.byTitle('о тесте', 'ru'))).toEqual(['x']);
    expect(small.expressionAt(act, '2020-01-01')).toBeUndefined();
  });
});
