/**
 * Hands items to `consume` in index order although they arrive in any order:
 * files finish out of order on a pool, but the corpus-wide outputs (citation
 * tables, glossary candidates) list documents in corpus order, so a run's
 * outputs do not depend on which worker was faster.
 */

/** Items held back at most; past this, `put` waits for `consume` to catch up. */
const MAX_WAITING = 256;

export interface InOrder<T> {
  /** The item at `index` (every index from 0 exactly once). */
  put(index: number, item: T): Promise<void>;
  /** Waits for every item to be consumed; throws when one is missing or `consume` failed. */
  finish(): Promise<void>;
}

export function inOrder<T>(consume: (item: T) => Promise<void> | void): InOrder<T> {
  const waiting = new Map<number, T>();
  let next = 0;
  // Consumption runs one item after another on this chain.
  let consumed: Promise<void> = Promise.resolve();

  const consumeReady = async (): Promise<void> => {
    while (waiting.has(next)) {
      const item = waiting.get(next) as T;
      waiting.delete(next);
      next++;
      await consume(item);
    }
  };

  return {
    async put(index, item) {
      waiting.set(index, item);
      consumed = consumed.then(consumeReady);
      // Backpressure for a corpus where one huge early file holds up many small ones.
      if (waiting.size > MAX_WAITING) await consumed;
    },
    async finish() {
      await consumed;
      if (waiting.size > 0) throw new Error(`${waiting.size} item(s) after a missing one`);
    },
  };
}
