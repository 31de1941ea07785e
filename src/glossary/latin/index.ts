/** Derived Kazakh Latin (2021 draft alphabet) forms of glossary terms. */
export { toKazakhLatinLower, toKazakhLatinUpper } from './casing.js';
export { type LatinLetter, type LatinTable, loadLatinTable } from './table.js';
export { type LatinForm, type TransliterateOptions, toKazakhLatin } from './transliterate.js';
