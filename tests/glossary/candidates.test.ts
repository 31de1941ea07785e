import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignKeywordLists } from '../../src/glossary/align/index.js';
import {
  cValues,
  extractCandidates,
  findKeywordLists,
  findTitles,
  type TermCandidate,
  tokenizeWords,
} from '../../src/glossary/candidates/index.js';
import { loadRussianLemmatizer, type RussianLemmatizer } from '../../src/glossary/ru/index.js';
import { hasShared, lawsDir, seedsDir } from '../helpers/shared.js';

let ruLemmatizer: RussianLemmatizer;
beforeAll(async () => {
  ruLemmatizer = await loadRussianLemmatizer();
});

function expectSourcesExact(text: string, candidates: readonly TermCandidate[]): void {
  for (const candidate of candidates) {
    for (const source of candidate.sources) {
      expect(text.slice(source.start, source.end)).toBe(source.surface);
      expect(source.sentence).toContain(source.surface.split(/\s/u)[0] ?? '');
    }
  }
}

describe('cValues', () => {
  it('scores a hand-worked example (Frantzi et al. 2000)', () => {
    const scores = cValues([
      { key: 'жергілікті өзін-өзі басқару органы', length: 4, frequency: 10, nestedIn: [] },
      { key: 'жергілікті өзін-өзі басқару жүйесі', length: 4, frequency: 4, nestedIn: [] },
      {
        key: 'жергілікті өзін-өзі басқару',
        length: 3,
        frequency: 25,
        nestedIn: ['жергілікті өзін-өзі басқару органы', 'жергілікті өзін-өзі басқару жүйесі'],
      },
      {
        key: 'өзін-өзі басқару',
        length: 2,
        frequency: 14,
        nestedIn: ['жергілікті өзін-өзі басқару органы'],
      },
    ]);
    // Not nested: log₂|a| · f(a).
    expect(scores.get('жергілікті өзін-өзі басқару органы')).toBeCloseTo(2 * 10, 10);
    expect(scores.get('жергілікті өзін-өзі басқару жүйесі')).toBeCloseTo(2 * 4, 10);
    // Nested in two: log₂ 3 · (25 − (10 + 4) / 2).
    expect(scores.get('жергілікті өзін-өзі басқару')).toBeCloseTo(Math.log2(3) * 18, 10);
    // Only ever inside its container: 14 − 10 left over, log₂ 2 = 1.
    expect(scores.get('өзін-өзі басқару')).toBeCloseTo(4, 10);
  });
});

describe('tokenizeWords', () => {
  it('keeps Kazakh letters and hyphenated compounds whole', () => {
    const text = 'Жергілікті өзін-өзі басқару, әкімшілік-аумақтық бірлік.';
    expect(tokenizeWords(text).map((token) => token.text)).toEqual([
      'Жергілікті',
      'өзін-өзі',
      'басқару',
      'әкімшілік-аумақтық',
      'бірлік',
    ]);
  });
});

describe('extractCandidates', () => {
  const kkText = [
    'Аудан мәслихатының сессиясы өтті. Аудан мәслихаты шешім қабылдады.',
    'Жергілікті өзін-өзі басқару органдары құрылады. Аудан мәслихатына ұсыныс енгізілді.',
    'Жергілікті өзін-өзі басқару органдарының жұмысы туралы.',
  ].join('\n');

  it('groups inflected Kazakh noun phrases under one lemma with exact sources', () => {
    const candidates = extractCandidates(
      { id: 'kk-demo', text: kkText, lang: 'kk' },
      { kinds: ['noun-phrase'] },
    );
    const council = candidates.find((candidate) => candidate.term === 'аудан мәслихаты');
    expect(council?.frequency).toBe(3);
    expect(council?.sources.map((source) => source.surface)).toEqual([
      'Аудан мәслихатының',
      'Аудан мәслихаты',
      'Аудан мәслихатына',
    ]);
    expect(council?.sources[0]?.sentence).toBe('Аудан мәслихатының сессиясы өтті.');
    // The izafet head keeps its px3 but goes to the singular (органдары/органдарының → органы).
    const bodies = candidates.find(
      (candidate) => candidate.term === 'жергілікті өзін-өзі басқару органы',
    );
    expect(bodies?.frequency).toBe(2);
    // Nested in the longer phrase every time, so C-value gives it nothing of its own.
    const nested = candidates.find((candidate) => candidate.term === 'жергілікті өзін-өзі басқару');
    expect(nested?.score).toBe(0);
    expect(bodies?.score).toBeGreaterThan(0);
    expectSourcesExact(kkText, candidates);
  });

  it('groups Russian noun phrases by their dictionary form', () => {
    const ruText =
      'Органы местного самоуправления действуют. Органов местного самоуправления много. Сессия маслихата и сессии маслихата.';
    const candidates = extractCandidates(
      { id: 'ru-demo', text: ruText, lang: 'ru' },
      { kinds: ['noun-phrase'], ruLemmatizer },
    );
    const bodies = candidates.find(
      (candidate) => candidate.term === 'орган местного самоуправления',
    );
    expect(bodies?.frequency).toBe(2);
    expect(candidates.find((candidate) => candidate.term === 'сессия маслихата')?.frequency).toBe(
      2,
    );
    expectSourcesExact(ruText, candidates);
  });

  it('takes defined terms and their bracketed short names', () => {
    const text = [
      '### 1-бап. Негізгі ұғымдар',
      '',
      'Осы Заңда мынадай негізгі ұғымдар пайдаланылады:',
      '',
      '1) жергілікті өкілді орган (мәслихат) – облыс халқы сайлайтын орган;',
      '',
      '2) әкім – Президенттің өкілі.',
    ].join('\n');
    const candidates = extractCandidates(
      { id: 'defs', text, lang: 'kk' },
      { kinds: ['definition'] },
    );
    const terms = candidates.map((candidate) => candidate.term);
    expect(terms).toEqual(expect.arrayContaining(['жергілікті өкілді орган', 'мәслихат', 'әкім']));
    expect(candidates.find((candidate) => candidate.term === 'әкім')?.definition).toContain(
      'Президенттің',
    );
    expectSourcesExact(text, candidates);
  });

  it('reads keyword lists in three languages and undoes line-break hyphens', () => {
    const text =
      'Аңдатпа\n\nТүйін сөздер: әкім, мәслихат, жергілікті өзін-өзі басқару.\n\nКлючевые слова: аким, муници-\nпалитет; маслихат.\n\nKeywords: akim, maslikhat.\n';
    const items = findKeywordLists(text);
    expect(items.map((item) => `${item.lang}:${item.term}`)).toEqual([
      'kk:әкім',
      'kk:мәслихат',
      'kk:жергілікті өзін-өзі басқару',
      'ru:аким',
      'ru:муниципалитет',
      'ru:маслихат',
      'en:akim',
      'en:maslikhat',
    ]);
    const candidates = extractCandidates({ id: 'abs', text, lang: 'kk' }, { kinds: ['keyword'] });
    expectSourcesExact(text, candidates);
  });

  it('finds titles above abstract headings and in author lines', () => {
    const text =
      ' Жергілікті билік рөлі \n\nАңдатпа\n\nМақала туралы.\n\nЕ.К. Нурпеисов: Заңнама және жергілікті өзін-өзі басқару \nидеясы.\n';
    expect(findTitles(text).map((item) => item.term)).toEqual([
      'Жергілікті билік рөлі',
      'Заңнама және жергілікті өзін-өзі басқару идеясы',
    ]);
  });

  it('never throws and keeps exact ranges on random text', () => {
    const alphabet = fc.constantFrom(
      ...'әғқңөұүһі аеиоу бвгдклмнпрст.,:;–-()\n1)Кілт сөздер: Ключевые слова: '.split(''),
    );
    fc.assert(
      fc.property(
        fc.string({ unit: alphabet, maxLength: 300 }),
        fc.constantFrom('kk' as const, 'ru' as const),
        (text, lang) => {
          const candidates = extractCandidates(
            { id: 'random', text, lang },
            { ruLemmatizer, minFrequency: 1 },
          );
          expectSourcesExact(text, candidates);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe.skipIf(!hasShared)('extractCandidates on the corpus', () => {
  it('finds the definitions and top noun phrases of Law 148-II with exact sources', () => {
    const text = readFileSync(`${lawsDir}law-148-II.kk.md`, 'utf8');
    const candidates = extractCandidates({ id: 'law-148-II.kk', text, lang: 'kk' }, {});
    const definitions = candidates.filter((candidate) => candidate.kind === 'definition');
    expect(definitions.map((candidate) => candidate.term)).toEqual(
      expect.arrayContaining(['мәслихат', 'әкімдік', 'жергілікті өзін-өзі басқару']),
    );
    const phrases = candidates.filter((candidate) => candidate.kind === 'noun-phrase').slice(0, 30);
    expect(phrases.map((candidate) => candidate.term)).toEqual(
      expect.arrayContaining(['жергілікті өзін-өзі басқару', 'мәслихат сессиясы']),
    );
    expectSourcesExact(text, candidates);
  });

  it('pairs the keyword lists of a parallel abstract', () => {
    const text = readFileSync(`${seedsDir}002_15e7ad0d05a38c89.txt`, 'utf8');
    const keywords = extractCandidates(
      { id: 'seed-002', text, lang: 'kk' },
      { kinds: ['keyword'] },
    );
    const byLang = (lang: string) =>
      keywords.filter((candidate) => candidate.lang === lang).map((c) => c.term);
    expect(byLang('kk')).toContain('мәслихат');
    expect(byLang('ru')).toContain('маслихат');
    expect(byLang('en')).toContain('maslikhat');
    expect(byLang('kk').length).toBe(byLang('ru').length);
    const pairs = alignKeywordLists(byLang('kk'), byLang('ru'));
    expect(pairs.map((pair) => [pair.kk, pair.ru])).toEqual(
      expect.arrayContaining([
        ['мәслихат', 'маслихат'],
        ['жергілікті өзін-өзі басқару органдары', 'органы местного самоуправления'],
      ]),
    );
    expectSourcesExact(text, keywords);
  });
});
