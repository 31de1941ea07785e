import { loadRegistry } from '../../citations/registry/index.js';
import { ErrorCode, KazlexError } from '../../errors.js';
import type { IndexBackend } from '../backend.js';
import type { OpenIndexOptions } from '../open-index.js';
import { connectPostgres, redactUrl } from './connection.js';
import {
  citationsByYear,
  citingDocuments,
  documentsWithoutCitations,
  mostCited,
  type PostgresQueryContext,
  unresolved,
} from './queries.js';
import { runReadOnlyPostgresSql } from './read-only-sql.js';
import { assertCurrentPostgresSchema, migratePostgres } from './schema.js';
import { createPostgresWriter, type PostgresIndexWriter } from './writer.js';

/**
 * Opens the index in the PostgreSQL database at `url` (creating and
 * migrating its tables when writable), in the schema the connection's
 * search_path selects: add `?options=-c%20search_path%3Dname` to the URL to
 * keep several indexes in one database.
 *
 * One connection serves every call, one call at a time: calls made while
 * another runs wait their turn, so concurrent callers never interleave
 * transactions.
 */
export async function openPostgresIndex(
  url: string,
  options: OpenIndexOptions = {},
): Promise<IndexBackend> {
  const readonly = options.readonly ?? false;
  const where = redactUrl(url);
  const client = await connectPostgres(url, { readonly });
  try {
    if (readonly) await assertCurrentPostgresSchema(client, where);
    else await migratePostgres(client);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }

  let registry = options.registry;
  const context: PostgresQueryContext = {
    client,
    registry: () => {
      registry ??= loadRegistry();
      return registry;
    },
  };
  let writer: PostgresIndexWriter | undefined;
  const write = (): PostgresIndexWriter => {
    if (readonly) throw new KazlexError(ErrorCode.USAGE, `the index ${where} is open read-only`);
    writer ??= createPostgresWriter(client, {
      actIri: (id) => context.registry().byId(id)?.iri,
    });
    return writer;
  };

  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const turn = queue.then(work);
    queue = turn.catch(() => undefined);
    return turn;
  };

  return {
    kind: 'postgres',
    indexDocument: (record) => inTurn(() => write().indexDocument(record)),
    indexDocuments: (records) => inTurn(() => write().indexDocuments(records)),
    indexRows: (batch) => inTurn(() => write().indexRows(batch)),
    indexedSha256: (documentPath) =>
      inTurn(async () => {
        const result = await client.query('SELECT sha256 FROM documents WHERE path = $1', [
          documentPath,
        ]);
        const row = result.rows[0];
        return row === undefined ? undefined : ((row.sha256 as string | null) ?? null);
      }),
    recordFailure: (entry) => inTurn(() => write().recordFailure(entry)),
    replaceTerms: (terms) => inTurn(() => write().replaceTerms(terms)),
    removeDocument: (documentPath) => inTurn(() => write().removeDocument(documentPath)),
    // PostgreSQL takes the rows from one connection at a time and keeps its
    // indexes; this change was measured on SQLite only, so it stays there.
    deferQueryIndexes: async () => false,
    restoreQueryIndexes: async () => {},
    citingDocuments: (query) => inTurn(() => citingDocuments(context, query)),
    mostCited: (query) => inTurn(() => mostCited(context, query)),
    citationsByYear: (query) => inTurn(() => citationsByYear(context, query)),
    unresolved: (query) => inTurn(() => unresolved(context, query)),
    documentsWithoutCitations: () => inTurn(() => documentsWithoutCitations(context)),
    sql: (readOnlySql) => inTurn(() => runReadOnlyPostgresSql(client, readOnlySql)),
    close: () => inTurn(() => client.end()),
  };
}
