import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CorpusIndex, openIndex } from '../../src/index-db/index.js';
import type { DocumentRecord } from '../../src/pipeline/types.js';
import { citationsOf, runSampleCorpus } from './sample-corpus.js';

let records: DocumentRecord[] = [];
let open: CorpusIndex[] = [];

beforeAll(async () => {
  records = (await runSampleCorpus()).records;
});

afterEach(() => {
  for (const index of open) index.close();
  open = [];
});

async function freshIndex(): Promise<{ index: CorpusIndex; file: string }> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'kazlex-reindex-')), 'kazlex.db');
  const index = openIndex(file);
  open.push(index);
  return { index, file };
}

const TABLES = ['documents', 'units', 'citations', 'definitions'] as const;

function counts(index: CorpusIndex): Record<string, number> {
  return Object.fromEntries(
    TABLES.map((table) => [table, Number(index.sql(`SELECT COUNT(*) AS n FROM ${table}`)[0]?.n)]),
  );
}

/** The record with the most citations, so dropping some is visible. */
function richest(): DocumentRecord {
  const [best] = [...records].sort((a, b) => citationsOf(b).length - citationsOf(a).length);
  if (!best || citationsOf(best).length < 2) throw new Error('no record with two citations');
  return best;
}

describe('indexDocument', () => {
  it('should replace, not duplicate, a document indexed twice', async () => {
    const { index } = await freshIndex();
    for (const record of records) index.indexDocument(record);
    const once = counts(index);
    const snapshot = index.sql(
      'SELECT doc, cite, pin, target FROM citations ORDER BY doc, cite, pin',
    );
    for (const record of records) index.indexDocument(record);
    expect(counts(index)).toEqual(once);
    expect(
      index.sql('SELECT doc, cite, pin, target FROM citations ORDER BY doc, cite, pin'),
    ).toEqual(snapshot);
    expect(once.documents).toBe(records.length);
  });

  it('should drop the rows a changed document no longer has', async () => {
    const { index } = await freshIndex();
    const record = richest();
    index.indexDocument(record);
    const changed = { ...record, citations: citationsOf(record).slice(0, 1), sha256: 'changed' };
    index.indexDocument(changed);
    const rows = index.sql(`SELECT DISTINCT cite FROM citations WHERE doc = '${record.id}'`);
    expect(rows).toEqual([{ cite: 0 }]);
    expect(index.sql('SELECT sha256 FROM documents')).toEqual([{ sha256: 'changed' }]);
  });

  it('should replace the rows of a path whose id changed', async () => {
    const { index } = await freshIndex();
    const record = richest();
    index.indexDocument(record);
    index.indexDocument({ ...record, id: `${record.id}-v2` });
    expect(index.sql('SELECT id FROM documents')).toEqual([{ id: `${record.id}-v2` }]);
    expect(index.sql(`SELECT COUNT(*) AS n FROM citations WHERE doc = '${record.id}'`)).toEqual([
      { n: 0 },
    ]);
  });

  it('should change nothing when a record cannot be written', async () => {
    const { index } = await freshIndex();
    const record = richest();
    index.indexDocument(record);
    const before = counts(index);
    const broken = {
      ...record,
      citations: [...citationsOf(record), { ...citationsOf(record)[0], line: null }],
    } as DocumentRecord;
    expect(() => index.indexDocument(broken)).toThrow();
    expect(counts(index)).toEqual(before);
  });

  it('should keep the rows written before a crash and resume in a new connection', async () => {
    const { index, file } = await freshIndex();
    const half = Math.ceil(records.length / 2);
    for (const record of records.slice(0, half)) index.indexDocument(record);
    index.close();
    open = [];
    const resumed = openIndex(file);
    open.push(resumed);
    expect(counts(resumed).documents).toBe(half);
    for (const record of records) resumed.indexDocument(record);
    const whole = await freshIndex();
    for (const record of records) whole.index.indexDocument(record);
    expect(counts(resumed)).toEqual(counts(whole.index));
  });
});

describe('indexDocuments', () => {
  it('should write a batch as indexDocument one by one would', async () => {
    const batched = await freshIndex();
    batched.index.indexDocuments(records);
    batched.index.indexDocuments(records);
    const single = await freshIndex();
    for (const record of records) single.index.indexDocument(record);
    expect(counts(batched.index)).toEqual(counts(single.index));
    const all = 'SELECT doc, cite, pin, start, target FROM citations ORDER BY doc, cite, pin';
    expect(batched.index.sql(all)).toEqual(single.index.sql(all));
  });

  it('should write none of a batch when one record fails', async () => {
    const { index } = await freshIndex();
    const record = richest();
    const broken = {
      ...record,
      id: 'broken',
      path: 'corpus/broken.txt',
      citations: [{ ...citationsOf(record)[0], line: null }],
    };
    expect(() => index.indexDocuments([...records, broken as DocumentRecord])).toThrow();
    expect(counts(index).documents).toBe(0);
  });
});

describe('indexedSha256', () => {
  it('should tell a resumed run which documents the index already holds', async () => {
    const { index } = await freshIndex();
    const record = richest();
    expect(index.indexedSha256(record.path)).toBeUndefined();
    index.indexDocument(record);
    expect(index.indexedSha256(record.path)).toBe(record.sha256);
    index.removeDocument(record.path);
    expect(index.indexedSha256(record.path)).toBeUndefined();
  });
});

describe('removeDocument and recordFailure', () => {
  it('should remove a document with all its rows', async () => {
    const { index } = await freshIndex();
    for (const record of records) index.indexDocument(record);
    const record = richest();
    index.removeDocument(record.path);
    for (const table of TABLES.slice(1)) {
      expect(index.sql(`SELECT COUNT(*) AS n FROM ${table} WHERE doc = '${record.id}'`)).toEqual([
        { n: 0 },
      ]);
    }
    expect(counts(index).documents).toBe(records.length - 1);
    index.removeDocument('corpus/not-there.txt');
    expect(counts(index).documents).toBe(records.length - 1);
  });

  it('should record a failed file in place of its earlier rows', async () => {
    const { index } = await freshIndex();
    const record = richest();
    index.indexDocument(record);
    index.recordFailure({
      path: record.path,
      id: record.id,
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
    expect(index.sql('SELECT status, reason FROM documents')).toEqual([
      { status: 'failed', reason: 'файл бүлінген' },
    ]);
    expect(counts(index).citations).toBe(0);
    expect(index.documentsWithoutCitations()).toEqual([]);
  });
});
