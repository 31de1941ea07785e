import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexOutputFolder, openIndex } from '../../src/index-db/index.js';
import type { CorpusSummary } from '../../src/pipeline/types.js';
import { runSampleCorpus } from './sample-corpus.js';

describe('indexOutputFolder', () => {
  it('should index a run, skip unchanged documents, and follow corpus.json', async () => {
    const { outDir, records } = await runSampleCorpus();
    const first = await indexOutputFolder({ outDir, batchSize: 3 });
    expect(first).toEqual({ indexed: records.length, unchanged: 0, failed: 0, removed: 0 });
    expect(await indexOutputFolder({ outDir })).toEqual({
      indexed: 0,
      unchanged: records.length,
      failed: 0,
      removed: 0,
    });

    const corpusFile = path.join(outDir, 'corpus.json');
    const summary = JSON.parse(await readFile(corpusFile, 'utf8')) as CorpusSummary;
    const [gone, broken, ...rest] = summary.files;
    if (!gone || !broken) throw new Error('the sample corpus has fewer than two files');
    const failed = {
      ...broken,
      status: 'failed' as const,
      sha256: null,
      reason: 'not readable',
      code: 'KZL_INGEST_UNREADABLE',
    };
    await writeFile(corpusFile, JSON.stringify({ ...summary, files: [failed, ...rest] }));
    expect(await indexOutputFolder({ outDir })).toEqual({
      indexed: 0,
      unchanged: rest.length,
      failed: 1,
      removed: 1,
    });

    const index = openIndex(path.join(outDir, 'kazlex.db'), { readonly: true });
    try {
      const rows = index.sql('SELECT path, status FROM documents ORDER BY path');
      expect(rows).toHaveLength(rest.length + 1);
      expect(rows.find((row) => row.path === gone.path)).toBeUndefined();
      expect(rows.find((row) => row.path === broken.path)?.status).toBe('failed');
      expect(index.sql(`SELECT COUNT(*) AS n FROM citations WHERE doc = '${broken.id}'`)).toEqual([
        { n: 0 },
      ]);
    } finally {
      index.close();
    }
  });
});
