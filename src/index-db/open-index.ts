import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { loadRegistry, type Registry } from '../citations/registry/index.js';
import { ErrorCode, KazlexError } from '../errors.js';
import {
  citationsByYear,
  citingDocuments,
  documentsWithoutCitations,
  mostCited,
  type QueryContext,
  unresolved,
} from './queries.js';
import { runReadOnlySql } from './read-only-sql.js';
import { assertCurrentSchema, migrate, QUERY_INDEXES } from './schema.js';
import type { CorpusIndex } from './types.js';
import { createWriter, type IndexWriter } from './writer.js';

export interface OpenIndexOptions {
  /** Open an existing index for queries only; writes then throw. */
  readonly?: boolean | undefined;
  /** The acts registry for act arguments and titles; loaded from data/acts on first use when absent. */
  registry?: Registry | undefined;
}

/**
 * Opens (creating and migrating when writable) the SQLite index at `path`,
 * in WAL mode so queries can run while a run is writing.
 */
export function openIndex(path: string, options: OpenIndexOptions = {}): CorpusIndex {
  const readonly = options.readonly ?? false;
  if (readonly && !existsSync(path)) {
    throw new KazlexError(
      ErrorCode.NOT_FOUND,
      `no index at ${path}: run \`kazlex run\` first to build it`,
    );
  }
  const db = new Database(path, { readonly, fileMustExist: readonly });
  try {
    if (readonly) {
      assertCurrentSchema(db);
    } else {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      // A corpus run writes a few hundred thousand rows per 50 MB. With the
      // default 2 MB page cache and a checkpoint every 1,000 pages, index pages
      // were read back and copied over and over: these cut the writer's CPU by
      // a quarter. The WAL still stays under about 40 MB.
      db.pragma('cache_size = -65536');
      db.pragma('wal_autocheckpoint = 10000');
      migrate(db);
    }
  } catch (error) {
    db.close();
    throw error;
  }

  let registry = options.registry;
  const context: QueryContext = {
    db,
    registry: () => {
      registry ??= loadRegistry();
      return registry;
    },
  };
  const sha256ByPath = db.prepare('SELECT sha256 FROM documents WHERE path = ?');
  let writer: IndexWriter | undefined;
  const assertWritable = (): void => {
    if (readonly) throw new KazlexError(ErrorCode.USAGE, `the index ${path} is open read-only`);
  };
  const write = (): IndexWriter => {
    assertWritable();
    writer ??= createWriter(db, { actIri: (id) => context.registry().byId(id)?.iri });
    return writer;
  };

  return {
    indexDocument: (record) => write().indexDocument(record),
    indexDocuments: (records) => write().indexDocuments(records),
    indexRows: (batch) => write().indexRows(batch),
    indexedSha256: (documentPath) => {
      const row = sha256ByPath.get(documentPath) as { sha256: string | null } | undefined;
      return row ? row.sha256 : undefined;
    },
    recordFailure: (entry) => write().recordFailure(entry),
    replaceTerms: (terms) => write().replaceTerms(terms),
    removeDocument: (documentPath) => write().removeDocument(documentPath),
    deferQueryIndexes: () => {
      assertWritable();
      return deferQueryIndexes(db);
    },
    restoreQueryIndexes: () => {
      assertWritable();
      restoreQueryIndexes(db);
    },
    citingDocuments: (query) => citingDocuments(context, query),
    mostCited: (query) => mostCited(context, query),
    citationsByYear: (query) => citationsByYear(context, query),
    unresolved: (query) => unresolved(context, query),
    documentsWithoutCitations: () => documentsWithoutCitations(context),
    sql: (readOnlySql) => runReadOnlySql(db, readOnlySql),
    close: () => db.close(),
  };
}

function deferQueryIndexes(db: Database.Database): boolean {
  if (db.prepare('SELECT 1 FROM documents LIMIT 1').get() !== undefined) return false;
  db.transaction(() => {
    for (const { name } of QUERY_INDEXES) db.exec(`DROP INDEX IF EXISTS ${name}`);
  })();
  return true;
}

function restoreQueryIndexes(db: Database.Database): void {
  const present = new Set(
    (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]
    ).map((row) => row.name),
  );
  db.transaction(() => {
    for (const { name, sql } of QUERY_INDEXES) if (!present.has(name)) db.exec(sql);
  })();
}
