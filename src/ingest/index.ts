export { decodeBytes } from './decode.js';
export { extractText } from './extract.js';
export { formatOf } from './format.js';
export { loadSource } from './load.js';
export type { LoadedSource, LoadOptions, SourceFormat } from './types.js';
