import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  nameThisThread,
  THREAD_NAME_LIMIT,
  WORKER_THREAD_NAME,
} from '../../src/pipeline/thread-name.js';
import { createFilePool } from '../../src/pipeline/worker-pool.js';

const onLinux = process.platform === 'linux';

function workerThreads(): number {
  return threadNames().filter((name) => name === WORKER_THREAD_NAME).length;
}

function threadNames(): string[] {
  return readdirSync('/proc/self/task').flatMap((tid) => {
    try {
      return [readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim()];
    } catch {
      return []; // the thread ended between the listing and the read
    }
  });
}

describe('thread names', () => {
  it.runIf(onLinux)('should name the calling thread, cut to what Linux keeps', () => {
    const before = readFileSync('/proc/thread-self/comm', 'utf8').trim();
    try {
      expect(nameThisThread('kazlex a very long thread name')).toBe(true);
      const name = readFileSync('/proc/thread-self/comm', 'utf8').trim();
      expect(name).toBe('kazlex a very long thread name'.slice(0, THREAD_NAME_LIMIT));
    } finally {
      nameThisThread(before);
    }
  });

  it.runIf(onLinux)(
    'should give every pool thread the worker name',
    async () => {
      expect(workerThreads()).toBe(0);
      const root = await mkdtemp(path.join(tmpdir(), 'kazlex-thread-name-'));
      const pool = createFilePool({ workers: 2 });
      try {
        const source = path.join(root, 'a.txt');
        await writeFile(source, 'Конституцияның 89-бабы.\n');
        const tasks = [0, 1, 2, 3].map((i) =>
          pool.run({
            path: source,
            relative: 'a.txt',
            id: `a${i}`,
            docFile: path.join(root, `a${i}.json`),
          }),
        );
        for (const result of await Promise.all(tasks)) expect(result.status).toBe('ok');
        // Threads a worker starts later inherit its name (tsx starts one for its
        // loader when the tests run from sources), so at least the two workers.
        expect(workerThreads()).toBeGreaterThanOrEqual(2);
      } finally {
        await pool.close();
        await rm(root, { recursive: true, force: true });
      }
      await expect.poll(workerThreads).toBe(0);
    },
    60_000,
  );

  it('should fit the worker name in a Linux thread name', () => {
    expect(Buffer.byteLength(WORKER_THREAD_NAME)).toBeLessThanOrEqual(THREAD_NAME_LIMIT);
  });
});
