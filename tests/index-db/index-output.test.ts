import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexOutputFolder, openIndex } from '../../src/index-db/index.js';
import { runAndIndex } from '../../src/pipeline/run-and-index.js';
import type { CorpusSummary } from '../../src/pipeline/types.js';
import { projectRoot, runSampleCorpus } from './sample-corpus.js';

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

  it('should build the same index when the run feeds it as documents finish', async () => {
    const { outDir } = await runSampleCorpus();
    await indexOutputFolder({ outDir });
    const fed = await runAndIndex({
      inputs: ['corpus'],
      outDir: path.join(outDir, '..', 'fed'),
      cwd: projectRoot,
      workers: 2,
    });
    expect(fed.index.failed).toBe(0);
    const tables = ['documents', 'units', 'citations', 'definitions'];
    const dump = (db: string) => {
      const index = openIndex(db, { readonly: true });
      try {
        return tables.map((table) => {
          // Row ids differ with the order documents finished in; the content must not.
          const rows = index.sql(`SELECT * FROM ${table}`).map((row) => {
            const { id: _id, parent: _parent, ...rest } = row;
            return JSON.stringify(table === 'documents' ? row : rest);
          });
          return rows.sort();
        });
      } finally {
        index.close();
      }
    };
    const fedIndex = openIndex(path.join(outDir, '..', 'fed', 'kazlex.db'), { readonly: true });
    try {
      // The run's glossary candidates fill the terms table.
      const terms = fedIndex.sql("SELECT text FROM terms WHERE lang = 'kk'");
      expect(terms.some((row) => String(row.text).toLowerCase() === 'мәслихат')).toBe(true);
      expect(terms.length).toBe(fed.glossary.filter((c) => c.lang === 'kk').length);
    } finally {
      fedIndex.close();
    }
    // The fed run loaded a new file without its query indexes, then built them.
    const schema = (db: string) => {
      const index = openIndex(db, { readonly: true });
      try {
        return index.sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name");
      } finally {
        index.close();
      }
    };
    expect(schema(path.join(outDir, '..', 'fed', 'kazlex.db'))).toEqual(
      schema(path.join(outDir, 'kazlex.db')),
    );
    const expected = dump(path.join(outDir, 'kazlex.db'));
    expect(expected[2]?.length).toBeGreaterThan(0);
    expect(dump(path.join(outDir, '..', 'fed', 'kazlex.db'))).toEqual(expected);
  });
});
