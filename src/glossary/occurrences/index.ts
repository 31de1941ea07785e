/**
 * Term occurrences in running text: every inflected form of every term, found
 * in one pass over a trie, on word boundaries, case-insensitively.
 */
export {
  FOLD,
  FOLD_LOOKALIKES,
  foldTermText,
  isWordEnd,
  isWordStart,
  LATIN_LOOKALIKES,
  WORD,
} from './fold.js';
export { inflectLike, kazakhTermForms, type TermForm } from './kk-forms.js';
export {
  type CreateTermMatcherOptions,
  createTermMatcher,
  type MatchableTerm,
  type TermMatcher,
  type TermOccurrence,
} from './matcher.js';
export {
  loadRussianFormGenerator,
  type RussianFormGenerator,
  russianFormLike,
} from './ru-forms.js';
export { buildTrie, type FrozenTrie, type MatchCallback, scanTrie } from './trie.js';
