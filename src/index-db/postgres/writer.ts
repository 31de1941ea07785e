/**
 * Writes documents into the PostgreSQL index, as ../writer.ts does into
 * SQLite: each document first loses what the index held for its path and id
 * (child rows go through ON DELETE CASCADE), then gets its new rows, all in
 * one transaction. A table's rows go in one statement (`unnest` of one array
 * per column), so a document costs a handful of round trips, not one per row.
 */
import type { CorpusEntry, DocumentRecord } from '../../pipeline/types.js';
import {
  type DocumentRow,
  failedDocumentRow,
  type RecordRows,
  type RecordRowsOptions,
  recordRows,
  type TermRow,
} from '../record-rows.js';
import { inTransaction, type SqlClient } from './sql-client.js';

export interface PostgresIndexWriter {
  indexDocument(record: DocumentRecord): Promise<void>;
  indexDocuments(records: readonly DocumentRecord[]): Promise<void>;
  indexRows(batch: readonly RecordRows[]): Promise<void>;
  recordFailure(entry: CorpusEntry): Promise<void>;
  replaceTerms(terms: readonly TermRow[]): Promise<void>;
  removeDocument(path: string): Promise<void>;
}

const DOCUMENT_COLUMNS = [
  'id',
  'path',
  'sha256',
  'lang',
  'languages',
  'date',
  'size',
  'format',
  'encoding',
  'status',
  'reason',
] as const satisfies readonly (keyof DocumentRow)[];

const INSERT_DOCUMENT = `INSERT INTO documents (${DOCUMENT_COLUMNS.join(', ')})
  VALUES (${DOCUMENT_COLUMNS.map((_, index) => `$${index + 1}`).join(', ')})`;

/** A table's columns with the PostgreSQL array type each is sent as. */
type ColumnTypes = readonly (readonly [column: string, type: string])[];

const UNIT_COLUMNS: ColumnTypes = [
  ['id', 'bigint'],
  ['parent', 'bigint'],
  ['type', 'text'],
  ['num', 'text'],
  ['heading', 'text'],
  ['eId', 'text'],
  ['start', 'integer'],
  ['end', 'integer'],
];

const CITATION_COLUMNS: ColumnTypes = [
  ['cite', 'integer'],
  ['pin', 'integer'],
  ['start', 'integer'],
  ['end', 'integer'],
  ['line', 'integer'],
  ['text', 'text'],
  ['lang', 'text'],
  ['kind', 'text'],
  ['act_id', 'text'],
  ['act_iri', 'text'],
  ['act_type', 'text'],
  ['act_number', 'text'],
  ['act_date', 'text'],
  ['act_title', 'text'],
  ['section', 'text'],
  ['chapter', 'text'],
  ['article', 'text'],
  ['paragraph', 'text'],
  ['subparagraph', 'text'],
  ['target', 'text'],
  ['resolved', 'integer'],
  ['reason', 'text'],
  ['confidence', 'double precision'],
];

const DEFINITION_COLUMNS: ColumnTypes = [
  ['term', 'text'],
  ['lang', 'text'],
  ['kind', 'text'],
  ['start', 'integer'],
  ['end', 'integer'],
  ['definition_start', 'integer'],
  ['definition_end', 'integer'],
  ['confidence', 'double precision'],
];

/**
 * `INSERT INTO table (doc, …) SELECT $1, … FROM unnest($2::type[], …)`, in
 * array order, so identity ids follow the rows as SQLite's rowids do.
 */
function bulkInsert(table: string, columns: ColumnTypes): string {
  const names = columns.map(([column]) => `"${column}"`).join(', ');
  const arrays = columns.map(([, type], index) => `$${index + 2}::${type}[]`).join(', ');
  const fields = columns.map(([column]) => `r."${column}"`).join(', ');
  return `INSERT INTO ${table} (doc, ${names})
    SELECT $1, ${fields}
    FROM unnest(${arrays}) WITH ORDINALITY AS r(${names}, ordinal)
    ORDER BY r.ordinal`;
}

const INSERT_UNITS = bulkInsert('units', UNIT_COLUMNS);
const INSERT_CITATIONS = bulkInsert('citations', CITATION_COLUMNS);
const INSERT_DEFINITIONS = bulkInsert('definitions', DEFINITION_COLUMNS);

/** Unit ids are taken ahead, so a child row can name its parent's id in the same statement. */
const NEXT_UNIT_IDS = `SELECT nextval(pg_get_serial_sequence('units', 'id')) AS id
  FROM generate_series(1, $1::integer) ORDER BY 1`;

/** One array per column, in `columns` order. */
function columnArrays(rows: readonly Record<string, unknown>[], columns: ColumnTypes): unknown[][] {
  return columns.map(([column]) => rows.map((row) => row[column] ?? null));
}

export function createPostgresWriter(
  client: SqlClient,
  options: RecordRowsOptions = {},
): PostgresIndexWriter {
  const replaceDocument = async (document: DocumentRow): Promise<void> => {
    await client.query('DELETE FROM documents WHERE path = $1 OR id = $2', [
      document.path,
      document.id,
    ]);
    await client.query(
      INSERT_DOCUMENT,
      DOCUMENT_COLUMNS.map((column) => document[column]),
    );
  };

  const writeRows = async (rows: RecordRows): Promise<void> => {
    const doc = rows.document.id;
    await replaceDocument(rows.document);
    if (rows.units.length > 0) {
      const taken = await client.query(NEXT_UNIT_IDS, [rows.units.length]);
      const ids = taken.rows.map((row) => Number(row.id));
      const units = rows.units.map((unit) => ({
        ...unit,
        id: ids[unit.index] ?? null,
        parent: unit.parent === null ? null : (ids[unit.parent] ?? null),
      }));
      await client.query(INSERT_UNITS, [doc, ...columnArrays(units, UNIT_COLUMNS)]);
    }
    if (rows.citations.length > 0) {
      await client.query(INSERT_CITATIONS, [
        doc,
        ...columnArrays(rows.citations as unknown as Record<string, unknown>[], CITATION_COLUMNS),
      ]);
    }
    if (rows.definitions.length > 0) {
      await client.query(INSERT_DEFINITIONS, [
        doc,
        ...columnArrays(
          rows.definitions as unknown as Record<string, unknown>[],
          DEFINITION_COLUMNS,
        ),
      ]);
    }
  };

  const writeBatch = async (batch: readonly RecordRows[]): Promise<void> => {
    if (batch.length === 0) return;
    await inTransaction(client, async () => {
      for (const rows of batch) await writeRows(rows);
    });
  };

  return {
    async indexDocument(record) {
      // Build every row before the transaction opens, so a malformed record changes nothing.
      const rows = recordRows(record, options);
      await inTransaction(client, () => writeRows(rows));
    },
    async indexDocuments(records) {
      await writeBatch(records.map((record) => recordRows(record, options)));
    },
    indexRows: writeBatch,
    async replaceTerms(terms) {
      await inTransaction(client, async () => {
        await client.query('DELETE FROM terms');
        if (terms.length === 0) return;
        await client.query(
          `INSERT INTO terms (concept, lang, text)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`,
          [terms.map((t) => t.concept), terms.map((t) => t.lang), terms.map((t) => t.text)],
        );
      });
    },
    async recordFailure(entry) {
      const row = failedDocumentRow(entry);
      await inTransaction(client, () => replaceDocument(row));
    },
    async removeDocument(path) {
      await client.query('DELETE FROM documents WHERE path = $1', [path]);
    },
  };
}
