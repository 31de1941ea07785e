import kkData from '../../../data/abbreviations/kk.json' with { type: 'json' };
import ruData from '../../../data/abbreviations/ru.json' with { type: 'json' };

/**
 * How an abbreviation behaves at a full stop:
 * - `head` introduces a number or a name and never ends a sentence (`ст. 23`);
 * - `tail` may end a sentence; it continues one only before a lowercase word,
 *   a digit or punctuation (`т.б.`, `и т.д.`);
 * - `numeric-tail` is a `tail` after a number or Roman numeral (`2001 ж.`,
 *   `XX в.`) and a `head` elsewhere (`в г. Астане`).
 */
export type AbbreviationKind = 'head' | 'tail' | 'numeric-tail';

export interface AbbreviationEntry {
  abbr: string;
  kind: AbbreviationKind;
  meaning: string;
  examples: string[];
  splitExamples?: string[];
}

export interface AbbreviationData {
  description: string;
  lang: string;
  entries: AbbreviationEntry[];
}

export type AbbreviationLang = 'kk' | 'ru' | 'en' | 'other';

export const abbreviationData: Readonly<Record<'kk' | 'ru', AbbreviationData>> = {
  kk: kkData as AbbreviationData,
  ru: ruData as AbbreviationData,
};

const tables = new Map<AbbreviationLang, ReadonlyMap<string, AbbreviationKind>>();

/**
 * Lookup table for one language, keyed by the lowercase abbreviation with its
 * final dot. Legal Kazakh quotes Russian abbreviations and the reverse, so each
 * language also gets the other's entries, its own winning on conflicts.
 */
export function abbreviationTable(lang: AbbreviationLang): ReadonlyMap<string, AbbreviationKind> {
  const cached = tables.get(lang);
  if (cached) return cached;
  const order = lang === 'ru' ? [ruData, kkData] : [kkData, ruData];
  const table = new Map<string, AbbreviationKind>();
  for (const data of order as AbbreviationData[]) {
    for (const entry of data.entries) {
      const key = entry.abbr.toLowerCase();
      if (!table.has(key)) table.set(key, entry.kind);
    }
  }
  tables.set(lang, table);
  return table;
}
