import { describe, expect, it } from 'vitest';
import { abbreviationData, splitSentences } from '../../src/structure/sentences/index.js';

const sentencesOf = (text: string, lang: 'kk' | 'ru') =>
  splitSentences(text, { lang }).map((span) => text.slice(span.start, span.end));

describe('data/abbreviations', () => {
  for (const lang of ['kk', 'ru'] as const) {
    const data = abbreviationData[lang];

    it(`${lang}: every entry ends in a dot, is unique and has an example`, () => {
      const seen = new Set<string>();
      for (const entry of data.entries) {
        expect(entry.abbr.endsWith('.'), entry.abbr).toBe(true);
        expect(seen.has(entry.abbr), `duplicate ${entry.abbr}`).toBe(false);
        seen.add(entry.abbr);
        expect(entry.examples.length, entry.abbr).toBeGreaterThan(0);
        for (const example of entry.examples) expect(example, entry.abbr).toContain(entry.abbr);
        if (entry.kind !== 'head')
          expect(entry.splitExamples?.length ?? 0, entry.abbr).toBeGreaterThan(0);
      }
    });

    for (const entry of data.entries) {
      it(`${lang}: "${entry.abbr}" (${entry.kind}) keeps its examples whole and splits its splitExamples in two`, () => {
        for (const example of entry.examples) expect(sentencesOf(example, lang)).toEqual([example]);
        for (const example of entry.splitExamples ?? []) {
          const parts = sentencesOf(example, lang);
          expect(parts, example).toHaveLength(2);
          expect(parts[0], example).toContain(entry.abbr);
        }
      });
    }
  }
});
