import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KazlexError } from '../../src/errors.js';
import { type CorpusIndex, openIndex } from '../../src/index-db/index.js';
import { runSampleCorpus } from './sample-corpus.js';

let file = '';
let writable: CorpusIndex;
let readonly: CorpusIndex;

function dump(index: CorpusIndex): string {
  const tables = ['documents', 'units', 'citations', 'definitions', 'terms'];
  const rows = tables.map((table) =>
    JSON.stringify(index.sql(`SELECT * FROM ${table} ORDER BY 1`)),
  );
  const schema = JSON.stringify(
    index.sql('SELECT type, name, sql FROM sqlite_schema ORDER BY name'),
  );
  return createHash('sha256')
    .update(rows.join('\n') + schema)
    .digest('hex');
}

beforeAll(async () => {
  const { records } = await runSampleCorpus();
  file = path.join(await mkdtemp(path.join(tmpdir(), 'kazlex-sql-')), 'kazlex.db');
  writable = openIndex(file);
  for (const record of records) writable.indexDocument(record);
  readonly = openIndex(file, { readonly: true });
});

afterAll(() => {
  readonly?.close();
  writable?.close();
});

const REFUSED = [
  "INSERT INTO documents (id, path, status) VALUES ('x', 'x', 'ok')",
  'DROP TABLE citations',
  'DELETE FROM citations',
  'UPDATE documents SET lang = NULL',
  'SELECT 1; DROP TABLE citations',
  'SELECT 1; SELECT 2',
  'WITH gone AS (SELECT 1) DELETE FROM documents',
  'PRAGMA user_version = 0',
  "ATTACH DATABASE ':memory:' AS other",
  '/* SELECT */ VACUUM',
  '',
];

describe('sql', () => {
  it('should answer a SELECT and a WITH query', () => {
    const [count] = readonly.sql('SELECT COUNT(*) AS n FROM documents');
    expect(Number(count?.n)).toBeGreaterThan(0);
    const rows = readonly.sql(
      '-- how many per language\nWITH l AS (SELECT lang FROM documents) SELECT lang, COUNT(*) AS n FROM l GROUP BY lang ORDER BY lang;',
    );
    expect(rows.map((row) => row.lang)).toEqual(['kk', 'ru']);
  });

  it.each(REFUSED)('should refuse %j with a usage error and leave the index unchanged', (sql) => {
    const before = dump(readonly);
    const bytes = createHash('sha256').update(readFileSync(file)).digest('hex');
    for (const index of [readonly, writable]) {
      let thrown: unknown;
      try {
        index.sql(sql);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(KazlexError);
      expect((thrown as KazlexError).code).toBe('KZL_USAGE');
      expect((thrown as KazlexError).message).toMatch(/^(Expected|SQL error)/);
    }
    expect(dump(readonly)).toBe(before);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(bytes);
  });

  it("should report a bad query as a usage error with SQLite's reason", () => {
    expect(() => readonly.sql('SELECT nope FROM documents')).toThrow(/SQL error: .*nope/);
  });

  it('should refuse writes on an index opened read-only', () => {
    expect(() => readonly.removeDocument('corpus/kk/ulgi-erezhe.md')).toThrow(/read-only/);
  });

  it('should tell the user to run kazlex first when the index is missing', () => {
    expect(() =>
      openIndex(path.join(tmpdir(), 'kazlex-no-such', 'kazlex.db'), { readonly: true }),
    ).toThrow(/run `kazlex run` first/);
  });
});
