import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type IndexBackend, openIndexBackend } from '../../src/index-db/backend.js';
import type { DocumentRecord } from '../../src/pipeline/types.js';
import { createTestSchema, postgresUrl, type TestSchema } from './postgres-test-schema.js';
import { citationsOf, runSampleCorpus } from './sample-corpus.js';

let records: DocumentRecord[] = [];
let open: { index: IndexBackend; schema: TestSchema }[] = [];

async function freshIndex(): Promise<{ index: IndexBackend; url: string }> {
  const schema = await createTestSchema('writer');
  const index = await openIndexBackend(schema.url);
  open.push({ index, schema });
  return { index, url: schema.url };
}

const TABLES = ['documents', 'units', 'citations', 'definitions'] as const;

async function counts(index: IndexBackend): Promise<Record<string, number>> {
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const [row] = await index.sql(`SELECT COUNT(*) AS n FROM ${table}`);
      return [table, Number(row?.n)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** The record with the most citations, so dropping some is visible. */
function richest(): DocumentRecord {
  const [best] = [...records].sort((a, b) => citationsOf(b).length - citationsOf(a).length);
  if (!best || citationsOf(best).length < 2) throw new Error('no record with two citations');
  return best;
}

const ALL_CITATIONS = 'SELECT doc, cite, pin, start, target FROM citations ORDER BY doc, cite, pin';

describe.skipIf(!postgresUrl)('the PostgreSQL index writer', () => {
  beforeAll(async () => {
    records = (await runSampleCorpus()).records;
  });

  afterEach(async () => {
    for (const { index, schema } of open) {
      await index.close().catch(() => undefined);
      await schema.drop();
    }
    open = [];
  });

  it('should replace, not duplicate, a document indexed twice', async () => {
    const { index } = await freshIndex();
    for (const record of records) await index.indexDocument(record);
    const once = await counts(index);
    const snapshot = await index.sql(ALL_CITATIONS);
    for (const record of records) await index.indexDocument(record);
    expect(await counts(index)).toEqual(once);
    expect(await index.sql(ALL_CITATIONS)).toEqual(snapshot);
    expect(once.documents).toBe(records.length);
    expect(once.citations).toBeGreaterThan(10);
  });

  it('should drop the rows a changed document no longer has', async () => {
    const { index } = await freshIndex();
    const record = richest();
    await index.indexDocument(record);
    await index.indexDocument({
      ...record,
      citations: citationsOf(record).slice(0, 1),
      sha256: 'changed',
    });
    expect(
      await index.sql(`SELECT DISTINCT cite FROM citations WHERE doc = '${record.id}'`),
    ).toEqual([{ cite: 0 }]);
    expect(await index.sql('SELECT sha256 FROM documents')).toEqual([{ sha256: 'changed' }]);
  });

  it('should replace the rows of a path whose id changed', async () => {
    const { index } = await freshIndex();
    const record = richest();
    await index.indexDocument(record);
    await index.indexDocument({ ...record, id: `${record.id}-v2` });
    expect(await index.sql('SELECT id FROM documents')).toEqual([{ id: `${record.id}-v2` }]);
    expect(
      await index.sql(`SELECT COUNT(*) AS n FROM citations WHERE doc = '${record.id}'`),
    ).toEqual([{ n: 0 }]);
  });

  it('should keep each unit under its own parent', async () => {
    const { index } = await freshIndex();
    for (const record of records) await index.indexDocument(record);
    for (const record of records) await index.indexDocument(record);
    const [nested] = await index.sql('SELECT COUNT(*) AS n FROM units WHERE parent IS NOT NULL');
    expect(Number(nested?.n)).toBeGreaterThan(0);
    const orphans = await index.sql(
      `SELECT COUNT(*) AS n FROM units u WHERE u.parent IS NOT NULL AND NOT EXISTS (
         SELECT 1 FROM units p WHERE p.id = u.parent AND p.doc = u.doc
           AND p.start <= u.start AND u."end" <= p."end")`,
    );
    expect(orphans).toEqual([{ n: 0 }]);
  });

  it('should change nothing when a record cannot be written', async () => {
    const { index } = await freshIndex();
    const record = richest();
    await index.indexDocument(record);
    const before = await counts(index);
    const broken = {
      ...record,
      citations: [...citationsOf(record), { ...citationsOf(record)[0], line: null }],
    } as DocumentRecord;
    await expect(index.indexDocument(broken)).rejects.toThrow(/line/);
    expect(await counts(index)).toEqual(before);
  });

  it('should write none of a batch when one record fails, and all of a good one', async () => {
    const { index } = await freshIndex();
    const record = richest();
    const broken = {
      ...record,
      id: 'broken',
      path: 'corpus/broken.txt',
      citations: [{ ...citationsOf(record)[0], line: null }],
    } as DocumentRecord;
    await expect(index.indexDocuments([...records, broken])).rejects.toThrow();
    expect((await counts(index)).documents).toBe(0);
    await index.indexDocuments(records);
    await index.indexDocuments(records);
    const single = await freshIndex();
    for (const each of records) await single.index.indexDocument(each);
    expect(await counts(index)).toEqual(await counts(single.index));
    expect(await index.sql(ALL_CITATIONS)).toEqual(await single.index.sql(ALL_CITATIONS));
  });

  it('should take concurrent calls one at a time', async () => {
    const { index } = await freshIndex();
    await Promise.all([...records, ...records].map((record) => index.indexDocument(record)));
    const single = await freshIndex();
    for (const record of records) await single.index.indexDocument(record);
    expect(await counts(index)).toEqual(await counts(single.index));
  });

  it('should keep what was written when a new connection resumes', async () => {
    const { index, url } = await freshIndex();
    const half = Math.ceil(records.length / 2);
    for (const record of records.slice(0, half)) await index.indexDocument(record);
    await index.close();
    const resumed = await openIndexBackend(url);
    try {
      expect((await counts(resumed)).documents).toBe(half);
      for (const record of records) {
        if ((await resumed.indexedSha256(record.path)) !== record.sha256) {
          await resumed.indexDocument(record);
        }
      }
      expect((await counts(resumed)).documents).toBe(records.length);
    } finally {
      await resumed.close();
    }
  });

  it('should report what it holds, remove documents and record failures', async () => {
    const { index } = await freshIndex();
    const record = richest();
    expect(await index.indexedSha256(record.path)).toBeUndefined();
    for (const each of records) await index.indexDocument(each);
    expect(await index.indexedSha256(record.path)).toBe(record.sha256);
    await index.removeDocument(record.path);
    expect(await index.indexedSha256(record.path)).toBeUndefined();
    for (const table of TABLES.slice(1)) {
      expect(
        await index.sql(`SELECT COUNT(*) AS n FROM ${table} WHERE doc = '${record.id}'`),
      ).toEqual([{ n: 0 }]);
    }
    await index.removeDocument('corpus/not-there.txt');
    expect((await counts(index)).documents).toBe(records.length - 1);

    const other = records.find((each) => each.path !== record.path);
    if (!other) throw new Error('the sample corpus has one file');
    await index.recordFailure({
      path: other.path,
      id: other.id,
      status: 'failed',
      sha256: null,
      size: 10,
      format: null,
      encoding: null,
      languages: {},
      messages: { info: 0, warning: 0, error: 1 },
      reason: 'файл бүлінген',
      code: 'KZL_INGEST_CORRUPT',
    });
    expect(
      await index.sql(`SELECT status, reason FROM documents WHERE path = '${other.path}'`),
    ).toEqual([{ status: 'failed', reason: 'файл бүлінген' }]);
    expect(await index.indexedSha256(other.path)).toBeNull();
    expect(
      await index.sql(`SELECT COUNT(*) AS n FROM citations WHERE doc = '${other.id}'`),
    ).toEqual([{ n: 0 }]);
    expect(
      (await index.documentsWithoutCitations()).map((row) => row.path).includes(other.path),
    ).toBe(false);
  });
});
