import { type AbbreviationLang, abbreviationTable } from './abbreviations.js';
import { isBreakCode, isCloserCode, isDashCode, isSpaceAt, isTerminatorCode } from './chars.js';
import { type PairLookup, shouldJoin, startsItemOrHeading } from './join-rules.js';
import { type PairSpans, pairSpans } from './pairs.js';

/** A sentence as offsets into the input; `end` is exclusive; no surrounding whitespace. */
export interface SentenceSpan {
  start: number;
  end: number;
}

export interface SplitOptions {
  /** Language of the text; picks which abbreviation list wins on conflicts (default `kk`). */
  lang?: AbbreviationLang | null | undefined;
}

/**
 * Splits normalized text into sentences. Paragraphs (lines) are split on their
 * own, so no sentence crosses a line break and the work stays linear in the
 * length of the text.
 *
 * @example
 * splitSentences('Заң 2001 ж. қабылданды. Ол күшінде.') // two spans
 */
export function splitSentences(text: string, options?: SplitOptions | null): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  forEachParagraph(text, (start, end) => {
    splitParagraph(text, start, end, options, spans);
  });
  return spans;
}

/**
 * Appends to `out` the sentences of `text.slice(start, end)`, as splitSentences
 * finds them, in offsets of `text`. Splitting a range in place spares a copy of
 * every paragraph and keeps the hot loop on one flat string; `breaks` finds the
 * line breaks of `text` for any number of ranges in one pass.
 */
export function splitSentencesIn(
  text: string,
  start: number,
  end: number,
  options: SplitOptions | null | undefined,
  breaks: LineBreaks,
  out: SentenceSpan[],
): void {
  // Character classes peek one code unit ahead for a surrogate pair: past the
  // range that unit is one the slice would not have.
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) {
    for (const span of splitSentences(text.slice(start, end), options)) {
      out.push({ start: start + span.start, end: start + span.end });
    }
    return;
  }
  let from = start;
  for (let i = breaks.next(from); i < end; i = breaks.next(from)) {
    splitParagraph(text, from, i, options, out);
    from = i + 1;
  }
  splitParagraph(text, from, end, options, out);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Finds paragraph breaks (`\n`, `\r`) in one text; see lineBreaks. */
export interface LineBreaks {
  /** Offset of the first break at or after `from`, or the text's length. */
  next(from: number): number;
}

/**
 * Break lookup that remembers its last answer: queries in ascending order (the
 * paragraphs of a document) cost one native search over the text in all.
 */
export function lineBreaks(text: string): LineBreaks {
  const newline = nextOf(text, '\n');
  const carriageReturn = nextOf(text, '\r');
  return { next: (from) => Math.min(newline(from), carriageReturn(from)) };
}

function nextOf(text: string, char: string): (from: number) => number {
  let searchedFrom = 0;
  let found = -1;
  return (from) => {
    // A hit found from an earlier offset is still the first one at or after `from`.
    if (found === -1 || from < searchedFrom || found < from) {
      searchedFrom = from;
      found = text.indexOf(char, from);
      if (found === -1) found = text.length;
    }
    return found;
  };
}

/** Calls `visit(start, end)` for every line between paragraph breaks, including empty ones. */
export function forEachParagraph(text: string, visit: (start: number, end: number) => void): void {
  let start = 0;
  if (!text.includes('\r')) {
    // Native search is several times faster than a loop over char codes.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
      visit(start, i);
      start = i + 1;
    }
  } else {
    for (let i = 0; i < text.length; i++) {
      if (isBreakCode(text.charCodeAt(i))) {
        visit(start, i);
        start = i + 1;
      }
    }
  }
  visit(start, text.length);
}

/** Appends the sentences of `text[start, end)` (one paragraph) to `out`. */
export function splitParagraph(
  text: string,
  start: number,
  end: number,
  options: SplitOptions | null | undefined,
  out: SentenceSpan[],
): void {
  let sentenceStart = skipSpace(text, start, end);
  if (sentenceStart >= end) return;
  const lang = options?.lang ?? 'kk';
  const abbreviations = abbreviationTable(lang);
  const verbFinal = lang === 'kk';
  const pairs = lazyPairs(text, start, end);
  let i = sentenceStart;
  let lastSpacedDash = -1;
  while (i < end) {
    const code = text.charCodeAt(i);
    // Most characters are letters, digits, spaces and commas, which can neither
    // end a sentence nor start a dash or list rule: skip them with a few comparisons.
    if (
      (code >= 0x410 && code <= 0x4ff) ||
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39) ||
      code === 0x20 ||
      code === 0x2c
    ) {
      i++;
      continue;
    }
    if (
      isDashCode(code) &&
      i > start &&
      isSpaceAt(text, i - 1) &&
      i + 1 < end &&
      isSpaceAt(text, i + 1)
    ) {
      lastSpacedDash = i;
    }
    if (code === 0x3b || code === 0x3a) {
      // `: 1) аким; 2) маслихат`: an inline item starts a sentence after `;` or `:`.
      const right = skipSpace(text, i + 1, end);
      if (right > i + 1 && right < end && startsItemOrHeading(text, right, end)) {
        if (!pairs.inside(i + 1)) {
          out.push({ start: sentenceStart, end: i + 1 });
          sentenceStart = right;
          i = right;
          continue;
        }
      }
      i++;
      continue;
    }
    if (!isTerminatorCode(code)) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < end && isTerminatorCode(text.charCodeAt(i))) i++;
    while (i < end && isCloserCode(text.charCodeAt(i))) i++;
    const runEnd = i;
    const right = skipSpace(text, runEnd, end);
    const join = shouldJoin({
      text,
      sentenceStart,
      runStart,
      runEnd,
      right,
      paragraphEnd: end,
      pairs,
      abbreviations,
      verbFinal,
      hasSpacedDash: lastSpacedDash > sentenceStart,
    });
    if (join) continue;
    out.push({ start: sentenceStart, end: runEnd });
    sentenceStart = right;
    i = right;
  }
  if (sentenceStart < end) {
    let last = end;
    while (last > sentenceStart && isSpaceAt(text, last - 1)) last--;
    out.push({ start: sentenceStart, end: last });
  }
}

/** Pairs of one paragraph, computed only when a rule first asks. */
function lazyPairs(text: string, start: number, end: number): PairLookup {
  let spans: PairSpans | undefined;
  return {
    inside(at) {
      spans ??= pairSpans(text, start, end);
      return spans.inside(at);
    },
  };
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceAt(text, i)) i++;
  return i;
}
