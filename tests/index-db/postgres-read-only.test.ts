import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KazlexError } from '../../src/errors.js';
import { type IndexBackend, openIndexBackend } from '../../src/index-db/backend.js';
import { createTestSchema, postgresUrl, type TestSchema } from './postgres-test-schema.js';
import { runSampleCorpus } from './sample-corpus.js';

let schema: TestSchema | undefined;
let writable: IndexBackend;
let readonly: IndexBackend;

/** A digest of every row and of the table list, to show that nothing changed. */
async function dump(index: IndexBackend): Promise<string> {
  const tables = ['documents', 'units', 'citations', 'definitions', 'terms', 'kazlex_schema'];
  const rows = await Promise.all(
    tables.map(async (table) =>
      JSON.stringify(await index.sql(`SELECT * FROM ${table} ORDER BY 1`)),
    ),
  );
  const catalog = await index.sql(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() ORDER BY 1`,
  );
  return createHash('sha256')
    .update(rows.join('\n') + JSON.stringify(catalog))
    .digest('hex');
}

async function refusal(index: IndexBackend, sql: string): Promise<KazlexError> {
  try {
    await index.sql(sql);
  } catch (error) {
    if (error instanceof KazlexError) return error;
    throw error;
  }
  throw new Error(`accepted: ${sql}`);
}

/** Refused by the guard before they reach the server. */
const NOT_A_SELECT = [
  "INSERT INTO documents (id, path, status) VALUES ('x', 'x', 'ok')",
  'DROP TABLE citations',
  'DELETE FROM citations',
  'UPDATE documents SET lang = NULL',
  'TRUNCATE citations',
  'SET default_transaction_read_only = off',
  'COMMIT',
  '/* SELECT */ VACUUM',
  '',
];

/** Start like a query; the server refuses them as several statements or as writes. */
const LOOKS_LIKE_A_SELECT = [
  'SELECT 1; DROP TABLE citations',
  'SELECT 1; SELECT 2',
  'SELECT 1; COMMIT; DROP TABLE citations',
  'WITH gone AS (SELECT 1) DELETE FROM documents',
  'WITH gone AS (DELETE FROM citations RETURNING 1) SELECT COUNT(*) FROM gone',
  'SELECT * INTO copied FROM documents',
  'SELECT * FROM documents FOR UPDATE',
  "SELECT nextval(pg_get_serial_sequence('units', 'id'))",
];

describe.skipIf(!postgresUrl)('sql on the PostgreSQL index', () => {
  beforeAll(async () => {
    const { records } = await runSampleCorpus();
    schema = await createTestSchema('sql');
    writable = await openIndexBackend(schema.url);
    for (const record of records) await writable.indexDocument(record);
    readonly = await openIndexBackend(schema.url, { readonly: true });
  });

  afterAll(async () => {
    await readonly?.close();
    await writable?.close();
    await schema?.drop();
  });

  it('should answer a SELECT and a commented WITH query with a trailing semicolon', async () => {
    const [count] = await readonly.sql('SELECT COUNT(*) AS n FROM documents');
    expect(count?.n).toBeGreaterThan(0);
    const rows = await readonly.sql(
      '-- how many per language\nWITH l AS (SELECT lang FROM documents) SELECT lang, COUNT(*) AS n FROM l GROUP BY lang ORDER BY lang;',
    );
    expect(rows.map((row) => row.lang)).toEqual(['kk', 'ru']);
  });

  it.each([...NOT_A_SELECT, ...LOOKS_LIKE_A_SELECT])(
    'should refuse %j with a usage error and leave the index unchanged',
    async (sql) => {
      const before = await dump(readonly);
      for (const index of [readonly, writable]) {
        const error = await refusal(index, sql);
        expect(error.code).toBe('KZL_USAGE');
        expect(error.message).toMatch(/^Expected/);
      }
      expect(await dump(readonly)).toBe(before);
    },
  );

  it('should say which rule a refused statement broke', async () => {
    expect((await refusal(writable, 'SELECT 1; SELECT 2')).message).toMatch(/not several/);
    expect(
      (await refusal(writable, 'WITH gone AS (SELECT 1) DELETE FROM documents')).message,
    ).toMatch(/would change the index/);
    expect((await refusal(writable, 'DROP TABLE citations')).message).toMatch(/not `DROP TABLE`/);
  });

  it("should report a bad query as a usage error with PostgreSQL's reason, and carry on", async () => {
    const error = await refusal(readonly, 'SELECT nope FROM documents');
    expect(error.message).toMatch(/^SQL error: .*nope/);
    expect(await readonly.sql('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('should give values as SQLite does: numbers, 1/0 and text', async () => {
    expect(
      await readonly.sql(
        "SELECT COUNT(*) AS n, 1 = 1 AS yes, 2.5::numeric AS half, DATE '2026-01-02' AS day, ARRAY[1, 2] AS list, 'әғқңөұүһі' AS kk FROM documents LIMIT 1",
      ),
    ).toEqual([
      {
        n: expect.any(Number),
        yes: 1,
        half: 2.5,
        day: '2026-01-02',
        list: '[1,2]',
        kk: 'әғқңөұүһі',
      },
    ]);
  });

  it('should refuse writes on an index opened read-only', async () => {
    await expect(readonly.removeDocument('corpus/kk/ulgi-erezhe.md')).rejects.toThrow(/read-only/);
    await expect(readonly.indexDocuments([])).rejects.toThrow(/read-only/);
  });

  it('should tell the user to run kazlex first when the schema holds no index', async () => {
    const empty = await createTestSchema('empty');
    try {
      const opened = openIndexBackend(empty.url, { readonly: true });
      await expect(opened).rejects.toThrow(/no index at postgres:.*run `kazlex run` first/);
      await expect(opened).rejects.toMatchObject({ code: 'KZL_INGEST_NOT_FOUND' });
      await expect(opened).rejects.not.toThrow(/:kazlex@/);
    } finally {
      await empty.drop();
    }
  });
});

describe.skipIf(!postgresUrl)('the PostgreSQL schema version', () => {
  it('should refuse an index written by a newer kazlex, for reading and for writing', async () => {
    const newer = await createTestSchema('newer');
    try {
      await (await openIndexBackend(newer.url)).close();
      const client = new pg.Client({ connectionString: newer.url });
      await client.connect();
      await client.query('UPDATE kazlex_schema SET version = 99');
      await client.end();
      for (const readonly of [false, true]) {
        await expect(openIndexBackend(newer.url, { readonly })).rejects.toMatchObject({
          code: 'KZL_VALIDATION',
          message: expect.stringMatching(/version 99, newer than this kazlex/),
        });
      }
    } finally {
      await newer.drop();
    }
  });
});

describe('opening an unreachable PostgreSQL index', () => {
  it('should fail with the URL, its password hidden', async () => {
    const opened = openIndexBackend('postgres://kazlex:secret-word@127.0.0.1:1/kazlex_test', {
      readonly: true,
    });
    await expect(opened).rejects.toThrow(/cannot reach the index at postgres:\/\/kazlex:\*\*\*@/);
    await expect(opened).rejects.not.toThrow(/secret-word/);
  });
});
