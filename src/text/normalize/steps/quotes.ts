import { RuleId, type StepEdit, type StepResult } from '../types.js';

// Canonical double quotes are the guillemets `«` and `»` used by Kazakh and
// Russian legal texts. Curly, low and straight double quotes are turned into
// them by position: after a space or an opening bracket and before a word a
// quote opens, after a word and before a space or punctuation it closes. A
// straight quote whose position says neither (`id="st1"` in HTML) stays.
const VARIANTS = /["\u201c\u201d\u201e\u201f]/g;
// Hyphen and dash variants count as the canonical `-` or `–` they become: the
// dash step runs on the same input (see STEP_GROUPS in ../index.ts).
const OPEN_BEFORE = /[\s([{«\u2010-\u2015\u2e3a\u2e3b\ufe58/-]/u;
const OPEN_AFTER = /[\p{L}\p{N}«'‘…]/u;
const CLOSE_BEFORE = /[\p{L}\p{N}.,!?…)\]»'’%]/u;
const CLOSE_AFTER = /[\s.,;:!?)\]»…\u2010\u2011-]/u;

/** Unifies double quotes to `«` and `»` (see the rules above). */
export function unifyQuotes(text: string): StepResult {
  if (!/["\u201c-\u201f]/.test(text)) return { edits: [] };
  const edits: StepEdit[] = [];
  for (const match of text.matchAll(VARIANTS)) {
    const edit = quoteEdit(text, match.index, match[0]);
    if (edit) edits.push(edit);
  }
  return { edits };
}

/** The edit for the quote `value` at `at`, if its position says which way it faces. */
export function quoteEdit(text: string, at: number, value: string): StepEdit | null {
  const before = text[at - 1];
  const after = text[at + 1];
  const opens =
    (before === undefined || OPEN_BEFORE.test(before)) &&
    after !== undefined &&
    OPEN_AFTER.test(after);
  const closes =
    before !== undefined &&
    CLOSE_BEFORE.test(before) &&
    (after === undefined || CLOSE_AFTER.test(after));
  let replacement: string | null = null;
  if (opens !== closes) replacement = opens ? '«' : '»';
  else if (value === '\u201e' || value === '\u201c' || value === '\u201f') replacement = '«';
  else if (value === '\u201d') replacement = '»';
  if (replacement === null) return null;
  return {
    start: at,
    end: at + 1,
    text: replacement,
    ruleId: RuleId.QUOTE,
    reason: `Replaced the quote \`${value}\` with \`${replacement}\``,
  };
}
