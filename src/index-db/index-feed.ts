/**
 * Fills the index while a corpus run is still going: workers build each
 * document's rows, and this writes them a batch per transaction on the main
 * thread, which otherwise waits for the workers. After the run,
 * `indexOutputFolder` with `alreadyIndexed` finishes the job (failures,
 * unchanged files, removals) without reading these documents back.
 */
import type { IndexBackend } from './backend.js';
import type { RecordRows } from './record-rows.js';

export interface IndexFeed {
  add(rows: RecordRows): Promise<void>;
  /** Writes what is left and returns the paths of every document written. */
  finish(): Promise<ReadonlySet<string>>;
}

export function createIndexFeed(index: IndexBackend, batchSize = 100): IndexFeed {
  const indexed = new Set<string>();
  let batch: RecordRows[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const full = batch;
    batch = [];
    await index.indexRows(full);
    for (const rows of full) indexed.add(rows.document.path);
  };
  return {
    async add(rows) {
      batch.push(rows);
      if (batch.length >= batchSize) await flush();
    },
    async finish() {
      await flush();
      return indexed;
    },
  };
}
