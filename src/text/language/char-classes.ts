/**
 * Per-character classes for the language scan. A lookup table over U+0000–U+04FF
 * keeps the hot loop to one array read per character.
 */

export const CharClass = {
  NONE: 0,
  CYRILLIC: 1,
  /** ә ғ қ ң ө ұ ү һ (and Latin ə, which PDFs put in Kazakh words). */
  KAZAKH_STRONG: 2,
  /** і: Kazakh, but also Ukrainian and Belarusian. */
  KAZAKH_WEAK: 3,
  LATIN: 4,
  /** ї є ґ ў: Ukrainian or Belarusian, never Kazakh or Russian. */
  EAST_SLAVIC_OTHER: 5,
  /** Latin i, a frequent stand-in for і inside Kazakh words. */
  LATIN_I: 6,
  /** Latin letters outside ASCII (ä ö ü ß ı ñ …): not English. */
  LATIN_EXTENDED: 7,
  OTHER_LETTER: 8,
  DIGIT: 9,
  HYPHEN: 10,
} as const;

export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const TABLE_SIZE = 0x500;
const table = buildTable();

function buildTable(): Uint8Array {
  const t = new Uint8Array(TABLE_SIZE);
  for (let c = 0x30; c <= 0x39; c++) t[c] = CharClass.DIGIT;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = CharClass.LATIN;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = CharClass.LATIN;
  t[0x69] = CharClass.LATIN_I;
  t[0x2d] = CharClass.HYPHEN;
  for (let c = 0xc0; c <= 0x24f; c++) t[c] = CharClass.LATIN_EXTENDED;
  t[0xd7] = CharClass.NONE; // ×
  t[0xf7] = CharClass.NONE; // ÷
  for (let c = 0x250; c <= 0x2af; c++) t[c] = CharClass.LATIN_EXTENDED;
  for (let c = 0x370; c <= 0x3ff; c++) t[c] = CharClass.OTHER_LETTER;
  // Cyrillic letters that are neither Russian nor Kazakh (Serbian, Macedonian, …).
  for (let c = 0x400; c <= 0x4ff; c++) t[c] = CharClass.OTHER_LETTER;
  for (let c = 0x410; c <= 0x44f; c++) t[c] = CharClass.CYRILLIC;
  t[0x401] = CharClass.CYRILLIC;
  t[0x451] = CharClass.CYRILLIC;
  for (const c of [0x4d8, 0x4d9, 0x492, 0x493, 0x49a, 0x49b, 0x4a2, 0x4a3]) {
    t[c] = CharClass.KAZAKH_STRONG;
  }
  for (const c of [0x4e8, 0x4e9, 0x4b0, 0x4b1, 0x4ae, 0x4af, 0x4ba, 0x4bb, 0x259, 0x18f]) {
    t[c] = CharClass.KAZAKH_STRONG;
  }
  t[0x406] = CharClass.KAZAKH_WEAK;
  t[0x456] = CharClass.KAZAKH_WEAK;
  for (const c of [0x404, 0x454, 0x407, 0x457, 0x490, 0x491, 0x40e, 0x45e]) {
    t[c] = CharClass.EAST_SLAVIC_OTHER;
  }
  return t;
}

/** The class of one UTF-16 code unit. */
export function classifyCharCode(code: number): CharClass {
  if (code < TABLE_SIZE) return table[code] as CharClass;
  // General punctuation, symbols, CJK punctuation, surrogates and specials are not letters.
  if (code >= 0x2000 && code <= 0x2bff) return code === 0x2010 ? CharClass.HYPHEN : CharClass.NONE;
  if (code >= 0x3000 && code <= 0x303f) return CharClass.NONE;
  if (code >= 0xd800 && code <= 0xdfff) return CharClass.NONE;
  if (code >= 0xfe00) return CharClass.NONE;
  if (code >= 0x1e00 && code <= 0x1eff) return CharClass.LATIN_EXTENDED;
  return CharClass.OTHER_LETTER;
}
