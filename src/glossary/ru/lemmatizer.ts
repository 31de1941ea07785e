/**
 * The Russian lemmatizer: the realia override lexicon, then az's OpenCorpora
 * dictionary, then a conservative suffix rule.
 */
import { type AzMorph, defaultDictsPath, loadAzMorph } from './az-morph.js';
import { lemmatizeNounPhrase } from './phrase.js';
import { type Reading, readWord } from './readings.js';
import { getDefaultRealia, type RealiaLexicon } from './realia.js';
import type { RuLemma, RussianLemmatizer } from './types.js';

export interface LoadRussianLemmatizerOptions {
  /** Folder with az's dictionaries (default: node_modules/az/dicts). */
  dictsPath?: string;
  /** Override lexicon (default: data/lexicons/ru-realia.json). */
  realia?: RealiaLexicon;
}

/** Words read so far; bounded so a long corpus run does not grow without end. */
const CACHE_LIMIT = 50_000;

export function createRussianLemmatizer(morph: AzMorph, realia: RealiaLexicon): RussianLemmatizer {
  const cache = new Map<string, Reading[]>();
  const read = (word: string): Reading[] => {
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    const readings = readWord(word, morph, realia);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, readings);
    return readings;
  };
  return {
    lemmatize: (word: string): RuLemma[] =>
      read(word).map(({ lemma, pos, known, source }) => ({ lemma, pos, known, source })),
    lemmatizePhrase: (words: string): string => lemmatizeNounPhrase(words, read),
  };
}

let defaultLemmatizer: Promise<RussianLemmatizer> | undefined;

/**
 * Loads az's dictionaries once and returns a lemmatizer. Without options the
 * same instance is returned on every call.
 *
 * @example
 * const ru = await loadRussianLemmatizer();
 * ru.lemmatize('маслихатов')[0]; // { lemma: 'маслихат', pos: 'noun', known: true, source: 'realia' }
 * ru.lemmatizePhrase('местного государственного управления'); // 'местное государственное управление'
 */
export function loadRussianLemmatizer(
  options: LoadRussianLemmatizerOptions = {},
): Promise<RussianLemmatizer> {
  const custom = options.dictsPath !== undefined || options.realia !== undefined;
  if (!custom && defaultLemmatizer !== undefined) return defaultLemmatizer;
  const realia = options.realia ?? getDefaultRealia();
  const loading = loadAzMorph(options.dictsPath ?? defaultDictsPath()).then((morph) =>
    createRussianLemmatizer(morph, realia),
  );
  if (!custom) {
    defaultLemmatizer = loading;
    loading.catch(() => {
      defaultLemmatizer = undefined;
    });
  }
  return loading;
}
