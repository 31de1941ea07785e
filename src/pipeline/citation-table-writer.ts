/**
 * Writes `citations.jsonl` and `citations.csv` while the run goes on. Files
 * finish out of order on a pool, but the tables list documents in corpus
 * order, so each document's lines wait here until every document before it
 * is written. Nothing appears at the final paths until `commit`.
 */
import path from 'node:path';
import { openAtomicFile } from './atomic-write.js';
import { type CitationLines, csvHeader } from './citation-tables.js';

/** Documents held back at most; past this, `put` waits for the writer to catch up. */
const MAX_WAITING = 256;

export interface CitationTableWriter {
  /** The lines of the document at `index` in corpus order (every index exactly once). */
  put(index: number, lines: CitationLines): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export async function openCitationTables(outDir: string): Promise<CitationTableWriter> {
  const jsonl = await openAtomicFile(path.join(outDir, 'citations.jsonl'));
  const csv = await openAtomicFile(path.join(outDir, 'citations.csv'));
  const waiting = new Map<number, CitationLines>();
  let next = 0;
  // Writes run one after another on this chain, so chunks never interleave.
  let written: Promise<void> = csv.write(`\uFEFF${csvHeader()}`);

  const writeReady = async (): Promise<void> => {
    for (let lines = waiting.get(next); lines; lines = waiting.get(next)) {
      waiting.delete(next);
      next++;
      if (lines.jsonl) await jsonl.write(lines.jsonl);
      if (lines.csv) await csv.write(lines.csv);
    }
  };

  return {
    async put(index, lines) {
      waiting.set(index, lines);
      written = written.then(writeReady);
      // Backpressure for a corpus where one huge early file holds up many small ones.
      if (waiting.size > MAX_WAITING) await written;
    },
    async commit() {
      await written;
      if (waiting.size > 0) {
        throw new Error(`citation tables: ${waiting.size} document(s) after a missing one`);
      }
      await jsonl.commit();
      await csv.commit();
    },
    async abort() {
      await written.catch(() => undefined);
      await jsonl.abort();
      await csv.abort();
    },
  };
}
