/**
 * Russian lemmas for the glossary: az's OpenCorpora dictionary with an
 * override lexicon for Kazakhstan's realia (маслихат, аким, акимат, мажилис).
 */
export { defaultDictsPath } from './az-morph.js';
export { fallbackLemmas } from './fallback.js';
export {
  createRussianLemmatizer,
  type LoadRussianLemmatizerOptions,
  loadRussianLemmatizer,
} from './lemmatizer.js';
export { foldRussianWord } from './normalize-word.js';
export {
  buildRealiaLexicon,
  generateRealiaForms,
  getDefaultRealia,
  getRealiaPhrases,
  type RealiaLexicon,
} from './realia.js';
export type {
  Declension,
  GrammaticalGender,
  LemmaSource,
  RealiaEntry,
  RealiaLexiconData,
  RealiaPhrase,
  RuLemma,
  RussianLemmatizer,
} from './types.js';
