import { RuleId, type StepEdit, type StepResult } from '../types.js';

// Latin letters that look like Cyrillic ones. `y` looks like both `у` and the
// Kazakh `ү`; the document decides which (see `chooseForY`).
const LOOKALIKES: Readonly<Record<string, string>> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  i: 'і',
  h: 'һ',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  I: 'І',
  ə: 'ә',
  Ə: 'Ә',
  ǝ: 'ә',
  Ǝ: 'Ә',
};
const KAZAKH = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
// Latin letters are rare in Kazakh and Russian text, so the scan looks for them
// and only then checks whether one touches a Cyrillic letter.
const LATIN_LETTERS = /[A-Za-z\u0259\u018f\u01dd\u018e]+/g;
const LETTER = /[\p{L}\p{M}]/u;
const LATIN = /[A-Za-z\u0259\u018f\u01dd\u018e]/;
// Roman numerals typed with a Cyrillic `І` or `Х` (`ХХІ`) are not words.
const ROMAN = /^[IVXLCDMІХ]+$/;
// Lookups of the `ү` spelling per document; past this, `y` becomes `у`.
const MAX_Y_LOOKUPS = 64;

/**
 * Replaces Latin look-alike letters in words that mix Latin and Cyrillic
 * (`үйлестiру` → `үйлестіру`, `мəселе` → `мәселе`). A word is repaired only when
 * every Latin letter in it has a Cyrillic twin, so `html`, `iPhone-ға` or
 * `Windows-тың` stay as written.
 */
export function replaceLatinLookalikes(text: string): StepResult {
  const scanner = latinLookalikeScanner(text);
  for (const match of text.matchAll(LATIN_LETTERS)) {
    scanner.visit(match.index, match.index + match[0].length);
  }
  return { edits: scanner.edits };
}

/**
 * The per-run half of the step, so one scan can serve several steps (see
 * `./characters.ts`): `visit` takes each run of Latin letters in text order.
 */
export function latinLookalikeScanner(text: string): {
  edits: StepEdit[];
  visit: (runStart: number, runEnd: number) => void;
} {
  const edits: StepEdit[] = [];
  const yChoices = new Map<string, string>();
  let lastEnd = 0;
  const visit = (runStart: number, runEnd: number) => {
    if (runStart < lastEnd) return;
    if (!isCyrillicAt(text, runStart - 1) && !isCyrillicAt(text, runEnd)) return;
    let start = runStart;
    while (start > 0 && isLetterAt(text, start - 1)) start--;
    let end = runEnd;
    while (end < text.length && isLetterAt(text, end)) end++;
    lastEnd = end;
    const word = text.slice(start, end);
    if (ROMAN.test(word) || !allLatinHaveTwins(word)) return;
    for (let i = 0; i < word.length; i++) {
      if (!isLatinCode(word.charCodeAt(i))) continue;
      const char = word[i] as string;
      const cyrillic =
        char === 'y' ? chooseForY(text, word, i, yChoices) : (LOOKALIKES[char] as string);
      edits.push({
        start: start + i,
        end: start + i + 1,
        text: cyrillic,
        ruleId: RuleId.LATIN_LOOKALIKE,
        reason: `Replaced Latin \`${char}\` with ${KAZAKH.test(cyrillic) ? 'Kazakh' : 'Cyrillic'} \`${cyrillic}\` in the Cyrillic word \`${word}\``,
      });
    }
  };
  return { edits, visit };
}

/** `LATIN` on one code unit (all its letters are single code units). */
function isLatinCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    code === 0x259 ||
    code === 0x18f ||
    code === 0x1dd ||
    code === 0x18e
  );
}

function allLatinHaveTwins(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if (isLatinCode(word.charCodeAt(i)) && LOOKALIKES[word[i] as string] === undefined) {
      return false;
    }
  }
  return true;
}

// Code units are read as numbers: `text[i]` would allocate a string for each
// Cyrillic character, and this runs around every Latin run in the text.
function isCyrillicAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0x400 && code <= 0x4ff;
}

/** `LETTER` on one code unit, with ASCII and most of Cyrillic decided without a regex. */
function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return true;
  if (code >= 0x400 && code <= 0x4ff) return code !== 0x482; // `҂` is a symbol; the rest letters or marks
  if (code < 0xaa) return false;
  return LETTER.test(text[index] as string);
}

/**
 * `у` unless only the `ү` spelling of the word occurs in the document. Each
 * lookup reads the whole text, so answers are cached and their number capped.
 */
function chooseForY(text: string, word: string, index: number, cache: Map<string, string>): string {
  const key = `${word}\u0000${index}`;
  const cached = cache.get(key);
  if (cached) return cached;
  if (cache.size >= MAX_Y_LOOKUPS) return 'у';
  const fixed = (letter: string) =>
    [...word]
      .map((char, i) =>
        i === index ? letter : LATIN.test(char) ? (LOOKALIKES[char] ?? char) : char,
      )
      .join('');
  const choice = !text.includes(fixed('у')) && text.includes(fixed('ү')) ? 'ү' : 'у';
  cache.set(key, choice);
  return choice;
}
