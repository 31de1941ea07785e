/**
 * The progress journal: one line per finished file, appended and flushed to
 * disk before the file counts as done, so a run killed at any moment can be
 * resumed from what it had finished. Lines written by another kazlex version,
 * and a line torn by the crash, are ignored.
 */
import { createReadStream } from 'node:fs';
import { type FileHandle, mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { CorpusEntry } from './types.js';

export const JOURNAL_NAME = '.kazlex-progress.jsonl';

interface JournalLine {
  v: string;
  entry: CorpusEntry;
}

export interface ProgressJournal {
  /** Resolves once the entry is on disk. */
  append(entry: CorpusEntry): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the journal for appending. Entries that finish while a flush is in
 * progress share the next flush, so a busy run pays one fsync per batch,
 * not per file.
 */
export async function openJournal(file: string, version: string): Promise<ProgressJournal> {
  await mkdir(path.dirname(file), { recursive: true });
  const handle: FileHandle = await open(file, 'a');
  let waiting: string[] = [];
  let flushing: Promise<void> = Promise.resolve();
  let next: Promise<void> | null = null;

  const flushNext = async (): Promise<void> => {
    await flushing.catch(() => {});
    next = null;
    const batch = waiting.join('');
    waiting = [];
    flushing = (async () => {
      await handle.write(batch);
      await handle.datasync();
    })();
    await flushing;
  };

  return {
    append(entry) {
      const line: JournalLine = { v: version, entry };
      waiting.push(`${JSON.stringify(line)}\n`);
      next ??= flushNext();
      return next;
    },
    async close() {
      await (next ?? flushing).catch(() => {});
      await handle.close();
    },
  };
}

/** The entries a journal holds for this version, the last one per path winning. */
export async function readJournal(
  file: string,
  version: string,
): Promise<Map<string, CorpusEntry>> {
  const entries = new Map<string, CorpusEntry>();
  const stream = createReadStream(file, { encoding: 'utf8' });
  try {
    for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
      const line = parseLine(text);
      if (line?.v === version) entries.set(line.entry.path, line.entry);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  } finally {
    stream.destroy();
  }
  return entries;
}

export async function removeJournal(file: string): Promise<void> {
  await rm(file, { force: true });
}

function parseLine(text: string): JournalLine | null {
  try {
    const value = JSON.parse(text) as Partial<JournalLine> | null;
    if (typeof value?.v !== 'string' || typeof value.entry?.path !== 'string') return null;
    return value as JournalLine;
  } catch {
    return null;
  }
}
