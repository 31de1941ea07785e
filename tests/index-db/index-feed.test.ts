import { describe, expect, it } from 'vitest';
import type { IndexBackend } from '../../src/index-db/backend.js';
import { createIndexFeed } from '../../src/index-db/index-feed.js';
import type { RecordRows } from '../../src/index-db/record-rows.js';

function rowsFor(path: string): RecordRows {
  return {
    document: {
      id: path,
      path,
      sha256: 'x',
      lang: 'kk',
      languages: '{}',
      date: null,
      size: 1,
      format: 'txt',
      encoding: 'utf-8',
      status: 'ok',
      reason: null,
    },
    units: [],
    citations: [],
    definitions: [],
  };
}

describe('createIndexFeed', () => {
  it('should write full batches as they fill, the rest on finish, and report every path', async () => {
    const batches: string[][] = [];
    const index = {
      indexRows: async (batch: readonly RecordRows[]) => {
        batches.push(batch.map((rows) => rows.document.path));
      },
    } as unknown as IndexBackend;
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
