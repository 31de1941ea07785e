/**
 * Search that understands inflection: the query is lemmatized first
 * (`мәслихаттарының` → `мәслихат`, `органов` → `орган`), then every lemma
 * reading is looked up; the query as typed is tried too.
 */
import { lemmatize } from '../kk/index.js';
import type { RussianLemmatizer } from '../ru/index.js';
import type { Language, Term, TermBase } from '../termbase/index.js';

export interface SearchOptions {
  lang?: Language | undefined;
  /** Needed to lemmatize Russian queries; Kazakh queries need nothing. */
  ru?: RussianLemmatizer | undefined;
}

const KAZAKH_ONLY = /[әғқңөұүһі]/iu;

/** Lemma readings of the query, best first, the query itself last. */
export function queryKeys(query: string, options: SearchOptions = {}): string[] {
  const words = query
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  const last = words[words.length - 1];
  if (last === undefined) return [];
  const head = words.slice(0, -1).join(' ');
  const join = (lemma: string) => (head === '' ? lemma : `${head} ${lemma}`);
  const keys: string[] = [];
  const kazakh = options.lang === 'kk' || (options.lang === undefined && KAZAKH_ONLY.test(query));
  if (kazakh || options.lang === undefined) {
    // A Kazakh phrase inflects only its last word.
    for (const candidate of lemmatize(last.toLowerCase())) keys.push(join(candidate.lemma));
  }
  if (!kazakh && options.ru !== undefined) {
    keys.push(options.ru.lemmatizePhrase(query));
    for (const reading of options.ru.lemmatize(last)) keys.push(join(reading.lemma));
  }
  keys.push(query.trim());
  return [...new Set(keys.map((k) => k.toLowerCase()))];
}

/** Terms whose text contains any lemma reading of the query; exact matches first. */
export function searchInflected(tb: TermBase, query: string, options: SearchOptions = {}): Term[] {
  const found = new Map<string, Term>();
  const exact: Term[] = [];
  for (const key of queryKeys(query, options)) {
    for (const term of tb.searchTerms(key, options.lang)) {
      if (found.has(term.id)) continue;
      found.set(term.id, term);
      if (term.text.toLowerCase() === key) exact.push(term);
    }
  }
  const rest = [...found.values()].filter((t) => !exact.includes(t));
  return [...exact, ...rest];
}
