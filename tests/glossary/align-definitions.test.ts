import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alignDefinitionLists,
  alignKeywordLists,
  type NumberedDefinition,
  numberedDefinitions,
} from '../../src/glossary/align/index.js';
import { hasShared, lawsDir } from '../helpers/shared.js';

const item = (
  num: string,
  term: string,
  definition: string,
  alias: string | null = null,
): NumberedDefinition => ({
  num,
  term,
  alias,
  definition,
  start: 0,
  end: 0,
});

describe('alignDefinitionLists (synthetic lists)', () => {
  const kk = [
    item('1', 'әкім', 'Президент пен Үкіметтің өкілі, әкімдік басшысы'),
    item('2', 'мәслихат сессиясы', 'мәслихат қызметінің негізгі нысаны', null),
    item('3', 'бюджеттік бағдарлама', 'бюджет қаражаты 2025 жылға бағдарлама'),
  ];

  it('pairs items by number and records the evidence', () => {
    const ru = [
      item('1', 'аким', 'представитель Президента и Правительства, глава акимата'),
      item('2', 'сессия маслихата', 'основная форма деятельности маслихата'),
      item('3', 'бюджетная программа', 'средства бюджета на 2025 год программа'),
    ];
    const pairs = alignDefinitionLists(kk, ru);
    expect(pairs.map((pair) => [pair.kk, pair.ru])).toEqual([
      ['әкім', 'аким'],
      ['мәслихат сессиясы', 'сессия маслихата'],
      ['бюджеттік бағдарлама', 'бюджетная программа'],
    ]);
    for (const pair of pairs) {
      expect(pair.evidence.find((e) => e.kind === 'definition-number')?.value).toBe(1);
      expect(pair.evidence.find((e) => e.kind === 'definition-content')?.value).toBeGreaterThan(0);
    }
    expect(pairs[0]?.evidence.find((e) => e.kind === 'skeleton')?.value).toBe(1);
  });

  it('lets content overrule a number that points at an unrelated item', () => {
    // The Russian list has an extra item 2, so «бюджетная программа» became 4.
    const ru = [
      item('1', 'аким', 'представитель Президента и Правительства, глава акимата'),
      item('2', 'сход', 'непосредственное участие жителей'),
      item('3', 'сессия маслихата', 'основная форма деятельности маслихата'),
      item('4', 'бюджетная программа', 'средства бюджета на 2025 год программа'),
    ];
    const pairs = alignDefinitionLists(kk, ru);
    const budget = pairs.find((pair) => pair.kk === 'бюджеттік бағдарлама');
    expect(budget?.ru).toBe('бюджетная программа');
    expect(budget?.evidence.find((e) => e.kind === 'definition-number')?.value).toBe(0);
    expect(pairs.find((pair) => pair.kk === 'мәслихат сессиясы')?.ru).toBe('сессия маслихата');
  });

  it('pairs aliases in brackets as their own terms', () => {
    const pairs = alignDefinitionLists(
      [item('5', 'жергілікті өкілді орган', 'мәслихат депутаттары', 'мәслихат')],
      [item('5', 'местный представительный орган', 'депутаты маслихата', 'маслихат')],
    );
    expect(pairs.map((pair) => [pair.kk, pair.ru])).toContainEqual(['мәслихат', 'маслихат']);
  });

  it('never throws on arbitrary lists', () => {
    const arbitrary = fc.array(
      fc.record({
        num: fc.string({ maxLength: 3 }),
        term: fc.string(),
        alias: fc.option(fc.string(), { nil: null }),
        definition: fc.string(),
        start: fc.nat(),
        end: fc.nat(),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(arbitrary, arbitrary, (kk, ru) => {
        for (const pair of alignDefinitionLists(kk, ru)) {
          expect(pair.score).toBeGreaterThanOrEqual(0);
          expect(pair.score).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe.skipIf(!hasShared)('alignDefinitionLists on Law 148-II', () => {
  const kkText = hasShared ? readFileSync(`${lawsDir}law-148-II.kk.md`, 'utf8') : '';
  const ruText = hasShared ? readFileSync(`${lawsDir}law-148-II.ru.md`, 'utf8') : '';

  it('reads the numbered definitions of article 1 in both languages', () => {
    const kk = numberedDefinitions(kkText, { lang: 'kk' });
    const ru = numberedDefinitions(ruText, { lang: 'ru' });
    expect(kk.length).toBeGreaterThanOrEqual(20);
    expect(ru.length).toBe(kk.length);
    expect(kk.find((entry) => entry.alias === 'мәслихат')?.term).toBe('жергілікті өкілді орган');
    for (const entry of kk)
      expect(kkText.slice(entry.start, entry.start + entry.term.length)).toBe(entry.term);
  });

  it('aligns the realia and the key terms by number', () => {
    const pairs = alignDefinitionLists(
      numberedDefinitions(kkText, { lang: 'kk' }),
      numberedDefinitions(ruText, { lang: 'ru' }),
    );
    const ruOf = (kk: string): string | undefined => pairs.find((pair) => pair.kk === kk)?.ru;
    expect(ruOf('мәслихат')).toBe('маслихат');
    expect(ruOf('әкімдік')).toBe('акимат');
    expect(ruOf('әкім')).toBe('аким');
    expect(ruOf('жергілікті өзін-өзі басқару')).toBe('местное самоуправление');
    expect(ruOf('мәслихат сессиясы')).toBe('сессия маслихата');
    expect(
      pairs.every((pair) =>
        pair.evidence.some((e) => e.kind === 'definition-number' && e.value === 1),
      ),
    ).toBe(true);
  });
});

describe('alignKeywordLists', () => {
  it('pairs equal-length lists by position and marks loanwords', () => {
    const pairs = alignKeywordLists(
      ['жергілікті өзін-өзі басқару органдары', 'әкім', 'мемлекеттік билік'],
      ['органы местного самоуправления', 'аким', 'государственная власть'],
    );
    expect(pairs.map((pair) => [pair.kk, pair.ru])).toEqual([
      ['жергілікті өзін-өзі басқару органдары', 'органы местного самоуправления'],
      ['әкім', 'аким'],
      ['мемлекеттік билік', 'государственная власть'],
    ]);
    expect(pairs[1]?.score).toBe(1);
    expect(pairs[2]?.score).toBe(0.8);
    expect(pairs[2]?.evidence.map((e) => e.kind)).toEqual(['list-position']);
  });

  it('does not guess when the lists differ in length', () => {
    expect(alignKeywordLists(['әкім', 'мәслихат'], ['аким'])).toEqual([]);
  });
});
