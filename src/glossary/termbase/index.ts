/** The glossary's term base: a concept-oriented SQLite store with full history. */
export {
  type DeprecateOptions,
  type DeprecateResult,
  type OpenTermBaseOptions,
  openTermBase,
  type TermBase,
} from './store.js';
export { termTextKey } from './text-key.js';
export * from './types.js';
