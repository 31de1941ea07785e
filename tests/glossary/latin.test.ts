import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  loadLatinTable,
  toKazakhLatin,
  toKazakhLatinLower,
} from '../../src/glossary/latin/index.js';

const table = loadLatinTable();
const KAZAKH_LETTERS = [...'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя'];

describe('kk-latin-2021 table', () => {
  it('should cite its source and mark itself a draft', () => {
    expect(table.source.urls.some((u) => u.includes('legalacts.egov.kz'))).toBe(true);
    expect(table.source.status).toMatch(/draft/);
  });

  it('should cover every letter of the Kazakh Cyrillic alphabet exactly once', () => {
    const letters = table.letters.map((l) => l.cyrillic).sort();
    expect(letters).toEqual([...KAZAKH_LETTERS].sort());
  });

  it('should use only the 31 letters of the 2021 inventory (plus the ch fallback)', () => {
    const inventory = new Set([...'aäbdefgğhıijklmnñoöpqrsştuūüvyz']);
    expect(inventory.size).toBe(31);
    for (const { latin, unresolved } of table.letters) {
      if (unresolved) continue;
      for (const char of latin) expect(inventory.has(char), latin).toBe(true);
    }
  });

  it.each(table.examples)('should transliterate $cyrillic as $latin', ({ cyrillic, latin }) => {
    expect(toKazakhLatin(cyrillic).text).toBe(latin);
  });
});

describe('toKazakhLatin', () => {
  it('should map the nine Kazakh-specific letters to their 2021 letters', () => {
    expect(toKazakhLatin('ә ғ қ ң ө ұ ү һ і').text).toBe('ä ğ q ñ ö ū ü h ı');
  });

  it('should pair İ/i and I/ı (Turkish casing), not the kk locale', () => {
    expect(toKazakhLatin('И').text).toBe('İ');
    expect(toKazakhLatin('І').text).toBe('I');
    // The bug the Turkish rules avoid: ICU's kk locale has no dotted/dotless pairs.
    expect('i'.toLocaleUpperCase('kk')).toBe('I');
    expect(toKazakhLatinLower('İI')).toBe('iı');
  });

  it('should report letters without a letter of their own', () => {
    const form = toKazakhLatin('Конституция');
    expect(form.unresolved).toEqual(['ц', 'я']);
    expect(toKazakhLatin('мәслихат').unresolved).toEqual([]);
  });

  it('should keep digits, punctuation and Latin text', () => {
    expect(toKazakhLatin('148-II Заң, 2001 ж.').text).toBe('148-II Zañ, 2001 j.');
  });

  it('should give lowercase Latin of a capitalised word equal to the Latin of the lowercase word', () => {
    const word = fc
      .array(fc.constantFrom(...KAZAKH_LETTERS.filter((l) => l !== 'ъ' && l !== 'ь')), {
        minLength: 1,
        maxLength: 12,
      })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(word, (w) => {
        const upper = w.toLocaleUpperCase('kk');
        expect(toKazakhLatinLower(toKazakhLatin(upper).text)).toBe(toKazakhLatin(w).text);
        expect(toKazakhLatin(w).text).not.toMatch(/\p{Script=Cyrillic}/u);
      }),
    );
  });
});
