/**
 * Writes `citations.jsonl` and `citations.csv` piece by piece while the run
 * goes on (callers keep corpus order, see in-order.ts). Nothing appears at
 * the final paths until `commit`; `abort` leaves no trace.
 */
import path from 'node:path';
import { openAtomicFile } from './atomic-write.js';
import { type CitationLines, csvHeader } from './citation-tables.js';

export interface CitationTableWriter {
  write(lines: CitationLines): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export async function openCitationTables(outDir: string): Promise<CitationTableWriter> {
  const jsonl = await openAtomicFile(path.join(outDir, 'citations.jsonl'));
  const csv = await openAtomicFile(path.join(outDir, 'citations.csv'));
  await csv.write(`\uFEFF${csvHeader()}`);
  return {
    async write(lines) {
      if (lines.jsonl) await jsonl.write(lines.jsonl);
      if (lines.csv) await csv.write(lines.csv);
    },
    async commit() {
      await jsonl.commit();
      await csv.commit();
    },
    async abort() {
      await jsonl.abort();
      await csv.abort();
    },
  };
}
