/**
 * A corpus run: discover files, load and process each with bounded
 * concurrency, write one JSON file per document and `corpus.json` at the end.
 * One bad file never stops the run; it becomes a `failed` entry with its reason.
 */
import { access, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { describeError } from '../errors.js';
import { discoverFiles } from '../ingest/discover.js';
import { type LoadOptions, loadSource } from '../ingest/index.js';
import { TOOL, VERSION } from '../version.js';
import { openAtomicFile, writeJsonAtomic } from './atomic-write.js';
import { citationToCsvRows, citationToJsonLine, csvHeader } from './citation-tables.js';
import type { SourceCitation } from './cite-document.js';
import { documentId } from './document-id.js';
import { processDocument } from './process-document.js';
import type { CorpusEntry, CorpusSummary } from './types.js';

export interface RunCorpusOptions {
  inputs: string[];
  outDir: string;
  cwd?: string | undefined;
  include?: string[] | undefined;
  exclude?: string[] | undefined;
  concurrency?: number | undefined;
  /** Redo every file, even when its content hash says it has not changed. */
  force?: boolean | undefined;
  load?: LoadOptions | undefined;
  onStart?: ((totalFiles: number, totalBytes: number) => void) | undefined;
  onFile?: ((entry: CorpusEntry, skipped: boolean) => void) | undefined;
}

export interface RunCorpusResult {
  summary: CorpusSummary;
  /** The corpus.json path that was written. */
  corpusFile: string;
}

export async function runCorpus(options: RunCorpusOptions): Promise<RunCorpusResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const outDir = path.resolve(cwd, options.outDir);
  const docsDir = path.join(outDir, 'docs');
  const corpusFile = path.join(outDir, 'corpus.json');

  const files = await discoverFiles(options.inputs, {
    cwd,
    include: options.include,
    exclude: options.exclude,
  });
  const previous = options.force ? new Map<string, CorpusEntry>() : await readPrevious(corpusFile);
  const limit = pLimit(Math.max(1, options.concurrency ?? 4));
  options.onStart?.(files.length, await totalSize(files.map((f) => f.path)));

  let skipped = 0;
  const entries = await Promise.all(
    files.map((file) =>
      limit(async (): Promise<CorpusEntry> => {
        const id = documentId(file.relative);
        const docFile = path.join(docsDir, `${id}.json`);
        try {
          const loaded = await loadSource(file.path, options.load);
          const before = previous.get(file.relative);
          if (
            before?.status === 'ok' &&
            before.sha256 === loaded.sha256 &&
            (await exists(docFile))
          ) {
            skipped++;
            options.onFile?.(before, true);
            return before;
          }
          const { record, messageCounts } = processDocument(loaded, {
            id,
            relative: file.relative,
          });
          await writeJsonAtomic(docFile, record);
          const entry: CorpusEntry = {
            path: file.relative,
            id,
            status: 'ok',
            sha256: loaded.sha256,
            size: loaded.size,
            format: loaded.format,
            encoding: loaded.encoding,
            languages: record.languages,
            messages: messageCounts,
            reason: null,
            code: null,
          };
          options.onFile?.(entry, false);
          return entry;
        } catch (error) {
          // A stale result for a file that now fails would mislead; drop it.
          await rm(docFile, { force: true });
          const { code, reason } = describeError(error);
          const entry: CorpusEntry = {
            path: file.relative,
            id,
            status: 'failed',
            sha256: null,
            size: null,
            format: null,
            encoding: null,
            languages: {},
            messages: { info: 0, warning: 0, error: 1 },
            reason,
            code,
          };
          options.onFile?.(entry, false);
          return entry;
        }
      }),
    ),
  );

  const ok = entries.filter((e) => e.status === 'ok').length;
  const summary: CorpusSummary = {
    tool: TOOL,
    version: VERSION,
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
  await writeCitationTables(outDir, docsDir, entries);
  await writeJsonAtomic(corpusFile, summary);
  return { summary, corpusFile };
}

/**
 * Gathers every document's citations into corpus-wide tables. Documents are
 * read back one at a time from docs/, so memory does not grow with the corpus
 * and files skipped as unchanged still contribute.
 */
async function writeCitationTables(
  outDir: string,
  docsDir: string,
  entries: readonly CorpusEntry[],
): Promise<void> {
  const jsonl = await openAtomicFile(path.join(outDir, 'citations.jsonl'));
  const csv = await openAtomicFile(path.join(outDir, 'citations.csv'));
  try {
    await csv.write(`\uFEFF${csvHeader()}`);
    for (const entry of entries) {
      if (entry.status !== 'ok') continue;
      const doc = JSON.parse(await readFile(path.join(docsDir, `${entry.id}.json`), 'utf8')) as {
        citations?: SourceCitation[];
      };
      for (const citation of doc.citations ?? []) {
        await jsonl.write(citationToJsonLine(citation));
        await csv.write(citationToCsvRows(citation));
      }
    }
    await jsonl.commit();
    await csv.commit();
  } catch (error) {
    await jsonl.abort();
    await csv.abort();
    throw error;
  }
}

async function readPrevious(corpusFile: string): Promise<Map<string, CorpusEntry>> {
  try {
    const summary = JSON.parse(await readFile(corpusFile, 'utf8')) as CorpusSummary;
    if (summary.version !== VERSION || !Array.isArray(summary.files)) return new Map();
    return new Map(summary.files.map((entry) => [entry.path, entry]));
  } catch {
    return new Map();
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
