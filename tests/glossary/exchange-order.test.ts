import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collatorFollowsKazakhAlphabet,
  compareByKazakhTable,
  compareKazakh,
  KAZAKH_ALPHABET,
} from '../../src/glossary/exchange/index.js';

describe('Kazakh alphabetical order', () => {
  it('should list the 42 letters of the Kazakh Cyrillic alphabet', () => {
    expect(KAZAKH_ALPHABET).toHaveLength(42);
    expect(KAZAKH_ALPHABET.join(' ')).toBe(
      'а ә б в г ғ д е ё ж з и й к қ л м н ң о ө п р с т у ұ ү ф х һ ц ч ш щ ъ ы і ь э ю я',
    );
  });

  it(`should find that Intl.Collator('kk') follows it on Node ${process.versions.node} (ICU ${process.versions.icu})`, () => {
    expect(collatorFollowsKazakhAlphabet(new Intl.Collator('kk'))).toBe(true);
    // The root collation puts ә, ғ, қ… elsewhere: the check is not vacuous.
    expect(collatorFollowsKazakhAlphabet(new Intl.Collator('en'))).toBe(false);
  });

  it('should sort words as a Kazakh dictionary does', () => {
    const words = [
      'ішкі',
      'ыдыс',
      'һәм',
      'хат',
      'ұлт',
      'үкімет',
      'аудан',
      'әкім',
      'ғимарат',
      'қала',
      'ңғ',
      'өкіл',
      'орган',
      'ия',
    ];
    const expected = [
      'аудан',
      'әкім',
      'ғимарат',
      'ия',
      'қала',
      'ңғ',
      'орган',
      'өкіл',
      'ұлт',
      'үкімет',
      'хат',
      'һәм',
      'ыдыс',
      'ішкі',
    ];
    expect([...words].sort(compareKazakh)).toEqual(expected);
    expect([...words].sort(compareByKazakhTable)).toEqual(expected);
  });

  it('should agree with the letter table on the sign of every comparison of Kazakh words', () => {
    const word = fc
      .array(fc.constantFrom(...KAZAKH_ALPHABET.filter((l) => l !== 'ъ' && l !== 'ь')), {
        minLength: 1,
        maxLength: 6,
      })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(Math.sign(compareKazakh(a, b))).toBe(Math.sign(compareByKazakhTable(a, b)));
      }),
      { numRuns: 2000 },
    );
  });
});
