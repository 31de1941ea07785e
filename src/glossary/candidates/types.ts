import type { StructureUnit } from '../../structure/units/index.js';
import type { RussianLemmatizer } from '../ru/index.js';

/** Where a candidate was seen. Offsets are UTF-16 code units into the document, end exclusive. */
export interface CandidateSource {
  document: string;
  start: number;
  end: number;
  /** The text at [start, end) exactly as written (line-break hyphens and all). */
  surface: string;
  /** The sentence around the occurrence, for a translator to judge it in context. */
  sentence: string;
}

export type CandidateKind = 'definition' | 'noun-phrase' | 'keyword' | 'title';

export interface TermCandidate {
  /** The canonical form: a definition's term as written, a noun phrase's lemma, a keyword with line breaks undone. */
  term: string;
  lang: 'kk' | 'ru' | 'en';
  kind: CandidateKind;
  /** C-value for noun phrases; the cue's confidence for definitions; 1 for keywords and titles. */
  score: number;
  /** Number of occurrences (sources). */
  frequency: number;
  /** The defining text, for definitions only. */
  definition?: string;
  sources: CandidateSource[];
}

export interface CandidateDocument {
  id: string;
  text: string;
  lang: 'kk' | 'ru';
  /** The structure from parseStructure, when already parsed. */
  units?: StructureUnit[] | undefined;
}

export interface ExtractCandidatesOptions {
  /** Which extractors run (all by default). */
  kinds?: readonly CandidateKind[] | undefined;
  /** Needed for Russian noun phrases; without it Russian phrases are grouped by their lowercase form. */
  ruLemmatizer?: RussianLemmatizer | undefined;
  /** Noun phrases seen fewer times are dropped (default 2). */
  minFrequency?: number | undefined;
  /** Longest noun phrase in words (default 5). */
  maxWords?: number | undefined;
  /** Sources kept per candidate (default 20); `frequency` still counts all. */
  maxSources?: number | undefined;
}
