/**
 * Casing for Kazakh Latin. The `kk` locale upper-cases `i` to `I` and
 * lower-cases `I` to `i` (ICU has no Kazakh tailoring), but the 2021 alphabet
 * pairs İ/i and I/ı as Turkish does, so Turkish rules are used.
 */
const TURKIC = 'tr';

export function toKazakhLatinUpper(text: string): string {
  return text.toLocaleUpperCase(TURKIC);
}

export function toKazakhLatinLower(text: string): string {
  return text.toLocaleLowerCase(TURKIC);
}
