export { findDefinitions } from './find-definitions.js';
export type { Definition, DefinitionKind, FindDefinitionsOptions } from './types.js';
