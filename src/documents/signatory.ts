import { readDocumentsData } from './data-files.js';
import type { Lang } from './format.js';

interface SignatoryPeriod {
  from: string | null;
  until: string | null;
  post: Record<Lang, string>;
  source: string;
}

/** The period whose [from, until) range holds the ISO date. */
export function signatoryPeriodFor(isoDate: string): SignatoryPeriod {
  const { periods } = readDocumentsData<{ periods: SignatoryPeriod[] }>('signatories.json');
  const period = periods.find(
    (p) => (p.from === null || isoDate >= p.from) && (p.until === null || isoDate < p.until),
  );
  if (!period)
    throw new Error(`No signatory period in data/documents/signatories.json covers ${isoDate}`);
  return period;
}

/** `Мәслихат төрағасы` / `Председатель маслихата` from 2023-04-10, `хатшысы` / `Секретарь` before. */
export function signatoryPost(isoDate: string, lang: Lang): string {
  return signatoryPeriodFor(isoDate).post[lang];
}
