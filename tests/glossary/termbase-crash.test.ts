import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openTermBase } from '../../src/glossary/termbase/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
const storeUrl = pathToFileURL(join(root, 'src/glossary/termbase/index.ts')).href;

/** The child: one edit per loop turn, then "committed <n>" once the call returned. */
const writerSource = `
import { writeSync } from 'node:fs';
import { openTermBase } from ${JSON.stringify(storeUrl)};
const tb = openTermBase(process.argv[2]);
const round = process.argv[3];
writeSync(1, 'ready\\n');
for (let i = 0; ; i++) {
  const c = tb.addConcept({ id: 'c-' + round + '-' + i, terms: [
    { lang: 'kk', text: 'мәслихат ' + round + '-' + i, sources: [{ document: 'doc', start: i, end: i + 8 }] },
    { lang: 'ru', text: 'маслихат ' + round + '-' + i } ] }, 'writer');
  tb.approve(c.terms[0].id, 'reviewer');
  writeSync(1, 'committed ' + round + '-' + i + '\\n');
}
`;

let dir: string | undefined;
afterEach(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

/** Runs the writer until it has reported `atLeast` edits, then SIGKILLs it; returns the reported ids. */
async function writeAndKill(dbPath: string, script: string, round: number, atLeast: number) {
  const child = spawn(process.execPath, ['--import', tsxLoader, script, dbPath, String(round)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`writer too slow: ${stderr}`)), 45_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // The writer is mid-transaction most of the time (fsync), so this lands mid-write.
      if ((stdout.match(/committed/g) ?? []).length >= atLeast) {
        clearTimeout(timer);
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  expect(await exited, stderr).toBe('SIGKILL');
  return stdout
    .split('\n')
    .filter((line) => /^committed \d+-\d+$/.test(line))
    .map((line) => line.slice('committed '.length));
}

describe('the glossary never loses an edit', () => {
  it('should keep every edit a writer reported before it was killed with SIGKILL', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kazlex-crash-'));
    const script = join(dir, 'writer.mts');
    const dbPath = join(dir, 'glossary.db');
    writeFileSync(script, writerSource);
    const committed: string[] = [];
    for (let round = 0; round < 3; round++) {
      const reported = await writeAndKill(dbPath, script, round, 60);
      expect(reported.length).toBeGreaterThanOrEqual(60);
      committed.push(...reported);

      const raw = new Database(dbPath);
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      raw.close();

      const tb = openTermBase(dbPath);
      for (const key of committed) {
        const concept = tb.getConcept(`c-${key}`);
        expect(concept?.terms.map((t) => t.text)).toEqual([`мәслихат ${key}`, `маслихат ${key}`]);
        expect(concept?.terms[0]?.workflowStatus).toBe('approved');
        expect(tb.history(`c-${key}`).map((h) => h.action)).toEqual(['add-concept', 'approve']);
      }
      // An edit in flight is wholly there or wholly absent: never a concept without its terms.
      const all = tb.listConcepts();
      for (const concept of all) expect(concept.terms).toHaveLength(2);
      expect(all.length - committed.length).toBeLessThanOrEqual(round + 1);
      tb.close();
    }
  });
});
