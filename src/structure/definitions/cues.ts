/**
 * Compiles the definition cues kept as data in `data/structure/definitions.json`.
 */
import cues from '../../../data/structure/definitions.json' with { type: 'json' };
import { type CueSearch, compileCueSearch } from './cue-search.js';

export interface NumberedCue {
  lang: 'kk' | 'ru';
  regex: RegExp;
}

export interface InlineForm {
  id: string;
  lang: 'kk' | 'ru';
  regex: RegExp;
  /** Finds the same matches as `regex`, faster (see cue-search.ts). */
  search: CueSearch;
  /** The term is read back from the cue to the start of the sentence. */
  termBefore: boolean;
  confidence: number;
}

export const numberedCues: readonly NumberedCue[] = cues.numberedCues.map((cue) => ({
  lang: cue.lang as 'kk' | 'ru',
  regex: new RegExp(cue.pattern, 'giu'),
}));

export const numberedSeparator = new RegExp(cues.numberedSeparator.pattern, 'u');
export const deletedItem = new RegExp(cues.deletedItem.pattern, 'iu');

export const inlineForms: readonly InlineForm[] = cues.inline.map((form) => ({
  id: form.id,
  lang: form.lang as 'kk' | 'ru',
  regex: new RegExp(form.pattern, 'giu'),
  search: compileCueSearch(form.pattern, 'giu'),
  termBefore: form.termBefore,
  confidence: form.confidence,
}));

export const aliasPattern = new RegExp(cues.aliases.pattern, 'giu');
export const aliasConfidence = cues.aliases.confidence;
export const negation = new RegExp(cues.negation.pattern, 'iu');

const lower = (words: string[]) => words.map((word) => word.toLocaleLowerCase('ru'));
export const discourseMarkers: readonly string[] = lower(cues.discourseMarkers.words).sort(
  (a, b) => b.length - a.length,
);
export const characterisationWords: ReadonlySet<string> = new Set(
  lower(cues.characterisations.words),
);
export const pronouns: ReadonlySet<string> = new Set(lower(cues.pronouns.words));
export const leadIns: ReadonlySet<string> = new Set(lower(cues.leadIns.words));
export const characterisingPredicates: readonly string[] = lower(
  cues.characterisingPredicates.phrases,
);
