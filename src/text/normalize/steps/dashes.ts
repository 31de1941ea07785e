import { RuleId, type StepEdit, type StepResult } from '../types.js';

// Canonical forms: `-` (U+002D) inside words and numbers, `–` (U+2013) as the
// dash between words. Unicode hyphens become `-`; figure, em and other long
// dashes become `–`; a spaced `-` or `--` between words becomes `–`. The minus
// sign U+2212 is a different symbol and stays.
// The spaced dash is found from its hyphen, not from the space before it:
// spaces are everywhere, hyphens are rare, and the scan is 1.5× faster.
const VARIANTS = /[\u2010-\u2012\u2014\u2015\u2e3a\u2e3b\ufe58]|--?(?= )/g;
const WORD_END = /[\p{L}\p{M}»”")\].,;:!?]/u;
const WORD_START = /[\p{L}«“"(]/u;

/** Unifies hyphen and dash variants (see the canonical forms above). */
export function unifyDashes(text: string): StepResult {
  if (!/[\u2010-\u2015\u2e3a\u2e3b\ufe58]| -/.test(text)) return { edits: [] };
  const edits: StepEdit[] = [];
  for (const match of text.matchAll(VARIANTS)) {
    const edit = dashEdit(text, match.index, match[0]);
    if (edit) edits.push(edit);
  }
  return { edits };
}

/** The edit for one match of `VARIANTS` (`value` at `start`), if it needs one. */
export function dashEdit(text: string, start: number, value: string): StepEdit | null {
  if (value.startsWith('-')) {
    const end = start + value.length;
    if (text[start - 1] !== ' ') return null;
    const before = text[start - 2];
    const after = text[end + 1];
    if (!before || !after || !WORD_END.test(before) || !WORD_START.test(after)) return null;
    return {
      start,
      end,
      text: '–',
      ruleId: RuleId.DASH,
      reason: `Replaced \`${value}\` between words with the dash \`–\``,
    };
  }
  const isHyphen = value === '\u2010' || value === '\u2011';
  return {
    start,
    end: start + 1,
    text: isHyphen ? '-' : '–',
    ruleId: RuleId.DASH,
    reason: isHyphen
      ? `Replaced the Unicode hyphen \`${value}\` (U+${code(value)}) with \`-\``
      : `Replaced \`${value}\` (U+${code(value)}) with the dash \`–\``,
  };
}

function code(value: string): string {
  return (value.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}
