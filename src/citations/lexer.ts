import type { ActWord, Lexicon, UnitWord } from './lexicon.js';
import { HASH_SEED, hashStep, tagOf, wordTagTable } from './word-tags.js';

export type TokenKind = 'num' | 'date' | 'word' | 'punct';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Lower-cased word, number with dashes unified to `-`, or the punctuation class (`-`, `(`, `«`, …). */
  value: string;
  unit?: UnitWord;
  act?: ActWord;
  /** `WORD_*` bits of `value`: which lexicon lists hold it (see `Lexicon.flags`). */
  flags: number;
}

const DASHES = /[\u2010-\u2015\u2212]/g;

function isDash(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/;

/** Per UTF-16 unit beyond the fast ranges: 0 not yet asked, 1 yes, 2 no (the regexes, asked once). */
const letterMemo = new Uint8Array(0x10000);
const spaceMemo = new Uint8Array(0x10000);

/** Letters and combining marks; a table for Latin and Cyrillic (with Kazakh), a regex beyond. */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x400 && c <= 0x52f) return c !== 0x482;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  let known = letterMemo[c]!;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    letterMemo[c] = known;
  }
  return known === 1;
}

function isSpace(c: number): boolean {
  if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0) return true;
  if (c <= 127) return false;
  let known = spaceMemo[c]!;
  if (known === 0) {
    known = SPACE.test(String.fromCharCode(c)) ? 1 : 2;
    spaceMemo[c] = known;
  }
  return known === 1;
}

function punctClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (isDash(c)) return '-';
  if (ch === '«' || ch === '“' || ch === '„' || ch === '‹') return '«';
  if (ch === '»' || ch === '”' || ch === '›') return '»';
  if (ch === '"' || ch === "'" || ch === '‘' || ch === '’') return '"';
  if (ch === '№' || ch === '#') return '№';
  return ch;
}

/** `09.02.2009` / `2009.02.09` at `i`: returns the end, or -1. Bounded lookahead. */
function dateEnd(text: string, i: number, end: number): number {
  const a = digitRun(text, i, end);
  let j = i + a;
  if (text.charCodeAt(j) !== 46 /* . */) return -1;
  j++;
  const b = digitRun(text, j, end);
  j += b;
  if (text.charCodeAt(j) !== 46) return -1;
  j++;
  const c = digitRun(text, j, end);
  j += c;
  if (a < 1 || a > 4 || b < 1 || b > 2 || c < 2 || c > 4) return -1;
  if (j < end && isDigit(text.charCodeAt(j))) return -1;
  if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) return -1;
  return j;
}

/** Length of the run of digits at `from`, at most 5. */
function digitRun(text: string, from: number, end: number): number {
  let j = from;
  while (j < end && isDigit(text.charCodeAt(j)) && j - from < 5) j++;
  return j - from;
}

function plainToken(
  kind: TokenKind,
  start: number,
  end: number,
  value: string,
  lexicon: Lexicon,
): Token {
  // a number or date can be in a list only if some listed form has a digit
  const flags = kind === 'punct' || lexicon.digitFlags ? (lexicon.flags.get(value) ?? 0) : 0;
  return { kind, start, end, value, unit: undefined, act: undefined, flags };
}

/** Tokenises `text[start, end)` and tags the words the lexicon knows. Whitespace is skipped. */
export function tokenize(text: string, start: number, end: number, lexicon: Lexicon): Token[] {
  const tokens: Token[] = [];
  const tags = wordTagTable(lexicon);
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      const dEnd = dateEnd(text, i, end);
      if (dEnd > 0) {
        tokens.push(plainToken('date', i, dEnd, text.slice(i, dEnd), lexicon));
        i = dEnd;
        continue;
      }
      let j = i;
      let otherDash = false;
      while (j < end && isDigit(text.charCodeAt(j))) j++;
      while (j + 1 < end && isDash(text.charCodeAt(j)) && isDigit(text.charCodeAt(j + 1))) {
        if (text.charCodeAt(j) !== 0x2d) otherDash = true;
        j++;
        while (j < end && isDigit(text.charCodeAt(j))) j++;
      }
      const raw = text.slice(i, j);
      tokens.push(plainToken('num', i, j, otherDash ? raw.replace(DASHES, '-') : raw, lexicon));
      i = j;
      continue;
    }
    if (isLetter(c)) {
      // the hash of the form is folded in while scanning, so a known form is found without a slice
      let hash = hashStep(HASH_SEED, c);
      let j = i + 1;
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if (!isLetter(d)) break;
        hash = hashStep(hash, d);
      }
      const joined = joinHyphenatedBreak(text, i, j, end);
      const tag = joined ? tagOf(joined.word, lexicon) : tags.lookup(text, i, j, hash);
      const tokenEnd = joined ? joined.end : j;
      tokens.push({
        kind: 'word',
        start: i,
        end: tokenEnd,
        value: tag.value,
        unit: tag.unit,
        act: tag.act,
        flags: tag.flags,
      });
      i = tokenEnd;
      continue;
    }
    // a surrogate pair is one symbol
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
    tokens.push(plainToken('punct', i, i + width, punctClass(text.slice(i, i + width)), lexicon));
    i += width;
  }
  return tokens;
}

const WORD_START = /^[\p{Ll}\p{M}]+/u;

/** A word hyphenated across a line break (`Конститу-\nции`) is read as one word. */
function joinHyphenatedBreak(
  text: string,
  wordStart: number,
  at: number,
  end: number,
): { word: string; end: number } | null {
  if (text.charCodeAt(at) !== 0x2d /* - */) return null;
  let i = at + 1;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] !== '\n' && text[i] !== '\r') return null;
  let sawBreaks = 0;
  while (i < end && /\s/.test(text[i]!) && sawBreaks < 4) {
    if (text[i] === '\n') sawBreaks++;
    i++;
  }
  const tail = WORD_START.exec(text.slice(i, Math.min(end, i + 40)));
  if (!tail) return null;
  return { word: text.slice(wordStart, at) + tail[0], end: i + tail[0].length };
}
