import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openIndex } from '../../src/index-db/index.js';
import type { RecordRows } from '../../src/index-db/record-rows.js';
import { MIGRATIONS, QUERY_INDEXES } from '../../src/index-db/schema.js';
import { emptyDocumentRows } from './fixtures/document-rows.js';

const flat = (sql: string) => sql.replace(/\s+/g, ' ').trim();

function freshFile(): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), 'kazlex-qidx-')), 'kazlex.db');
}

function indexNames(file: string): string[] {
  const index = openIndex(file, { readonly: true });
  try {
    return index
      .sql("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")
      .map((row) => String(row.name))
      .sort();
  } finally {
    index.close();
  }
}

function oneDocument(id: string): RecordRows {
  return {
    ...emptyDocumentRows(id, `${id}.txt`),
    citations: [
      {
        cite: 0,
        pin: 0,
        start: 0,
        end: 5,
        line: 1,
        text: '6-бап',
        lang: 'kk',
        kind: 'full',
        act_id: 'constitution-1995',
        act_iri: '/akn/kz/act/1995-08-30/constitution',
        act_type: 'constitution',
        act_number: null,
        act_date: '1995-08-30',
        act_title: null,
        section: null,
        chapter: null,
        article: '6',
        paragraph: null,
        subparagraph: null,
        target: null,
        resolved: 0,
        reason: 'test',
        confidence: 0.5,
      },
    ],
  };
}

describe('deferred query indexes', () => {
  it('should list statements that are word for word those of the migrations', () => {
    const schema = flat(MIGRATIONS.join('\n'));
    for (const { name, sql } of QUERY_INDEXES) {
      expect(schema).toContain(`${flat(sql)};`);
      expect(sql).toContain(` ${name} ON `);
    }
  });

  it('should drop them on an empty index and build the same ones again', () => {
    const reference = freshFile();
    openIndex(reference).close();
    const file = freshFile();
    const index = openIndex(file);
    try {
      expect(index.deferQueryIndexes()).toBe(true);
      const without = index
        .sql("SELECT name FROM sqlite_master WHERE type = 'index'")
        .map((row) => row.name);
      for (const { name } of QUERY_INDEXES) expect(without).not.toContain(name);
      index.indexRows([oneDocument('a'), oneDocument('b')]);
      index.restoreQueryIndexes();
      // Queries that use the rebuilt index see the rows written while it was gone.
      expect(index.sql('SELECT COUNT(*) AS n FROM citations WHERE resolved = 0')).toEqual([
        { n: 2 },
      ]);
    } finally {
      index.close();
    }
    expect(indexNames(file)).toEqual(indexNames(reference));
  });

  it('should keep them on an index that already holds documents', () => {
    const file = freshFile();
    const index = openIndex(file);
    try {
      index.indexRows([oneDocument('a')]);
      expect(index.deferQueryIndexes()).toBe(false);
      index.restoreQueryIndexes();
    } finally {
      index.close();
    }
    const names = indexNames(file);
    for (const { name } of QUERY_INDEXES) expect(names).toContain(name);
  });

  it('should build what a killed first run left missing, though the index is no longer empty', () => {
    const file = freshFile();
    const crashed = openIndex(file);
    expect(crashed.deferQueryIndexes()).toBe(true);
    crashed.indexRows([oneDocument('a')]);
    // Killed here: closed without restoreQueryIndexes.
    crashed.close();
    for (const { name } of QUERY_INDEXES) expect(indexNames(file)).not.toContain(name);

    const resumed = openIndex(file);
    try {
      expect(resumed.deferQueryIndexes()).toBe(false);
      resumed.indexRows([oneDocument('b')]);
      resumed.restoreQueryIndexes();
    } finally {
      resumed.close();
    }
    const names = indexNames(file);
    for (const { name } of QUERY_INDEXES) expect(names).toContain(name);
  });

  it('should refuse both on an index opened read-only', () => {
    const file = freshFile();
    openIndex(file).close();
    const index = openIndex(file, { readonly: true });
    try {
      expect(() => index.deferQueryIndexes()).toThrow(/read-only/);
      expect(() => index.restoreQueryIndexes()).toThrow(/read-only/);
    } finally {
      index.close();
    }
  });
});
