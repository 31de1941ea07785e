/** A line of text: `text.slice(start, end)`, without its `\n`. */
export interface Line {
  start: number;
  end: number;
}

/** Splits on `\n` in one pass; the last line may be empty. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if (end === -1) {
      lines.push({ start, end: text.length });
      return lines;
    }
    lines.push({ start, end });
    start = end + 1;
  }
}

// Lines that start a unit of their own: list items (`1)`, `2.`, `а)`, `-`),
// article and chapter headings in Russian and Kazakh (`Статья 5.`, `5-бап.`),
// and markdown block syntax (headings, quotes, tables, fences, HTML).
const STRUCTURAL_START =
  /^(?:\d{1,3}(?:[.-]\d{1,3})*[.)](?:\s|$)|\d{1,3}-\d{1,3}\)|[а-яәғқңөұүһіa-z][.)]\s|[-–—•*·▪●]\s|#{1,6}\s|>|\||```|<|(?:Статья|Глава|Раздел|Параграф|Бөлім|Тарау|Параграф|Приложение|Қосымша)\s+\d|\d{1,3}(?:-\d{1,3})?-(?:бап|тарау|бөлім|параграф)(?!\p{L})|[IVXLC]{1,6}\.\s)/u;

/** Whether a line starts a list item, a heading or a markdown block. */
export function isStructuralLine(line: string): boolean {
  return STRUCTURAL_START.test(line);
}

const CLAUSE_END = new Set(['.', '!', '?', ':', ';', '…']);
const CLOSERS = new Set(['"', '»', '”', ')', ']']);
const OPENERS = new Set(['"', '«', '(']);
const LOWER = /\p{Ll}/u;

/** Whether a line ends a sentence or a clause (so a break after it may be real). */
export function endsClause(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && CLOSERS.has(line[i] as string)) i--;
  return i >= 0 && CLAUSE_END.has(line[i] as string);
}

/** Whether a line starts with a lower-case letter (after opening quotes). */
export function startsLowercase(line: string): boolean {
  let i = 0;
  while (i < line.length && OPENERS.has(line[i] as string)) i++;
  const char = line[i];
  return char !== undefined && LOWER.test(char);
}

// Offset versions of the two checks above, for scans over every line of a
// document: they read code units instead of slicing each line.
const CLAUSE_END_CODES = new Set([...CLAUSE_END].map((char) => char.charCodeAt(0)));
const CLOSER_CODES = new Set([...CLOSERS].map((char) => char.charCodeAt(0)));
const OPENER_CODES = new Set([...OPENERS].map((char) => char.charCodeAt(0)));

/** `endsClause(text.slice(line.start, line.end))` without the slice. */
export function endsClauseAt(text: string, line: Line): boolean {
  let i = line.end - 1;
  while (i >= line.start && CLOSER_CODES.has(text.charCodeAt(i))) i--;
  return i >= line.start && CLAUSE_END_CODES.has(text.charCodeAt(i));
}

/** `startsLowercase(text.slice(line.start, line.end))` without the slice. */
export function startsLowercaseAt(text: string, line: Line): boolean {
  let i = line.start;
  while (i < line.end && OPENER_CODES.has(text.charCodeAt(i))) i++;
  if (i >= line.end) return false;
  const code = text.charCodeAt(i);
  if (code >= 0x61 && code <= 0x7a) return true;
  if (code < 0x80 || (code >= 0x400 && code <= 0x42f)) return false;
  if (code >= 0x430 && code <= 0x45f) return true;
  return LOWER.test(text[i] as string);
}
