/**
 * Helpers for the editorial notes of texts from the official database: `Сноска.` / `Ескерту.`
 * (amendment history) and `Примечание.` / `Ескертпе.` (pointers to court resolutions). Notes are
 * block quotes, italic or bold lines; they are never part of an article's own text.
 */

const NOTE_LINE = /^(?:>\s*)?[*_]*\s*(?:Сноска|Ескерту|Примечание|Ескертпе)[.\s]/u;

export function isNoteLine(line: string): boolean {
  return NOTE_LINE.test(line.trim()) || line.trimStart().startsWith('>');
}

/** `09.02.2009` (ru and newer kk notes) or `2009.02.09` (older kk notes) → `2009-02-09`; null if not a date. */
export function parseNoteDate(text: string): string | null {
  const dayFirst = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  if (dayFirst) return checkedDate(dayFirst[3]!, dayFirst[2]!, dayFirst[1]!);
  const yearFirst = /^(\d{4})\.(\d{2})\.(\d{2})$/.exec(text);
  if (yearFirst) return checkedDate(yearFirst[1]!, yearFirst[2]!, yearFirst[3]!);
  return null;
}

function checkedDate(year: string, month: string, day: string): string | null {
  const iso = `${year}-${month}-${day}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** A date in either note order. */
export const NOTE_DATE = String.raw`(?:\d{2}\.\d{2}\.\d{4}|\d{4}\.\d{2}\.\d{2})`;
/** An act number after `№`/`N`: `126`, `126-IV`, `284-VІ` (Cyrillic І), `8-НП`, `8-НҚ`. */
export const NOTE_NUMBER = String.raw`\d+(?:-[IVXІХ]+)?(?:-?[А-ЯӘҒҚҢӨҰҮҺІ]{2,3})?`;
