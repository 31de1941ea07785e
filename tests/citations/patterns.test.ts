import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/citations/index.js';
import { findPatternsDir } from '../../src/citations/lexicon.js';
import { loadRegistry } from '../../src/citations/registry/index.js';
import type { CitationLang, CitationPin } from '../../src/citations/types.js';

interface Example {
  text: string;
  kind: string;
  act?: { type: string; number?: string; date?: string; id?: string };
  pins: CitationPin[];
}
interface Pattern {
  id: string;
  lang: CitationLang;
  /** Read only with the acts registry. */
  registry?: boolean;
  examples: Example[];
  counterExamples: string[];
}

const { patterns } = JSON.parse(readFileSync(`${findPatternsDir()}patterns.json`, 'utf8')) as {
  patterns: Pattern[];
};
const context = { selfActId: '/akn/kz/act/2001-01-23/148-ii', unitAt: () => ({ article: '7' }) };
const registry = loadRegistry();

describe('citation pattern database', () => {
  it('has examples in both languages', () => {
    expect(patterns.filter((p) => p.lang === 'kk').length).toBeGreaterThan(3);
    expect(patterns.filter((p) => p.lang === 'ru').length).toBeGreaterThan(3);
  });
  for (const pattern of patterns) {
    describe(pattern.id, () => {
      for (const example of pattern.examples) {
        it(`should read ${example.text}`, () => {
          const found = findCitations(example.text, {
            ...context,
            lang: pattern.lang,
            ...(pattern.registry ? { registry } : {}),
          });
          const first = found[0];
          expect(first, 'a citation').toBeDefined();
          expect(first!.kind).toBe(example.kind);
          if (example.act) {
            expect(first!.act?.type).toBe(example.act.type);
            if (example.act.number) expect(first!.act?.number).toBe(example.act.number);
            if (example.act.date) expect(first!.act?.date).toBe(example.act.date);
            if (example.act.id) expect(first!.act?.id).toBe(example.act.id);
          }
          expect(first!.pins).toEqual(example.pins);
        });
      }
      for (const counter of pattern.counterExamples) {
        it(`should find no citation in ${counter}`, () => {
          const found = findCitations(counter, {
            ...context,
            lang: pattern.lang,
            ...(pattern.registry ? { registry } : {}),
          });
          expect(found.filter((c) => c.kind !== 'generic')).toEqual([]);
        });
      }
    });
  }
});
