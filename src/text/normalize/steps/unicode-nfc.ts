import { RuleId, type StepEdit, type StepResult } from '../types.js';

// ASCII characters are starters that never compose with what precedes them, so
// NFC never reaches across one: each run of non-ASCII characters (with the one
// ASCII starter before it) can be composed on its own.
const NON_ASCII_RUN = /[\u0000-\u007f]?[^\u0000-\u007f]+/g;

/** Composes characters to Unicode NFC (`и` + U+0306 → `й`). */
export function composeUnicode(text: string): StepResult {
  if (text.normalize('NFC') === text) return { edits: [] };
  const edits: StepEdit[] = [];
  for (const match of text.matchAll(NON_ASCII_RUN)) {
    const run = match[0];
    const composed = run.normalize('NFC');
    if (composed === run) continue;
    // Trim the shared head and tail so the repair shows only what changed.
    let head = 0;
    while (head < run.length && head < composed.length && run[head] === composed[head]) head++;
    let tail = 0;
    while (
      tail < run.length - head &&
      tail < composed.length - head &&
      run[run.length - 1 - tail] === composed[composed.length - 1 - tail]
    ) {
      tail++;
    }
    // Keep surrogate pairs whole.
    if (head > 0 && isLowSurrogate(run.charCodeAt(head))) head--;
    if (tail > 0 && isLowSurrogate(run.charCodeAt(run.length - tail))) tail--;
    const start = match.index + head;
    const end = match.index + run.length - tail;
    const replacement = composed.slice(head, composed.length - tail);
    edits.push({
      start,
      end,
      text: replacement,
      ruleId: RuleId.UNICODE_NFC,
      reason: `Composed ${describe(text.slice(start, end))} into \`${replacement}\` (Unicode NFC)`,
    });
  }
  return { edits };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function describe(value: string): string {
  return [...value]
    .map((char) => {
      const code = char.codePointAt(0) ?? 0;
      return /\p{M}/u.test(char)
        ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
        : `\`${char}\``;
    })
    .join(' + ');
}
