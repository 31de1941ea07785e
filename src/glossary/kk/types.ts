export type GrammaticalNumber = 'sg' | 'pl';
/** Possessive person; '3' is also the izafet head (аудан мәслихаты). */
export type Possessive = 'none' | '1sg' | '2sg' | '2sg-formal' | '3' | '1pl';
/** The seven cases plus the locative-attributive -дағы/-дегі. */
export type Case = 'nom' | 'gen' | 'acc' | 'dat' | 'loc' | 'abl' | 'ins' | 'loc-attr';

export interface InflectOptions {
  number?: GrammaticalNumber | null | undefined;
  possessive?: Possessive | null | undefined;
  case?: Case | null | undefined;
}

/** One full analysis of a noun form. */
export interface Analysis {
  number: GrammaticalNumber;
  possessive: Possessive;
  case: Case;
}

export type PartOfSpeech = 'noun' | 'adjective' | 'other';

/** A lexicon entry; optional fields record exceptions to the regular rules. */
export interface LemmaEntry {
  lemma: string;
  pos: PartOfSpeech;
  /** Russian equivalent, for people reading the lexicon. */
  ru?: string;
  /** Stem that takes the suffixes when it differs from the lemma (акт → акті-). */
  stem?: string;
  /** Stem before a vowel-initial suffix when a vowel drops (мүлік → мүлк-і). */
  elided?: string;
  /** Suffix harmony when the last vowel misleads (округ → округі). */
  harmony?: 'back' | 'front';
  /** false when final к/қ/п stays voiceless before a vowel. */
  voicing?: boolean;
  /** For a phrase, the head noun whose px3 form ends the phrase (izafet). */
  head?: string;
}

export const NUMBERS: readonly GrammaticalNumber[] = ['sg', 'pl'];
export const POSSESSIVES: readonly Possessive[] = ['none', '1sg', '2sg', '2sg-formal', '3', '1pl'];
export const CASES: readonly Case[] = ['nom', 'gen', 'acc', 'dat', 'loc', 'abl', 'ins', 'loc-attr'];
