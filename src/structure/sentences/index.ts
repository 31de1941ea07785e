export type { AbbreviationEntry, AbbreviationKind, AbbreviationLang } from './abbreviations.js';
export { abbreviationData, abbreviationTable } from './abbreviations.js';
export type { SentenceSpan, SplitOptions } from './split.js';
export {
  forEachParagraph,
  type LineBreaks,
  lineBreaks,
  splitParagraph,
  splitSentences,
  splitSentencesIn,
} from './split.js';
