import type { AbbreviationKind } from './abbreviations.js';
import {
  isCloserCode,
  isDashCode,
  isDigitAt,
  isLetterAt,
  isLowerAt,
  isOpenerCode,
  isSpaceAt,
  isUpperAt,
} from './chars.js';

/**
 * One candidate split: a run of terminators (plus closing quotes and brackets)
 * inside a paragraph. Indices are absolute offsets into the text.
 */
export interface Candidate {
  text: string;
  /** Start of the current sentence (first non-space character). */
  sentenceStart: number;
  /** First terminator of the run. */
  runStart: number;
  /** End of the run, after closing quotes and brackets. */
  runEnd: number;
  /** First non-space character after the run, or `paragraphEnd`. */
  right: number;
  paragraphEnd: number;
  /** Whether a position is inside matched quotes or brackets of the paragraph. */
  pairs: PairLookup;
  abbreviations: ReadonlyMap<string, AbbreviationKind>;
  /**
   * Kazakh puts the verb last, so `2001 ж.` ends a sentence only in a nominal
   * one with a dash (`Қабылданған уақыты – 2001 ж.`).
   */
  verbFinal: boolean;
  /** Whether the sentence so far has a dash between spaces (` – `). */
  hasSpacedDash: boolean;
}

const MAX_TOKEN = 24;

export interface PairLookup {
  inside(at: number): boolean;
}

/**
 * razdel-style join rules, in order; the first that decides wins.
 * Returns true when the candidate must NOT split the sentence. Text inside
 * matched quotes or brackets is never split; that costs a pass over the
 * paragraph, so it is asked last (the result is the same).
 */
export function shouldJoin(c: Candidate): boolean {
  if (c.right >= c.paragraphEnd) return false;
  if (c.right === c.runEnd) return joinWithoutSpace(c);
  return joinByRules(c) || c.pairs.inside(c.runEnd);
}

function joinByRules(c: Candidate): boolean {
  const { text, right, paragraphEnd } = c;
  // Abbreviations, labels and initials end in one `.`, not `..`, `.?` or `!`.
  const dotOnly =
    text.charCodeAt(c.runStart) === 0x2e && !hasTerminatorAfter(text, c.runStart + 1, c.runEnd);
  const kind = dotOnly ? abbreviationBefore(c) : undefined;
  const numeric = kind === 'numeric-tail' && followsNumber(text, tokenStart(c), c.sentenceStart);
  if (kind === 'head' || (kind === 'numeric-tail' && !numeric)) return true;
  if (dotOnly && isLabel(NOTE_LABEL, text, c.sentenceStart, c.runStart)) return true;
  if (startsItemOrHeading(text, right, paragraphEnd)) return false;
  if (dotOnly && isLabel(HEADING_LABEL, text, c.sentenceStart, c.runStart)) return true;
  const first = firstSignificant(text, right, paragraphEnd);
  if (first < paragraphEnd && isLowerAt(text, first)) return true;
  if (isDashCode(text.charCodeAt(right))) return dashContinues(text, right, paragraphEnd);
  const continues = isContinuation(text, right, paragraphEnd);
  if (kind === 'numeric-tail' && !continues) return numberOpensSentence(c) || verbStillDue(c);
  if (kind === 'tail' || kind === 'numeric-tail')
    return continues || startsRoman(text, right, paragraphEnd);
  if (dotOnly && isInitials(c)) return true;
  // After a full word a number opens the next sentence (`…жоқ. 1995 ж. …`);
  // after a one- or two-letter token it is an unknown abbreviation's argument.
  if (continues && isDigitAt(text, right)) return c.runStart - tokenStart(c) <= 2;
  return continues;
}

/** `ст.2`, `01.07.2026`, `т.б` join; `етіледі..Қазақстан` (lost space) splits. */
function joinWithoutSpace(c: Candidate): boolean {
  const { text } = c;
  const before = c.runStart - 1;
  if (before < c.sentenceStart || !isLowerAt(text, before) || !isUpperAt(text, c.right))
    return true;
  const start = tokenStart(c);
  for (let i = start; i < c.runStart; i++) if (text.charCodeAt(i) === 0x2e) return true;
  return c.runStart - start < 3;
}

function hasTerminatorAfter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026) return true;
  }
  return false;
}

/** Start of the token that ends at the run, skipping opening quotes and brackets. */
function tokenStart(c: Candidate): number {
  const { text } = c;
  let i = c.runStart;
  const limit = Math.max(c.sentenceStart, c.runStart - MAX_TOKEN);
  while (i > limit && !isSpaceAt(text, i - 1)) i--;
  while (i < c.runStart && (isOpenerCode(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2a)) i++;
  return i;
}

/** The abbreviation that ends at the dot, also in its spaced form (`т. б.`). */
function abbreviationBefore(c: Candidate): AbbreviationKind | undefined {
  const start = tokenStart(c);
  if (start >= c.runStart) return undefined;
  const token = c.text.slice(start, c.runStart + 1);
  const kind = lookup(c, token);
  if (kind || c.runStart - start > 2) return kind;
  // `т. б.`: glue a one- or two-letter token to the short dotted token before it.
  const prevEnd = start - 1;
  if (prevEnd < c.sentenceStart + 2 || c.text.charCodeAt(prevEnd - 1) !== 0x2e) return undefined;
  let prevStart = prevEnd - 1;
  while (
    prevStart > c.sentenceStart &&
    prevEnd - prevStart < 8 &&
    !isSpaceAt(c.text, prevStart - 1)
  )
    prevStart--;
  return lookup(c, c.text.slice(prevStart, prevEnd) + token);
}

function lookup(c: Candidate, token: string): AbbreviationKind | undefined {
  return c.abbreviations.get(token) ?? c.abbreviations.get(token.toLowerCase());
}

/** Whether the word before `start` is a number or Roman numeral (`2001 г.`, `XX в.`). */
function followsNumber(text: string, start: number, sentenceStart: number): boolean {
  let i = start - 1;
  while (i >= sentenceStart && isSpaceAt(text, i)) i--;
  if (i < sentenceStart) return false;
  if (isDigitAt(text, i)) return true;
  let romanLength = 0;
  while (i >= sentenceStart && isRomanCode(text.charCodeAt(i)) && romanLength < 8) {
    i--;
    romanLength++;
  }
  return romanLength > 0 && (i < sentenceStart || !isLetterAt(text, i));
}

/** `б.з.б. V ғасыр`: a Roman numeral continues like a number. */
function startsRoman(text: string, right: number, paragraphEnd: number): boolean {
  let i = right;
  while (i < paragraphEnd && isRomanCode(text.charCodeAt(i))) i++;
  return i > right && (i === paragraphEnd || !isLetterAt(text, i));
}

function isRomanCode(code: number): boolean {
  // I V X L C D M
  return (
    code === 0x49 ||
    code === 0x56 ||
    code === 0x58 ||
    code === 0x4c ||
    code === 0x43 ||
    code === 0x44 ||
    code === 0x4d
  );
}

const ITEM =
  /^(?:\d{1,3}(?:-\d{1,3}){0,2}\)|\d{1,3}(?:\.\d{1,3}){0,3}\.\s+[^\s\d]|\d{1,3}(?:\.\d{1,3}){1,3}\s+\p{Lu})/u;
const HEADING =
  /^(?:(?:Статья|Глава|Раздел|Параграф|СТАТЬЯ|ГЛАВА|РАЗДЕЛ|ПАРАГРАФ)\s+[\dIVXLC]|\d{1,3}(?:-\d{1,3}){0,2}[-\s](?:бап|тарау|бөлім|параграф|БАП|ТАРАУ|БӨЛІМ)(?![\p{L}]))/u;

/** Numbered items (`1)`, `3-1)`, `2.`) and headings (`Статья 5`, `5-бап`) start a sentence. */
export function startsItemOrHeading(text: string, right: number, paragraphEnd: number): boolean {
  const head = text.slice(right, Math.min(paragraphEnd, right + 24));
  if (head.length === 0) return false;
  const code = head.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) {
    // `2.`/`3-1)` but not a year (`2001.`) or a decimal (`1.5`).
    return ITEM.test(head) || HEADING.test(head);
  }
  if (/^\p{L}\)/u.test(head)) return isLowerAt(head, 0) || head.length < 3 || head[2] === ' ';
  return HEADING.test(head);
}

const HEADING_LABEL =
  /^[\s#>*_«"„]*(?:(?:Статья|Глава|Раздел|Параграф|Бөлім|Тарау|СТАТЬЯ|ГЛАВА|РАЗДЕЛ)\s+[\dIVXLC][\dIVXLC-]*|\d{1,3}(?:-\d{1,3}){0,2}[-\s](?:бап|тарау|бөлім|параграф|БАП|ТАРАУ|БӨЛІМ)|\d{1,3}(?:[.-]\d{1,3}){0,3})$/u;
const NOTE_LABEL =
  /^[\s#>*_]*(?:Сноска|Ескерту|Ескертпе|Примечание|Примечания|ЕСКЕРТУ|ПРИМЕЧАНИЕ)$/u;

/**
 * `Статья 5.`, `39-3-бап.`, `2.` (headings and items) and `Сноска.` (notes):
 * labels that their heading, item or note text continues.
 */
function isLabel(label: RegExp, text: string, sentenceStart: number, runStart: number): boolean {
  if (runStart - sentenceStart > 40) return false;
  return label.test(text.slice(sentenceStart, runStart));
}

/** `В 1997–1999 гг. Правительство…`: a leading date is not a sentence of its own. */
function numberOpensSentence(c: Candidate): boolean {
  let words = 0;
  const limit = Math.min(c.runStart, c.sentenceStart + 60);
  for (let i = c.sentenceStart; i < limit && words < 4; i++) {
    if (isSpaceAt(c.text, i) && !isSpaceAt(c.text, i + 1)) words++;
  }
  // `гг.` itself, its number and at most one preposition.
  return words <= 2 && limit === c.runStart;
}

/** In Kazakh a sentence without a dash has not reached its verb yet. */
function verbStillDue(c: Candidate): boolean {
  return c.verbFinal && !c.hasSpacedDash;
}

/** First character after opening quotes and brackets. */
function firstSignificant(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && i < from + 4 && isOpenerCode(text.charCodeAt(i))) i++;
  return i;
}

/**
 * `– сказал он` continues the sentence; `– Иди!` starts a reply. Bibliographic
 * areas (GOST 7.1: `Title. – Алматы, 2018. – 450 с.`) continue too: after the
 * dash comes a number or a place followed by a comma and a year.
 */
function dashContinues(text: string, right: number, paragraphEnd: number): boolean {
  let i = right + 1;
  while (i < paragraphEnd && isSpaceAt(text, i)) i++;
  if (i >= paragraphEnd) return false;
  if (isLowerAt(text, i) || isDigitAt(text, i)) return true;
  const limit = Math.min(paragraphEnd, i + 30);
  let j = i;
  while (j < limit && (isLetterAt(text, j) || text.charCodeAt(j) === 0x2d)) j++;
  return (
    j + 2 < paragraphEnd &&
    text.charCodeAt(j) === 0x2c &&
    isSpaceAt(text, j + 1) &&
    isDigitAt(text, j + 2)
  );
}

/** A digit, `№`/`N 12`, or punctuation that cannot start a sentence. */
function isContinuation(text: string, right: number, paragraphEnd: number): boolean {
  const code = text.charCodeAt(right);
  if (isDigitAt(text, right)) return true;
  if (code === 0x2116) return true; // №
  if (code === 0x4e && right + 1 < paragraphEnd) {
    // `N 148-II` as written in laws for №.
    const next = text.charCodeAt(right + 1);
    // Never past the paragraph: the splitter may run on a range of a longer text.
    const afterSpace = right + 2 < paragraphEnd ? text.charCodeAt(right + 2) : Number.NaN;
    return (
      (next >= 0x30 && next <= 0x39) || (next === 0x20 && afterSpace >= 0x30 && afterSpace <= 0x39)
    );
  }
  if (isLetterAt(text, right) || isOpenerCode(code) || isDashCode(code)) return false;
  return code === 0x2c || code === 0x3b || code === 0x3a || code === 0x25 || isCloserCode(code);
}

const SURNAME =
  /(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|ская|цкий|цкая|енко|ұлы|қызы|ули|кызы|uly|qyzy)$/u;

/**
 * `Н.Ә.`, `А.` are initials and join the surname after them — unless a surname
 * stands right before them inside the sentence (`подписал Иванов И.И. Затем…`),
 * where they end the sentence.
 */
function isInitials(c: Candidate): boolean {
  const { text } = c;
  const start = tokenStart(c);
  const length = c.runStart - start;
  if (length !== 1 && length !== 3 && length !== 5) return false;
  for (let i = start; i < c.runStart; i += 2) {
    if (!isUpperAt(text, i)) return false;
    if (i + 1 < c.runStart && text.charCodeAt(i + 1) !== 0x2e) return false;
  }
  if (start <= c.sentenceStart) return true;
  let end = start - 1;
  while (end > c.sentenceStart && isSpaceAt(text, end)) end--;
  let wordStart = end;
  while (wordStart > c.sentenceStart && isLetterAt(text, wordStart - 1) && end - wordStart < 30)
    wordStart--;
  const word = text.slice(wordStart, end + 1);
  // A surname that opens the sentence or follows a colon heads a bibliographic
  // entry or a signature: `см.: Сапаргалиев Г.С. Конституционное право.`
  let before = wordStart - 1;
  while (before > c.sentenceStart && isSpaceAt(text, before)) before--;
  if (wordStart <= c.sentenceStart || text.charCodeAt(before) === 0x3a) return true;
  return !(isUpperAt(word, 0) && word.length > 3 && SURNAME.test(word));
}
