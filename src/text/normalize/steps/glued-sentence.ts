import { RuleId, type StepEdit, type StepResult } from '../types.js';

// A full stop (or two) glued to a capitalised Cyrillic word.
// `..` before any capital (`..ҚР`), a single `.` only before a capitalised word.
// The scan uses code-point ranges (fast) and each hit is checked with \p{Lu}.
const GLUED = /\.\.?(?=[«"]?[A-Z\u0400-\u042f\u0460-\u04ff])/g;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const CYRILLIC_LOWER = /[\p{Ll}]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;
const CLOSER = /[»)\]]/;
// Addresses and file names keep their dots.
const URL_LIKE = /:\/\/|www\.|@|\.(?:kz|ru|com|org|net|gov|html?|pdf|docx?)\b/i;

/**
 * Separates sentences glued by `..` or `.` (`етіледі..Қазақстан`,
 * `бекітілген.Осыған` → `етіледі. Қазақстан`, `бекітілген. Осыған`). Only after a
 * lower-case Cyrillic word of three letters or more that is not an abbreviation
 * (`проф.Иванов` stays), or after `»`, `)`, `]` for `..`; never inside initials
 * (`Н.Ә.Назарбаев`), numbers (`ст.23`, `89-б.1-т.`) or addresses.
 */
export function separateGluedSentences(
  text: string,
  context: { abbreviations: ReadonlySet<string> },
): StepResult {
  const edits: StepEdit[] = [];
  for (const match of text.matchAll(GLUED)) {
    const at = match.index;
    const double = match[0].length === 2;
    const first = text[at + match[0].length] === '«' || text[at + match[0].length] === '"' ? 1 : 0;
    const capital = text[at + match[0].length + first] ?? '';
    const second = text[at + match[0].length + first + 1] ?? '';
    if (!UPPER.test(capital) || (!double && !LOWER.test(second))) continue;
    const before = text[at - 1] ?? '';
    if (double && CLOSER.test(before)) {
      edits.push(edit(at, '..'));
      continue;
    }
    let wordStart = at;
    while (wordStart > 0 && CYRILLIC_LOWER.test(text[wordStart - 1] as string)) wordStart--;
    const word = text.slice(wordStart, at);
    if (word.length < 3 || !CYRILLIC_WORD.test(word)) continue;
    const previous = text[wordStart - 1];
    if (previous !== undefined && /[\p{L}\p{N}.]/u.test(previous)) continue;
    if (context.abbreviations.has(word)) continue;
    if (
      !CYRILLIC.test(
        text[at + match[0].length] === '«'
          ? (text[at + match[0].length + 1] ?? '')
          : (text[at + match[0].length] ?? ''),
      )
    ) {
      continue;
    }
    if (URL_LIKE.test(token(text, at))) continue;
    edits.push(edit(at, match[0]));
  }
  return { edits };
}

function edit(at: number, value: string): StepEdit {
  return {
    start: at,
    end: at + value.length,
    text: '. ',
    ruleId: RuleId.GLUED_SENTENCE,
    reason:
      value === '..'
        ? 'Replaced `..` between two sentences with a full stop and a space'
        : 'Added a space after the full stop between two glued sentences',
  };
}

/** The whitespace-delimited token around an offset (at most 200 characters each way). */
function token(text: string, at: number): string {
  const limit = 200;
  let start = at;
  while (start > 0 && at - start < limit && !/\s/.test(text[start - 1] as string)) start--;
  let end = at;
  while (end < text.length && end - at < limit && !/\s/.test(text[end] as string)) end++;
  return text.slice(start, end);
}
