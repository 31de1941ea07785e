/**
 * The key two term texts share when they name the same term: NFC, lower case,
 * one space between words. Kazakh and Russian letters have no locale-specific
 * case pairs, so the root locale is enough here.
 */
export function termTextKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}
