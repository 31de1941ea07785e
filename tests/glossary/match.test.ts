import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTermMatcher } from '../../src/glossary/match/index.js';

/** The obvious quadratic matcher, for comparison. */
function bruteForce(patterns: readonly string[], text: string): string[] {
  const lower = text.toLowerCase();
  const isWord = (char: string | undefined) =>
    char !== undefined && /[\p{L}\p{M}\p{N}]/u.test(char);
  const hits: string[] = [];
  for (const pattern of new Set(patterns.map((p) => p.toLowerCase()).filter((p) => p !== ''))) {
    for (let at = lower.indexOf(pattern); at !== -1; at = lower.indexOf(pattern, at + 1)) {
      const end = at + pattern.length;
      if (!isWord(text[at - 1]) && !isWord(text[end])) hits.push(`${at}-${end}`);
    }
  }
  return hits.sort();
}

describe('buildTermMatcher', () => {
  it('finds inflected forms and never әкім inside әкімдік', () => {
    const matcher = buildTermMatcher(['әкім', 'мәслихат']);
    const text = 'Әкімдікке әкімнің хаты; мәслихаттарының шешімі, әкімшілік іс.';
    const hits = matcher.matchAll(text);
    expect(hits.map((hit) => [hit.term, hit.form])).toEqual([
      ['әкім', 'әкімнің'],
      ['мәслихат', 'мәслихаттарының'],
    ]);
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.form);
    expect(matcher.count(text)).toBe(2);
  });

  it('agrees with a brute-force scan on random patterns and text', () => {
    const letter = fc.constantFrom(...'әаіиқк М'.split(''));
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: letter, minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.string({ unit: letter, maxLength: 60 }),
        (patterns, text) => {
          const matcher = buildTermMatcher(patterns, { forms: () => [] });
          const hits = matcher.matchAll(text).map((hit) => `${hit.start}-${hit.end}`);
          expect(hits.sort()).toEqual(bruteForce(patterns, text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
