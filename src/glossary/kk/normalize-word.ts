/** Latin look-alikes that PDFs and OCR put inside Kazakh words. */
const LOOKALIKES: Record<string, string> = { i: 'і', ə: 'ә', I: 'І', Ə: 'Ә' };

/**
 * Lowercases a Kazakh word for lookup. Cyrillic lowercases without a locale
 * (the 'kk' locale maps Latin i/İ wrongly); Latin look-alikes become Cyrillic.
 */
export function normalizeKazakhWord(word: string): string {
  let out = '';
  for (const char of word) out += LOOKALIKES[char] ?? char;
  return out.toLowerCase();
}
