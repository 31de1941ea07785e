import { KazlexError } from '../../errors.js';
import { normalizeActNumber, numberDigits } from './normalize.js';
import type { Act, TitleVersion } from './types.js';

/**
 * Joins two entries with the same id from different files: a generated entry (number and date
 * from the notes) and a hand-written one (titles from a text). They must describe the same act:
 * same date, same number digits, same kind; the fuller number and its IRI win.
 */
export function mergeActs(a: Act, b: Act): Act {
  const conflict = (field: string) =>
    new KazlexError('KZL_VALIDATION', `act ${a.id}: ${field} differs between files`);
  if (a.date && b.date && a.date !== b.date) throw conflict('date');
  if (a.type !== b.type) throw conflict('type');
  if (a.number && b.number && numberDigits(a.number) !== numberDigits(b.number))
    throw conflict('number');
  const fuller =
    normalizeActNumber(b.number ?? '').length > normalizeActNumber(a.number ?? '').length ? b : a;
  const merged: Act = {
    id: a.id,
    iri: fuller.iri,
    type: a.type,
    number: fuller.number,
    numberVariants: unique([...a.numberVariants, ...b.numberVariants]),
    date: a.date ?? b.date,
    titles: {
      kk: uniqueTitles([...a.titles.kk, ...b.titles.kk]),
      ru: uniqueTitles([...a.titles.ru, ...b.titles.ru]),
    },
    aliases: {
      kk: unique([...a.aliases.kk, ...b.aliases.kk]),
      ru: unique([...a.aliases.ru, ...b.aliases.ru]),
    },
    expressions: [
      ...a.expressions,
      ...b.expressions.filter((e) => !a.expressions.some((x) => x.id === e.id)),
    ],
    source: `${a.source}; ${b.source}`,
  };
  const issuer = a.issuer ?? b.issuer;
  if (issuer) merged.issuer = issuer;
  return merged;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function uniqueTitles(titles: TitleVersion[]): TitleVersion[] {
  const seen = new Set<string>();
  return titles.filter((t) => {
    const key = `${t.text}|${t.validFrom}|${t.validTo}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
