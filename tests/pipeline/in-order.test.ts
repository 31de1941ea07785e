import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openCitationTables } from '../../src/pipeline/citation-table-writer.js';
import { csvHeader } from '../../src/pipeline/citation-tables.js';
import { inOrder } from '../../src/pipeline/in-order.js';

const linesOf = (i: number) => ({ jsonl: `{"doc":${i}}\n`, csv: `${i},x\r\n` });

describe('inOrder', () => {
  it('should consume items in index order whatever order they arrive in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray([...Array(300).keys()], { minLength: 300, maxLength: 300 }),
        async (arrival) => {
          const seen: number[] = [];
          const ordered = inOrder<number>(async (item) => {
            await new Promise((resolve) => setImmediate(resolve));
            seen.push(item);
          });
          await Promise.all(arrival.map((i) => ordered.put(i, i)));
          await ordered.finish();
          expect(seen).toEqual([...Array(300).keys()]);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('should refuse to finish with an index missing', async () => {
    const ordered = inOrder<number>(() => undefined);
    await ordered.put(0, 0);
    await ordered.put(2, 2);
    await expect(ordered.finish()).rejects.toThrow(/after a missing one/);
  });
});

describe('openCitationTables', () => {
  it('should write the header and the lines, and show nothing before commit', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'kazlex-tables-'));
    const tables = await openCitationTables(out);
    await tables.write(linesOf(0));
    await tables.write({ jsonl: '', csv: '' });
    await tables.write(linesOf(1));
    expect((await readdir(out)).every((name) => name.startsWith('.kazlex-tmp-'))).toBe(true);
    await tables.commit();
    expect(await readFile(path.join(out, 'citations.jsonl'), 'utf8')).toBe(
      linesOf(0).jsonl + linesOf(1).jsonl,
    );
    expect(await readFile(path.join(out, 'citations.csv'), 'utf8')).toBe(
      `\uFEFF${csvHeader()}${linesOf(0).csv}${linesOf(1).csv}`,
    );
  });

  it('should leave nothing behind on abort', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'kazlex-tables-'));
    const tables = await openCitationTables(out);
    await tables.write(linesOf(0));
    await tables.abort();
    expect(await readdir(out)).toEqual([]);
  });
});
