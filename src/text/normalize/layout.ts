import {
  endsClause,
  endsClauseAt,
  isStructuralLine,
  type Line,
  splitLines,
  startsLowercase,
  startsLowercaseAt,
} from './lines.js';

/**
 * How a document breaks its lines: `none` (a line is a paragraph), `single`
 * (hard-wrapped, paragraphs usually split by blank lines or short last lines)
 * or `double` (hard-wrapped with a blank line after every line, as some PDF
 * extractors write).
 */
export type WrapStyle = 'none' | 'single' | 'double';

// Share of line breaks that cut a sentence (no clause end before, a lower-case
// word after) above which a document counts as hard-wrapped. Unwrapped text
// rarely goes above a few percent; wrapped prose sits around a half.
const SOFT_SHARE = 0.3;
const MIN_BREAKS = 5;

/** Detects hard wrapping from how often a line break falls inside a sentence. */
export function detectWrapStyle(text: string): WrapStyle {
  // Read by offsets rather than sliced: this visits every line of every document.
  const lines = splitLines(text);
  let single = 0;
  let singleSoft = 0;
  let double = 0;
  let doubleSoft = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.start === line.end) continue;
    const next = lines[i + 1] as Line;
    if (next.start !== next.end) {
      single++;
      if (isSoftBreakAt(text, line, next)) singleSoft++;
    } else {
      const after = lines[i + 2];
      if (after && after.start !== after.end) {
        double++;
        if (isSoftBreakAt(text, line, after)) doubleSoft++;
      }
    }
  }
  const singleWrapped = single >= MIN_BREAKS && singleSoft / single >= SOFT_SHARE;
  const doubleWrapped = double >= MIN_BREAKS && doubleSoft / double >= SOFT_SHARE;
  if (doubleWrapped && double > single) return 'double';
  if (singleWrapped) return 'single';
  return 'none';
}

/** `isSoftBreak` on two lines of `text`, slicing only when the regex is needed. */
function isSoftBreakAt(text: string, line: Line, next: Line): boolean {
  if (endsClauseAt(text, line) || !startsLowercaseAt(text, next)) return false;
  if (next.end - next.start < 2 || !isListMark(text[next.start + 1])) return true;
  return !isStructuralLine(text.slice(next.start, next.end));
}

/** A break inside a sentence: the line runs on into a lower-case word. */
export function isSoftBreak(line: string, next: string): boolean {
  // Structural lines that start in lower case are list items like `а) ...`.
  return (
    !endsClause(line) && startsLowercase(next) && !(isListMark(next[1]) && isStructuralLine(next))
  );
}

function isListMark(char: string | undefined): boolean {
  return char === '.' || char === ')';
}
