/**
 * Fills the index while a corpus run is still going: workers build each
 * document's rows, and this writes them a batch per transaction on the main
 * thread, which otherwise waits for the workers. Batches are bounded by rows,
 * not documents: the main thread also hands files to the workers, and one
 * long transaction (a hundred laws is half a second) left them idle. After the run,
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

/**
 * `maxRows` counts a document's own row with its units, citations and
 * definitions; 4,000 rows take about 20 ms to write.
 */
export function createIndexFeed(index: IndexBackend, maxRows = 4000): IndexFeed {
  const indexed = new Set<string>();
  let batch: RecordRows[] = [];
  let batchRows = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const full = batch;
    batch = [];
    batchRows = 0;
    await index.indexRows(full);
    for (const rows of full) indexed.add(rows.document.path);
  };
  return {
    async add(rows) {
      batch.push(rows);
      batchRows += 1 + rows.units.length + rows.citations.length + rows.definitions.length;
      if (batchRows >= maxRows) await flush();
    },
    async finish() {
      await flush();
      return indexed;
    },
  };
}
