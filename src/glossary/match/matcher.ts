import { generateForms } from '../kk/index.js';
import { type Automaton, buildAutomaton } from './automaton.js';

/** One hit: which term, which form, where (UTF-16 offsets, end exclusive). */
export interface TermMatch {
  term: string;
  form: string;
  start: number;
  end: number;
}

export interface TermMatcher {
  /** Every whole-word occurrence of any form of any term, in text order. */
  matchAll(text: string): TermMatch[];
  /** Counts the hits without building objects (for throughput). */
  count(text: string): number;
  /** Number of distinct forms compiled. */
  readonly formCount: number;
}

export interface TermMatcherOptions {
  /** The forms of a term (default: Kazakh `generateForms`, plus the term itself). */
  forms?: ((term: string) => readonly string[]) | undefined;
}

// Letters and digits of any script: a hit must not continue into a longer word,
// which is what keeps «әкім» from matching inside «әкімдік».
const WORD_CHAR: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  const wordChar = /[\p{L}\p{M}\p{N}]/u;
  for (let code = 0; code < 0x10000; code++) {
    if (wordChar.test(String.fromCharCode(code))) table[code] = 1;
  }
  return table;
})();

/**
 * Compiles every form of every term into one Aho-Corasick automaton and
 * matches them in a single pass, case-insensitively and on whole words only.
 *
 * @example buildTermMatcher(['әкім', 'әкімдік']).matchAll('Әкімдікке әкімнің хаты') // әкімдік@0, әкім@10
 */
export function buildTermMatcher(
  terms: readonly string[],
  options?: TermMatcherOptions,
): TermMatcher {
  const formsOf = options?.forms ?? ((term: string) => generateForms(term));
  const formTerm = new Map<string, string>();
  for (const term of terms) {
    for (const form of [term, ...formsOf(term)]) {
      const key = form.toLowerCase();
      if (key !== '' && !formTerm.has(key)) formTerm.set(key, term);
    }
  }
  const forms = [...formTerm.keys()];
  const automaton = buildAutomaton(forms);
  return {
    formCount: forms.length,
    matchAll(text: string): TermMatch[] {
      const out: TermMatch[] = [];
      scan(automaton, text, (id, start, end) => {
        const form = forms[id] ?? '';
        out.push({ term: formTerm.get(form) ?? form, form: text.slice(start, end), start, end });
      });
      // A longer form ending at the same place is reported before a shorter one; text order wins.
      return out.sort((a, b) => a.start - b.start || b.end - a.end);
    },
    count(text: string): number {
      let hits = 0;
      scan(automaton, text, () => {
        hits++;
      });
      return hits;
    },
  };
}

function scan(
  automaton: Automaton,
  text: string,
  onHit: (pattern: number, start: number, end: number) => void,
): void {
  const { classOf, classCount, delta, output, nextOutput, patternLength } = automaton;
  let state = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    state = delta[state * classCount + (classOf[code] ?? 0)] ?? 0;
    let id = output[state] ?? -1;
    if (id === -1) continue;
    const end = i + 1;
    if (end < length && WORD_CHAR[text.charCodeAt(end)] === 1) continue;
    for (; id !== -1; id = nextOutput[id] ?? -1) {
      const start = end - (patternLength[id] ?? 0);
      if (start > 0 && WORD_CHAR[text.charCodeAt(start - 1)] === 1) continue;
      onHit(id, start, end);
    }
  }
}
