import { RuleId, type StepEdit, type StepResult } from '../types.js';

// `N 148`, `N148` as typed for `№`: a capital Latin N on its own before a number.
const NUMERO = /N(?= ?\d)/g;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// How far back to look for the Cyrillic word that shows the N is not English.
const CONTEXT = 40;

/** Replaces `N` before a number with `№` in Cyrillic text (`N 148` → `№ 148`). */
export function unifyNumeroSign(text: string): StepResult {
  if (!/N ?\d/.test(text)) return { edits: [] };
  const edits: StepEdit[] = [];
  for (const match of text.matchAll(NUMERO)) {
    const edit = numeroEdit(text, match.index);
    if (edit) edits.push(edit);
  }
  return { edits };
}

/** The edit for an `N` at `at` that is followed by a number, if it stands for `№`. */
export function numeroEdit(text: string, at: number): StepEdit | null {
  const before = text[at - 1];
  if (before !== undefined && LETTER_OR_DIGIT.test(before)) return null;
  // `N2O`, `N5a`: a Latin letter glued after the number is a code, not a number.
  const tail = /^ ?\d+(\S?)/.exec(text.slice(at + 1, at + 16));
  const glued = tail?.[1] ?? '';
  if (glued !== '' && /\p{L}/u.test(glued) && !CYRILLIC.test(glued)) return null;
  if (!hasCyrillicBefore(text, at)) return null;
  return {
    start: at,
    end: at + 1,
    text: '№',
    ruleId: RuleId.NUMERO,
    reason: 'Replaced the Latin `N` before a number with the numero sign `№`',
  };
}

function hasCyrillicBefore(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - CONTEXT), at);
  const letters = window.match(/\p{L}/gu);
  const last = letters?.[letters.length - 1];
  return last !== undefined && CYRILLIC.test(last);
}
