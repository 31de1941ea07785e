/** A run of the bundled sample corpus in a temporary folder, for the report's end-to-end tests. */
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceCitation } from '../../src/pipeline/cite-document.js';
import { runCorpus } from '../../src/pipeline/run-corpus.js';
import type { CorpusSummary } from '../../src/pipeline/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface SampleRun {
  /** The temporary folder: `corpus/` (a copy) and `output/`. */
  dir: string;
  out: string;
  summary: CorpusSummary;
}

export async function runSampleCorpus(): Promise<SampleRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kazlex-report-'));
  await cp(path.join(repoRoot, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  const { summary } = await runCorpus({
    inputs: ['corpus'],
    outDir: 'output',
    cwd: dir,
    concurrency: 2,
  });
  return { dir, out: path.join(dir, 'output'), summary };
}

export async function citationsOfDoc(out: string, id: string): Promise<SourceCitation[]> {
  const doc = JSON.parse(await readFile(path.join(out, 'docs', `${id}.json`), 'utf8')) as {
    citations: SourceCitation[];
  };
  return doc.citations;
}

/** Citations as the page marks them: a match inside or overlapping an earlier one is left unmarked. */
export function markedCitationTexts(citations: readonly SourceCitation[]): string[] {
  let cursor = 0;
  const texts: string[] = [];
  for (const c of [...citations].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (c.start < cursor) continue;
    cursor = c.end;
    texts.push(c.text);
  }
  return texts;
}
