export type { AbbreviationEntry, AbbreviationKind, AbbreviationLang } from './abbreviations.js';
export { abbreviationData, abbreviationTable } from './abbreviations.js';
export type { SentenceSpan, SplitOptions } from './split.js';
export { forEachParagraph, splitParagraph, splitSentences } from './split.js';
