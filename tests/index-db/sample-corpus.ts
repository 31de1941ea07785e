/** The repository's sample corpus run into a temporary folder, for the index tests. */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceCitation } from '../../src/pipeline/cite-document.js';
import { runCorpus } from '../../src/pipeline/run-corpus.js';
import type { DocumentRecord } from '../../src/pipeline/types.js';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface SampleRun {
  /** The temporary folder holding `output/`. */
  root: string;
  outDir: string;
  records: DocumentRecord[];
}

export async function runSampleCorpus(): Promise<SampleRun> {
  const root = await mkdtemp(path.join(tmpdir(), 'kazlex-index-'));
  const outDir = path.join(root, 'output');
  await runCorpus({ inputs: ['corpus'], outDir, cwd: projectRoot, concurrency: 2 });
  const docsDir = path.join(outDir, 'docs');
  const names = (await readdir(docsDir)).filter((name) => name.endsWith('.json')).sort();
  const records = await Promise.all(
    names.map(
      async (name) =>
        JSON.parse(await readFile(path.join(docsDir, name), 'utf8')) as DocumentRecord,
    ),
  );
  return { root, outDir, records };
}

export function citationsOf(record: DocumentRecord): SourceCitation[] {
  return (record.citations as SourceCitation[] | undefined) ?? [];
}

/** A copy of a record under another path and id with no citations: a document the queries must call citation-free. */
export function withoutCitations(record: DocumentRecord, name: string): DocumentRecord {
  return { ...record, id: `${name}-0000`, path: `corpus/extra/${name}.txt`, citations: [] };
}
