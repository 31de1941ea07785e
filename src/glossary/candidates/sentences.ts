import { splitSentences } from '../../structure/sentences/index.js';

/** Finds the sentence around an offset with a binary search over the document's sentence spans. */
export interface SentenceLookup {
  sentenceAt(start: number, end: number): string;
  spans: ReadonlyArray<{ start: number; end: number }>;
}

export function createSentenceLookup(text: string, lang: 'kk' | 'ru'): SentenceLookup {
  const spans = splitSentences(text, { lang });
  return {
    spans,
    sentenceAt(start: number, end: number): string {
      let lo = 0;
      let hi = spans.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const span = spans[mid];
        if (span === undefined) break;
        if (span.end <= start) lo = mid + 1;
        else if (span.start > start) hi = mid - 1;
        else return text.slice(span.start, Math.max(span.end, Math.min(end, text.length)));
      }
      // Between sentences (a heading, a list marker): the line is the best context.
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const lineEnd = text.indexOf('\n', end);
      return text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim();
    },
  };
}
