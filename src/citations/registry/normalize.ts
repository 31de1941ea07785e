/**
 * Normal forms used to compare act titles, numbers and article numbers. Texts
 * from the official database mix Latin and Cyrillic look-alikes (`i`/`і`,
 * `VІ` with a Cyrillic І), quote styles and dash styles; lookups must ignore all of that.
 */

const QUOTES = /["«»“”„‟'‘’`]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u00a0\u2007\u202f]+/g;

/** Lower case, one quote-free spelling with single spaces, Latin `i` read as Kazakh `і`, `ё` as `е`. */
export function normalizeTitle(text: string): string {
  return text
    .normalize('NFC')
    .replace(QUOTES, ' ')
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(/i/g, 'і')
    .replace(/ё/g, 'е')
    .replace(/\s*-\s*/g, '-')
    .replace(/[.,;:()]+/g, ' ')
    .replace(SPACES, ' ')
    .trim();
}

/** Phrases naming the state that titles and citations add or drop freely. */
const JURISDICTION_PHRASES = [
  'в республике казахстан',
  'республики казахстан',
  'қазақстан республикасындағы',
  'қазақстан республикасының',
  'қазақстан республикасы',
  'рк',
  'қр',
];

/** The title without the state's name: `о местном … самоуправлении в Республике Казахстан` → `о местном … самоуправлении`. */
export function titleCore(text: string): string {
  let core = ` ${normalizeTitle(text)} `;
  for (const phrase of JURISDICTION_PHRASES) core = core.split(` ${phrase} `).join(' ');
  return core.replace(SPACES, ' ').trim();
}

/** Cyrillic letters that stand for Roman numerals in convocation suffixes (`148-ІІ`, `Х`). */
const ROMAN_LOOKALIKES: Record<string, string> = { І: 'I', Х: 'X' };

/** `№ 148-ІІ`, `N148-II`, `148 - ii` → `148-ii`. */
export function normalizeActNumber(number: string): string {
  return number
    .normalize('NFC')
    .replace(/^\s*(?:№|N|No\.?)\s*/iu, '')
    .replace(DASHES, '-')
    .replace(/[ІХ]/g, (letter) => ROMAN_LOOKALIKES[letter] ?? letter)
    .replace(SPACES, '')
    .toLowerCase();
}

/** The leading digits of an act number: `148-II` → `148`. */
export function numberDigits(number: string): string {
  return /^\d+/.exec(normalizeActNumber(number))?.[0] ?? '';
}

/** `39 - 3`, `39–3`, `39-3)` → `39-3`; the form article tables use. */
export function normalizeProvisionNumber(num: string): string {
  return num
    .normalize('NFC')
    .replace(DASHES, '-')
    .replace(/[\s)\\.]+/g, '')
    .toLowerCase();
}
