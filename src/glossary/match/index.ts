/** One-pass matching of glossary terms in all their Kazakh forms (Aho-Corasick). */
export { type Automaton, buildAutomaton } from './automaton.js';
export {
  buildTermMatcher,
  type TermMatch,
  type TermMatcher,
  type TermMatcherOptions,
} from './matcher.js';
