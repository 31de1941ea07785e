import { RuleId, type StepEdit, type StepResult } from '../types.js';

// Horizontal spaces (no-break and typographic spaces included) and line breaks.
// Form feeds are left for the page-furniture step, which reads them as page breaks.
const H = ' \\t\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000';
const LB = '\\n\\r\\v\\u2028\\u2029';
const INVISIBLE = '\\u00ad\\u200b\\u2060\\ufeff';

const LEADING = new RegExp(`^[${H}${LB}${INVISIBLE}]+`);
const SPACE_OR_BREAK = new RegExp(`[${H}${LB}]`);

const ORDINARY = 0;
const SPACE = 1; // spaces and line breaks: runs of them are repaired together
const INVISIBLE_KIND = 2;

function classify(code: number): number {
  if ((code > 32 && code < 0xa0) || (code > 0xad && code < 0x1680)) return ORDINARY;
  if (code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 0xa0)
    return SPACE;
  if (code === 0xad || code === 0x200b || code === 0x2060 || code === 0xfeff) return INVISIBLE_KIND;
  if (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0x2028 ||
    code === 0x2029
  ) {
    return SPACE;
  }
  return ORDINARY;
}
const LINE_BREAK = new RegExp(`[${LB}]`);
const SPACE_CHARS = `${H}${LB}`;
// Spaces and breaks other than the canonical space and `\n`.
const ODD_SPACE = '\\t\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000\\r\\v\\u2028\\u2029';
// Where a run that may need a repair starts: an odd space or break, an
// invisible character, or a space or `\n` followed by another space or break
// (`\n\n` alone is a paragraph break and stays).
const CANDIDATE = new RegExp(
  `[${ODD_SPACE}${INVISIBLE}]| [${SPACE_CHARS}]|\\n[ ${ODD_SPACE}]|\\n\\n[${SPACE_CHARS}]`,
);
const IS_INVISIBLE = new RegExp(`^[${INVISIBLE}]+$`);

/**
 * Unifies whitespace: no-break and other spaces become plain spaces, runs of
 * spaces collapse to one, lines lose leading and trailing spaces, `\r\n` and
 * other line breaks become `\n`, more than one blank line becomes one, and
 * invisible characters (soft hyphen, zero-width space, BOM) are removed. A soft
 * hyphen at a line end is kept for the line-end hyphenation step.
 */
export function unifyWhitespace(text: string): StepResult {
  const edits: StepEdit[] = [];
  const leading = LEADING.exec(text);
  const leadEnd = leading ? leading[0].length : 0;
  if (leadEnd > 0) {
    const invisible = IS_INVISIBLE.test(text.slice(0, leadEnd));
    edits.push({
      start: 0,
      end: leadEnd,
      text: '',
      ruleId: invisible ? RuleId.INVISIBLE_CHAR : RuleId.SPACE_RUN,
      reason: invisible
        ? `Removed ${codes(text.slice(0, leadEnd))} before the first line`
        : 'Removed whitespace before the first line',
    });
  }
  // Scanned by hand: a `$`-anchored regex would retry at every space in the text.
  let tailStart = text.length;
  while (tailStart > leadEnd && SPACE_OR_BREAK.test(text[tailStart - 1] as string)) tailStart--;
  // Most whitespace is already canonical: one space between words, one `\n`
  // between lines. The regex jumps to the first character of a run that may
  // need a repair, in native code, and only those runs are read by hand.
  const candidates = new RegExp(CANDIDATE.source, 'g');
  candidates.lastIndex = leadEnd;
  for (let found = candidates.exec(text); found; found = candidates.exec(text)) {
    const i = found.index;
    if (i >= tailStart) break;
    const kind = classify(text.charCodeAt(i));
    let end = i + 1;
    while (end < tailStart && classify(text.charCodeAt(end)) === kind) end++;
    if (end - i > 1 || text.charCodeAt(i) !== (kind === SPACE ? 32 : 10)) {
      const edit = repairRun(text.slice(i, end), text.charCodeAt(end));
      if (edit) edits.push({ start: i, end, ...edit });
    }
    candidates.lastIndex = end;
  }
  if (tailStart < text.length && tailStart > leadEnd) {
    const value = text.slice(tailStart);
    const replacement = LINE_BREAK.test(value) ? '\n' : '';
    if (value !== replacement) {
      edits.push({
        start: tailStart,
        end: text.length,
        text: replacement,
        ruleId: RuleId.SPACE_RUN,
        reason: 'Removed whitespace after the last line',
      });
    }
  }
  return { edits };
}

function repairRun(
  value: string,
  nextCode: number,
): { text: string; ruleId: StepEdit['ruleId']; reason: string } | null {
  if (value === ' ') return null;
  if (IS_INVISIBLE.test(value)) {
    // A soft hyphen right before a line break marks a line-end hyphenation.
    if (value === '\u00ad' && (nextCode === 10 || nextCode === 13)) return null;
    return {
      text: '',
      ruleId: RuleId.INVISIBLE_CHAR,
      reason: `Removed ${value.length === 1 ? 'an invisible character' : `${value.length} invisible characters`} (${codes(value)})`,
    };
  }
  if (LINE_BREAK.test(value)) {
    const breaks = countBreaks(value);
    const replacement = breaks >= 2 ? '\n\n' : '\n';
    if (value === replacement) return null;
    if (/[\r\v\u2028\u2029]/.test(value)) {
      return {
        text: replacement,
        ruleId: RuleId.LINE_BREAK,
        reason: `Replaced ${codes(value.replace(/[^\r\v\u2028\u2029]/g, ''))} with \`\\n\` line breaks`,
      };
    }
    const reason =
      breaks > 2
        ? `Collapsed ${breaks - 1} blank lines into one`
        : 'Removed spaces at the end or start of a line';
    return { text: replacement, ruleId: RuleId.SPACE_RUN, reason };
  }
  if (value === '\u00a0') {
    return { text: ' ', ruleId: RuleId.NBSP, reason: 'Replaced a no-break space with a space' };
  }
  if (value.length === 1) {
    return {
      text: ' ',
      ruleId: value === '\t' ? RuleId.SPACE_RUN : RuleId.NBSP,
      reason: `Replaced ${codes(value)} with a space`,
    };
  }
  return {
    text: ' ',
    ruleId: RuleId.SPACE_RUN,
    reason: `Collapsed ${value.length} spaces into one${/[^ ]/.test(value) ? ` (${codes(value.replace(/ /g, ''))})` : ''}`,
  };
}

/** Counts line breaks, reading `\r\n` as one. */
function countBreaks(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 13 && value.charCodeAt(i + 1) === 10) continue;
    if (code === 10 || code === 13 || code === 11 || code === 0x2028 || code === 0x2029) count++;
  }
  return count;
}

function codes(value: string): string {
  const unique = [...new Set(value)];
  return unique
    .map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    .join(', ');
}
