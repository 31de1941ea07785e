/** Where a lemma came from: the realia lexicon, az's dictionary, or the suffix rule. */
export type LemmaSource = 'realia' | 'dictionary' | 'fallback';

/**
 * One lemma reading of a word. `pos` uses kazlex names (noun, adjective,
 * participle, verb, …; see pos.ts), or null when the fallback cannot tell.
 */
export interface RuLemma {
  lemma: string;
  pos: string | null;
  known: boolean;
  source: LemmaSource;
}

export interface RussianLemmatizer {
  /** Readings best first; [] for an empty or blank word. Never throws. */
  lemmatize(word: string): RuLemma[];
  /** A noun phrase in its dictionary form: `местного государственного управления` → `местное государственное управление`. */
  lemmatizePhrase(words: string): string;
}

export type GrammaticalGender = 'masc' | 'femn' | 'neut';

/** How a realia entry declines; see realia.ts for the endings. */
export type Declension = 'masc-hard' | 'masc-j' | 'fem-a' | 'adj-hard' | 'indeclinable';

/** One entry of data/lexicons/ru-realia.json. */
export interface RealiaEntry {
  lemma: string;
  pos: 'noun' | 'proper-noun' | 'adjective';
  declension: Declension;
  gender: GrammaticalGender;
  animate?: boolean;
  /** Only singular forms (toponyms, institutions that exist once). */
  singularOnly?: boolean;
  kk?: string;
  examples: string[];
}

/** A multi-word realia term with forms that lemmatizePhrase must bring back to it. */
export interface RealiaPhrase {
  phrase: string;
  kk?: string;
  examples: string[];
}

export interface RealiaLexiconData {
  entries: RealiaEntry[];
  phrases: RealiaPhrase[];
}
