import { normalizeActNumber } from './normalize.js';
import type { ActType } from './types.js';

/**
 * Work IRIs follow the Akoma Ntoso FRBR grammar `/akn/kz/act[/{subtype}][/{actor}]/{date}/{number}`.
 * Laws and constitutions carry no subtype (their numbers are unique per date); other types do, so
 * that a decree and a law of the same day and number cannot collide. Two extensions, both documented
 * in data/acts/README.md: `nn` for an act the texts name without a number, and the date `undated`
 * (with a title slug as the number) for an act the texts name by title only.
 */
export const WORK_IRI =
  /^\/akn\/kz\/act(?:\/(?:constitutional-law|code|decree|resolution|order|treaty))?(?:\/[a-z-]+)?\/(?:\d{4}-\d{2}-\d{2}|undated)\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface WorkIriParts {
  type: ActType;
  issuer?: string | undefined;
  date: string | null;
  /** The act number, or for an undated act a slug of its title. */
  number: string | null;
}

export function buildWorkIri(parts: WorkIriParts): string {
  const segments = ['/akn/kz/act'];
  if (parts.type !== 'law' && parts.type !== 'constitution') segments.push(parts.type);
  if (parts.issuer) segments.push(parts.issuer);
  segments.push(parts.date ?? 'undated');
  segments.push(parts.number ? slugifyNumber(parts.number) : 'nn');
  return segments.join('/');
}

/** `148-II` → `148-ii`; `8-НП` → `8-np` (Cyrillic suffixes transliterated so IRIs stay ASCII). */
export function slugifyNumber(number: string): string {
  return transliterate(normalizeActNumber(number))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  і: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((ch) => CYRILLIC_TO_LATIN[ch] ?? ch).join('');
}
