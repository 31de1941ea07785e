/** `phrase` as a regular expression that matches it literally. */
export function escapeRegExp(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
