import type Database from 'better-sqlite3';
import { ErrorCode, KazlexError } from '../../errors.js';

/**
 * Schema migrations, applied in order; `PRAGMA user_version` records how many
 * have run. Append new steps, never edit old ones: a term base written by an
 * older kazlex must open in a newer one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE concept (
    id TEXT PRIMARY KEY,
    subject_field TEXT,
    definitions TEXT NOT NULL DEFAULT '{}',
    note TEXT,
    merged_into TEXT REFERENCES concept(id),
    created_by TEXT NOT NULL, created_at TEXT NOT NULL,
    updated_by TEXT NOT NULL, updated_at TEXT NOT NULL
  );
  CREATE TABLE term (
    id TEXT PRIMARY KEY,
    concept_id TEXT NOT NULL REFERENCES concept(id),
    position INTEGER NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('kk', 'ru', 'en')),
    text TEXT NOT NULL,
    text_key TEXT NOT NULL,
    admin_status TEXT NOT NULL CHECK (admin_status IN ('preferredTerm-admn-sts',
      'admittedTerm-admn-sts', 'deprecatedTerm-admn-sts', 'supersededTerm-admn-sts')),
    part_of_speech TEXT CHECK (part_of_speech IN ('noun', 'verb', 'adjective', 'adverb', 'other')),
    sources TEXT NOT NULL DEFAULT '[]',
    workflow TEXT NOT NULL CHECK (workflow IN ('candidate', 'approved', 'rejected')),
    note TEXT,
    created_by TEXT NOT NULL, created_at TEXT NOT NULL,
    updated_by TEXT NOT NULL, updated_at TEXT NOT NULL
  );
  CREATE INDEX term_by_concept ON term(concept_id, position);
  CREATE INDEX term_by_key ON term(lang, text_key);
  CREATE TABLE history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    concept_id TEXT NOT NULL,
    term_id TEXT,
    action TEXT NOT NULL,
    before TEXT,
    after TEXT,
    by TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX history_by_concept ON history(concept_id, seq);
  CREATE TRIGGER history_append_only_update BEFORE UPDATE ON history
    BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
  CREATE TRIGGER history_append_only_delete BEFORE DELETE ON history
    BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
  `,
];

/**
 * Runs the migrations the database has not seen yet, each in its own
 * IMMEDIATE transaction that re-reads the version, so two processes opening a
 * new file at once do not both run a step.
 */
export function migrate(db: Database.Database): number {
  for (;;) {
    const applied = db
      .transaction(() => {
        const version = db.pragma('user_version', { simple: true }) as number;
        if (version > MIGRATIONS.length) {
          throw new KazlexError(
            ErrorCode.VALIDATION,
            `term base schema version ${version} is newer than this kazlex (${MIGRATIONS.length})`,
          );
        }
        if (version === MIGRATIONS.length) return false;
        db.exec(MIGRATIONS[version]!);
        db.pragma(`user_version = ${version + 1}`);
        return true;
      })
      .immediate();
    if (!applied) return MIGRATIONS.length;
  }
}
