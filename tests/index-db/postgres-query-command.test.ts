import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerQueryCommand } from '../../src/cli/commands/query.js';
import { indexOutputFolder } from '../../src/index-db/index.js';
import { createTestSchema, postgresUrl, type TestSchema } from './postgres-test-schema.js';
import { projectRoot, runSampleCorpus } from './sample-corpus.js';

let schema: TestSchema | undefined;
let sqliteDb = '';
let documents = 0;

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
  const program = new Command('kazlex').exitOverride();
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

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe.skipIf(!postgresUrl)('kazlex query --db postgres://…', () => {
  beforeAll(async () => {
    const run = await runSampleCorpus();
    schema = await createTestSchema('query');
    documents = run.records.length;
    const first = await indexOutputFolder({ outDir: run.outDir, dbPath: schema.url, batchSize: 3 });
    expect(first).toEqual({ indexed: documents, unchanged: 0, failed: 0, removed: 0 });
    await indexOutputFolder({ outDir: run.outDir });
    sqliteDb = `${run.outDir}/kazlex.db`;
  });

  afterAll(async () => {
    await schema?.drop();
  });

  it('should leave unchanged documents alone when the folder is indexed again', async () => {
    if (!schema) throw new Error('no schema');
    const outDir = sqliteDb.replace(/\/kazlex\.db$/, '');
    expect(await indexOutputFolder({ outDir, dbPath: schema.url })).toEqual({
      indexed: 0,
      unchanged: documents,
      failed: 0,
      removed: 0,
    });
  });

  it('should print the same JSON as the SQLite index for every question', async () => {
    const url = schema?.url ?? '';
    const questions = [
      ['--cites', '148-II', '--article', '39-3'],
      ['--cites', 'constitution-1995'],
      ['--top', '5', '--level', 'article'],
      ['--top', '3'],
      ['--by-year', '--act', 'law-148-ii'],
      ['--unresolved', '--limit', '5'],
      ['--no-citations'],
      ['--sql', 'SELECT path, lang FROM documents ORDER BY path'],
    ];
    for (const question of questions) {
      const fromPostgres = await query(['--db', url, ...question, '--json']);
      const fromSqlite = await query(['--db', sqliteDb, ...question, '--json']);
      expect(fromPostgres.code, question.join(' ')).toBe(0);
      expect(fromPostgres.stdout, question.join(' ')).toBe(fromSqlite.stdout);
    }
    const cited = JSON.parse((await query(['--db', url, '--cites', '148-II', '--json'])).stdout);
    expect(cited.length).toBeGreaterThan(1);
  });

  it('should print the same table, Kazakh intact', async () => {
    const sql = "SELECT term, lang FROM definitions WHERE lang = 'kk' ORDER BY term";
    const table = await query(['--db', schema?.url ?? '', '--sql', sql]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('жергілікті қоғамдастық');
    expect(table.stdout).toBe((await query(['--db', sqliteDb, '--sql', sql])).stdout);
  });

  it('should refuse a write with exit code 2 and leave the index unchanged', async () => {
    const url = schema?.url ?? '';
    const count = async () =>
      JSON.parse(
        (await query(['--db', url, '--sql', 'SELECT COUNT(*) AS n FROM citations', '--json']))
          .stdout,
      )[0].n;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    for (const sql of ['DELETE FROM citations', 'WITH x AS (SELECT 1) DELETE FROM citations']) {
      const result = await query(['--db', url, '--sql', sql]);
      expect(result.code, sql).toBe(2);
      expect(result.stderr).toMatch(/Expected a (single|read-only) SELECT or WITH statement/);
      expect(result.stdout).toBe('');
    }
    expect(await count()).toBe(before);
  });

  it('should exit 1 with a hint when the database holds no index, and hide the password', async () => {
    const empty = await createTestSchema('noindex');
    try {
      const result = await query(['--db', empty.url, '--top', '3']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/no index at postgres:.*: run `kazlex run` first/);
      expect(result.stderr).not.toMatch(/:kazlex@/);
    } finally {
      await empty.drop();
    }
  });

  it('should answer in a process of its own, and exit once done', () => {
    const loader = pathToFileURL(path.join(projectRoot, 'node_modules/tsx/dist/loader.mjs')).href;
    const fixture = path.join(projectRoot, 'tests/index-db/fixtures/query-bin.ts');
    const args = ['--db', schema?.url ?? '', '--top', '1', '--level', 'article', '--json'];
    const result = spawnSync(process.execPath, ['--import', loader, fixture, 'query', ...args], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
      timeout: 30_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)[0]).toMatchObject({ act: 'law-148-ii', article: '39-3' });
  });
});
