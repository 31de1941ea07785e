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
const CYRILLIC_CHAR = /[\u0400-\u04ff]/;
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
  const edits: StepEdit[] = [];
  const yChoices = new Map<string, string>();
  let lastEnd = 0;
  for (const match of text.matchAll(LATIN_LETTERS)) {
    if (match.index < lastEnd) continue;
    const runEnd = match.index + match[0].length;
    if (
      !CYRILLIC_CHAR.test(text[match.index - 1] ?? '') &&
      !CYRILLIC_CHAR.test(text[runEnd] ?? '')
    ) {
      continue;
    }
    let start = match.index;
    while (start > 0 && LETTER.test(text[start - 1] as string)) start--;
    let end = runEnd;
    while (end < text.length && LETTER.test(text[end] as string)) end++;
    lastEnd = end;
    const word = text.slice(start, end);
    if (ROMAN.test(word)) continue;
    const latin = [...word].filter((char) => LATIN.test(char));
    if (!latin.every((char) => LOOKALIKES[char] !== undefined)) continue;
    for (let i = 0; i < word.length; i++) {
      const char = word[i] as string;
      if (!LATIN.test(char)) continue;
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
  }
  return { edits };
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
