/**
 * Letters of the wrong script that look the same: Latin letters inside a
 * Cyrillic word (`Жергiлiктi` with a Latin i) and Cyrillic letters inside a
 * Latin word (`157-VІI` with a Cyrillic І). Each hyphen-separated part of a
 * word is judged alone, so `XIX-начале` and `COVID-19-ға` are left alone. A
 * part is Cyrillic when it has a Cyrillic letter with no Latin twin (ә, ж, з,
 * …), Latin when it has a Latin letter with no Cyrillic twin (V, D, …), and
 * otherwise takes the script most of its letters are in.
 */
import { LATIN_LOOKALIKES } from '../occurrences/index.js';

export interface LookalikeFinding {
  /** `latin-lookalike` (Latin letters in a Cyrillic word) or `cyrillic-lookalike` (the reverse). */
  ruleId: 'latin-lookalike' | 'cyrillic-lookalike';
  /** The word with each intruder replaced by its twin. */
  expected: string;
  /** The intruding letters, in order. */
  letters: string[];
}

const CYRILLIC_TWINS: ReadonlyMap<string, string> = new Map(
  [...LATIN_LOOKALIKES].map(([latin, cyrillic]) => [cyrillic, latin]),
);
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

export function findLookalikes(word: string): LookalikeFinding | undefined {
  let latinIntruders = 0;
  let cyrillicIntruders = 0;
  const letters: string[] = [];
  const expected = word
    .split('-')
    .map((part) => {
      const chars = [...part];
      const cyrillic = chars.filter((c) => CYRILLIC.test(c));
      const latin = chars.filter((c) => LATIN.test(c));
      if (cyrillic.length === 0 || latin.length === 0) return part;
      const cyrillicWord = cyrillic.some((c) => !CYRILLIC_TWINS.has(c));
      const latinWord = latin.some((c) => !LATIN_LOOKALIKES.has(c));
      if (cyrillicWord && latinWord) return part; // two real words glued: not a look-alike
      const toCyrillic = cyrillicWord || (!latinWord && cyrillic.length >= latin.length);
      const twins = toCyrillic ? LATIN_LOOKALIKES : CYRILLIC_TWINS;
      const intruders = toCyrillic ? latin : cyrillic;
      letters.push(...intruders);
      if (toCyrillic) latinIntruders += intruders.length;
      else cyrillicIntruders += intruders.length;
      return chars.map((c) => (intruders.includes(c) ? (twins.get(c) ?? c) : c)).join('');
    })
    .join('-');
  if (letters.length === 0) return undefined;
  const ruleId = latinIntruders >= cyrillicIntruders ? 'latin-lookalike' : 'cyrillic-lookalike';
  return { ruleId, expected, letters };
}
