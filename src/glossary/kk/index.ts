/**
 * Kazakh noun morphology for the glossary: a paradigm generator and a
 * lexicon-backed lemmatizer that never strips derivational suffixes.
 */
import { getDefaultLexicon } from './lexicon.js';
import { generateEntryForms, inflectEntry } from './paradigm.js';
import type { InflectOptions, LemmaEntry } from './types.js';

export { type LemmaCandidate, type LemmatizeOptions, lemmatize } from './lemmatize.js';
export { buildLexicon, getDefaultLexicon, type KazakhLexicon } from './lexicon.js';
export { normalizeKazakhWord } from './normalize-word.js';
export type {
  Analysis,
  Case,
  GrammaticalNumber,
  InflectOptions,
  LemmaEntry,
  PartOfSpeech,
  Possessive,
} from './types.js';

/**
 * One form of a lemma (a word or a phrase inflected on its last word).
 *
 * @example inflect('әкімдік', {possessive: '3', case: 'gen'}) // 'әкімдігінің'
 */
export function inflect(lemma: string, options: InflectOptions): string {
  return inflectEntry(entryFor(lemma), options);
}

/** Every form of a lemma: plural, possessives, the seven cases and -дағы. */
export function generateForms(lemma: string): string[] {
  return generateEntryForms(entryFor(lemma));
}

/** The lexicon entry, or a regular noun; a phrase ending in a known head's px3 is izafet. */
function entryFor(lemma: string): LemmaEntry {
  const lexicon = getDefaultLexicon();
  const entry = lexicon.entries.get(lemma);
  if (entry !== undefined) return entry;
  const space = lemma.lastIndexOf(' ');
  if (space > 0) {
    const last = lemma.slice(space + 1);
    for (const head of lexicon.formIndex.get(last) ?? []) {
      const headEntry = lexicon.entries.get(head);
      if (headEntry?.pos === 'noun' && inflectEntry(headEntry, { possessive: '3' }) === last) {
        return { lemma, pos: 'noun', head };
      }
    }
  }
  return { lemma, pos: 'noun' };
}
