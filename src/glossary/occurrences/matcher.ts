/**
 * Finds every form of many terms in running text in one pass. Each term
 * brings its forms (Kazakh paradigms, Russian declensions); they are folded
 * (case, ё, whitespace) into one trie, and the text is scanned once.
 */
import { FOLD, FOLD_LOOKALIKES, foldTermText } from './fold.js';
import type { TermForm } from './kk-forms.js';
import { buildTrie, type FrozenTrie, scanTrie } from './trie.js';

/** A term to look for: any id of yours, and all the forms that count as the term. */
export interface MatchableTerm {
  id: string;
  forms: readonly TermForm[];
}

/** One place a term occurs: UTF-16 range (exclusive end), the text there, and the form it matched. */
export interface TermOccurrence {
  termId: string;
  start: number;
  end: number;
  surface: string;
  form: TermForm;
}

export interface TermMatcher {
  /** Number of distinct folded forms in the trie. */
  readonly formCount: number;
  /** All occurrences, in text order; a span shared by several terms is reported once per term. */
  find(text: string): TermOccurrence[];
  /** The allocation-free scan: calls back with the matching terms' indices; returns the match count. */
  scan(
    text: string,
    onMatch: (termIndexes: readonly number[], start: number, end: number) => void,
  ): number;
}

export interface CreateTermMatcherOptions {
  terms: readonly MatchableTerm[];
  /** Read Latin look-alikes inside words as their Cyrillic twins (default true). */
  foldLatinLookalikes?: boolean | undefined;
}

export function createTermMatcher(options: CreateTermMatcherOptions): TermMatcher {
  const { terms } = options;
  const fold = options.foldLatinLookalikes === false ? FOLD : FOLD_LOOKALIKES;
  // One entry per (term, folded form); the trie stores entry indices.
  const entries: { term: number; form: TermForm }[] = [];
  const keys: [string, number][] = [];
  const seen = new Set<string>();
  terms.forEach((term, termIndex) => {
    for (const form of term.forms) {
      const key = foldTermText(form.text, fold);
      const id = `${termIndex}\u0000${key}`;
      if (key === '' || seen.has(id)) continue;
      seen.add(id);
      keys.push([key, entries.length]);
      entries.push({ term: termIndex, form });
    }
  });
  const trie: FrozenTrie = buildTrie(keys, fold);
  const formCount = trie.payloads.length;
  // Term indices per trie payload, computed once so `scan` allocates nothing.
  const termPayloads = trie.payloads.map((payload) => [
    ...new Set(payload.map((index) => entries[index]?.term ?? -1)),
  ]);
  return {
    formCount,
    find(text) {
      const found: TermOccurrence[] = [];
      scanTrie(trie, text, (payload, start, end) => {
        const surface = text.slice(start, end);
        for (const index of payload) {
          const entry = entries[index];
          const term = entry === undefined ? undefined : terms[entry.term];
          if (entry === undefined || term === undefined) continue;
          found.push({ termId: term.id, start, end, surface, form: entry.form });
        }
      });
      return found;
    },
    scan(text, onMatch) {
      return scanTrie(trie, text, (_payload, start, end, payloadIndex) => {
        onMatch(termPayloads[payloadIndex] ?? [], start, end);
      });
    },
  };
}
