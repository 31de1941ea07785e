import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerQueryCommand } from '../../src/cli/commands/query.js';
import { openIndex } from '../../src/index-db/index.js';
import type { DocumentRecord } from '../../src/pipeline/types.js';
import { citationsOf, projectRoot, runSampleCorpus } from './sample-corpus.js';

let root = '';
let db = '';
let records: DocumentRecord[] = [];

beforeAll(async () => {
  const run = await runSampleCorpus();
  root = run.root;
  records = run.records;
  db = path.join(run.outDir, 'kazlex.db');
  const index = openIndex(db);
  for (const record of records) index.indexDocument(record);
  index.close();
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

/** Runs `kazlex query …` in this process on a fresh program; returns what it printed and its exit code. */
async function query(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const program = new Command('kazlex').exitOverride().configureOutput({
    writeErr: (text) => {
      stderr += text;
    },
  });
  registerQueryCommand(program);
  let code: number;
  try {
    await program.parseAsync(['query', ...args], { from: 'user' });
    code = typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch {
    code = 2;
  } finally {
    vi.restoreAllMocks();
  }
  return { code, stdout, stderr };
}

function citingLaw39(): string[] {
  return records
    .filter((record) =>
      citationsOf(record).some(
        (c) => c.act?.id === 'law-148-ii' && c.pins.some((pin) => pin.article === '39-3'),
      ),
    )
    .map((record) => record.path)
    .sort();
}

describe('kazlex query (in process)', () => {
  it('should print the documents citing an article as JSON', async () => {
    const result = await query(['--db', db, '--cites', '148-II', '--article', '39-3', '--json']);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as { path: string }[];
    expect(rows.map((row) => row.path)).toEqual(citingLaw39());
  });

  it('should print an aligned table whose header matches the rows', async () => {
    const result = await query([
      '--db',
      db,
      '--sql',
      'SELECT term, lang FROM definitions ORDER BY term',
    ]);
    expect(result.code).toBe(0);
    const [header, , ...lines] = result.stdout.trimEnd().split('\n');
    const langColumn = [...(header ?? '')].join('').indexOf('lang');
    expect(langColumn).toBeGreaterThan(0);
    for (const line of lines)
      expect([...line].slice(langColumn, langColumn + 2).join('')).toMatch(/^(kk|ru)$/);
    expect(result.stdout).toContain('мәслихат');
  });

  it('should answer --top, --by-year, --unresolved and --no-citations', async () => {
    const top = JSON.parse(
      (await query(['--db', db, '--top', '1', '--level', 'article', '--json'])).stdout,
    );
    expect(top).toHaveLength(1);
    expect(top[0]).toMatchObject({ act: 'law-148-ii', article: '39-3' });
    const years = JSON.parse(
      (await query(['--db', db, '--by-year', '--act', 'law-148-ii', '--json'])).stdout,
    );
    const lawCitations = records
      .flatMap(citationsOf)
      .filter((c) => c.act?.id === 'law-148-ii').length;
    expect(years.reduce((sum: number, row: { citations: number }) => sum + row.citations, 0)).toBe(
      lawCitations,
    );
    const unresolved = JSON.parse(
      (await query(['--db', db, '--unresolved', '--limit', '5', '--json'])).stdout,
    );
    expect(unresolved.length).toBe(records.flatMap(citationsOf).filter((c) => !c.resolved).length);
    const none = await query(['--db', db, '--no-citations', '--json']);
    expect(JSON.parse(none.stdout)).toEqual([]);
  });

  it('should refuse a write with exit code 2 and leave the index unchanged', async () => {
    const before = readFileSync(db);
    const result = await query(['--db', db, '--sql', 'DELETE FROM citations']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Expected a single SELECT or WITH statement/);
    expect(result.stdout).toBe('');
    expect(readFileSync(db).equals(before)).toBe(true);
    const count = await query([
      '--db',
      db,
      '--sql',
      'SELECT COUNT(*) AS n FROM citations',
      '--json',
    ]);
    expect(JSON.parse(count.stdout)[0].n).toBeGreaterThan(0);
  });

  it('should exit 2 without exactly one question, or with a modifier out of place', async () => {
    expect((await query(['--db', db])).code).toBe(2);
    expect((await query(['--db', db, '--top', '3', '--unresolved'])).code).toBe(2);
    const misplaced = await query(['--db', db, '--top', '3', '--article', '5']);
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toMatch(/--article\/--paragraph only with --cites/);
    expect((await query(['--db', db, '--top', '0'])).code).toBe(2);
  });

  it('should tell the user to run kazlex first when there is no index, exit 1', async () => {
    const missing = path.join(await mkdtemp(path.join(tmpdir(), 'kazlex-q-')), 'kazlex.db');
    const result = await query(['--db', missing, '--top', '3']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no index at .*kazlex\.db: run `kazlex run` first/);
  });
});

const tsxLoader = pathToFileURL(path.join(projectRoot, 'node_modules/tsx/dist/loader.mjs')).href;

function spawnQuery(entry: string, args: string[]) {
  const result = spawnSync(process.execPath, ['--import', tsxLoader, entry, 'query', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fixture = path.join(projectRoot, 'tests/index-db/fixtures/query-bin.ts');
const bin = path.join(projectRoot, 'src/cli/bin.ts');
const wired = readFileSync(path.join(projectRoot, 'src/cli/main.ts'), 'utf8').includes(
  'registerQueryCommand',
);

describe('kazlex query (spawned)', () => {
  it('should read output/kazlex.db by default and print Kazakh intact', () => {
    const result = spawnQuery(fixture, [
      '--sql',
      "SELECT term FROM definitions WHERE lang = 'kk' ORDER BY term",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('жергілікті қоғамдастық');
  });

  it('should exit 2 on a write and 1 on a missing index', () => {
    expect(spawnQuery(fixture, ['--sql', 'DROP TABLE citations']).code).toBe(2);
    const missing = spawnQuery(fixture, ['--db', 'nowhere/kazlex.db', '--top', '1']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('run `kazlex run` first');
  });
});

describe.skipIf(!wired)('kazlex query through bin.ts', () => {
  it('should answer who cites Law 148-II art. 39-3', () => {
    const result = spawnQuery(bin, ['--cites', 'law-148-ii', '--article', '39-3', '--json']);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { path: string }[]).map((row) => row.path)).toEqual(
      citingLaw39(),
    );
  });
});
