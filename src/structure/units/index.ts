export { assignEIds, eIdPrefix } from './assign-eids.js';
export { detectFormat, parseStructure } from './parse-structure.js';
export type { Range, StructureOptions, StructureUnit } from './types.js';
export { UnitType } from './types.js';
