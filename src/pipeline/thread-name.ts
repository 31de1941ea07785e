/**
 * Names the calling thread for the operating system, so `top -H`, `ps -L`
 * and bench/pipeline can tell the pool's worker threads from V8's and
 * libuv's helper threads (all called `node` otherwise). Linux only, and
 * best effort: a name is a convenience, never a reason to fail a run.
 */
import { writeFileSync } from 'node:fs';

/** Linux keeps at most 15 bytes of a thread name. */
export const THREAD_NAME_LIMIT = 15;

/** What the pool's threads are called in `top -H` and /proc/<pid>/task. */
export const WORKER_THREAD_NAME = 'kazlex worker';

export function nameThisThread(name: string): boolean {
  if (process.platform !== 'linux') return false;
  try {
    // A synchronous write runs on the calling thread, so thread-self is this one.
    writeFileSync('/proc/thread-self/comm', name.slice(0, THREAD_NAME_LIMIT));
    return true;
  } catch {
    return false;
  }
}
