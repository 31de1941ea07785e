import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openCitationTables } from '../../src/pipeline/citation-table-writer.js';
import { csvHeader } from '../../src/pipeline/citation-tables.js';

const linesOf = (i: number) => ({ jsonl: `{"doc":${i}}\n`, csv: `${i},x\r\n` });

describe('openCitationTables', () => {
  it('should write documents in corpus order whatever order they finish in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray([...Array(40).keys()], { minLength: 40, maxLength: 40 }),
        async (finishOrder) => {
          const out = await mkdtemp(path.join(tmpdir(), 'kazlex-tables-'));
          const tables = await openCitationTables(out);
          // Documents 3 and 7 have no citations: their turn passes with nothing written.
          const lines = (i: number) => (i === 3 || i === 7 ? { jsonl: '', csv: '' } : linesOf(i));
          await Promise.all(finishOrder.map((i) => tables.put(i, lines(i))));
          await tables.commit();
          const order = [...Array(40).keys()].filter((i) => i !== 3 && i !== 7);
          expect(await readFile(path.join(out, 'citations.jsonl'), 'utf8')).toBe(
            order.map((i) => linesOf(i).jsonl).join(''),
          );
          expect(await readFile(path.join(out, 'citations.csv'), 'utf8')).toBe(
            `\uFEFF${csvHeader()}${order.map((i) => linesOf(i).csv).join('')}`,
          );
        },
      ),
      { numRuns: 15 },
    );
  });

  it('should refuse to commit with a document missing, and leave nothing behind on abort', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'kazlex-tables-'));
    const tables = await openCitationTables(out);
    await tables.put(0, linesOf(0));
    await tables.put(2, linesOf(2));
    await expect(tables.commit()).rejects.toThrow(/after a missing one/);
    await tables.abort();
    expect(await readdir(out)).toEqual([]);
  });
});
