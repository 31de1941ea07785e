import type { Token } from './lexer.js';
import { type Lexicon, monthOf, WORD_FROM, WORD_NUMBER_SIGN, WORD_YEAR } from './lexicon.js';

/** The date and number of an act as written (`от 23 января 2001 года № 148-II`, `2009.02.09 N 126-IV`). */
export interface Requisite {
  t0: number;
  t1: number;
  date: string | null;
  number: string | null;
}

const ROMAN = /^[ivxlcіх]+$/;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `09.02.2009` (ru and kk notes) or `2009.02.09` (kk notes) → ISO date. */
export function dottedDate(value: string): string | null {
  // the three parts of value.split('.'), cut without the array
  const dot1 = value.indexOf('.');
  const dot2 = dot1 < 0 ? -1 : value.indexOf('.', dot1 + 1);
  if (dot2 < 0 || value.indexOf('.', dot2 + 1) >= 0) return null;
  const a = value.slice(0, dot1);
  const b = value.slice(dot1 + 1, dot2);
  const c = value.slice(dot2 + 1);
  let year: number;
  let month: number;
  let day: number;
  if (a.length === 4) [year, month, day] = [Number(a), Number(b), Number(c)];
  else [day, month, year] = [Number(a), Number(b), Number(c)];
  if (c.length === 2 && a.length !== 4) year += year > 30 ? 1900 : 2000;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function isoDate(year: string, month: number, day: string): string | null {
  const y = Number(year);
  const d = Number(day);
  if (month < 1 || d < 1 || d > 31 || y < 1900 || y > 2100 || year.length !== 4) return null;
  return `${y}-${pad(month)}-${pad(d)}`;
}

/** `23.01.2001 г. № 148-II`, `2009.02.09 ж.`: a year word after a dotted date is skipped. */
function afterYearWord(tokens: readonly Token[], i: number): number {
  const word = tokens[i];
  if (word?.kind !== 'word' || (word.flags & WORD_YEAR) === 0) return i;
  return tokens[i + 1]?.value === '.' ? i + 2 : i + 1;
}

/** Parses a written date at `i`; returns the date and the index after it. */
function parseDate(
  tokens: readonly Token[],
  i: number,
  lexicon: Lexicon,
): { date: string; next: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'date') {
    const date = dottedDate(t.value);
    return date ? { date, next: afterYearWord(tokens, i + 1) } : null;
  }
  if (t.kind !== 'num') return null;
  const t1 = tokens[i + 1];
  const t2 = tokens[i + 2];
  const t3 = tokens[i + 3];
  if (lexicon.lang === 'ru') {
    // 23 января 2001 года / г.
    if (t1?.kind !== 'word' || t2?.kind !== 'num') return null;
    const month = monthOf(lexicon, t1.value);
    const date = month ? isoDate(t2.value, month, t.value) : null;
    if (!date) return null;
    let next = i + 3;
    if (tokens[next]?.kind === 'word' && (tokens[next]!.flags & WORD_YEAR) !== 0) {
      next++;
      if (tokens[next]?.value === '.') next++;
    }
    return { date, next };
  }
  // kk: 2001 жылғы 23 қаңтардағы | 23 қаңтар 2001 жылы
  if (t1?.kind === 'word' && (t1.flags & WORD_YEAR) !== 0 && t2?.kind === 'num') {
    const month = t3?.kind === 'word' ? monthOf(lexicon, t3.value) : 0;
    const date = month ? isoDate(t.value, month, t2.value) : null;
    return date ? { date, next: i + 4 } : null;
  }
  if (t1?.kind === 'word' && t2?.kind === 'num') {
    const month = monthOf(lexicon, t1.value);
    const date = month ? isoDate(t2.value, month, t.value) : null;
    if (!date) return null;
    let next = i + 3;
    if (tokens[next]?.kind === 'word' && (tokens[next]!.flags & WORD_YEAR) !== 0) next++;
    return { date, next };
  }
  return null;
}

/** Parses `№ 148-II` / `N 126` / `№ 8-НП` at `i`. */
function parseNumber(
  tokens: readonly Token[],
  i: number,
  lexicon: Lexicon,
): { number: string; next: number } | null {
  const sign = tokens[i];
  if (!sign) return null;
  const isSign =
    (sign.kind === 'punct' && sign.value === '№') ||
    (sign.kind === 'word' && (sign.flags & WORD_NUMBER_SIGN) !== 0);
  if (!isSign) return null;
  let j = i + 1;
  if (tokens[j]?.value === '.') j++; // "No."
  const num = tokens[j];
  if (num?.kind !== 'num') return null;
  let number = num.value;
  j++;
  // `№ 8/89`: a maslikhat decision numbered by session and decision
  const slash = tokens[j];
  const second = tokens[j + 1];
  if (
    slash?.value === '/' &&
    slash.start === num.end &&
    second?.kind === 'num' &&
    second.start === slash.end
  ) {
    number += `/${second.value}`;
    j += 2;
  }
  const dash = tokens[j];
  const roman = tokens[j + 1];
  const suffixed =
    dash?.value === '-' && dash.start === tokens[j - 1]!.end && roman?.kind === 'word';
  if (suffixed && ROMAN.test(roman.value)) {
    number += `-${roman.value.replace(/і/g, 'i').replace(/х/g, 'x').toUpperCase()}`;
    j += 2;
  } else if (suffixed && lexicon.numberSuffixes.has(roman.value)) {
    number += `-${roman.value.toUpperCase()}`;
    j += 2;
  }
  return { number, next: j };
}

/**
 * Parses requisites starting at `i`: an optional `от`, a date, a number, in either order the
 * texts use. `needBoth` asks for date and number (a free-standing requisite in a list).
 */
export function parseRequisite(
  tokens: readonly Token[],
  i: number,
  lexicon: Lexicon,
  needBoth: boolean,
): Requisite | null {
  let j = i;
  if (tokens[j]?.kind === 'word' && (tokens[j]!.flags & WORD_FROM) !== 0) j++;
  const date = parseDate(tokens, j, lexicon);
  if (date) j = date.next;
  const number = parseNumber(tokens, j, lexicon);
  if (number) j = number.next;
  if (!date && !number) return null;
  if (needBoth && !(date && number)) return null;
  if (!date && j === i) return null;
  return { t0: i, t1: j, date: date?.date ?? null, number: number?.number ?? null };
}

/** A year written alone, as a Constitution's edition is cited: 4 digits, 1900 to 2100. */
function yearValue(token: Token | undefined): string | null {
  if (token?.kind !== 'num' || token.value.length !== 4) return null;
  const year = Number(token.value);
  return year >= 1900 && year <= 2100 ? token.value : null;
}

function isYearWord(token: Token | undefined): boolean {
  return token?.kind === 'word' && (token.flags & WORD_YEAR) !== 0;
}

/**
 * A bare year after an act keyword: ru `Конституции 1995 года`, `Конституции РК 1995 г.`.
 * Returns the year and the index after it.
 */
export function editionYearAt(
  tokens: readonly Token[],
  i: number,
): { year: string; next: number } | null {
  const year = yearValue(tokens[i]);
  if (!year || !isYearWord(tokens[i + 1])) return null;
  const next = tokens[i + 2]?.value === '.' && tokens[i + 1]!.value === 'г' ? i + 3 : i + 2;
  return { year, next };
}

/** A bare year ending at `end` (exclusive), before the keyword: kk `1995 жылғы Конституцияның`. */
export function editionYearBefore(
  tokens: readonly Token[],
  end: number,
): { year: string; t0: number } | null {
  if (!isYearWord(tokens[end - 1])) return null;
  const year = yearValue(tokens[end - 2]);
  return year ? { year, t0: end - 2 } : null;
}
