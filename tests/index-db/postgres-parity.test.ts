import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendKindOf, type IndexBackend, openIndexBackend } from '../../src/index-db/backend.js';
import { MIGRATIONS, type Row } from '../../src/index-db/index.js';
import { POSTGRES_MIGRATIONS } from '../../src/index-db/postgres/schema.js';
import type { DocumentRecord } from '../../src/pipeline/types.js';
import { createTestSchema, postgresUrl, type TestSchema } from './postgres-test-schema.js';
import { citationsOf, runSampleCorpus, withoutCitations } from './sample-corpus.js';

/** `CREATE TABLE x` and `CREATE INDEX y` names in a migration, in order. */
function createdNames(sql: string): string[] {
  return [...sql.matchAll(/CREATE (TABLE|INDEX) (\w+)/g)].map(
    ([, what, name]) => `${what} ${name}`,
  );
}

describe('the PostgreSQL migrations', () => {
  it('should follow the SQLite migrations step for step, creating the same tables and indexes', () => {
    expect(POSTGRES_MIGRATIONS).toHaveLength(MIGRATIONS.length);
    MIGRATIONS.forEach((sqlite, step) => {
      const names = createdNames(sqlite);
      expect(names.length).toBeGreaterThan(5);
      expect(createdNames(POSTGRES_MIGRATIONS[step] ?? '')).toEqual(names);
    });
  });

  it('should tell PostgreSQL URLs from file paths', () => {
    expect(backendKindOf('postgres://u:p@127.0.0.1:5432/db')).toBe('postgres');
    expect(backendKindOf('POSTGRESQL://127.0.0.1/db')).toBe('postgres');
    expect(backendKindOf('output/kazlex.db')).toBe('sqlite');
    expect(backendKindOf('output/postgres://x')).toBe('sqlite');
  });
});

let records: DocumentRecord[] = [];
let sqlite: IndexBackend;
let postgres: IndexBackend;
let schema: TestSchema | undefined;

describe.skipIf(!postgresUrl)('the PostgreSQL index against the SQLite index', () => {
  beforeAll(async () => {
    const run = await runSampleCorpus();
    const first = run.records[0];
    if (!first) throw new Error('the sample corpus gave no documents');
    records = [...run.records, withoutCitations(first, 'bez-ssylok')];
    schema = await createTestSchema('parity');
    sqlite = await openIndexBackend(
      path.join(await mkdtemp(path.join(tmpdir(), 'kazlex-parity-')), 'kazlex.db'),
    );
    postgres = await openIndexBackend(schema.url);
    for (const record of records) {
      await sqlite.indexDocument(record);
      await postgres.indexDocument(record);
    }
  });

  afterAll(async () => {
    await sqlite?.close();
    await postgres?.close();
    await schema?.drop();
  });

  /** Equal rows, and equal as JSON too: same column order, numbers as numbers. */
  async function expectSameRows(ask: (index: IndexBackend) => Promise<Row[]>): Promise<Row[]> {
    const expected = await ask(sqlite);
    const actual = await ask(postgres);
    expect(actual).toEqual(expected);
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
    return expected;
  }

  it('should open each kind of target with its own backend', () => {
    expect(sqlite.kind).toBe('sqlite');
    expect(postgres.kind).toBe('postgres');
  });

  it('should create the same columns, in the same order, in every table', async () => {
    for (const table of ['documents', 'units', 'citations', 'definitions', 'terms']) {
      const sqliteColumns = await sqlite.sql(
        `SELECT name FROM pragma_table_info('${table}') ORDER BY cid`,
      );
      const postgresColumns = await postgres.sql(
        `SELECT column_name AS name FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = '${table}'
         ORDER BY ordinal_position`,
      );
      expect(sqliteColumns.length, table).toBeGreaterThan(3);
      expect(postgresColumns, table).toEqual(sqliteColumns);
    }
  });

  it('should hold the same rows in every table', async () => {
    for (const table of ['documents', 'units', 'citations', 'definitions']) {
      const rows = await expectSameRows((index) => index.sql(`SELECT * FROM ${table} ORDER BY id`));
      expect(rows.length, table).toBeGreaterThan(table === 'documents' ? 5 : 10);
    }
  });

  const citing: [string, { act: string; article?: string; paragraph?: string }][] = [
    ['registry id and article', { act: 'law-148-ii', article: '39-3' }],
    ['number', { act: '148-II', article: '39-3' }],
    ['number in Cyrillic', { act: '№ 148-ІІ', article: '39-3' }],
    ['work IRI', { act: '/akn/kz/act/2001-01-23/148-ii', article: '39-3' }],
    ['paragraph', { act: 'law-148-ii', article: '39-3', paragraph: '6' }],
    ['whole act', { act: 'law-148-ii' }],
    ['constitution', { act: 'constitution-1995' }],
  ];

  it.each(citing)('should find the same citing documents by %s', async (_, query) => {
    const rows = await expectSameRows((index) => index.citingDocuments(query));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('should agree when nothing cites the provision, and on self references', async () => {
    expect(
      await expectSameRows((index) => index.citingDocuments({ act: 'law-148-ii', article: '999' })),
    ).toEqual([]);
    const self = records
      .flatMap(citationsOf)
      .map((citation) => citation.act?.id)
      .find((id): id is string => typeof id === 'string' && id.startsWith('/'));
    expect(self, 'a citation of a document by its own IRI').toBeDefined();
    expect(
      (await expectSameRows((index) => index.citingDocuments({ act: self ?? '' }))).length,
    ).toBeGreaterThan(0);
  });

  it('should rank the same most-cited acts and articles', async () => {
    for (const level of ['act', 'article'] as const) {
      const all = await expectSameRows((index) => index.mostCited({ limit: 100, level }));
      expect(all.length, level).toBeGreaterThan(1);
      expect(await expectSameRows((index) => index.mostCited({ limit: 2, level }))).toEqual(
        all.slice(0, 2),
      );
      expect(await expectSameRows((index) => index.mostCited({ limit: 0, level }))).toEqual([]);
    }
  });

  it('should count the same citations by year, for all acts and for one', async () => {
    for (const act of [undefined, 'constitution-1995', 'law-148-ii', '148']) {
      const rows = await expectSameRows((index) => index.citationsByYear({ act }));
      expect(rows.length, String(act)).toBeGreaterThan(0);
    }
    expect((await postgres.citationsByYear()).at(-1)?.year).toBe('unknown');
  });

  it('should list the same unresolved citations, with and without a limit', async () => {
    const all = await expectSameRows((index) => index.unresolved());
    expect(all.length).toBeGreaterThan(0);
    expect(await expectSameRows((index) => index.unresolved({ limit: 1 }))).toEqual(
      all.slice(0, 1),
    );
    expect(await expectSameRows((index) => index.unresolved({ limit: 0 }))).toEqual([]);
  });

  it('should list the same documents without citations', async () => {
    expect(
      (await expectSameRows((index) => index.documentsWithoutCitations())).map((row) => row.path),
    ).toEqual(['corpus/extra/bez-ssylok.txt']);
  });

  it('should answer the same hand-written SQL, Kazakh letters intact', async () => {
    const terms = await expectSameRows((index) =>
      index.sql(
        `-- defined terms per language
         WITH t AS (SELECT term, lang FROM definitions) SELECT lang, term FROM t ORDER BY lang, term;`,
      ),
    );
    expect(terms.some((row) => /[әғқңөұүһі]/.test(String(row.term)))).toBe(true);
    await expectSameRows((index) =>
      index.sql(
        `SELECT kind, COUNT(*) AS n, SUM(resolved) AS resolved, MIN(confidence) AS lowest
         FROM citations WHERE pin = 0 GROUP BY kind ORDER BY kind`,
      ),
    );
    await expectSameRows((index) =>
      index.sql('SELECT "eId", start, "end" FROM units ORDER BY doc, start, "eId" LIMIT 20'),
    );
  });
});
