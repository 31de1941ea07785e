import type {
  AdministrativeStatus,
  Concept,
  HistoryAction,
  HistoryEntry,
  Language,
  PartOfSpeech,
  Term,
  TermSource,
  WorkflowStatus,
} from './types.js';

/** Row shapes as better-sqlite3 returns them, and their mapping to the model. */
export interface ConceptRow {
  id: string;
  subject_field: string | null;
  definitions: string;
  note: string | null;
  merged_into: string | null;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface TermRow {
  id: string;
  concept_id: string;
  position: number;
  lang: string;
  text: string;
  text_key: string;
  admin_status: string;
  part_of_speech: string | null;
  sources: string;
  workflow: string;
  note: string | null;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface HistoryRow {
  seq: number;
  concept_id: string;
  term_id: string | null;
  action: string;
  before: string | null;
  after: string | null;
  by: string;
  at: string;
}

export function termFromRow(row: TermRow): Term {
  return {
    id: row.id,
    conceptId: row.concept_id,
    lang: row.lang as Language,
    text: row.text,
    administrativeStatus: row.admin_status as AdministrativeStatus,
    partOfSpeech: row.part_of_speech as PartOfSpeech | null,
    sources: JSON.parse(row.sources) as TermSource[],
    workflowStatus: row.workflow as WorkflowStatus,
    note: row.note,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

export function conceptFromRow(row: ConceptRow, terms: Term[]): Concept {
  return {
    id: row.id,
    subjectField: row.subject_field,
    definitions: JSON.parse(row.definitions) as Concept['definitions'],
    note: row.note,
    terms,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

export function historyFromRow(row: HistoryRow): HistoryEntry {
  return {
    seq: row.seq,
    conceptId: row.concept_id,
    termId: row.term_id,
    action: row.action as HistoryAction,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    by: row.by,
    at: row.at,
  };
}
