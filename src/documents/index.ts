export {
  formatDate,
  formatDateAndNumber,
  formatNumber,
  formatPersonName,
  typographText,
} from './format.js';
export { buildPreamble, type Citation } from './legal-basis/preamble.js';
export {
  type ActRecord,
  type ActsRegistry,
  createActsRegistry,
  loadActsRegistry,
} from './legal-basis/registry.js';
export { loadDocumentData } from './load.js';
export { outputFileName, type RenderOptions, renderDocx, renderPdf } from './render.js';
export type {
  Bilingual,
  DecisionModel,
  DocumentKind,
  DocumentModel,
  MinutesModel,
} from './schema.js';
export { signatoryPost } from './signatory.js';
export { type ValidateOptions, validateDocumentData } from './validate.js';
export type { ValidationIssue } from './validation-issue.js';
