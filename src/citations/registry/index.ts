export { buildWorkIri, WORK_IRI } from './iri.js';
export { defaultActsDir, loadActs, loadRegistry } from './load.js';
export { createRegistry, expressionAt, hasArticle } from './lookup.js';
export {
  normalizeActNumber,
  normalizeProvisionNumber,
  normalizeTitle,
  titleCore,
} from './normalize.js';
export type {
  Act,
  ActExpression,
  ArticleChange,
  ArticleEntry,
  HasArticleOptions,
  Lang,
  Registry,
  TitleVersion,
} from './types.js';
export { ActType } from './types.js';
