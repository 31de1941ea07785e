import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCueSearch } from '../../src/structure/definitions/cue-search.js';
import { inlineForms } from '../../src/structure/definitions/cues.js';

/** Every match of a global search, as [index, text, groups…]. */
function allMatches(
  search: { lastIndex: number; exec(text: string): RegExpExecArray | null },
  text: string,
) {
  const found: (string | number | undefined)[][] = [];
  search.lastIndex = 0;
  for (let match = search.exec(text); match; match = search.exec(text)) {
    found.push([match.index, ...match]);
    if (match[0] === '') search.lastIndex++;
  }
  return found;
}

const pieces = [
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '-',
  '–',
  '—',
  'бұл',
  'это',
  'деп',
  'дегеніміз',
  'Бұл',
  'ЭТО',
  'сөз',
  'термин',
  'а',
  ',',
  '«',
  '»',
  '.',
];
const texts = fc
  .array(fc.constantFrom(...pieces), { maxLength: 25 })
  .map((parts) => parts.join(''));

describe('compileCueSearch', () => {
  it('should find exactly what a plain global search finds, for every inline cue pattern', () => {
    // At least one cue must take the fast path, or this test compares a regex with itself.
    expect(inlineForms.some((form) => !(form.search instanceof RegExp))).toBe(true);
    fc.assert(
      fc.property(fc.constantFrom(...inlineForms), texts, (form, text) => {
        expect(allMatches(form.search, text)).toEqual(allMatches(form.regex, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('should compare patterns with and without leading spaces the same way', () => {
    for (const source of ['\\s*[-–—]\\s*бұл\\s+', '\\s+это\\s+', 'деп\\s+']) {
      const text = 'сөз  —  бұл термин, а это  деп  бұл';
      expect(allMatches(compileCueSearch(source, 'giu'), text)).toEqual(
        allMatches(new RegExp(source, 'giu'), text),
      );
    }
  });
});
