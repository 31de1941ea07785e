export { findCitations, guessLang } from './find.js';
export { CONSTITUTION_1995, CONSTITUTION_2026, pinEid, provisionIri } from './iri.js';
export { pinTargets } from './pin-targets.js';
export type {
  Citation,
  CitationContext,
  CitationKind,
  CitationLang,
  CitationPin,
  CitationRegistry,
  CitedAct,
  RegistryAct,
  RegistryArticle,
  RegistryExpression,
} from './types.js';
