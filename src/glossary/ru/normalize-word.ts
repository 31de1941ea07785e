/**
 * Spelling normalisation for Russian lookups. Legal texts rarely print ё, so ё
 * is folded to е in keys and in every lemma we return (ёлка → елка); az itself
 * lets an input е match a dictionary ё.
 */

/** Lowercase and fold ё → е: the key under which forms are compared. */
export function foldRussianWord(word: string): string {
  return word.toLowerCase().replaceAll('ё', 'е');
}

/** Fold ё → е without changing case (for lemmas that keep a capital). */
export function foldYo(word: string): string {
  return word.replaceAll('ё', 'е').replaceAll('Ё', 'Е');
}

export type CaseShape = 'lower' | 'capitalized' | 'upper';

/** How a word is written: ОРГАНОВ is upper, Органов capitalized, органов lower. */
export function caseShape(word: string): CaseShape {
  const letters = [...word].filter((char) => char.toLowerCase() !== char.toUpperCase());
  if (letters.length === 0) return 'lower';
  const first = letters[0] ?? '';
  const isUpper = (char: string): boolean => char !== char.toLowerCase();
  if (letters.length > 1 && letters.every(isUpper)) return 'upper';
  return isUpper(first) ? 'capitalized' : 'lower';
}

export function applyCaseShape(word: string, shape: CaseShape): string {
  if (shape === 'upper') return word.toUpperCase();
  if (shape === 'capitalized') return capitalize(word);
  return word;
}

export function capitalize(word: string): string {
  const first = word.at(0);
  return first === undefined ? word : first.toUpperCase() + word.slice(1);
}

const CYRILLIC_WORD = /^[а-яё]+(?:-[а-яё]+)*$/;
/** Letters of Kazakh (ә ғ қ ң ө ұ ү һ і): such a word is not Russian, so no Russian suffix is cut. */
const KAZAKH_LETTER = /[әғқңөұүһі]/;

export function isRussianWord(folded: string): boolean {
  return CYRILLIC_WORD.test(folded);
}

export function hasKazakhLetter(word: string): boolean {
  return KAZAKH_LETTER.test(word.toLowerCase());
}
