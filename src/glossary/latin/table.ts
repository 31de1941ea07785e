/**
 * The Kazakh Cyrillic → Latin letter table (2021 version) loaded from
 * `data/lexicons/kk-latin-2021.json`.
 *
 * Source: draft Presidential Decree amending Decree No. 569 of 26 October 2017,
 * annex "Kazakh alphabet based on the Latin script", published for discussion
 * on 21 April 2021 (https://legalacts.egov.kz/npa/view?id=8243312; submitted by
 * Government Decree No. 106 of 2021, https://adilet.zan.kz/rus/docs/P2100000106).
 * It is a draft, not an act in force: the alphabet in force is Decree No. 569 as
 * amended by Decree No. 637 of 19 February 2018. The JSON records which letters
 * were checked against which source.
 */
import { readFileSync } from 'node:fs';

export interface LatinLetter {
  /** Lowercase Cyrillic letter. */
  cyrillic: string;
  /** Lowercase Latin spelling (may be empty or two letters). */
  latin: string;
  /** True when the table gives this letter no Latin letter of its own. */
  unresolved?: boolean;
}

export interface LatinTable {
  source: { title: string; status: string; urls: string[]; inForce: string };
  letters: LatinLetter[];
  examples: { cyrillic: string; latin: string }[];
}

let cached: LatinTable | undefined;

/** The letter table; read once from `data/`. */
export function loadLatinTable(): LatinTable {
  if (cached === undefined) {
    const url = new URL('../../../data/lexicons/kk-latin-2021.json', import.meta.url);
    cached = JSON.parse(readFileSync(url, 'utf8')) as LatinTable;
  }
  return cached;
}
