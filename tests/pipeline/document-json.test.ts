import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citationToJsonLine } from '../../src/pipeline/citation-tables.js';
import type { SourceCitation } from '../../src/pipeline/cite-document.js';
import { documentJson } from '../../src/pipeline/document-json.js';
import type { DocumentRecord } from '../../src/pipeline/types.js';

const json = fc.jsonValue({ maxDepth: 2 });

describe('documentJson', () => {
  it('should write the record as JSON.stringify does, and the same citations as the table lines', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), json),
        fc.array(fc.dictionary(fc.string(), json), { maxLength: 5 }),
        fc.string(),
        (others, citationObjects, text) => {
          const citations = citationObjects as unknown as SourceCitation[];
          const record = {
            ...others,
            id: 'doc-1',
            path: 'corpus/a.txt',
            text,
            citations,
          } as unknown as DocumentRecord & { citations: SourceCitation[] };
          const written = documentJson(record);
          const document = written.documentParts.join('');
          expect(document).toBe(`${JSON.stringify(record)}\n`);
          expect(written.citationLines).toBe(citations.map(citationToJsonLine).join(''));
          expect(JSON.parse(document).citations).toEqual(JSON.parse(JSON.stringify(citations)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
