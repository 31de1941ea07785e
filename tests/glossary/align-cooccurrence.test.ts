import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  alignByCooccurrence,
  lawSegments,
  type ParallelSegment,
  pairSegments,
} from '../../src/glossary/align/index.js';
import { loadRussianLemmatizer, type RussianLemmatizer } from '../../src/glossary/ru/index.js';
import { hasShared, lawsDir } from '../helpers/shared.js';

let ruLemmatizer: RussianLemmatizer;
beforeAll(async () => {
  ruLemmatizer = await loadRussianLemmatizer();
});

/** Twelve parallel segments: «мәслихат» always beside «маслихат», «әкімдік» beside «акимат», «бюджет» in both halves. */
function syntheticSegments(): { kk: ParallelSegment[]; ru: ParallelSegment[] } {
  const kk: ParallelSegment[] = [];
  const ru: ParallelSegment[] = [];
  for (let i = 0; i < 12; i++) {
    const council = i % 2 === 0;
    kk.push({
      id: `s${i}`,
      text: council ? 'Мәслихаттың шешімі бюджет туралы.' : 'Әкімдікке ұсыныс бюджет туралы.',
    });
    ru.push({
      id: `s${i}`,
      text: council ? 'Решение маслихата о бюджете.' : 'Предложение акимату о бюджете.',
    });
  }
  return { kk, ru };
}

describe('alignByCooccurrence', () => {
  it('pairs words that share segments and explains the score', () => {
    const { kk, ru } = syntheticSegments();
    const entries = alignByCooccurrence(kk, ru, { ruLemmatizer, minFrequency: 3, maxNgram: 1 });
    const top = (item: string) => entries.find((entry) => entry.kk === item)?.candidates[0];
    expect(top('мәслихат')?.ru).toBe('маслихат');
    expect(top('әкімдік')?.ru).toBe('акимат');
    const evidence = top('мәслихат')?.evidence ?? [];
    expect(evidence.find((e) => e.kind === 'cooccurrence')?.value).toBeGreaterThan(10);
    expect(evidence.find((e) => e.kind === 'skeleton')?.value).toBe(1);
    // «бюджет» is everywhere on both sides: no evidence of association.
    expect(entries.find((entry) => entry.kk === 'бюджет')).toBeUndefined();
  });

  it('ignores segments without a partner and never throws on empty input', () => {
    const { kk, ru } = syntheticSegments();
    expect(alignByCooccurrence([], [], { ruLemmatizer })).toEqual([]);
    const shifted = ru.map((segment) => ({ ...segment, id: `x${segment.id}` }));
    expect(alignByCooccurrence(kk, shifted, { ruLemmatizer })).toEqual([]);
    expect(pairSegments(kk, shifted)).toEqual([]);
  });
});

describe('alignByCooccurrence on random input', () => {
  it('never throws and keeps only positive, sorted scores', () => {
    const letter = fc.constantFrom(...'әкім маслихат,.қ1-'.split(''));
    const segments = fc.array(fc.string({ unit: letter, maxLength: 40 }), { maxLength: 12 });
    fc.assert(
      fc.property(segments, segments, (kkTexts, ruTexts) => {
        const kk = kkTexts.map((text, i) => ({ id: String(i), text }));
        const ru = ruTexts.map((text, i) => ({ id: String(i), text }));
        for (const entry of alignByCooccurrence(kk, ru, {
          ruLemmatizer,
          minFrequency: 1,
          minG2: 0,
        })) {
          expect(entry.candidates.length).toBeGreaterThan(0);
          for (const pair of entry.candidates) expect(pair.score).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe.skipIf(!hasShared)('alignByCooccurrence on Law 148-II', () => {
  it('finds the realia in a few seconds', () => {
    const kkText = readFileSync(`${lawsDir}law-148-II.kk.md`, 'utf8');
    const ruText = readFileSync(`${lawsDir}law-148-II.ru.md`, 'utf8');
    const started = performance.now();
    const kk = lawSegments(kkText, { lang: 'kk' });
    const ru = lawSegments(ruText, { lang: 'ru' });
    const entries = alignByCooccurrence(kk, ru, { ruLemmatizer, minFrequency: 5 });
    const elapsed = performance.now() - started;
    expect(pairSegments(kk, ru).length).toBeGreaterThan(200);
    const top = (item: string) => entries.find((entry) => entry.kk === item)?.candidates[0]?.ru;
    expect(top('мәслихат')).toBe('маслихат');
    expect(top('әкімдік')).toBe('акимат');
    expect(top('әкім')).toBe('аким');
    expect(top('облыс')).toBe('область');
    expect(elapsed).toBeLessThan(10_000);
  });
});
