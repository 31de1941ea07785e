import { lemmatize as kazakhLemmas } from '../kk/index.js';
import type { RussianLemmatizer } from '../ru/index.js';

/**
 * Per-word lemma keys, the unit that co-occurrence counts: `мәслихаттарының` →
 * `мәслихат`, `органов` → `орган`. A phrase key joins its words' keys with a
 * space (`аудан мәслихаты` → `аудан мәслихат`), so gold terms and counted
 * n-grams meet on the same key. Lookups are cached: legal text repeats words.
 */
export interface LemmaKeyer {
  kk(word: string): string;
  ru(word: string): string;
  kkPhrase(phrase: string): string;
  ruPhrase(phrase: string): string;
}

export function createLemmaKeyer(ruLemmatizer: RussianLemmatizer): LemmaKeyer {
  const kkCache = new Map<string, string>();
  const ruCache = new Map<string, string>();
  const kk = (word: string): string => {
    const lower = word.toLowerCase();
    let key = kkCache.get(lower);
    if (key === undefined) {
      key = (kazakhLemmas(lower)[0]?.lemma ?? lower).toLowerCase();
      kkCache.set(lower, key);
    }
    return key;
  };
  const ru = (word: string): string => {
    const lower = word.toLowerCase();
    let key = ruCache.get(lower);
    if (key === undefined) {
      key = (ruLemmatizer.lemmatize(lower)[0]?.lemma ?? lower).toLowerCase();
      ruCache.set(lower, key);
    }
    return key;
  };
  const splitWords = (phrase: string): string[] => phrase.split(/\s+/u).filter((w) => w !== '');
  return {
    kk,
    ru,
    kkPhrase: (phrase) => splitWords(phrase).map(kk).join(' '),
    ruPhrase: (phrase) => splitWords(phrase).map(ru).join(' '),
  };
}
