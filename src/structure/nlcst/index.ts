export { parseNlcst } from './parse.js';
export type { RetextKazlexOptions } from './plugin.js';
export { default, default as retextKazlex } from './plugin.js';
