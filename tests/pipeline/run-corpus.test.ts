import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { rulesFingerprint } from '../../src/pipeline/rules-fingerprint.js';
import { runCorpus } from '../../src/pipeline/run-corpus.js';
import type { CorpusSummary, DocumentRecord } from '../../src/pipeline/types.js';

let root = '';
let corpus = '';
let out = '';

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'kazlex-run-'));
  corpus = path.join(root, 'corpus');
  out = path.join(root, 'output');
  await mkdir(corpus);
  await writeFile(
    path.join(corpus, 'kk.txt'),
    'Мәслихат сессиясы депутаттардың жалпы санының кемінде үштен екісі қатысқан кезде заңды болып табылады.\n',
  );
  await writeFile(
    path.join(corpus, 'ru.txt'),
    'Маслихат избирается населением области, города республиканского значения и столицы.\n',
  );
});

async function readSummary(): Promise<CorpusSummary> {
  return JSON.parse(await readFile(path.join(out, 'corpus.json'), 'utf8')) as CorpusSummary;
}

describe('runCorpus', () => {
  it('should write one document per file and a corpus summary', async () => {
    const { summary } = await runCorpus({ inputs: [corpus], outDir: out, cwd: root });
    expect(summary.totals).toMatchObject({ files: 2, ok: 2, failed: 0 });
    const onDisk = await readSummary();
    expect(onDisk.files.map((f) => f.path)).toEqual(['corpus/kk.txt', 'corpus/ru.txt']);
    const kk = onDisk.files[0]!;
    expect(kk.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(kk.languages)[0]).toBe('kk');
    const doc = JSON.parse(
      await readFile(path.join(out, 'docs', `${kk.id}.json`), 'utf8'),
    ) as DocumentRecord;
    expect(doc.text).toContain('Мәслихат сессиясы');
    for (const paragraph of doc.paragraphs) {
      expect(paragraph.source.end).toBeGreaterThan(paragraph.source.start);
    }
  });

  it('should report bad files with a reason and still finish the rest', async () => {
    await writeFile(path.join(corpus, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]));
    await writeFile(path.join(corpus, 'empty.txt'), '');
    await symlink(path.join(corpus, 'nowhere'), path.join(corpus, 'dangling.txt'));
    const { summary } = await runCorpus({
      inputs: [corpus, path.join(corpus, 'missing.txt')],
      outDir: out,
      cwd: root,
    });
    const byPath = new Map(summary.files.map((f) => [f.path, f]));
    expect(summary.totals.ok).toBe(2);
    for (const name of ['binary.txt', 'empty.txt', 'missing.txt', 'dangling.txt']) {
      const entry = byPath.get(`corpus/${name}`);
      expect(entry?.status, name).toBe('failed');
      expect(entry?.reason, name).toBeTruthy();
      expect(entry?.code, name).toMatch(/^KZL_|^E/);
    }
    const written = await readdir(path.join(out, 'docs'));
    expect(written).toHaveLength(2);
    expect(written.some((name) => name.includes('tmp'))).toBe(false);
  });

  it('should report a file that vanishes mid-run and finish the others', async () => {
    const vanishing = path.join(corpus, 'vanishing.txt');
    await writeFile(vanishing, 'Бұл файл жоғалады.');
    const { summary } = await runCorpus({
      inputs: [corpus],
      outDir: out,
      cwd: root,
      onStart: () => {
        void rm(vanishing);
      },
      concurrency: 1,
    });
    const entry = summary.files.find((f) => f.path === 'corpus/vanishing.txt');
    expect(entry?.status).toBe('failed');
    expect(summary.totals.ok).toBe(2);
  });

  it('should skip unchanged files on a re-run, redo changed ones, and redo all with force', async () => {
    await runCorpus({ inputs: [corpus], outDir: out, cwd: root });
    const again = await runCorpus({ inputs: [corpus], outDir: out, cwd: root });
    expect(again.summary.totals.skipped).toBe(2);

    await writeFile(path.join(corpus, 'ru.txt'), 'Аким назначается на должность.\n');
    const changed = await runCorpus({ inputs: [corpus], outDir: out, cwd: root });
    expect(changed.summary.totals.skipped).toBe(1);

    const forced = await runCorpus({ inputs: [corpus], outDir: out, cwd: root, force: true });
    expect(forced.summary.totals.skipped).toBe(0);
  });

  it('should redo every file when the last run was made by another kazlex version', async () => {
    await runCorpus({ inputs: [corpus], outDir: out, cwd: root });
    const corpusFile = path.join(out, 'corpus.json');
    const summary = JSON.parse(await readFile(corpusFile, 'utf8')) as CorpusSummary;
    // Documents written by another version may lack members this one writes (such as `glossary`).
    await writeFile(corpusFile, JSON.stringify({ ...summary, version: '0.0.1' }));
    const again = await runCorpus({ inputs: [corpus], outDir: out, cwd: root });
    expect(again.summary.totals.skipped).toBe(0);
    expect(again.summary.totals.ok).toBe(summary.totals.ok);
  });

  it('should redo every file when the rules in data/ have changed since the last run', async () => {
    await runCorpus({ inputs: [corpus], outDir: out, cwd: root });
    const corpusFile = path.join(out, 'corpus.json');
    const summary = JSON.parse(await readFile(corpusFile, 'utf8')) as CorpusSummary;
    expect(summary.rules).toBe(rulesFingerprint());
    // The same kazlex, but another acts registry or lexicon: citations may resolve differently.
    await writeFile(corpusFile, JSON.stringify({ ...summary, rules: 'another-registry' }));
    const again = await runCorpus({ inputs: [corpus], outDir: out, cwd: root });
    expect(again.summary.totals.skipped).toBe(0);
    expect(again.summary.totals.ok).toBe(summary.totals.ok);
  });
});
