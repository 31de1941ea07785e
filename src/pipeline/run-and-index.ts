/**
 * `kazlex run` without the report: the corpus run with the index filled as
 * documents finish, then brought fully in line with the output folder.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { openIndexBackend } from '../index-db/backend.js';
import { createIndexFeed } from '../index-db/index-feed.js';
import { type IndexOutputResult, indexOutputFolder } from '../index-db/index-output.js';
import { glossaryTermRows } from './glossary-candidates.js';
import { type RunCorpusOptions, type RunCorpusResult, runCorpus } from './run-corpus.js';

export interface RunAndIndexResult extends RunCorpusResult {
  index: IndexOutputResult;
}

export async function runAndIndex(
  options: RunCorpusOptions & { dbPath?: string | undefined },
): Promise<RunAndIndexResult> {
  const outDir = path.resolve(options.cwd ?? process.cwd(), options.outDir);
  // Opened first: a wrong database URL should fail before hours of work, not after.
  await mkdir(outDir, { recursive: true });
  const index = await openIndexBackend(options.dbPath ?? path.join(outDir, 'kazlex.db'));
  try {
    await index.deferQueryIndexes();
    try {
      const feed = createIndexFeed(index);
      const run = await runCorpus({ ...options, onIndexRows: (rows) => feed.add(rows) });
      const alreadyIndexed = await feed.finish();
      const result = await indexOutputFolder({ outDir, index, alreadyIndexed });
      await index.replaceTerms(glossaryTermRows(run.glossary));
      return { ...run, index: result };
    } finally {
      // Also after a failure: the rows written so far stay, and so must fast queries.
      await index.restoreQueryIndexes();
    }
  } finally {
    await index.close();
  }
}
