/**
 * The stage function of a corpus run: one file path in, its document written
 * to docs/<id>.json and its corpus entry out. It takes and returns plain data
 * only, so the same function runs in-process, in a worker thread or in any
 * job queue that can hand it a serializable task.
 */
import { rm } from 'node:fs/promises';
import { describeError } from '../errors.js';
import { type RecordRows, recordRows } from '../index-db/record-rows.js';
import { type LoadOptions, loadSource } from '../ingest/index.js';
import { writeFileAtomic } from './atomic-write.js';
import { type CitationLines, citationCsvRows } from './citation-tables.js';
import { documentJson } from './document-json.js';
import type { GlossaryItem } from './glossary-candidates.js';
import { getDefaultRegistry, processDocument } from './process-document.js';
import type { CorpusEntry } from './types.js';

export interface FileTask {
  /** Absolute path of the source file. */
  path: string;
  /** Path relative to the working folder: the name the corpus knows it by. */
  relative: string;
  id: string;
  /** Where the document JSON goes. */
  docFile: string;
  load?: LoadOptions | undefined;
  /**
   * The hash of the previous good result, when its document is still on
   * disk: a file whose bytes still hash to it is not processed again.
   */
  unchangedIf?: string | null | undefined;
  /** Also return the document's index rows, for a run that indexes as it goes. */
  indexRows?: boolean | undefined;
}

export type FileTaskResult =
  | { status: 'unchanged' }
  | {
      status: 'ok';
      entry: CorpusEntry;
      /** The document's lines of citations.jsonl and citations.csv. */
      citations: CitationLines;
      /** The terms the document defines, for the corpus glossary candidates. */
      glossary: GlossaryItem[];
      /** Present when the task asked for `indexRows`. */
      rows?: RecordRows | undefined;
    }
  | { status: 'failed'; entry: CorpusEntry };

export async function processFile(task: FileTask): Promise<FileTaskResult> {
  try {
    const loaded = await loadSource(task.path, task.load);
    if (task.unchangedIf && task.unchangedIf === loaded.sha256) return { status: 'unchanged' };
    const { record, analyzed, glossary, messageCounts } = processDocument(loaded, {
      id: task.id,
      relative: task.relative,
    });
    const json = documentJson({ ...record, citations: analyzed.citations });
    await writeFileAtomic(task.docFile, json.documentParts);
    // Built here, in the worker, so the main thread never parses the document back.
    const rows = task.indexRows
      ? recordRows(record, { actIri: (id) => getDefaultRegistry().byId(id)?.iri })
      : undefined;
    return {
      status: 'ok',
      citations: { jsonl: json.citationLines, csv: citationCsvRows(analyzed.citations) },
      rows,
      glossary,
      entry: {
        path: task.relative,
        id: task.id,
        status: 'ok',
        sha256: loaded.sha256,
        size: loaded.size,
        format: loaded.format,
        encoding: loaded.encoding,
        languages: record.languages,
        messages: messageCounts,
        reason: null,
        code: null,
      },
    };
  } catch (error) {
    // A stale result for a file that now fails would mislead; drop it.
    await rm(task.docFile, { force: true });
    return { status: 'failed', entry: failedEntry(task, error) };
  }
}

export function failedEntry(task: Pick<FileTask, 'relative' | 'id'>, error: unknown): CorpusEntry {
  const { code, reason } = describeError(error);
  return {
    path: task.relative,
    id: task.id,
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
}
