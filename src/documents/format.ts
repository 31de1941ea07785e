import { readDocumentsData } from './data-files.js';

export type Lang = 'kk' | 'ru';

export const NBSP = '\u00a0';

interface MonthNames {
  kk: { nominative: string; attributive: string; locative: string };
  ru: { genitive: string };
}

function months(): MonthNames[] {
  return readDocumentsData<{ months: MonthNames[] }>('months.json').months;
}

/** Splits an ISO date `YYYY-MM-DD` into numbers; throws on anything else. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Expected an ISO date YYYY-MM-DD, not «${iso}»`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new Error(`«${iso}» is not a calendar date`);
  }
  return { year, month, day };
}

export interface FormatDateOptions {
  lang: Lang;
  /**
   * kk only: `attributive` «…желтоқсандағы» (default, before a noun), `locative` «…желтоқсанда»
   * or `nominative` «…желтоқсан» (a date standing alone, as in minutes).
   */
  form?: 'attributive' | 'locative' | 'nominative';
}

/**
 * `2023 жылғы 26 желтоқсандағы` / `26 декабря 2023 года`, every space a NBSP so the date
 * never breaks across lines.
 */
export function formatDate(iso: string, options: FormatDateOptions): string {
  const { year, month, day } = parseIsoDate(iso);
  const names = months()[month - 1]!;
  if (options.lang === 'kk') {
    const monthWord = names.kk[options.form ?? 'attributive'];
    return [String(year), 'жылғы', String(day), monthWord].join(NBSP);
  }
  return [String(day), names.ru.genitive, String(year), 'года'].join(NBSP);
}

/** `№ 71-VIII` with a NBSP after the sign. */
export function formatNumberSign(number: string): string {
  return `№${NBSP}${number.trim()}`;
}

/** `2023 жылғы 26 желтоқсандағы № 71-VIII` / `от 26 декабря 2023 года № 71-VIII`. */
export function formatDateAndNumber(iso: string, number: string, lang: Lang): string {
  const date = formatDate(iso, { lang });
  return lang === 'kk'
    ? `${date} ${formatNumberSign(number)}`
    : `от ${date} ${formatNumberSign(number)}`;
}

/**
 * Integers with NBSP thousands groups from 10 000 up (`1 500`, `12 500`), decimals with a comma,
 * as both Kazakh and Russian official texts write them.
 */
export function formatNumber(value: number, _lang: Lang): string {
  if (!Number.isFinite(value)) throw new Error(`Expected a finite number, not ${value}`);
  const negative = value < 0;
  const [intPart = '0', fraction] = Math.abs(value).toString().split('.');
  const grouped = intPart.length > 4 ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP) : intPart;
  return `${negative ? '−' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

const initial = '[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]';

/** `А. Рамазанов`, `Рамазанов А.Б.` → NBSP between initials and surname and between initials. */
export function formatPersonName(name: string): string {
  return name
    .trim()
    .replace(/\s+/g, ' ')
    .replace(new RegExp(`(${initial}\\.) (?=${initial}\\.)`, 'gu'), `$1${NBSP}`)
    .replace(new RegExp(`(${initial}\\.) (?=\\p{Lu})`, 'gu'), `$1${NBSP}`)
    .replace(new RegExp(`(\\p{L}) (?=${initial}\\.)`, 'gu'), `$1${NBSP}`);
}

/**
 * House typography for any text field: «ёлочки» instead of straight or English quotes,
 * an en dash between spaces instead of a hyphen, NBSP after `№`.
 */
export function typographText(text: string): string {
  let out = text.replace(/[ \t]+/g, ' ').trim();
  out = out.replace(/[“”„"]/g, (_match, offset: number) => {
    const before = offset === 0 ? ' ' : out[offset - 1]!;
    return /[\s([«—–-]/.test(before) ? '«' : '»';
  });
  out = out.replace(/ [-–—] /g, ' – ');
  out = out.replace(/№ ?(?=\S)/g, `№${NBSP}`);
  return out;
}
