import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citationsOfDocument } from '../../src/pipeline/document-citations.js';

const jsonValue = fc.jsonValue({ maxDepth: 3 });

describe('citationsOfDocument', () => {
  it('should read the same citations as a full parse, wherever the member sits', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string().filter((key) => key !== 'citations'),
          jsonValue,
        ),
        fc.array(fc.dictionary(fc.string(), jsonValue), { maxLength: 4 }),
        fc.nat(),
        fc.boolean(),
        (others, citations, at, pretty) => {
          const entries = Object.entries(others);
          entries.splice(at % (entries.length + 1), 0, ['citations', citations]);
          const document = Object.fromEntries(entries);
          const json = `${pretty ? JSON.stringify(document, null, 2) : JSON.stringify(document)}\n`;
          expect(citationsOfDocument(json)).toEqual(
            (JSON.parse(json) as { citations: unknown }).citations,
          );
        },
      ),
    );
  });

  it('should give none for a document without citations', () => {
    expect(citationsOfDocument(JSON.stringify({ text: 'Мәтін' }, null, 2))).toEqual([]);
  });

  it('should not be fooled by a text that spells the member name', () => {
    const record = {
      text: '\n  "citations": [1],"citations":[2]',
      citations: [{ raw: 'Заңның 6-бабы' }],
    };
    expect(citationsOfDocument(JSON.stringify(record, null, 2))).toEqual(record.citations);
    expect(citationsOfDocument(JSON.stringify(record))).toEqual(record.citations);
  });

  it('should read the top-level member when a citation holds a citations key of its own', () => {
    const record = { text: 'x', citations: [{ raw: 'a', nested: { b: 1, citations: [3] } }] };
    expect(citationsOfDocument(JSON.stringify(record))).toEqual(record.citations);
  });
});
