import type Database from 'better-sqlite3';
import { ErrorCode, KazlexError } from '../errors.js';

/**
 * Schema migrations, applied in order; `PRAGMA user_version` records how many
 * have run. Append new steps, never edit old ones: an index written by an
 * older kazlex must open in a newer one.
 *
 * Offsets (`start`, `end`) are UTF-16 code units into the decoded source,
 * end exclusive, as in the JSON outputs. `end` is an SQL keyword: quote it
 * (`"end"`) in hand-written queries.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    sha256 TEXT,
    lang TEXT,
    languages TEXT NOT NULL DEFAULT '{}',
    date TEXT,
    size INTEGER,
    format TEXT,
    encoding TEXT,
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    reason TEXT
  );

  CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    parent INTEGER,
    type TEXT NOT NULL,
    num TEXT,
    heading TEXT,
    eId TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
  );
  CREATE INDEX units_by_doc ON units(doc, start);

  CREATE TABLE citations (
    id INTEGER PRIMARY KEY,
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    cite INTEGER NOT NULL,
    pin INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    line INTEGER NOT NULL,
    text TEXT NOT NULL,
    lang TEXT NOT NULL,
    kind TEXT NOT NULL,
    act_id TEXT,
    act_iri TEXT,
    act_type TEXT,
    act_number TEXT,
    act_date TEXT,
    act_title TEXT,
    section TEXT,
    chapter TEXT,
    article TEXT,
    paragraph TEXT,
    subparagraph TEXT,
    target TEXT,
    resolved INTEGER NOT NULL CHECK (resolved IN (0, 1)),
    reason TEXT NOT NULL,
    confidence REAL NOT NULL,
    UNIQUE (doc, cite, pin)
  );
  CREATE INDEX citations_by_act ON citations(act_id, article, paragraph, doc, cite);
  CREATE INDEX citations_unresolved ON citations(doc, start) WHERE resolved = 0;

  CREATE TABLE definitions (
    id INTEGER PRIMARY KEY,
    doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    term TEXT NOT NULL,
    lang TEXT NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    definition_start INTEGER NOT NULL,
    definition_end INTEGER NOT NULL,
    confidence REAL NOT NULL
  );
  CREATE INDEX definitions_by_doc ON definitions(doc, start);
  CREATE INDEX definitions_by_term ON definitions(term, lang);

  -- Reserved for the glossary stage: one row per term of a concept.
  CREATE TABLE terms (
    id INTEGER PRIMARY KEY,
    concept TEXT NOT NULL,
    lang TEXT NOT NULL,
    text TEXT NOT NULL
  );
  CREATE INDEX terms_by_concept ON terms(concept, lang);
  CREATE INDEX terms_by_text ON terms(text, lang);
  `,
];

/**
 * Indexes that only queries use: no write looks rows up through them. A first
 * run over a large corpus drops them and builds each once at the end: for the
 * rows of 200 MB, building `citations_by_act` took 0.6 CPU-seconds, keeping
 * it up to date row by row 2.1, on the thread that also feeds the workers. Each statement is
 * the one in the migrations, word for word (a test checks), so a rebuilt index
 * is the index a new file gets.
 */
export const QUERY_INDEXES: readonly { name: string; sql: string }[] = [
  {
    name: 'citations_by_act',
    sql: 'CREATE INDEX citations_by_act ON citations(act_id, article, paragraph, doc, cite)',
  },
  {
    name: 'citations_unresolved',
    sql: 'CREATE INDEX citations_unresolved ON citations(doc, start) WHERE resolved = 0',
  },
  {
    name: 'definitions_by_term',
    sql: 'CREATE INDEX definitions_by_term ON definitions(term, lang)',
  },
];

/** The schema version this kazlex writes and reads. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Runs the migrations the database has not seen yet, each in its own
 * IMMEDIATE transaction that re-reads the version, so two processes opening a
 * new file at once do not both run a step.
 */
export function migrate(db: Database.Database): void {
  for (;;) {
    const step = db.transaction(() => {
      const version = schemaVersion(db);
      assertKnownVersion(version);
      const sql = MIGRATIONS[version];
      if (sql === undefined) return false;
      db.exec(sql);
      db.pragma(`user_version = ${version + 1}`);
      return true;
    });
    if (!step.immediate()) return;
  }
}

/** For a read-only connection: the file must already have this kazlex's schema. */
export function assertCurrentSchema(db: Database.Database): void {
  const version = schemaVersion(db);
  assertKnownVersion(version);
  if (version < SCHEMA_VERSION) {
    throw new KazlexError(
      ErrorCode.VALIDATION,
      `the index has schema version ${version}, this kazlex reads ${SCHEMA_VERSION}: run \`kazlex run\` to update it`,
    );
  }
}

function schemaVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

function assertKnownVersion(version: number): void {
  if (version > SCHEMA_VERSION) {
    throw new KazlexError(
      ErrorCode.VALIDATION,
      `the index has schema version ${version}, newer than this kazlex (${SCHEMA_VERSION}): upgrade kazlex`,
    );
  }
}
