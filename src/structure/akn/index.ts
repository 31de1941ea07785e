export type { AknMeta } from './to-akoma-ntoso.js';
export { toAkomaNtoso } from './to-akoma-ntoso.js';
export { escapeAttribute, escapeText, xmlSafe } from './xml.js';
