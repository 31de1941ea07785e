/**
 * The corpus index behind one asynchronous interface, whichever database
 * holds it: the embedded SQLite file (the default) or a shared PostgreSQL
 * database (`postgres://…`). Callers that may meet either, such as
 * `kazlex query` and `indexOutputFolder`, go through this; code that only
 * ever writes the local file may keep the synchronous `openIndex`.
 */
import { type OpenIndexOptions, openIndex } from './open-index.js';
import type { CorpusIndex } from './types.js';

/** Every method of T, returning a promise of what it returned. */
type Promised<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : never;
};

export type IndexBackendKind = 'sqlite' | 'postgres';

/** The methods of CorpusIndex, asynchronous, with the same arguments, rows and errors. */
export type IndexBackend = Promised<CorpusIndex> & { readonly kind: IndexBackendKind };

/** `postgres://` and `postgresql://` URLs name a PostgreSQL database; anything else is a file path. */
export function backendKindOf(target: string): IndexBackendKind {
  return /^postgres(?:ql)?:\/\//i.test(target) ? 'postgres' : 'sqlite';
}

/**
 * Opens the index at `target`: a PostgreSQL URL, or the path of the SQLite
 * file. The PostgreSQL driver loads only when a URL asks for it.
 */
export async function openIndexBackend(
  target: string,
  options: OpenIndexOptions = {},
): Promise<IndexBackend> {
  if (backendKindOf(target) === 'postgres') {
    const { openPostgresIndex } = await import('./postgres/open-postgres-index.js');
    return openPostgresIndex(target, options);
  }
  return sqliteBackend(openIndex(target, options));
}

/** The synchronous SQLite index as an IndexBackend; its errors become rejections. */
export function sqliteBackend(index: CorpusIndex): IndexBackend {
  return {
    kind: 'sqlite',
    indexDocument: async (record) => index.indexDocument(record),
    indexDocuments: async (records) => index.indexDocuments(records),
    indexRows: async (batch) => index.indexRows(batch),
    indexedSha256: async (path) => index.indexedSha256(path),
    recordFailure: async (entry) => index.recordFailure(entry),
    replaceTerms: async (terms) => index.replaceTerms(terms),
    removeDocument: async (path) => index.removeDocument(path),
    deferQueryIndexes: async () => index.deferQueryIndexes(),
    restoreQueryIndexes: async () => index.restoreQueryIndexes(),
    citingDocuments: async (query) => index.citingDocuments(query),
    mostCited: async (query) => index.mostCited(query),
    citationsByYear: async (query) => index.citationsByYear(query),
    unresolved: async (query) => index.unresolved(query),
    documentsWithoutCitations: async () => index.documentsWithoutCitations(),
    sql: async (readOnlySql) => index.sql(readOnlySql),
    close: async () => index.close(),
  };
}
