import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { ErrorCode, KazlexError } from '../../errors.js';
import {
  type ConceptRow,
  conceptFromRow,
  type HistoryRow,
  historyFromRow,
  type TermRow,
  termFromRow,
} from './rows.js';
import { migrate } from './schema.js';
import { termTextKey } from './text-key.js';
import {
  AdministrativeStatus,
  type Concept,
  type ConceptFilter,
  type ConceptInput,
  type ConceptPatch,
  type Conflict,
  HistoryAction,
  type HistoryEntry,
  type Language,
  type Term,
  type TermInput,
  type TermPatch,
  type TermSource,
  WorkflowStatus,
} from './types.js';

export interface OpenTermBaseOptions {
  /** Clock for change stamps (ISO 8601); defaults to the system clock. */
  now?: (() => string) | null | undefined;
  /** Id generator; defaults to random UUIDs. */
  newId?: ((kind: 'concept' | 'term') => string) | null | undefined;
}

export interface DeprecateOptions {
  /** Text of the term that replaces the deprecated one (same concept and language). */
  replacement?: string | undefined;
}

export interface DeprecateResult {
  deprecated: Term;
  replacement: Term | null;
}

export interface TermBase {
  /** SQLite schema version after migrations. */
  readonly schemaVersion: number;
  addConcept(input: ConceptInput, by: string): Concept;
  /** Inserts or replaces whole concepts as read from an exchange file, keeping ids and stamps. */
  importConcepts(concepts: readonly Concept[], by: string): { added: number; replaced: number };
  getConcept(id: string): Concept | undefined;
  listConcepts(filter?: ConceptFilter): Concept[];
  searchTerms(text: string, lang?: Language): Term[];
  updateConcept(conceptId: string, patch: ConceptPatch, by: string): Concept;
  addTerm(conceptId: string, input: TermInput, by: string): Term;
  updateTerm(termId: string, patch: TermPatch, by: string): Term;
  approve(termId: string, by: string): Term;
  reject(termId: string, by: string): Term;
  deprecate(termId: string, options: DeprecateOptions, by: string): DeprecateResult;
  /** Moves B's terms into A, fills A's gaps from B; B then redirects to A. */
  merge(conceptA: string, conceptB: string, by: string): Concept;
  history(conceptId: string): HistoryEntry[];
  /** The same kk term under two or more live concepts (rejected terms ignored). */
  conflicts(): Conflict[];
  close(): void;
}

/**
 * Opens (or creates) a term base. WAL with `synchronous = FULL`: a change is
 * on disk when its call returns, so killing the process loses no returned edit.
 */
export function openTermBase(path: string, options: OpenTermBaseOptions = {}): TermBase {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const schemaVersion = migrate(db);
  return new SqliteTermBase(db, schemaVersion, options);
}

class SqliteTermBase implements TermBase {
  readonly schemaVersion: number;
  readonly #db: Database.Database;
  readonly #now: () => string;
  readonly #newId: (kind: 'concept' | 'term') => string;

  constructor(db: Database.Database, schemaVersion: number, options: OpenTermBaseOptions) {
    this.#db = db;
    this.schemaVersion = schemaVersion;
    this.#now = options.now ?? (() => new Date().toISOString());
    this.#newId = options.newId ?? ((kind) => `${kind === 'concept' ? 'c' : 't'}-${randomUUID()}`);
  }

  addConcept(input: ConceptInput, by: string): Concept {
    return this.#write(() => {
      const at = this.#now();
      const id = input.id ?? this.#newId('concept');
      if (this.#conceptRow(id) !== undefined) fail(`concept ${id} already exists`);
      if (input.terms.length === 0) fail('a concept needs at least one term');
      this.#db
        .prepare(
          `INSERT INTO concept (id, subject_field, definitions, note, created_by, created_at, updated_by, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          input.subjectField ?? null,
          JSON.stringify(input.definitions ?? {}),
          input.note ?? null,
          by,
          at,
          by,
          at,
        );
      for (const term of input.terms) this.#insertTerm(id, term, by, at);
      const concept = this.#mustConcept(id);
      this.#log(id, null, HistoryAction.ADD_CONCEPT, null, concept, by, at);
      return concept;
    });
  }

  importConcepts(concepts: readonly Concept[], by: string): { added: number; replaced: number } {
    return this.#write(() => {
      const at = this.#now();
      let added = 0;
      let replaced = 0;
      for (const concept of concepts) {
        if (concept.terms.length === 0) fail(`concept ${concept.id} has no terms`);
        const before =
          this.#conceptRow(concept.id) === undefined ? null : this.#mustConcept(concept.id);
        if (before === null) {
          added++;
          this.#db
            .prepare(
              `INSERT INTO concept (id, subject_field, definitions, note, created_by, created_at, updated_by, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(...conceptValues(concept));
        } else {
          replaced++;
          this.#db
            .prepare(
              `UPDATE concept SET subject_field = ?, definitions = ?, note = ?, created_by = ?,
               created_at = ?, updated_by = ?, updated_at = ?, merged_into = NULL WHERE id = ?`,
            )
            .run(...conceptValues(concept).slice(1), concept.id);
          this.#db.prepare('DELETE FROM term WHERE concept_id = ?').run(concept.id);
        }
        concept.terms.forEach((term, position) => {
          if (this.#termRow(term.id) !== undefined) fail(`term ${term.id} already exists`);
          this.#writeTermRow({ ...term, conceptId: concept.id }, position);
        });
        const after = this.#mustConcept(concept.id);
        this.#log(concept.id, null, HistoryAction.IMPORT_CONCEPT, before, after, by, at);
      }
      return { added, replaced };
    });
  }

  getConcept(id: string): Concept | undefined {
    let row = this.#conceptRow(id);
    const seen = new Set<string>();
    while (row?.merged_into && !seen.has(row.id)) {
      seen.add(row.id);
      row = this.#conceptRow(row.merged_into);
    }
    return row === undefined ? undefined : this.#conceptWithTerms(row);
  }

  listConcepts(filter: ConceptFilter = {}): Concept[] {
    const rows = this.#db
      .prepare('SELECT * FROM concept WHERE merged_into IS NULL ORDER BY rowid')
      .all() as ConceptRow[];
    return rows
      .filter(
        (row) => filter.subjectField === undefined || row.subject_field === filter.subjectField,
      )
      .map((row) => this.#conceptWithTerms(row))
      .filter((concept) =>
        // Every concept has a term, so no language/workflow filter keeps them all.
        concept.terms.some(
          (t) =>
            (filter.lang === undefined || t.lang === filter.lang) &&
            (filter.workflowStatus === undefined || t.workflowStatus === filter.workflowStatus),
        ),
      );
  }

  searchTerms(text: string, lang?: Language): Term[] {
    const key = termTextKey(text);
    if (key === '') return [];
    const rows = this.#db
      .prepare(
        `SELECT term.* FROM term JOIN concept ON concept.id = term.concept_id
         WHERE concept.merged_into IS NULL AND instr(term.text_key, ?) > 0 AND (? IS NULL OR term.lang = ?)
         ORDER BY term.text_key = ? DESC, length(term.text_key), term.text_key`,
      )
      .all(key, lang ?? null, lang ?? null, key) as TermRow[];
    return rows.map(termFromRow);
  }

  updateConcept(conceptId: string, patch: ConceptPatch, by: string): Concept {
    return this.#write(() => {
      const before = this.#mustConcept(conceptId);
      const at = this.#now();
      this.#db
        .prepare(
          'UPDATE concept SET subject_field = ?, definitions = ?, note = ?, updated_by = ?, updated_at = ? WHERE id = ?',
        )
        .run(
          patch.subjectField === undefined ? before.subjectField : patch.subjectField,
          JSON.stringify(patch.definitions ?? before.definitions),
          patch.note === undefined ? before.note : patch.note,
          by,
          at,
          conceptId,
        );
      const after = this.#mustConcept(conceptId);
      this.#log(conceptId, null, HistoryAction.UPDATE_CONCEPT, before, after, by, at);
      return after;
    });
  }

  addTerm(conceptId: string, input: TermInput, by: string): Term {
    return this.#write(() => {
      this.#mustConcept(conceptId);
      const at = this.#now();
      const term = this.#insertTerm(conceptId, input, by, at);
      this.#log(conceptId, term.id, HistoryAction.ADD_TERM, null, term, by, at);
      this.#touchConcept(conceptId, by, at);
      return term;
    });
  }

  updateTerm(termId: string, patch: TermPatch, by: string): Term {
    return this.#write(() => this.#patchTerm(termId, patch, by, HistoryAction.UPDATE_TERM));
  }

  approve(termId: string, by: string): Term {
    return this.#write(() =>
      this.#patchTerm(
        termId,
        { workflowStatus: WorkflowStatus.APPROVED },
        by,
        HistoryAction.APPROVE,
      ),
    );
  }

  reject(termId: string, by: string): Term {
    return this.#write(() =>
      this.#patchTerm(
        termId,
        { workflowStatus: WorkflowStatus.REJECTED },
        by,
        HistoryAction.REJECT,
      ),
    );
  }

  deprecate(termId: string, options: DeprecateOptions, by: string): DeprecateResult {
    return this.#write(() => {
      const deprecated = this.#patchTerm(
        termId,
        { administrativeStatus: AdministrativeStatus.DEPRECATED },
        by,
        HistoryAction.DEPRECATE,
      );
      if (options.replacement === undefined) return { deprecated, replacement: null };
      const key = termTextKey(options.replacement);
      if (key === termTextKey(deprecated.text)) fail('a term cannot replace itself');
      const existing = (
        this.#db
          .prepare('SELECT * FROM term WHERE concept_id = ? AND lang = ? AND text_key = ?')
          .all(deprecated.conceptId, deprecated.lang, key) as TermRow[]
      )[0];
      const preferred = {
        administrativeStatus: AdministrativeStatus.PREFERRED,
        workflowStatus: WorkflowStatus.APPROVED,
      };
      if (existing !== undefined) {
        const replacement = this.#patchTerm(existing.id, preferred, by, HistoryAction.UPDATE_TERM);
        return { deprecated, replacement };
      }
      const at = this.#now();
      const replacement = this.#insertTerm(
        deprecated.conceptId,
        {
          lang: deprecated.lang,
          text: options.replacement,
          partOfSpeech: deprecated.partOfSpeech,
          ...preferred,
        },
        by,
        at,
      );
      this.#log(
        deprecated.conceptId,
        replacement.id,
        HistoryAction.ADD_TERM,
        null,
        replacement,
        by,
        at,
      );
      return { deprecated, replacement };
    });
  }

  merge(conceptA: string, conceptB: string, by: string): Concept {
    return this.#write(() => {
      if (conceptA === conceptB) fail('cannot merge a concept into itself');
      const a = this.#mustConcept(conceptA);
      const b = this.#mustConcept(conceptB);
      const at = this.#now();
      const offset = a.terms.length;
      b.terms.forEach((term, i) => {
        this.#db
          .prepare(
            'UPDATE term SET concept_id = ?, position = ?, updated_by = ?, updated_at = ? WHERE id = ?',
          )
          .run(conceptA, offset + i, by, at, term.id);
      });
      this.#db
        .prepare(
          'UPDATE concept SET subject_field = ?, definitions = ?, note = ?, updated_by = ?, updated_at = ? WHERE id = ?',
        )
        .run(
          a.subjectField ?? b.subjectField,
          JSON.stringify({ ...b.definitions, ...a.definitions }),
          joinNotes(a.note, b.note),
          by,
          at,
          conceptA,
        );
      this.#db
        .prepare('UPDATE concept SET merged_into = ?, updated_by = ?, updated_at = ? WHERE id = ?')
        .run(conceptA, by, at, conceptB);
      const after = this.#mustConcept(conceptA);
      this.#log(conceptA, null, HistoryAction.MERGE, { into: a, from: b }, after, by, at);
      this.#log(conceptB, null, HistoryAction.MERGE, b, { mergedInto: conceptA }, by, at);
      return after;
    });
  }

  history(conceptId: string): HistoryEntry[] {
    const ids = [conceptId, ...this.#mergedInto(conceptId)];
    const rows = this.#db
      .prepare(
        `SELECT * FROM history WHERE concept_id IN (${ids.map(() => '?').join(',')}) ORDER BY seq`,
      )
      .all(...ids) as HistoryRow[];
    return rows.map(historyFromRow);
  }

  conflicts(): Conflict[] {
    const rows = this.#db
      .prepare(
        `SELECT term.text_key AS key, term.lang AS lang, term.concept_id AS concept_id, term.id AS id
         FROM term JOIN concept ON concept.id = term.concept_id
         WHERE concept.merged_into IS NULL AND term.lang = 'kk' AND term.workflow != 'rejected'
           AND term.text_key IN (
             SELECT t.text_key FROM term t JOIN concept c ON c.id = t.concept_id
             WHERE c.merged_into IS NULL AND t.lang = 'kk' AND t.workflow != 'rejected'
             GROUP BY t.text_key HAVING COUNT(DISTINCT t.concept_id) > 1)
         ORDER BY term.text_key, term.concept_id`,
      )
      .all() as { key: string; lang: Language; concept_id: string; id: string }[];
    const byKey = new Map<string, Conflict>();
    for (const row of rows) {
      const conflict = byKey.get(row.key) ?? {
        lang: row.lang,
        text: row.key,
        conceptIds: [],
        termIds: [],
      };
      if (!conflict.conceptIds.includes(row.concept_id)) conflict.conceptIds.push(row.concept_id);
      conflict.termIds.push(row.id);
      byKey.set(row.key, conflict);
    }
    return [...byKey.values()];
  }

  close(): void {
    this.#db.close();
  }

  /** One change = one IMMEDIATE transaction (takes the write lock up front). */
  #write<T>(change: () => T): T {
    try {
      return this.#db.transaction(change).immediate();
    } catch (error) {
      if (error instanceof KazlexError) throw error;
      if (error instanceof Error && /CHECK constraint/.test(error.message)) {
        throw new KazlexError(ErrorCode.VALIDATION, `invalid term base value: ${error.message}`, {
          cause: error,
        });
      }
      throw error;
    }
  }

  #insertTerm(conceptId: string, input: TermInput, by: string, at: string): Term {
    const id = this.#newId('term');
    const position = (
      this.#db
        .prepare('SELECT COALESCE(MAX(position) + 1, 0) AS next FROM term WHERE concept_id = ?')
        .get(conceptId) as { next: number }
    ).next;
    if (input.text.trim() === '') fail('a term needs text');
    this.#writeTermRow(
      {
        id,
        conceptId,
        lang: input.lang,
        text: input.text.normalize('NFC'),
        administrativeStatus: input.administrativeStatus ?? AdministrativeStatus.ADMITTED,
        partOfSpeech: input.partOfSpeech ?? null,
        sources: input.sources ?? [],
        workflowStatus: input.workflowStatus ?? WorkflowStatus.CANDIDATE,
        note: input.note ?? null,
        createdBy: by,
        createdAt: at,
        updatedBy: by,
        updatedAt: at,
      },
      position,
    );
    return termFromRow(this.#termRow(id)!);
  }

  /** The one INSERT of a term row, for new terms and imported ones alike. */
  #writeTermRow(term: Term, position: number): void {
    this.#db
      .prepare(
        `INSERT INTO term (id, concept_id, position, lang, text, text_key, admin_status, part_of_speech,
         sources, workflow, note, created_by, created_at, updated_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        term.id,
        term.conceptId,
        position,
        term.lang,
        term.text,
        termTextKey(term.text),
        term.administrativeStatus,
        term.partOfSpeech,
        JSON.stringify(cleanSources(term.sources)),
        term.workflowStatus,
        term.note,
        term.createdBy,
        term.createdAt,
        term.updatedBy,
        term.updatedAt,
      );
  }

  #patchTerm(termId: string, patch: TermPatch, by: string, action: HistoryAction): Term {
    const row = this.#termRow(termId);
    if (row === undefined) fail(`no term ${termId}`);
    const before = termFromRow(row);
    const next = { ...before, ...definedOnly(patch) };
    if (next.text.trim() === '') fail('a term needs text');
    const at = this.#now();
    this.#db
      .prepare(
        `UPDATE term SET text = ?, text_key = ?, admin_status = ?, part_of_speech = ?, sources = ?,
         workflow = ?, note = ?, updated_by = ?, updated_at = ? WHERE id = ?`,
      )
      .run(
        next.text.normalize('NFC'),
        termTextKey(next.text),
        next.administrativeStatus,
        next.partOfSpeech,
        JSON.stringify(cleanSources(next.sources)),
        next.workflowStatus,
        next.note,
        by,
        at,
        termId,
      );
    const after = termFromRow(this.#termRow(termId)!);
    this.#log(before.conceptId, termId, action, before, after, by, at);
    this.#touchConcept(before.conceptId, by, at);
    return after;
  }

  #touchConcept(conceptId: string, by: string, at: string): void {
    this.#db
      .prepare('UPDATE concept SET updated_by = ?, updated_at = ? WHERE id = ?')
      .run(by, at, conceptId);
  }

  #log(
    conceptId: string,
    termId: string | null,
    action: HistoryAction,
    before: unknown,
    after: unknown,
    by: string,
    at: string,
  ): void {
    if (by.trim() === '') fail('every change needs a user');
    this.#db
      .prepare(
        'INSERT INTO history (concept_id, term_id, action, before, after, by, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        conceptId,
        termId,
        action,
        before === null ? null : JSON.stringify(before),
        after === null ? null : JSON.stringify(after),
        by,
        at,
      );
  }

  #conceptRow(id: string): ConceptRow | undefined {
    return this.#db.prepare('SELECT * FROM concept WHERE id = ?').get(id) as ConceptRow | undefined;
  }

  #termRow(id: string): TermRow | undefined {
    return this.#db.prepare('SELECT * FROM term WHERE id = ?').get(id) as TermRow | undefined;
  }

  #mustConcept(id: string): Concept {
    const row = this.#conceptRow(id);
    if (row === undefined) fail(`no concept ${id}`);
    if (row.merged_into !== null) fail(`concept ${id} was merged into ${row.merged_into}`);
    return this.#conceptWithTerms(row);
  }

  #conceptWithTerms(row: ConceptRow): Concept {
    const terms = this.#db
      .prepare('SELECT * FROM term WHERE concept_id = ? ORDER BY position')
      .all(row.id) as TermRow[];
    return conceptFromRow(row, terms.map(termFromRow));
  }

  #mergedInto(conceptId: string): string[] {
    const out: string[] = [];
    const queue = [conceptId];
    while (queue.length > 0) {
      const id = queue.shift()!;
      const rows = this.#db.prepare('SELECT id FROM concept WHERE merged_into = ?').all(id) as {
        id: string;
      }[];
      for (const row of rows) {
        if (out.includes(row.id) || row.id === conceptId) continue;
        out.push(row.id);
        queue.push(row.id);
      }
    }
    return out;
  }
}

function fail(message: string): never {
  throw new KazlexError(ErrorCode.VALIDATION, message);
}

function conceptValues(
  concept: Concept,
): [string, string | null, string, string | null, string, string, string, string] {
  return [
    concept.id,
    concept.subjectField,
    JSON.stringify(concept.definitions),
    concept.note,
    concept.createdBy,
    concept.createdAt,
    concept.updatedBy,
    concept.updatedAt,
  ];
}

/** Drops absent fields so a stored source equals the one given. */
function cleanSources(sources: readonly TermSource[]): TermSource[] {
  return sources.map((s) => {
    const out: TermSource = { document: s.document };
    if (s.start !== undefined) out.start = s.start;
    if (s.end !== undefined) out.end = s.end;
    if (s.sentence !== undefined) out.sentence = s.sentence;
    return out;
  });
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function joinNotes(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null || b === a) return a;
  return `${a}\n${b}`;
}
