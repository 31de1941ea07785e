import { isSpaceAt } from './chars.js';

/**
 * Where one paragraph is inside matched quotes or brackets. Only pairs that
 * close within the paragraph and within a bounded span count, so a stray `«`
 * or `(` cannot glue a whole paragraph into one sentence.
 *
 * The pairs are matched with a stack, so any two of them are nested or
 * disjoint: the outermost ones, kept as sorted disjoint spans, answer every
 * query by binary search without a per-character array.
 */
export interface PairSpans {
  /** Whether `at` lies strictly between the opener and the closer of a counted pair. */
  inside(at: number): boolean;
}

const MAX_QUOTE_SPAN = 800;
const MAX_BRACKET_SPAN = 400;
const MAX_STACK = 64;

/** Highest code of a pair character (`„`), so a table covers them all. */
const PAIR_TABLE_SIZE = 0x201f;

const CLOSER_OF: ReadonlyMap<number, number> = new Map([
  [0x28, 0x29], // ( )
  [0x5b, 0x5d], // [ ]
  [0x7b, 0x7d], // { }
  [0xab, 0xbb], // « »
  [0x201e, 0x201c], // „ “
  [0x201c, 0x201d], // “ ”
  [0x22, 0x22], // " "
]);

const QUOTES = new Set([0xab, 0x201e, 0x201c, 0x22]);

/** 1 for every opener or closer: one read rules out the other characters. */
const PAIR_CHARS = buildPairTable();

function buildPairTable(): Uint8Array {
  const table = new Uint8Array(PAIR_TABLE_SIZE);
  for (const [open, close] of CLOSER_OF) {
    table[open] = 1;
    table[close] = 1;
  }
  return table;
}

/** Computes the counted pairs of `text[start, end)`. */
export function pairSpans(text: string, start: number, end: number): PairSpans {
  // Openers and closers of the outermost counted pairs so far, in text order.
  const opens: number[] = [];
  const closes: number[] = [];
  const stack: number[] = [];
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= PAIR_TABLE_SIZE || PAIR_CHARS[code] === 0) continue;
    const opener = closeOpen(text, code, i, start, stack);
    if (opener === NOT_CLOSED) {
      if (CLOSER_OF.has(code) && stack.length < MAX_STACK) stack.push(i);
    } else if (opener !== UNCOUNTED) {
      // Pairs closed earlier that opened after this one are nested inside it.
      while (opens.length > 0 && (opens.at(-1) ?? 0) > opener) {
        opens.pop();
        closes.pop();
      }
      opens.push(opener);
      closes.push(i);
    }
  }
  return { inside: (at) => insideSpans(opens, closes, at) };
}

/** Binary search for the last span opening before `at`; spans are disjoint and sorted. */
function insideSpans(opens: readonly number[], closes: readonly number[], at: number): boolean {
  let low = 0;
  let high = opens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((opens[mid] ?? 0) < at) low = mid + 1;
    else high = mid;
  }
  return low > 0 && at < (closes[low - 1] ?? 0);
}

const NOT_CLOSED = -1;
/** A pair that closed but spans too far to count. */
const UNCOUNTED = -2;

/**
 * Tries to close an open pair with `code` at `i`. Returns the opener's offset
 * for a counted pair, UNCOUNTED for one too long, or NOT_CLOSED.
 */
function closeOpen(text: string, code: number, i: number, start: number, stack: number[]): number {
  // A straight quote or “ after a space or at the start opens rather than closes.
  const ambiguous = code === 0x22 || code === 0x201c;
  if (ambiguous && (i === start || isSpaceAt(text, i - 1))) return NOT_CLOSED;
  for (let depth = stack.length - 1; depth >= 0 && depth >= stack.length - 4; depth--) {
    const at = stack[depth] ?? 0;
    const char = text.charCodeAt(at);
    if (CLOSER_OF.get(char) !== code) continue;
    stack.length = depth;
    const span = i - at;
    return span <= (QUOTES.has(char) ? MAX_QUOTE_SPAN : MAX_BRACKET_SPAN) ? at : UNCOUNTED;
  }
  return NOT_CLOSED;
}
