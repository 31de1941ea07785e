import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KazlexError } from '../../src/errors.js';
import { decodeBytes, type LoadedSource } from '../../src/ingest/index.js';
import { languageShares, processDocument } from '../../src/pipeline/process-document.js';

function loaded(text: string): LoadedSource {
  return { path: 'x.txt', format: 'txt', encoding: 'utf-8', size: text.length, sha256: '0', text };
}

describe('processDocument', () => {
  it('should map every paragraph back to the source and tag its language', () => {
    const source =
      'Мәслихат\u00a0сессиясы заңды болып табылады.\n\nМаслихат избирается населением области и столицы.\n';
    const { record } = processDocument(loaded(source), { id: 'x', relative: 'x.txt' });
    expect(record.paragraphs.map((p) => p.lang)).toEqual(['kk', 'ru']);
    const [kk, ru] = record.paragraphs;
    expect(source.slice(kk!.source.start, kk!.source.end)).toContain('Мәслихат\u00a0сессиясы');
    expect(source.slice(ru!.source.start, ru!.source.end)).toContain('Маслихат избирается');
    expect(record.messages.some((m) => m.ruleId === 'nbsp' && m.actual === '\u00a0')).toBe(true);
  });

  it('should weigh language shares by paragraph length', () => {
    const shares = languageShares([
      { start: 0, end: 30, source: { start: 0, end: 30 }, lang: 'kk', confidence: 1 },
      { start: 30, end: 40, source: { start: 30, end: 40 }, lang: 'ru', confidence: 1 },
    ]);
    expect(shares).toEqual({ kk: 0.75, ru: 0.25 });
  });

  it('should never throw on random bytes: decoding refuses them or the document is processed (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        let text: string;
        try {
          text = decodeBytes(bytes).text;
        } catch (error) {
          expect(error).toBeInstanceOf(KazlexError);
          return;
        }
        const { record } = processDocument(loaded(text), { id: 'x', relative: 'x.txt' });
        for (const paragraph of record.paragraphs) {
          expect(paragraph.source.start).toBeGreaterThanOrEqual(0);
          expect(paragraph.source.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
