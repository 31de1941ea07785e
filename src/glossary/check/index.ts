/**
 * The term checker: deprecated and non-standard terms in any inflected form,
 * and Latin look-alike letters, as vfile messages with positions.
 */
export { type CheckTextOptions, checkText } from './check-text.js';
export { findLookalikes, type LookalikeFinding } from './lookalikes.js';
export {
  CHECK_SOURCE,
  CheckRule,
  default as retextKazlexCheck,
  pointFinder,
  type RetextKazlexCheckOptions,
} from './plugin.js';
export {
  type CheckConcept,
  type CheckTerm,
  type CompileTermRulesOptions,
  compileTermRules,
  isFlaggedStatus,
  type RuleTerm,
  type TermRules,
} from './rules.js';
export { type SeedTermsData, seedTerms } from './seed.js';
