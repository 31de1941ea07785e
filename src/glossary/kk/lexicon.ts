import lexiconData from '../../../data/lexicons/kk-lemmas.json' with { type: 'json' };
import { generateEntryForms } from './paradigm.js';
import type { LemmaEntry } from './types.js';

/** Lemma entries by lemma, and every generated form back to its lemmas. */
export interface KazakhLexicon {
  entries: ReadonlyMap<string, LemmaEntry>;
  formIndex: ReadonlyMap<string, readonly string[]>;
}

export function buildLexicon(entries: readonly LemmaEntry[]): KazakhLexicon {
  const byLemma = new Map<string, LemmaEntry>();
  const formIndex = new Map<string, string[]>();
  for (const entry of entries) {
    byLemma.set(entry.lemma, entry);
    for (const form of generateEntryForms(entry)) {
      const lemmas = formIndex.get(form);
      if (lemmas === undefined) formIndex.set(form, [entry.lemma]);
      else if (!lemmas.includes(entry.lemma)) lemmas.push(entry.lemma);
    }
  }
  return { entries: byLemma, formIndex };
}

let defaultLexicon: KazakhLexicon | undefined;

/** The lexicon in data/lexicons/kk-lemmas.json, built on first use. */
export function getDefaultLexicon(): KazakhLexicon {
  defaultLexicon ??= buildLexicon(lexiconData.lemmas as LemmaEntry[]);
  return defaultLexicon;
}
