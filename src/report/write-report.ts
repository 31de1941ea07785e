/**
 * The report's only I/O: reads `corpus.json` and `docs/` of a run, re-loads
 * each source (offsets point into it), and writes `report/` page by page,
 * each file atomically. Documents are read twice (an index pass, then a page
 * pass) so that only one document's text is in memory at a time.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describeError } from '../errors.js';
import { loadSource } from '../ingest/index.js';
import { writeFileAtomic } from '../pipeline/atomic-write.js';
import type { CorpusEntry, CorpusSummary, DocumentRecord } from '../pipeline/types.js';
import { createReportBuilder, type ReportOptions } from './build-report.js';
import { createCorpusIndexer } from './corpus-index.js';
import { ReportPath } from './html.js';

/** Documents read, loaded and written at once. */
const BATCH = 8;

export interface WriteReportOptions extends ReportOptions {
  /** Folder the run's relative paths are resolved against (default: the current folder). */
  cwd?: string | undefined;
  /** Where the report goes (default: `<outDir>/report`). */
  reportDir?: string | undefined;
}

export interface WriteReportResult {
  /** Path of index.html. */
  index: string;
  /** Pages written. */
  pages: number;
  /** Documents shown without highlights because their source changed or vanished. */
  stale: string[];
}

export async function writeReport(
  outDir: string,
  options: WriteReportOptions = {},
): Promise<WriteReportResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const out = path.resolve(cwd, outDir);
  const reportDir = path.resolve(cwd, options.reportDir ?? path.join(out, 'report'));
  const summary = JSON.parse(
    await readFile(path.join(out, 'corpus.json'), 'utf8'),
  ) as CorpusSummary;
  const entries = summary.files.filter((entry) => entry.status === 'ok');

  const indexer = createCorpusIndexer();
  const readable: CorpusEntry[] = [];
  for (const entry of entries) {
    const record = await readRecord(out, entry);
    if (!record) continue;
    indexer.add(record);
    readable.push(entry);
  }

  const builder = createReportBuilder({ ...options, summary, index: indexer.finish() });
  const written = new Set<string>();
  const stale: string[] = [];
  // A few documents at a time: reads and fsyncs overlap, memory stays bounded, and
  // documents still reach the builder in corpus order, so the tables are stable.
  for (let from = 0; from < readable.length; from += BATCH) {
    const batch = await Promise.all(
      readable.slice(from, from + BATCH).map(async (entry) => {
        const record = await readRecord(out, entry);
        if (!record) return null;
        const loaded = await loadMatchingSource(path.resolve(cwd, record.path), record.sha256);
        return { record, ...loaded };
      }),
    );
    const pages: { path: string; html: string }[] = [];
    for (const doc of batch) {
      if (!doc) continue;
      if (doc.note) stale.push(doc.record.path);
      pages.push(
        builder.addDocument({ record: doc.record, source: doc.source, sourceNote: doc.note }),
      );
    }
    await Promise.all(
      pages.map((page) => writeFileAtomic(path.join(reportDir, page.path), page.html)),
    );
    for (const page of pages) written.add(page.path);
  }
  for (const [page, html] of builder.finish()) {
    await writeFileAtomic(path.join(reportDir, page), html);
    written.add(page);
  }
  await removeStalePages(reportDir, written);
  return { index: path.join(reportDir, ReportPath.INDEX), pages: written.size, stale };
}

async function readRecord(out: string, entry: CorpusEntry): Promise<DocumentRecord | null> {
  try {
    return JSON.parse(
      await readFile(path.join(out, 'docs', `${entry.id}.json`), 'utf8'),
    ) as DocumentRecord;
  } catch {
    // A doc file removed since the run: the overview still lists the entry.
    return null;
  }
}

/** The source as decoded in the run, or a note saying why it cannot be used. */
async function loadMatchingSource(
  file: string,
  sha256: string,
): Promise<{ source: string | null; note: string | null }> {
  try {
    const loaded = await loadSource(file);
    if (loaded.sha256 !== sha256) {
      return { source: null, note: 'The source file changed since the run.' };
    }
    return { source: loaded.text, note: null };
  } catch (error) {
    return {
      source: null,
      note: `The source file cannot be read: ${describeError(error).reason}.`,
    };
  }
}

/** Pages of documents no longer in the corpus would link to nothing current. */
async function removeStalePages(reportDir: string, written: ReadonlySet<string>): Promise<void> {
  let names: string[];
  try {
    names = await readdir(path.join(reportDir, 'docs'));
  } catch {
    return;
  }
  for (const name of names) {
    if (name.endsWith('.html') && !written.has(`docs/${name}`)) {
      await rm(path.join(reportDir, 'docs', name), { force: true });
    }
  }
}
