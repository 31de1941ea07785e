import skeletonData from '../../../data/lexicons/kk-ru-skeleton.json' with { type: 'json' };
import { jaroWinkler } from './jaro-winkler.js';

const LETTERS: ReadonlyMap<string, string> = new Map(Object.entries(skeletonData.letters));

/**
 * The Russian-letter skeleton of a word: lowercase, Kazakh-specific letters
 * replaced by the letters Russian uses for them (ә→а, қ→к, і→и, …), ё→е, й→и,
 * ь/ъ dropped. Apply it to both sides so loanwords compare letter for letter.
 *
 * @example kazakhSkeleton('Мәслихат') // 'маслихат'
 */
export function kazakhSkeleton(word: string): string {
  let out = '';
  for (const char of word.toLowerCase()) out += LETTERS.get(char) ?? char;
  return out;
}

/**
 * Jaro-Winkler similarity of the skeletons of a Kazakh and a Russian word: 1 for
 * мәслихат/маслихат and әкім/аким, low for unrelated words. A feature, not a
 * decision: әкім/акимат also scores high.
 */
export function skeletonSimilarity(kk: string, ru: string): number {
  const a = kazakhSkeleton(kk);
  const b = kazakhSkeleton(ru);
  if (a.length === 0 || b.length === 0) return 0;
  return jaroWinkler(a, b);
}

/** The examples of data/lexicons/kk-ru-skeleton.json, for tests. */
export const skeletonExamples: ReadonlyArray<{ kk: string; ru: string; skeleton: string }> =
  skeletonData.examples;
