/**
 * Term candidates for the glossary: defined terms, noun phrases ranked by
 * C-value, and keyword lists and titles of abstracts, each with its sources.
 */
export { type CValueInput, cValues } from './c-value.js';
export { extractCandidates } from './extract.js';
export { findKeywordLists, findTitles, type MarkedItem } from './keywords.js';
export {
  kazakhNounPhrases,
  type NounPhraseOptions,
  type PhraseOccurrence,
  russianNounPhrases,
} from './noun-phrases.js';
export { createSentenceLookup, type SentenceLookup } from './sentences.js';
export { hasDigit, isStopword, tokenizeWords, type WordToken } from './tokenize.js';
export type {
  CandidateDocument,
  CandidateKind,
  CandidateSource,
  ExtractCandidatesOptions,
  TermCandidate,
} from './types.js';
