/**
 * Brings the index in line with an output folder: every `ok` file of
 * `corpus.json` indexed from its `docs/<id>.json` (skipped when the index
 * already holds that sha256), every failed file recorded, and documents no
 * longer in the corpus removed. For a run that did not index as it went, and
 * for rebuilding `kazlex.db` from the JSON alone. `dbPath` may name a
 * PostgreSQL database instead (`postgres://…`).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusSummary, DocumentRecord } from '../pipeline/types.js';
import { type IndexBackend, openIndexBackend } from './backend.js';

export interface IndexOutputOptions {
  /** The run's output folder, holding corpus.json and docs/. */
  outDir: string;
  /** The SQLite file or a `postgres://` URL; default `<outDir>/kazlex.db`. */
  dbPath?: string | undefined;
  /** Documents per transaction; default 100. */
  batchSize?: number | undefined;
  /** An index already open (then `dbPath` is ignored and the caller closes it). */
  index?: IndexBackend | undefined;
  /** Paths the run already indexed from its workers' rows: counted, not read again. */
  alreadyIndexed?: ReadonlySet<string> | undefined;
}

export interface IndexOutputResult {
  indexed: number;
  unchanged: number;
  failed: number;
  removed: number;
}

export async function indexOutputFolder(options: IndexOutputOptions): Promise<IndexOutputResult> {
  const summary = JSON.parse(
    await readFile(path.join(options.outDir, 'corpus.json'), 'utf8'),
  ) as CorpusSummary;
  const index =
    options.index ??
    (await openIndexBackend(options.dbPath ?? path.join(options.outDir, 'kazlex.db')));
  const result: IndexOutputResult = { indexed: 0, unchanged: 0, failed: 0, removed: 0 };
  const batchSize = Math.max(1, options.batchSize ?? 100);
  try {
    let batch: DocumentRecord[] = [];
    for (const entry of summary.files) {
      if (entry.status === 'failed') {
        await index.recordFailure(entry);
        result.failed += 1;
        continue;
      }
      if (options.alreadyIndexed?.has(entry.path)) {
        result.indexed += 1;
        continue;
      }
      if (entry.sha256 !== null && (await index.indexedSha256(entry.path)) === entry.sha256) {
        result.unchanged += 1;
        continue;
      }
      const file = path.join(options.outDir, 'docs', `${entry.id}.json`);
      batch.push(JSON.parse(await readFile(file, 'utf8')) as DocumentRecord);
      if (batch.length >= batchSize) {
        await index.indexDocuments(batch);
        result.indexed += batch.length;
        batch = [];
      }
    }
    await index.indexDocuments(batch);
    result.indexed += batch.length;
    const kept = new Set(summary.files.map((entry) => entry.path));
    for (const row of await index.sql('SELECT path FROM documents')) {
      if (typeof row.path === 'string' && !kept.has(row.path)) {
        await index.removeDocument(row.path);
        result.removed += 1;
      }
    }
  } finally {
    if (!options.index) await index.close();
  }
  return result;
}
