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
  const base = { contentStart: start, contentEnd: end, level: 0, marked: false, blockquote: false };
  if (start === end) return { ...base, kind: LineKind.BLANK, bareStart: start, bareEnd: end };

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
  const bare = text.slice(i, j);
  const marked = level > 0 || (bold && text.startsWith('**', end - 2));
  const line = { ...base, level, marked, blockquote, bareStart: i, bareEnd: j };
  if (bare.length === 0 || anchorOnly.test(bare)) return { ...line, kind: LineKind.IGNORE };

  const candidates = anyPattern === undefined || anyPattern.test(bare) ? patterns : [];
  for (const pattern of candidates) {
    const match = pattern.regex.exec(bare);
    if (!match?.groups) continue;
    const rest = match.groups['rest'] ?? '';
    if (pattern.strict && !marked && !pattern.strict.test(rest)) continue;
    const num = match.groups['num'] ?? '';
    return {
      ...line,
      kind: LineKind.UNIT,
      unitType: pattern.type,
      num: normalizeNum(num),
      rest,
      restStart: j - rest.length,
    };
  }
  if (notePattern.test(bare)) return { ...line, kind: LineKind.NOTE };
  if (footnotePattern.test(bare)) return { ...line, kind: LineKind.FOOTNOTE };
  if (level > 0) return { ...line, kind: LineKind.MD_HEADING };
  return { ...line, kind: LineKind.TEXT };
}

function isSpace(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0x3000 || code === 0xfeff
  );
}
