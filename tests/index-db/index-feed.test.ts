import { describe, expect, it } from 'vitest';
import type { IndexBackend } from '../../src/index-db/backend.js';
import { createIndexFeed } from '../../src/index-db/index-feed.js';
import type { RecordRows } from '../../src/index-db/record-rows.js';
import { emptyDocumentRows } from './fixtures/document-rows.js';

const rowsFor = (path: string): RecordRows => emptyDocumentRows(path);

/** A backend that only records the paths of each batch it is given. */
function recordingIndex(): { index: IndexBackend; batches: string[][] } {
  const batches: string[][] = [];
  const index = {
    indexRows: async (batch: readonly RecordRows[]) => {
      batches.push(batch.map((rows) => rows.document.path));
    },
  } as unknown as IndexBackend;
  return { index, batches };
}

describe('createIndexFeed', () => {
  it('should write full batches as they fill, the rest on finish, and report every path', async () => {
    const { index, batches } = recordingIndex();
    const feed = createIndexFeed(index, 2);
    for (const name of ['a', 'b', 'c', 'd', 'e']) await feed.add(rowsFor(name));
    expect(batches).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const written = await feed.finish();
    expect(batches.at(-1)).toEqual(['e']);
    expect([...written].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('should count a document as its own row plus its units, citations and definitions', async () => {
    const { index, batches } = recordingIndex();
    const feed = createIndexFeed(index, 5);
    const big = rowsFor('big');
    // 1 + 1 + 2 + 0 = 4 rows: below the limit, so nothing is written yet.
    big.units = [
      {
        index: 0,
        parent: null,
        type: 'article',
        num: '1',
        heading: null,
        eId: 'art_1',
        start: 0,
        end: 1,
      },
    ];
    big.definitions = [
      {
        term: 't',
        lang: 'kk',
        kind: 'inline',
        start: 0,
        end: 1,
        definition_start: 1,
        definition_end: 2,
        confidence: 1,
      },
      {
        term: 'u',
        lang: 'kk',
        kind: 'inline',
        start: 2,
        end: 3,
        definition_start: 3,
        definition_end: 4,
        confidence: 1,
      },
    ];
    await feed.add(big);
    expect(batches).toEqual([]);
    await feed.add(rowsFor('small'));
    expect(batches).toEqual([['big', 'small']]);
    await feed.finish();
    expect(batches).toHaveLength(1);
  });

  it('should not report the paths of a batch the database refused', async () => {
    const index = {
      indexRows: async () => {
        throw new Error('disk full');
      },
    } as unknown as IndexBackend;
    const feed = createIndexFeed(index, 1);
    await expect(feed.add(rowsFor('a'))).rejects.toThrow('disk full');
    expect([...(await feed.finish())]).toEqual([]);
  });
});
