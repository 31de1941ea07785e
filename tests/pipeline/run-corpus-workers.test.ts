import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournal, readJournal } from '../../src/pipeline/progress-journal.js';
import { runCorpus } from '../../src/pipeline/run-corpus.js';
import type { CorpusEntry } from '../../src/pipeline/types.js';
import { workerEntry } from '../../src/pipeline/worker-pool.js';

let root = '';
let corpus = '';

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'kazlex-workers-'));
  corpus = path.join(root, 'corpus');
  await mkdir(corpus);
  for (let i = 0; i < 8; i++) {
    await writeFile(
      path.join(corpus, `${i}.txt`),
      i % 2 === 0
        ? `Қазақстан Республикасы Конституциясының ${i + 1}-бабына сәйкес әкім ${i} рет есеп береді.\n`
        : `В соответствии со статьей ${i} Конституции Республики Казахстан аким отчитывается.\n`,
    );
  }
  await writeFile(path.join(corpus, 'binary.txt'), Buffer.from([0, 1, 2, 0, 0, 255]));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function entry(pathName: string): CorpusEntry {
  return {
    path: pathName,
    id: pathName.replace(/\W/g, '-'),
    status: 'ok',
    sha256: 'a'.repeat(64),
    size: 1,
    format: 'txt',
    encoding: 'utf-8',
    languages: { kk: 1 },
    messages: { info: 0, warning: 0, error: 0 },
    reason: null,
    code: null,
  };
}

describe('runCorpus on worker threads', () => {
  it('should give the same entries and documents with a pool as in-process', async () => {
    const pooled = await runCorpus({ inputs: [corpus], outDir: 'pooled', cwd: root, workers: 2 });
    const inline = await runCorpus({ inputs: [corpus], outDir: 'inline', cwd: root, workers: 1 });
    expect(pooled.summary.files).toEqual(inline.summary.files);
    expect(pooled.summary.totals).toMatchObject({ files: 9, ok: 8, failed: 1 });
    const failed = pooled.summary.files.find((f) => f.path === 'corpus/binary.txt');
    expect(failed?.reason).toBeTruthy();
    for (const file of pooled.summary.files.filter((f) => f.status === 'ok')) {
      const name = path.join('docs', `${file.id}.json`);
      expect(await readFile(path.join(root, 'pooled', name), 'utf8')).toBe(
        await readFile(path.join(root, 'inline', name), 'utf8'),
      );
    }
    expect(await readFile(path.join(root, 'pooled', 'citations.csv'), 'utf8')).toBe(
      await readFile(path.join(root, 'inline', 'citations.csv'), 'utf8'),
    );
  }, 60_000);

  it('should start threads from worker.js when compiled and through tsx from sources', () => {
    expect(workerEntry('file:///app/dist/src/pipeline/worker-pool.js')).toBe(
      'file:///app/dist/src/pipeline/worker.js',
    );
    const fromSource = decodeURIComponent(
      workerEntry(new URL('../../src/pipeline/worker-pool.ts', import.meta.url).href),
    );
    expect(fromSource).toMatch(/^data:text\/javascript,/);
    expect(fromSource).toContain('/tsx/dist/esm/api/index.mjs');
    expect(fromSource).toContain('/src/pipeline/worker.ts');
  });
});

describe('progress journal', () => {
  it('should keep every entry appended concurrently and ignore a torn last line', async () => {
    const file = path.join(root, 'journal.jsonl');
    const journal = await openJournal(file, 'v1');
    await Promise.all(Array.from({ length: 50 }, (_, i) => journal.append(entry(`f${i}.txt`))));
    await journal.append({ ...entry('f3.txt'), status: 'failed' });
    await journal.close();
    await writeFile(file, `${await readFile(file, 'utf8')}{"v":"v1","entry":{"path":"torn`);

    const read = await readJournal(file, 'v1');
    expect(read.size).toBe(50);
    expect(read.get('f49.txt')).toEqual(entry('f49.txt'));
    expect(read.get('f3.txt')?.status).toBe('failed');
    expect((await readJournal(file, 'v2')).size).toBe(0);
    expect((await readJournal(path.join(root, 'none.jsonl'), 'v1')).size).toBe(0);
  });
});
