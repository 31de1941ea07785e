/**
 * Every form of a Kazakh term with the grammatical analysis that produced it,
 * so a checker can put the approved replacement into the same form
 * (`өкілетті органның` → `өкілді органның`).
 */
import { type InflectOptions, inflect, lemmatize } from '../kk/index.js';
import { CASES, NUMBERS, POSSESSIVES } from '../kk/types.js';

export interface TermForm {
  text: string;
  /** How the lemma was inflected to give `text` (Kazakh). */
  analysis?: InflectOptions | undefined;
  /** The head's case and number, as OpenCorpora grammemes (`gent plur`; Russian). */
  grammemes?: string | undefined;
}

/** The forms of a Kazakh noun or noun phrase, first analysis per distinct form. */
export function kazakhTermForms(lemma: string): TermForm[] {
  const seen = new Map<string, TermForm>();
  seen.set(lemma, { text: lemma, analysis: { number: 'sg', possessive: 'none', case: 'nom' } });
  const izafet = unlistedIzafet(lemma);
  if (izafet !== undefined) {
    for (const number of NUMBERS) {
      for (const grammaticalCase of CASES) {
        const analysis: InflectOptions = { number, possessive: '3', case: grammaticalCase };
        const text = `${izafet.modifiers} ${inflect(izafet.head, analysis)}`;
        if (!seen.has(text)) seen.set(text, { text, analysis: { number, case: grammaticalCase } });
      }
    }
    return [...seen.values()];
  }
  for (const number of NUMBERS) {
    for (const possessive of POSSESSIVES) {
      for (const grammaticalCase of CASES) {
        const analysis: InflectOptions = { number, possessive, case: grammaticalCase };
        const text = inflect(lemma, analysis);
        if (!seen.has(text)) seen.set(text, { text, analysis });
      }
    }
  }
  return [...seen.values()];
}

/**
 * A phrase ending in the possessive of a noun the lexicon lacks
 * (`жергілікті қоғамдастық мүшесі`): the Kazakh module would inflect
 * `мүшесі` as a bare noun (*мүшесілер), so the head is found by the
 * lemmatizer and inflected with the possessive kept (мүшелерінің).
 */
function unlistedIzafet(lemma: string): { modifiers: string; head: string } | undefined {
  const space = lemma.lastIndexOf(' ');
  if (space <= 0) return undefined;
  // The Kazakh module already knows this izafet when px3 leaves the phrase unchanged.
  if (inflect(lemma, { possessive: '3' }) === lemma) return undefined;
  const last = lemma.slice(space + 1);
  for (const candidate of lemmatize(last)) {
    if (candidate.lemma === last) continue;
    if (inflect(candidate.lemma, { possessive: '3' }) === last) {
      return { modifiers: lemma.slice(0, space), head: candidate.lemma };
    }
  }
  return undefined;
}

/** The replacement in the analysis of the form that was found; the bare replacement without one. */
export function inflectLike(replacement: string, analysis: InflectOptions | undefined): string {
  return analysis === undefined ? replacement : inflect(replacement, analysis);
}
