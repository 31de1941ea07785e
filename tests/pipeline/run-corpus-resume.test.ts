import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOURNAL_NAME, readJournal } from '../../src/pipeline/progress-journal.js';
import { resultsVersion } from '../../src/pipeline/rules-fingerprint.js';
import { runCorpus } from '../../src/pipeline/run-corpus.js';
import type { CorpusEntry, CorpusSummary } from '../../src/pipeline/types.js';

const FILES = 40;
const runCorpusUrl = pathToFileURL(path.resolve('src/pipeline/run-corpus.ts')).href;
const tsxLoader = pathToFileURL(
  path.join(
    path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
    'dist/loader.mjs',
  ),
).href;

let root = '';
let corpus = '';

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'kazlex-resume-'));
  corpus = path.join(root, 'corpus');
  await mkdir(corpus);
  for (let i = 0; i < FILES; i++) {
    await writeFile(path.join(corpus, `act-${String(i).padStart(2, '0')}.txt`), actText(i));
  }
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Small acts in both languages, each different, most with a citation. */
function actText(i: number): string {
  return i % 2 === 0
    ? `№ ${i + 1} шешім\n\n1-бап. Мәслихат сессиясы депутаттардың жалпы санының кемінде үштен екісі қатысқан кезде заңды болып табылады.\n\nҚазақстан Республикасы Конституциясының ${i + 1}-бабына сәйкес өңірлік кеңес ${i} рет жиналады.\n`
    : `Решение № ${i + 1}\n\nСтатья 1. Маслихат избирается населением области, города республиканского значения и столицы.\n\nВ соответствии со статьей ${i} Конституции Республики Казахстан совет собирается ${i} раз.\n`;
}

/** A corpus run in its own process that slows itself after each file, so it can be killed halfway. */
async function killedRun(out: string, killAfter: number): Promise<void> {
  const script = path.join(root, 'child.mts');
  await writeFile(
    script,
    `import { runCorpus } from ${JSON.stringify(runCorpusUrl)};
const [corpus, out] = process.argv.slice(2);
await runCorpus({
  inputs: [corpus], outDir: out, workers: 2, concurrency: 2,
  onFile: () => {
    process.stdout.write('done\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150);
  },
});
process.stdout.write('finished\\n');
`,
  );
  const child = spawn(process.execPath, ['--import', tsxLoader, script, corpus, out], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let done = 0;
  let finished = false;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    done += chunk.split('\n').filter((line) => line === 'done').length;
    if (chunk.includes('finished')) finished = true;
    if (done >= killAfter) child.kill('SIGKILL');
  });
  const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, exitSignal) => resolve(exitSignal)),
  );
  expect(signal).toBe('SIGKILL');
  expect(finished).toBe(false);
}

function comparable(summary: CorpusSummary): CorpusEntry[] {
  return summary.files;
}

describe('runCorpus after a crash', () => {
  it('should resume a killed run without redoing the files it had finished', async () => {
    const crashedOut = path.join(root, 'crashed');
    await killedRun(crashedOut, 10);

    const journalled = await readJournal(path.join(crashedOut, JOURNAL_NAME), resultsVersion());
    expect(journalled.size).toBeGreaterThanOrEqual(10);
    expect(journalled.size).toBeLessThan(FILES);
    await expect(readFile(path.join(crashedOut, 'corpus.json'))).rejects.toThrow();
    // The killed run was writing its citation tables: their temporary files are left behind.
    const leftBehind = (await readdir(crashedOut)).filter((name) =>
      name.startsWith('.kazlex-tmp-'),
    );
    expect(leftBehind.length).toBeGreaterThan(0);

    let processed = 0;
    let skipped = 0;
    const resumed = await runCorpus({
      inputs: [corpus],
      outDir: crashedOut,
      cwd: root,
      workers: 1,
      onFile: (_entry, wasSkipped) => {
        if (wasSkipped) skipped++;
        else processed++;
      },
    });
    expect(skipped).toBe(journalled.size);
    expect(processed).toBe(FILES - journalled.size);
    expect(resumed.summary.totals).toMatchObject({ files: FILES, ok: FILES, failed: 0 });
    for (const entry of resumed.summary.files) {
      if (journalled.has(entry.path)) expect(entry).toEqual(journalled.get(entry.path));
    }

    const clean = await runCorpus({
      inputs: [corpus],
      outDir: path.join(root, 'clean'),
      cwd: root,
      workers: 1,
    });
    expect(comparable(resumed.summary)).toEqual(comparable(clean.summary));
    expect(await readFile(path.join(crashedOut, 'citations.jsonl'), 'utf8')).toBe(
      await readFile(path.join(root, 'clean', 'citations.jsonl'), 'utf8'),
    );
    const docs = await readdir(path.join(crashedOut, 'docs'));
    expect(docs).toHaveLength(FILES);
    expect(docs.some((name) => name.startsWith('.kazlex-tmp-'))).toBe(false);
    expect((await readdir(crashedOut)).some((name) => name.startsWith('.kazlex-tmp-'))).toBe(false);
    // A finished run leaves its results in corpus.json, not in the journal.
    await expect(readFile(path.join(crashedOut, JOURNAL_NAME))).rejects.toThrow();
  }, 60_000);

  it('should redo a journalled file whose content changed before the rerun', async () => {
    const out = path.join(root, 'output');
    await killedRun(out, 5);
    const journalled = await readJournal(path.join(out, JOURNAL_NAME), resultsVersion());
    const [changedPath] = [...journalled.keys()];
    expect(changedPath).toBeDefined();
    await writeFile(path.join(root, changedPath ?? ''), 'Аким назначается на должность.\n');

    const redone: string[] = [];
    const resumed = await runCorpus({
      inputs: [corpus],
      outDir: out,
      cwd: root,
      workers: 1,
      onFile: (entry, wasSkipped) => {
        if (!wasSkipped) redone.push(entry.path);
      },
    });
    expect(redone).toContain(changedPath);
    expect(resumed.summary.totals.skipped).toBe(journalled.size - 1);
    const entry = resumed.summary.files.find((f) => f.path === changedPath);
    expect(entry?.sha256).not.toBe(journalled.get(changedPath ?? '')?.sha256);
  }, 60_000);
});
