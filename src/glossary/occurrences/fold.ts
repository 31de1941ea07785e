/**
 * Character classes for one-pass term matching, as lookup tables over UTF-16
 * code units so the scanner never allocates. Folding keeps one code unit per
 * code unit, so offsets in the folded view are offsets in the source.
 */

/** Every whitespace code unit folds to this one, so `өкілді\u00a0орган` matches `өкілді орган`. */
export const SPACE = 0x20;

import lookalikeData from '../../../data/glossary/latin-lookalikes.json' with { type: 'json' };

/** Latin letter → its Cyrillic twin (data/glossary/latin-lookalikes.json). */
export const LATIN_LOOKALIKES: ReadonlyMap<string, string> = new Map(
  Object.entries((lookalikeData as { letters: Record<string, string> }).letters),
);

const HYPHENS = [0x2d, 0x2010, 0x2011];

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    // Surrogates stay themselves: a lone half cannot be case-mapped.
    if (code >= 0xd800 && code <= 0xdfff) {
      table[code] = code;
      continue;
    }
    const lower = String.fromCharCode(code).toLowerCase();
    table[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
  }
  // Turkish-style casing, which the Kazakh Latin alphabet (2021) follows:
  // I is the capital of ı (ы), İ the capital of i (і). The `kk` locale gets
  // these wrong and the root locale turns İ into two code units.
  table[0x49] = 0x131;
  table[0x130] = 0x69;
  // ё is printed as е in legal texts.
  table[0x451] = 0x435;
  table[0x401] = 0x435;
  for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029]) {
    table[code] = SPACE;
  }
  for (let code = 0x2000; code <= 0x200a; code++) table[code] = SPACE;
  table[0x202f] = SPACE;
  table[0x205f] = SPACE;
  table[0x3000] = SPACE;
  // A hyphen reads as a space: `өзін өзі басқару` is the same term as
  // `өзін-өзі басқару` (both spellings occur); the scan still keeps
  // hyphenated words whole when it looks for word boundaries.
  for (const code of HYPHENS) table[code] = SPACE;
  return table;
}

function buildWordTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const wordChar = /[\p{L}\p{M}\p{N}]/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) table[code] = 1;
    else if (wordChar.test(String.fromCharCode(code))) table[code] = 1;
  }
  return table;
}

function buildHyphenTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const code of HYPHENS) table[code] = 1;
  return table;
}

/** Lower case (Turkish-safe for I/İ), ё → е, whitespace and hyphens → space. */
export const FOLD: Uint16Array = buildFoldTable();

function buildCaseTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const lower = /\p{Ll}/u;
  const upper = /\p{Lu}/u;
  for (let code = 0; code < 0xd800; code++) {
    const char = String.fromCharCode(code);
    if (lower.test(char)) table[code] = 1;
    else if (upper.test(char)) table[code] = 2;
  }
  return table;
}

/** 1 for lower-case letters, 2 for capitals: a capital right after a lower-case letter starts a word. */
export const CASE: Uint8Array = buildCaseTable();

/**
 * True between a lower-case letter and a capital (`органЖергілікті`): text
 * extracted from PDFs glues words this way, and no Kazakh or Russian word
 * has a capital inside it.
 */
export function isCaseBreak(text: string, index: number): boolean {
  return CASE[text.charCodeAt(index)] === 2 && CASE[text.charCodeAt(index - 1)] === 1;
}

/**
 * FOLD, and Latin look-alikes fold to their Cyrillic twin, so `Жергiлiктi`
 * (Latin i) is the word `жергілікті`. Right for Cyrillic texts; a Latin word
 * made only of look-alikes (`Tax`) could then match a Cyrillic term.
 */
export const FOLD_LOOKALIKES: Uint16Array = buildLookalikeTable();

function buildLookalikeTable(): Uint16Array {
  const table = FOLD.slice();
  for (const [latin, cyrillic] of LATIN_LOOKALIKES) {
    table[latin.charCodeAt(0)] = FOLD[cyrillic.charCodeAt(0)] ?? 0;
  }
  return table;
}
/** 1 for letters, marks and digits: the characters a word is made of. */
export const WORD: Uint8Array = buildWordTable();
/** 1 for hyphens, which join `өзін-өзі` into one word. */
export const HYPHEN: Uint8Array = buildHyphenTable();

/** The folded key of a term form: per-code-unit `fold`, whitespace runs collapsed, trimmed. */
export function foldTermText(text: string, fold: Uint16Array = FOLD): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = fold[text.charCodeAt(i)] ?? 0;
    if (code === SPACE) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += String.fromCharCode(code);
  }
  return out;
}

/** True when a word ends before `index`: no letter or digit at it (or a case break), and no hyphen joining one. */
export function isWordEnd(text: string, index: number): boolean {
  if (index >= text.length) return true;
  const code = text.charCodeAt(index);
  if (WORD[code] === 1) return isCaseBreak(text, index);
  return !(HYPHEN[code] === 1 && WORD[text.charCodeAt(index + 1)] === 1);
}

/** True when a word starts at `index` (the mirror of `isWordEnd`). */
export function isWordStart(text: string, index: number): boolean {
  if (index <= 0) return true;
  const code = text.charCodeAt(index - 1);
  if (WORD[code] === 1) return isCaseBreak(text, index);
  return !(HYPHEN[code] === 1 && index >= 2 && WORD[text.charCodeAt(index - 2)] === 1);
}
