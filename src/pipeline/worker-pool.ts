/**
 * Runs the file stage on a pool of worker threads (tinypool), or in this
 * thread when one worker is asked for. Callers see one `run` either way.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Tinypool } from 'tinypool';
import { type FileTask, type FileTaskResult, processFile } from './process-file.js';

export interface FilePool {
  run(task: FileTask): Promise<FileTaskResult>;
  close(): Promise<void>;
  /** Threads doing the work; 0 when it runs in the calling thread. */
  readonly threads: number;
}

export interface FilePoolOptions {
  workers: number;
}

export function createFilePool(options: FilePoolOptions): FilePool {
  if (options.workers <= 1) {
    return { run: processFile, close: async () => {}, threads: 0 };
  }
  const pool = new Tinypool({
    filename: workerEntry(import.meta.url),
    minThreads: options.workers,
    maxThreads: options.workers,
    // Threads keep their loaded registry between files; never recycle them.
    isolateWorkers: false,
    // A second task waits inside each thread, so a thread that finishes a file
    // starts the next even while the main thread is busy writing the index.
    concurrentTasksPerWorker: 2,
  });
  return {
    run: (task) => pool.run(task) as Promise<FileTaskResult>,
    close: () => pool.destroy(),
    threads: options.workers,
  };
}

/**
 * The worker module beside this one. Compiled, that is worker.js. Run from
 * TypeScript sources (tsx, vitest), a fresh thread may have no loader for
 * .ts files (vitest's threads do not), so it starts from a one-line module
 * that registers tsx and then imports worker.ts.
 */
export function workerEntry(moduleUrl: string): string {
  if (!moduleUrl.endsWith('.ts')) return new URL('./worker.js', moduleUrl).href;
  const worker = new URL('./worker.ts', moduleUrl).href;
  const tsxFolder = path.dirname(createRequire(moduleUrl).resolve('tsx/package.json'));
  const tsx = pathToFileURL(path.join(tsxFolder, 'dist/esm/api/index.mjs')).href;
  const bootstrap =
    `import { register } from ${JSON.stringify(tsx)}; register();` +
    `export default (await import(${JSON.stringify(worker)})).default;`;
  return `data:text/javascript,${encodeURIComponent(bootstrap)}`;
}
