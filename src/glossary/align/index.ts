/**
 * Kazakh–Russian term alignment: numbered definition lists by number and
 * content, co-occurrence in parallel segments scored with G², and a letter
 * skeleton with Jaro-Winkler for loanwords. Every pair carries its evidence.
 */
export {
  alignByCooccurrence,
  type CooccurrenceEntry,
  type CooccurrenceOptions,
} from './cooccurrence.js';
export {
  type AlignDefinitionListsOptions,
  alignDefinitionLists,
  bestSkeleton,
  type NumberedDefinition,
  type NumberedDefinitionsOptions,
  numberedDefinitions,
} from './definition-lists.js';
export { type ContingencyTable, logLikelihood, signedLogLikelihood } from './g2.js';
export { jaroWinkler } from './jaro-winkler.js';
export { alignKeywordLists } from './keyword-lists.js';
export { createLemmaKeyer, type LemmaKeyer } from './lemma-keys.js';
export { lawSegments, type ParallelSegmentsOptions, pairSegments } from './segments.js';
export { kazakhSkeleton, skeletonExamples, skeletonSimilarity } from './skeleton.js';
export type { AlignedPair, AlignmentEvidence, ParallelSegment } from './types.js';
