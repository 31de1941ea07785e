import type { ActWord, Lexicon, UnitWord } from './lexicon.js';

export type TokenKind = 'num' | 'date' | 'word' | 'punct';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Lower-cased word, number with dashes unified to `-`, or the punctuation class (`-`, `(`, `«`, …). */
  value: string;
  unit?: UnitWord;
  act?: ActWord;
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

/** Letters and combining marks; a table for Latin and Cyrillic (with Kazakh), a regex beyond. */
function isLetter(text: string, i: number, c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x400 && c <= 0x52f) return c !== 0x482;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  return LETTER.test(text[i]!);
}

function isSpace(text: string, i: number, c: number): boolean {
  if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0) return true;
  return c > 127 && SPACE.test(text[i]!);
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
  let j = i;
  const runs = [0, 0, 0];
  for (let part = 0; part < 3; part++) {
    const from = j;
    while (j < end && isDigit(text.charCodeAt(j)) && j - from < 5) j++;
    runs[part] = j - from;
    if (part < 2) {
      if (text.charCodeAt(j) !== 46 /* . */) return -1;
      j++;
    }
  }
  const [a, b, c] = runs as [number, number, number];
  if (a < 1 || a > 4 || b < 1 || b > 2 || c < 2 || c > 4) return -1;
  if (j < end && isDigit(text.charCodeAt(j))) return -1;
  if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) return -1;
  return j;
}

/** Tokenises `text[start, end)` and tags the words the lexicon knows. Whitespace is skipped. */
export function tokenize(text: string, start: number, end: number, lexicon: Lexicon): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(text, i, c)) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      const dEnd = dateEnd(text, i, end);
      if (dEnd > 0) {
        tokens.push({ kind: 'date', start: i, end: dEnd, value: text.slice(i, dEnd) });
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
      tokens.push({
        kind: 'num',
        start: i,
        end: j,
        value: otherDash ? raw.replace(DASHES, '-') : raw,
      });
      i = j;
      continue;
    }
    if (isLetter(text, i, c)) {
      let j = i + 1;
      while (j < end && isLetter(text, j, text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      const joined = joinHyphenatedBreak(text, word, j, end);
      if (joined) {
        tokens.push(tagWord(joined.word, i, joined.end, lexicon));
        i = joined.end;
      } else {
        tokens.push(tagWord(word, i, j, lexicon));
        i = j;
      }
      continue;
    }
    // a surrogate pair is one symbol
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
    tokens.push({
      kind: 'punct',
      start: i,
      end: i + width,
      value: punctClass(text.slice(i, i + width)),
    });
    i += width;
  }
  return tokens;
}

const WORD_START = /^[\p{Ll}\p{M}]+/u;

/** A word hyphenated across a line break (`Конститу-\nции`) is read as one word. */
function joinHyphenatedBreak(
  text: string,
  head: string,
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
  return { word: head + tail[0], end: i + tail[0].length };
}

function tagWord(raw: string, start: number, end: number, lexicon: Lexicon): Token {
  const value = raw.toLowerCase();
  const token: Token = { kind: 'word', start, end, value };
  const unit = lexicon.units.get(value);
  if (unit) token.unit = unit;
  const act = lexicon.acts.get(value) ?? fuzzyAct(value, lexicon);
  if (act) token.act = act;
  return token;
}

/** Misspelled act keywords (`Коноституциясының`): bounded edit distance against the long forms. */
function fuzzyAct(word: string, lexicon: Lexicon): ActWord | undefined {
  if (word.length < 8 || word.charCodeAt(0) !== 0x43a /* к */) return undefined;
  if (!word.includes('ститу') && !word.startsWith('кон')) return undefined;
  // the adjectives `конституциялық`, `конституционный` are not the Constitution
  if (
    word.startsWith('конституцил') ||
    word.startsWith('конституцион') ||
    word.startsWith('конституциял')
  ) {
    return undefined;
  }
  if (lexicon.constitutionalAdjective.has(word)) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const target of lexicon.fuzzyTargets) {
    const d = boundedDistance(word, target, 2);
    if (d < bestDistance) {
      bestDistance = d;
      best = target;
    }
  }
  if (best === undefined || bestDistance > (word.length >= 10 ? 2 : 1)) return undefined;
  return lexicon.acts.get(best);
}

/** Levenshtein distance with an early exit once every cell exceeds `limit` (returns limit + 1). */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
