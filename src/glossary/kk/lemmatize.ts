import { getDefaultLexicon, type KazakhLexicon } from './lexicon.js';
import { normalizeKazakhWord } from './normalize-word.js';
import { inflectEntry } from './paradigm.js';
import { stripUnknown } from './strip-unknown.js';
import { type Analysis, CASES, type LemmaEntry, NUMBERS } from './types.js';

export interface LemmaCandidate {
  lemma: string;
  /** true when the lemma is in the lexicon and generates this exact form. */
  known: boolean;
}

export interface LemmatizeOptions {
  lexicon?: KazakhLexicon | null | undefined;
}

/**
 * Lemmas of one Kazakh word or noun phrase, best first. Known forms come from
 * the lexicon's generated paradigms; unknown words go through a generate-and-test
 * stripper that only removes inflection (plural, possessive, case, -дағы), so
 * derivational suffixes such as -лық/-лік, -шы/-ші and -у always stay:
 * әкімдіктің → әкімдік, never әкім.
 *
 * In a phrase only the last word is reduced, and an izafet px3 stays on it:
 * «қала әкімдігінің» → «қала әкімдігі».
 */
export function lemmatize(word: string, options?: LemmatizeOptions | null): LemmaCandidate[] {
  const lexicon = options?.lexicon ?? getDefaultLexicon();
  const normalized = normalizeKazakhWord(word.trim().replace(/\s+/g, ' '));
  const known = lexicon.formIndex.get(normalized);
  if (known !== undefined) return known.map((lemma) => ({ lemma, known: true }));
  const space = normalized.lastIndexOf(' ');
  if (space > 0) return lemmatizePhrase(normalized, space, lexicon);
  return stripUnknown(normalized).map((candidate) => ({ lemma: candidate.stem, known: false }));
}

function lemmatizePhrase(phrase: string, space: number, lexicon: KazakhLexicon): LemmaCandidate[] {
  const prefix = phrase.slice(0, space + 1);
  const last = phrase.slice(space + 1);
  const seen = new Set<string>();
  const out: LemmaCandidate[] = [];
  for (const candidate of lemmatize(last, { lexicon })) {
    const entry: LemmaEntry = lexicon.entries.get(candidate.lemma) ?? {
      lemma: candidate.lemma,
      pos: 'noun',
    };
    const izafet = entry.pos === 'noun' && hasPx3Reading(entry, last);
    const head = izafet ? inflectEntry(entry, { possessive: '3' }) : candidate.lemma;
    const lemma = prefix + head;
    if (seen.has(lemma)) continue;
    seen.add(lemma);
    // A phrase is only known when the lexicon lists it; its head alone is not enough.
    out.push({ lemma, known: false });
  }
  return out;
}

function hasPx3Reading(entry: LemmaEntry, form: string): boolean {
  return NUMBERS.some((number) =>
    CASES.some((grammaticalCase) => {
      const analysis: Analysis = { number, possessive: '3', case: grammaticalCase };
      return inflectEntry(entry, analysis) === form;
    }),
  );
}
