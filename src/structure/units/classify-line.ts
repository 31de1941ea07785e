/**
 * Reads one line of a law text: strips its Markdown markup (indent, block quote,
 * `#` heading marker, `*` / `**` emphasis) and says what the line opens. The
 * bare text keeps its offsets, so headings and numbers point into the source.
 */
import {
  footnotePattern,
  normalizeNum,
  notePattern,
  type UnitPattern,
} from './heading-patterns.js';
import type { UnitType } from './types.js';

export const LineKind = {
  BLANK: 'blank',
  /** Markup with no text of its own: `<a id="st1"></a>`, `---`, HTML comments. */
  IGNORE: 'ignore',
  /** A Markdown heading that names no unit (`# Title`, `## Общие положения`). */
  MD_HEADING: 'md-heading',
  UNIT: 'unit',
  NOTE: 'note',
  FOOTNOTE: 'footnote',
  TEXT: 'text',
} as const;

export type LineKind = (typeof LineKind)[keyof typeof LineKind];

export interface ClassifiedLine {
  kind: LineKind;
  /** First and end offset of the line's text after markup, in the document. */
  bareStart: number;
  bareEnd: number;
  /** Offset of the first non-space character and of the last one (exclusive). */
  contentStart: number;
  contentEnd: number;
  /** Markdown heading level, 0 when none. */
  level: number;
  /** `###` heading or a line wholly in bold. */
  marked: boolean;
  blockquote: boolean;
  unitType?: UnitType;
  num?: string;
  /** Text after the number with its offset: the heading, or the point's own text. */
  restStart?: number;
  rest?: string;
}

const LESS_THAN = 0x3c;
const HYPHEN = 0x2d;
const OPEN_BRACKET = 0x5b;
const CLOSE_PAREN = 0x29;
const BACKSLASH = 0x5c;
/** Roman numerals (Latin and Cyrillic look-alikes) and the first letters of Раздел, Глава, Статья. */
const UNIT_FIRST_LETTERS = new Set(
  [...'IVXLCivxlcІХСіхсРрГгСс'].map((letter) => letter.charCodeAt(0)),
);
/** Notes start with Сноска, Ескерту, Ескертпе or Примечание (any case). */
const NOTE_FIRST_LETTERS = new Set([...'СсЕеПп'].map((letter) => letter.charCodeAt(0)));

const anchorOnly = /^(?:<a\s[^>]*>\s*<\/a>|<!--.*-->|-{3,}|\*{3,}|_{3,})$/u;

/** Classifies `text.slice(lineStart, lineEnd)`; `lineEnd` excludes the newline. */
export function classifyLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  patterns: readonly UnitPattern[],
  anyPattern?: RegExp,
): ClassifiedLine {
  let start = lineStart;
  let end = lineEnd;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return lineOf(LineKind.BLANK, start, end, start, end, 0, false, false);

  let i = start;
  let blockquote = false;
  while (i < end && text[i] === '>') {
    blockquote = true;
    i++;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
  }
  let level = 0;
  while (i + level < end && text[i + level] === '#' && level < 7) level++;
  if (level > 0 && level <= 6 && (i + level === end || isSpace(text.charCodeAt(i + level)))) {
    i += level;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
  } else {
    level = 0;
  }
  let bold = false;
  if (text.startsWith('**', i)) bold = true;
  while (i < end && (text[i] === '*' || text[i] === '_')) i++;
  let j = end;
  while (j > i && (text[j - 1] === '*' || text[j - 1] === '_' || isSpace(text.charCodeAt(j - 1)))) {
    j--;
  }
  const marked = level > 0 || (bold && text.startsWith('**', end - 2));
  const line = (kind: LineKind) => lineOf(kind, start, end, i, j, level, marked, blockquote);
  if (j === i) return line(LineKind.IGNORE);
  // Most lines are plain text: decide from the first character and one sticky
  // regex before slicing the line out.
  const first = text.charCodeAt(i);
  if ((first === LESS_THAN || first === HYPHEN) && anchorOnly.test(text.slice(i, j))) {
    return line(LineKind.IGNORE);
  }
  let bare: string | undefined;
  let candidates: readonly UnitPattern[] = [];
  if (anyPattern === undefined) candidates = patterns;
  else if (mayOpenUnit(text, i, first)) {
    anyPattern.lastIndex = i;
    if (anyPattern.test(text)) candidates = patterns;
  }
  for (const pattern of candidates) {
    bare ??= text.slice(i, j);
    const match = pattern.regex.exec(bare);
    if (!match?.groups) continue;
    const rest = match.groups['rest'] ?? '';
    if (pattern.strict && !marked && !pattern.strict.test(rest)) continue;
    const num = match.groups['num'] ?? '';
    const unit = line(LineKind.UNIT);
    unit.unitType = pattern.type;
    unit.num = normalizeNum(num);
    unit.rest = rest;
    unit.restStart = j - rest.length;
    return unit;
  }
  if (NOTE_FIRST_LETTERS.has(first) && notePattern.test(text.slice(i, j))) {
    return line(LineKind.NOTE);
  }
  if (first === OPEN_BRACKET && footnotePattern.test(text.slice(i, j))) {
    return line(LineKind.FOOTNOTE);
  }
  if (level > 0) return line(LineKind.MD_HEADING);
  return line(LineKind.TEXT);
}

/**
 * Every result has the same shape, with every field present, so the code that
 * reads lines stays monomorphic (object spreads here cost more than the regexes).
 */
function lineOf(
  kind: LineKind,
  contentStart: number,
  contentEnd: number,
  bareStart: number,
  bareEnd: number,
  level: number,
  marked: boolean,
  blockquote: boolean,
): ClassifiedLine {
  return {
    kind,
    bareStart,
    bareEnd,
    contentStart,
    contentEnd,
    level,
    marked,
    blockquote,
    unitType: undefined,
    num: undefined,
    restStart: undefined,
    rest: undefined,
  };
}

/**
 * Every unit heading starts with a digit, a Roman numeral, `Раздел`, `Глава`,
 * `Статья`, or a letter item `а)`: a check of one or two characters rules out
 * nearly every line of running text before any regex runs.
 */
function mayOpenUnit(text: string, i: number, first: number): boolean {
  if (first >= 0x30 && first <= 0x39) return true;
  if (UNIT_FIRST_LETTERS.has(first)) return true;
  const second = text.charCodeAt(i + 1);
  return second === CLOSE_PAREN || (second === BACKSLASH && text.charCodeAt(i + 2) === CLOSE_PAREN);
}

function isSpace(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0x3000 || code === 0xfeff
  );
}
