/**
 * Writes documents into the index. Each call is one transaction that first
 * deletes what the index held for the document (by path and by id; child rows
 * go with it through ON DELETE CASCADE), so re-runs and resumed runs never
 * leave duplicates or stale rows behind.
 */
import type Database from 'better-sqlite3';
import type { CorpusEntry, DocumentRecord } from '../pipeline/types.js';
import {
  type DocumentRow,
  failedDocumentRow,
  type RecordRows,
  type RecordRowsOptions,
  recordRows,
  type TermRow,
} from './record-rows.js';

export interface IndexWriter {
  indexDocument(record: DocumentRecord): void;
  indexDocuments(records: readonly DocumentRecord[]): void;
  indexRows(batch: readonly RecordRows[]): void;
  recordFailure(entry: CorpusEntry): void;
  replaceTerms(terms: readonly TermRow[]): void;
  removeDocument(path: string): void;
}

export function createWriter(db: Database.Database, options: RecordRowsOptions = {}): IndexWriter {
  const removeDocument = db.prepare('DELETE FROM documents WHERE path = ? OR id = ?');
  const insertDocument = db.prepare(
    `INSERT INTO documents (id, path, sha256, lang, languages, date, size, format, encoding, status, reason)
     VALUES (@id, @path, @sha256, @lang, @languages, @date, @size, @format, @encoding, @status, @reason)`,
  );
  // Positional parameters: binding by name cost a third more per row, and a
  // corpus run writes hundreds of thousands of rows.
  const insertUnit = db.prepare(
    `INSERT INTO units (doc, parent, type, num, heading, eId, start, "end")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCitation = db.prepare(
    `INSERT INTO citations (doc, cite, pin, start, "end", line, text, lang, kind, act_id, act_iri,
       act_type, act_number, act_date, act_title, section, chapter, article, paragraph, subparagraph,
       target, resolved, reason, confidence)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertDefinition = db.prepare(
    `INSERT INTO definitions (doc, term, lang, kind, start, "end", definition_start, definition_end, confidence)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const clearTerms = db.prepare('DELETE FROM terms');
  const insertTerm = db.prepare(
    'INSERT INTO terms (concept, lang, text) VALUES (@concept, @lang, @text)',
  );

  const replaceDocument = (document: DocumentRow): void => {
    removeDocument.run(document.path, document.id);
    insertDocument.run(document);
  };

  const writeRows = db.transaction((rows: RecordRows) => {
    const doc = rows.document.id;
    replaceDocument(rows.document);
    const unitIds: number[] = [];
    for (const u of rows.units) {
      const parent = u.parent === null ? null : (unitIds[u.parent] ?? null);
      const result = insertUnit.run(doc, parent, u.type, u.num, u.heading, u.eId, u.start, u.end);
      unitIds.push(Number(result.lastInsertRowid));
    }
    for (const c of rows.citations) {
      insertCitation.run(
        doc,
        c.cite,
        c.pin,
        c.start,
        c.end,
        c.line,
        c.text,
        c.lang,
        c.kind,
        c.act_id,
        c.act_iri,
        c.act_type,
        c.act_number,
        c.act_date,
        c.act_title,
        c.section,
        c.chapter,
        c.article,
        c.paragraph,
        c.subparagraph,
        c.target,
        c.resolved,
        c.reason,
        c.confidence,
      );
    }
    for (const d of rows.definitions) {
      insertDefinition.run(
        doc,
        d.term,
        d.lang,
        d.kind,
        d.start,
        d.end,
        d.definition_start,
        d.definition_end,
        d.confidence,
      );
    }
  });

  // A nested better-sqlite3 transaction is a savepoint, so a batch is one commit.
  const writeBatch = db.transaction((batch: readonly RecordRows[]) => {
    for (const rows of batch) writeRows(rows);
  });

  return {
    indexDocument(record) {
      // Build every row before the transaction opens, so a malformed record changes nothing.
      writeRows(recordRows(record, options));
    },
    indexDocuments(records) {
      writeBatch(records.map((record) => recordRows(record, options)));
    },
    indexRows(batch) {
      writeBatch(batch);
    },
    replaceTerms: db.transaction((terms: readonly TermRow[]) => {
      clearTerms.run();
      for (const term of terms) insertTerm.run(term);
    }),
    recordFailure: db.transaction((entry: CorpusEntry) => {
      replaceDocument(failedDocumentRow(entry));
    }),
    removeDocument(path) {
      removeDocument.run(path, null);
    },
  };
}
