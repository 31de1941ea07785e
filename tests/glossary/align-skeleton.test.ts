import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  jaroWinkler,
  kazakhSkeleton,
  skeletonExamples,
  skeletonSimilarity,
} from '../../src/glossary/align/index.js';

describe('kazakhSkeleton', () => {
  it.each(skeletonExamples.map((example) => [example.kk, example.skeleton]))(
    'maps %s to %s (data/lexicons/kk-ru-skeleton.json)',
    (kk, skeleton) => {
      expect(kazakhSkeleton(kk)).toBe(skeleton);
    },
  );

  it('leaves no Kazakh-specific letter behind', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'әғқңөұүһіӘҒҚҢӨҰҮҺІабвгдеёжзийклмн'.split('')) }),
        (word) => {
          expect(kazakhSkeleton(word)).not.toMatch(/[әғқңөұүһіё]/u);
        },
      ),
    );
  });
});

describe('Jaro-Winkler on Cyrillic (natural)', () => {
  it('computes the textbook value for мәслихат/маслихат', () => {
    // 7 of 8 letters match, no transpositions: Jaro = (7/8 + 7/8 + 1) / 3; common prefix «м» adds 0.1 · (1 − Jaro).
    const jaro = (7 / 8 + 7 / 8 + 1) / 3;
    expect(jaroWinkler('мәслихат', 'маслихат')).toBeCloseTo(jaro + 0.1 * (1 - jaro), 10);
  });

  it('keeps Kazakh letters (ә is not silently equal to а or dropped)', () => {
    expect(jaroWinkler('әкім', 'аким')).toBeCloseTo((2 / 4 + 2 / 4 + 1) / 3, 10);
    expect(jaroWinkler('әә', 'аа')).toBe(0);
    expect(jaroWinkler('мәжіліс', 'мәжіліс')).toBe(1);
  });
});

describe('skeletonSimilarity', () => {
  it('makes loanword cognates equal', () => {
    expect(skeletonSimilarity('мәслихат', 'маслихат')).toBe(1);
    expect(skeletonSimilarity('әкім', 'аким')).toBe(1);
    expect(skeletonSimilarity('Мәжіліс', 'Мажилис')).toBe(1);
  });

  it('keeps unrelated words apart', () => {
    expect(skeletonSimilarity('облыс', 'район')).toBeLessThan(0.7);
    expect(skeletonSimilarity('шешім', 'решение')).toBeLessThan(0.9);
    expect(skeletonSimilarity('', 'аким')).toBe(0);
  });

  it('stays within [0, 1] for any input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const value = skeletonSimilarity(a, b);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }),
    );
  });
});
