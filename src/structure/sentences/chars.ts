/**
 * Character classes used by the splitter and the nlcst tokenizer. They work on
 * UTF-16 code units and are table-driven for the BMP (each character is
 * classified once, on first sight), so the hot loops run no regular expression
 * per character and the module loads instantly.
 */

const LETTER = 1;
const UPPER = 2;
const LOWER = 4;
const DIGIT = 8;
const MARK = 16;
const SPACE = 32;
const SYMBOL = 64;

/** Set once a BMP character's flags are known; classes are computed on first sight. */
const KNOWN = 128;
const table = new Uint8Array(0x10000);

function classify(ch: string): number {
  let flags = 0;
  if (/\p{L}/u.test(ch)) flags |= LETTER;
  if (/\p{Lu}|\p{Lt}/u.test(ch)) flags |= UPPER;
  if (/\p{Ll}/u.test(ch)) flags |= LOWER;
  if (/\p{N}/u.test(ch)) flags |= DIGIT;
  if (/\p{M}/u.test(ch)) flags |= MARK;
  if (/\s/u.test(ch)) flags |= SPACE;
  if (/\p{S}/u.test(ch)) flags |= SYMBOL;
  return flags;
}

function flagsAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && charLengthAt(text, index) === 2) {
    return astralFlags(text.codePointAt(index) ?? code);
  }
  const known = table[code] ?? 0;
  if (known !== 0) return known;
  const flags = classify(String.fromCharCode(code)) | KNOWN;
  table[code] = flags;
  return flags;
}

function astralFlags(codePoint: number): number {
  return classify(String.fromCodePoint(codePoint));
}

export const isSpaceAt = (text: string, i: number): boolean => (flagsAt(text, i) & SPACE) !== 0;
export const isUpperAt = (text: string, i: number): boolean => (flagsAt(text, i) & UPPER) !== 0;
export const isLowerAt = (text: string, i: number): boolean => (flagsAt(text, i) & LOWER) !== 0;
export const isLetterAt = (text: string, i: number): boolean => (flagsAt(text, i) & LETTER) !== 0;
export const isDigitAt = (text: string, i: number): boolean => (flagsAt(text, i) & DIGIT) !== 0;
export const isSymbolAt = (text: string, i: number): boolean => (flagsAt(text, i) & SYMBOL) !== 0;
/** Letters, digits and combining marks: what a word is made of. */
export const isWordCharAt = (text: string, i: number): boolean =>
  (flagsAt(text, i) & (LETTER | DIGIT | MARK)) !== 0;

/** `\n` and `\r` end a paragraph (a `\r\n` pair is one break with an empty paragraph between). */
export const isBreakCode = (code: number): boolean => code === 10 || code === 13;

/** Length in code units of the character at `i` (2 for an astral code point). */
export function charLengthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** Sentence terminators: . ! ? … */
export const isTerminatorCode = (code: number): boolean =>
  code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;

/** Characters that close a quote or a bracket right after a terminator: `.»`, `.)`. */
export const isCloserCode = (code: number): boolean =>
  code === 0x29 ||
  code === 0x5d ||
  code === 0x7d ||
  code === 0xbb ||
  code === 0x22 ||
  code === 0x201d ||
  code === 0x201c ||
  code === 0x2019;

/** Characters that open a quote or a bracket before a sentence's first word. */
export const isOpenerCode = (code: number): boolean =>
  code === 0x28 ||
  code === 0x5b ||
  code === 0x7b ||
  code === 0xab ||
  code === 0x22 ||
  code === 0x201e ||
  code === 0x201c ||
  code === 0x2018;

/** Dashes that may start a reply or an attribution: `– сказал он`. */
export const isDashCode = (code: number): boolean =>
  code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x2012 || code === 0x2212;
