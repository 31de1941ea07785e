/**
 * A corpus run: discover files, send each through the file stage on a pool of
 * worker threads, and write `corpus.json` at the end. Each document is written
 * and journalled as soon as it finishes, so a run killed halfway resumes where
 * it stopped. One bad file never stops the run; it becomes a `failed` entry
 * with its reason.
 */
import { access, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RecordRows } from '../index-db/record-rows.js';
import { discoverFiles } from '../ingest/discover.js';
import type { LoadOptions } from '../ingest/index.js';
import { TOOL, VERSION } from '../version.js';
import { writeFileAtomic, writeJsonAtomic } from './atomic-write.js';
import { openCitationTables } from './citation-table-writer.js';
import { type CitationLines, citationLines, NO_CITATION_LINES } from './citation-tables.js';
import type { SourceCitation } from './cite-document.js';
import { documentId } from './document-id.js';
import {
  type GlossaryCandidate,
  GlossaryCollector,
  type GlossaryItem,
  glossaryCsv,
  glossaryJsonl,
  glossaryTbx,
} from './glossary-candidates.js';
import { inOrder } from './in-order.js';
import { failedEntry } from './process-file.js';
import { JOURNAL_NAME, openJournal, readJournal, removeJournal } from './progress-journal.js';
import { resultsVersion, rulesFingerprint } from './rules-fingerprint.js';
import type { CorpusEntry, CorpusSummary, DocumentRecord } from './types.js';
import { createFilePool } from './worker-pool.js';

export interface RunCorpusOptions {
  inputs: string[];
  outDir: string;
  cwd?: string | undefined;
  include?: string[] | undefined;
  exclude?: string[] | undefined;
  /** Files in flight at once (reading, processing, writing); at least four per worker. */
  concurrency?: number | undefined;
  /**
   * Worker threads for the CPU stages (default: the available cores). With 1
   * the files are processed in this thread, with no pool.
   */
  workers?: number | undefined;
  /** Redo every file, even when its content hash says it has not changed. */
  force?: boolean | undefined;
  load?: LoadOptions | undefined;
  onStart?: ((totalFiles: number, totalBytes: number) => void) | undefined;
  onFile?: ((entry: CorpusEntry, skipped: boolean) => void) | undefined;
  /**
   * Receives the index rows of each document processed (not of those skipped
   * as unchanged), built in the worker, so the index fills while the run goes.
   */
  onIndexRows?: ((rows: RecordRows) => Promise<void> | void) | undefined;
}

export interface RunCorpusResult {
  summary: CorpusSummary;
  /** The corpus's glossary candidates, as written to glossary-candidates.*. */
  glossary: GlossaryCandidate[];
  /** The corpus.json path that was written. */
  corpusFile: string;
}

export async function runCorpus(options: RunCorpusOptions): Promise<RunCorpusResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const outDir = path.resolve(cwd, options.outDir);
  const docsDir = path.join(outDir, 'docs');
  const corpusFile = path.join(outDir, 'corpus.json');
  const journalFile = path.join(outDir, JOURNAL_NAME);

  const files = await discoverFiles(options.inputs, {
    cwd,
    include: options.include,
    exclude: options.exclude,
  });
  if (options.force) await removeJournal(journalFile);
  const previous = options.force
    ? new Map<string, CorpusEntry>()
    : await previousResults(corpusFile, journalFile);
  await removeTemporaryFiles(docsDir);
  await removeTemporaryFiles(outDir);
  options.onStart?.(files.length, await totalSize(files.map((f) => f.path)));

  const workers = Math.max(1, Math.min(options.workers ?? os.availableParallelism(), files.length));
  // Two tasks per thread, plus files whose results the main thread is still writing.
  const inFlight = Math.max(options.concurrency ?? 4, workers * 4);
  const pool = createFilePool({ workers });
  const journal = await openJournal(journalFile, resultsVersion());
  const tables = await openCitationTables(outDir);
  const glossary = new GlossaryCollector();
  let candidates: GlossaryCandidate[] = [];
  const inCorpusOrder = inOrder<FileOutputs>(async (outputs) => {
    await tables.write(outputs.lines);
    glossary.add(outputs.path, outputs.glossary);
  });
  const entries = new Array<CorpusEntry>(files.length);
  let skipped = 0;
  try {
    await forEachBounded(files.length, inFlight, async (index) => {
      const file = files[index] as (typeof files)[number];
      const id = documentId(file.relative);
      const docFile = path.join(docsDir, `${id}.json`);
      const before = previous.get(file.relative);
      const reusable = before?.status === 'ok' && (await exists(docFile)) ? before : undefined;
      let entry: CorpusEntry;
      let lines: CitationLines = NO_CITATION_LINES;
      let terms: readonly GlossaryItem[] = [];
      let unchanged = false;
      let rows: RecordRows | undefined;
      try {
        const result = await pool.run({
          path: file.path,
          relative: file.relative,
          id,
          docFile,
          load: options.load,
          unchangedIf: reusable?.sha256,
          indexRows: options.onIndexRows !== undefined,
        });
        if (result.status === 'unchanged' && reusable) {
          unchanged = true;
          entry = reusable;
          const record = JSON.parse(await readFile(docFile, 'utf8')) as DocumentRecord;
          lines = citationLines(arrayOf<SourceCitation>(record.citations));
          terms = arrayOf<GlossaryItem>(record.glossary);
        } else if (result.status === 'unchanged') {
          entry = failedEntry(
            { relative: file.relative, id },
            new Error('no earlier result to reuse'),
          );
        } else {
          entry = result.entry;
          if (result.status === 'ok') {
            lines = result.citations;
            terms = result.glossary;
            rows = result.rows;
          }
        }
      } catch (error) {
        // The stage reports file problems itself; this is a worker that died.
        entry = failedEntry({ relative: file.relative, id }, error);
      }
      // Outside the try: an index that fails stops the run; it is not this file's fault.
      if (rows) await options.onIndexRows?.(rows);
      await inCorpusOrder.put(index, { path: file.relative, lines, glossary: terms });
      if (!unchanged) await journal.append(entry);
      else skipped++;
      entries[index] = entry;
      options.onFile?.(entry, unchanged);
    });
    await inCorpusOrder.finish();
    await tables.commit();
    candidates = glossary.list();
    await writeGlossaryCandidates(outDir, candidates);
  } catch (error) {
    await inCorpusOrder.finish().catch(() => undefined);
    await tables.abort();
    throw error;
  } finally {
    await pool.close();
    await journal.close();
  }

  const ok = entries.filter((e) => e.status === 'ok').length;
  const summary: CorpusSummary = {
    tool: TOOL,
    version: VERSION,
    rules: rulesFingerprint(),
    generatedAt: new Date().toISOString(),
    files: entries,
    totals: {
      files: entries.length,
      ok,
      failed: entries.length - ok,
      skipped,
      bytes: entries.reduce((sum, e) => sum + (e.size ?? 0), 0),
    },
  };
  await writeJsonAtomic(corpusFile, summary);
  // corpus.json now holds everything the journal did.
  await removeJournal(journalFile);
  return { summary, corpusFile, glossary: candidates };
}

/**
 * Calls `work` for 0..count-1 with at most `limit` calls pending. Workers pull
 * the next index when they finish, so nothing is queued ahead per file and
 * memory does not grow with the number of files. After a failure no new index
 * is started, and the calls in flight settle before the failure is thrown, so
 * the caller can close its files knowing nothing still writes to them.
 */
async function forEachBounded(
  count: number,
  limit: number,
  work: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const runner = async (): Promise<void> => {
    while (!failed && next < count) {
      const index = next++;
      try {
        await work(index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.min(limit, count) }, runner));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}

/** What each file adds to the corpus-wide outputs, taken in corpus order. */
interface FileOutputs {
  path: string;
  lines: CitationLines;
  glossary: readonly GlossaryItem[];
}

function arrayOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

async function writeGlossaryCandidates(
  outDir: string,
  candidates: readonly GlossaryCandidate[],
): Promise<void> {
  const base = path.join(outDir, 'glossary-candidates');
  await writeFileAtomic(`${base}.jsonl`, glossaryJsonl(candidates));
  await writeFileAtomic(`${base}.csv`, glossaryCsv(candidates));
  // TBX-Basic needs at least one concept; a corpus that defines nothing gets no TBX.
  if (candidates.length === 0) await rm(`${base}.tbx`, { force: true });
  else await writeFileAtomic(`${base}.tbx`, glossaryTbx(candidates, new Date().toISOString()));
}

/**
 * What earlier runs finished: the last corpus.json, overlaid with the journal
 * of a run that stopped before writing its own.
 */
async function previousResults(
  corpusFile: string,
  journalFile: string,
): Promise<Map<string, CorpusEntry>> {
  const results = await readPrevious(corpusFile);
  for (const [file, entry] of await readJournal(journalFile, resultsVersion()))
    results.set(file, entry);
  return results;
}

async function readPrevious(corpusFile: string): Promise<Map<string, CorpusEntry>> {
  try {
    const summary = JSON.parse(await readFile(corpusFile, 'utf8')) as CorpusSummary;
    const sameResults = summary.version === VERSION && summary.rules === rulesFingerprint();
    if (!sameResults || !Array.isArray(summary.files)) return new Map();
    return new Map(summary.files.map((entry) => [entry.path, entry]));
  } catch {
    return new Map();
  }
}

/** Half-written documents and tables left by a run that was killed mid-write. */
async function removeTemporaryFiles(docsDir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(docsDir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith('.kazlex-tmp-')) await rm(path.join(docsDir, name), { force: true });
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

async function totalSize(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const file of paths) {
    try {
      total += (await stat(file)).size;
    } catch {
      // A file that vanished is reported when it is processed.
    }
  }
  return total;
}
