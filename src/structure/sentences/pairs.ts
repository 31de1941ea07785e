import { isSpaceAt } from './chars.js';

/**
 * Depth of matched quotes and brackets at every position of one paragraph.
 * Only pairs that close within the paragraph and within a bounded span count,
 * so a stray `«` or `(` cannot glue a whole paragraph into one sentence.
 */
export interface PairDepths {
  /** Depth inside matched quotes at `start + i` (index relative to the paragraph). */
  quote: Int32Array;
  /** Depth inside matched brackets at `start + i`. */
  bracket: Int32Array;
}

const MAX_QUOTE_SPAN = 800;
const MAX_BRACKET_SPAN = 400;
const MAX_STACK = 64;

let quoteBuffer = new Int32Array(1024);
let bracketBuffer = new Int32Array(1024);

interface Open {
  char: number;
  at: number;
}

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

/**
 * Computes pair depths for `text[start, end)`. The returned arrays are shared
 * buffers, valid until the next call: the splitter reads them paragraph by
 * paragraph, which keeps memory flat on large documents.
 */
export function pairDepths(text: string, start: number, end: number): PairDepths {
  const length = end - start + 1;
  if (quoteBuffer.length < length) {
    const size = Math.max(length, quoteBuffer.length * 2);
    quoteBuffer = new Int32Array(size);
    bracketBuffer = new Int32Array(size);
  }
  quoteBuffer.fill(0, 0, length);
  bracketBuffer.fill(0, 0, length);
  const stack: Open[] = [];
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isPairChar(code)) continue;
    if (closeOpen(text, code, i, start, stack)) continue;
    if (CLOSER_OF.has(code) && stack.length < MAX_STACK) stack.push({ char: code, at: i });
  }
  // Prefix sums turn the +1/-1 marks into depths.
  let quote = 0;
  let bracket = 0;
  for (let i = 0; i < length; i++) {
    quote += quoteBuffer[i] ?? 0;
    bracket += bracketBuffer[i] ?? 0;
    quoteBuffer[i] = quote;
    bracketBuffer[i] = bracket;
  }
  return { quote: quoteBuffer, bracket: bracketBuffer };
}

function isPairChar(code: number): boolean {
  return (
    code === 0x28 ||
    code === 0x29 ||
    code === 0x5b ||
    code === 0x5d ||
    code === 0x7b ||
    code === 0x7d ||
    code === 0xab ||
    code === 0xbb ||
    code === 0x22 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x201e
  );
}

/** Tries to close an open pair with `code` at `i`; returns whether it did. */
function closeOpen(text: string, code: number, i: number, start: number, stack: Open[]): boolean {
  // A straight quote or “ after a space or at the start opens rather than closes.
  const ambiguous = code === 0x22 || code === 0x201c;
  if (ambiguous && (i === start || isSpaceAt(text, i - 1))) return false;
  for (let depth = stack.length - 1; depth >= 0 && depth >= stack.length - 4; depth--) {
    const open = stack[depth];
    if (!open || CLOSER_OF.get(open.char) !== code) continue;
    stack.length = depth;
    const isQuote = QUOTES.has(open.char);
    const span = i - open.at;
    if (span <= (isQuote ? MAX_QUOTE_SPAN : MAX_BRACKET_SPAN)) {
      const marks = isQuote ? quoteBuffer : bracketBuffer;
      marks[open.at + 1 - start] = (marks[open.at + 1 - start] ?? 0) + 1;
      marks[i - start] = (marks[i - start] ?? 0) - 1;
    }
    return true;
  }
  return false;
}
