import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerReportCommand } from '../../src/cli/commands/report.js';
import { writeReport } from '../../src/report/index.js';
import { sourceBlock, textsOfClass, unbalancedTags } from './markup-check.js';
import {
  citationsOfDoc,
  markedCitationTexts,
  runSampleCorpus,
  type SampleRun,
} from './sample-run.js';

describe('writeReport on the sample corpus', () => {
  let run: SampleRun;
  beforeAll(async () => {
    run = await runSampleCorpus();
  });
  afterAll(async () => {
    await rm(run.dir, { recursive: true, force: true });
  });

  it('should write index.html and one highlighted page per processed file, leaving no temporary files', async () => {
    const result = await writeReport('output', { cwd: run.dir });
    const reportDir = path.join(run.out, 'report');
    expect(result.index).toBe(path.join(reportDir, 'index.html'));
    expect(result.stale).toEqual([]);
    const ok = run.summary.files.filter((f) => f.status === 'ok');
    const docPages = await readdir(path.join(reportDir, 'docs'));
    expect(docPages.sort()).toEqual(ok.map((f) => `${f.id}.html`).sort());
    expect((await readdir(reportDir)).filter((name) => name.startsWith('.kazlex-tmp'))).toEqual([]);
    let highlighted = 0;
    for (const entry of ok) {
      const html = await readFile(path.join(reportDir, 'docs', `${entry.id}.html`), 'utf8');
      expect(unbalancedTags(html, { html: true }), entry.path).toEqual([]);
      const expected = markedCitationTexts(await citationsOfDoc(run.out, entry.id));
      expect(textsOfClass(sourceBlock(html), 'citation'), entry.path).toEqual(expected);
      highlighted += expected.length;
    }
    expect(highlighted).toBeGreaterThan(10);
    const index = await readFile(result.index, 'utf8');
    expect(index).toContain('corpus/kk/ulgi-erezhe.md');
  });

  it('should show a changed or vanished source without highlights, and drop pages of removed documents', async () => {
    const changed = run.summary.files.find((f) => f.path === 'corpus/ru/tipovoe-polozhenie.md');
    const vanished = run.summary.files.find((f) => f.path === 'corpus/kk/ulgi-erezhe.md');
    if (!changed || !vanished) throw new Error('sample corpus changed');
    const changedFile = path.join(run.dir, changed.path);
    await writeFile(changedFile, `Edited.\n${await readFile(changedFile, 'utf8')}`);
    await rm(path.join(run.dir, vanished.path));
    const leftover = path.join(run.out, 'report', 'docs', 'old-document.html');
    await writeFile(leftover, 'stale');

    const result = await writeReport(path.join(run.dir, 'output'), { cwd: run.dir });
    expect(result.stale.sort()).toEqual([changed.path, vanished.path].sort());
    const changedPage = await readFile(
      path.join(run.out, 'report', 'docs', `${changed.id}.html`),
      'utf8',
    );
    expect(changedPage).toContain('The source file changed since the run.');
    expect(textsOfClass(sourceBlock(changedPage), 'citation')).toEqual([]);
    const vanishedPage = await readFile(
      path.join(run.out, 'report', 'docs', `${vanished.id}.html`),
      'utf8',
    );
    expect(vanishedPage).toContain('The source file cannot be read');
    // The normalized text is still there, Kazakh letters intact.
    expect(sourceBlock(vanishedPage)).toMatch(/[әғқңөұүһі]/u);
    await expect(readFile(leftover, 'utf8')).rejects.toThrow();
  });

  it('should run as `kazlex report --out DIR` and fail with a hint when there is no run', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const program = new Command().exitOverride();
      registerReportCommand(program);
      process.exitCode = undefined;
      await program.parseAsync(['report', '--out', run.out, '--quiet'], { from: 'user' });
      expect(process.exitCode).toBe(0);
      const missing = new Command().exitOverride();
      registerReportCommand(missing);
      await missing.parseAsync(['report', '--out', path.join(run.dir, 'nothing')], {
        from: 'user',
      });
      expect(process.exitCode).toBe(1);
      expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toContain(
        'run `kazlex run` first',
      );
    } finally {
      process.exitCode = undefined;
      stderr.mockRestore();
    }
  });
});
