/**
 * The concept-oriented term base model. It maps one to one onto TBX-Basic:
 * Concept → conceptEntry, definitions → langSec/descrip[@type=definition],
 * Term → termSec, administrativeStatus/partOfSpeech → termNote, sources →
 * descripGrp(context + admin[@type=source]), who/when → transacGrp.
 */

export const Language = { KK: 'kk', RU: 'ru', EN: 'en' } as const;
export type Language = (typeof Language)[keyof typeof Language];
export const LANGUAGES: readonly Language[] = ['kk', 'ru', 'en'];

/** TBX-Basic administrativeStatus values (TBX-Basic DCA schematron, module.min.termNote). */
export const AdministrativeStatus = {
  PREFERRED: 'preferredTerm-admn-sts',
  ADMITTED: 'admittedTerm-admn-sts',
  DEPRECATED: 'deprecatedTerm-admn-sts',
  SUPERSEDED: 'supersededTerm-admn-sts',
} as const;
export type AdministrativeStatus = (typeof AdministrativeStatus)[keyof typeof AdministrativeStatus];
export const ADMINISTRATIVE_STATUSES: readonly AdministrativeStatus[] =
  Object.values(AdministrativeStatus);

/**
 * TBX-Basic partOfSpeech values. `properNoun` is not one of them (the DCA
 * schematron allows adjective, noun, other, verb, adverb), so it is not offered.
 */
export const PartOfSpeech = {
  NOUN: 'noun',
  VERB: 'verb',
  ADJECTIVE: 'adjective',
  ADVERB: 'adverb',
  OTHER: 'other',
} as const;
export type PartOfSpeech = (typeof PartOfSpeech)[keyof typeof PartOfSpeech];
export const PARTS_OF_SPEECH: readonly PartOfSpeech[] = Object.values(PartOfSpeech);

/** Review state of a term; not a TBX-Basic data category (exported as a term note). */
export const WorkflowStatus = {
  CANDIDATE: 'candidate',
  APPROVED: 'approved',
  REJECTED: 'rejected',
} as const;
export type WorkflowStatus = (typeof WorkflowStatus)[keyof typeof WorkflowStatus];
export const WORKFLOW_STATUSES: readonly WorkflowStatus[] = Object.values(WorkflowStatus);

/** Where a term was found: document, UTF-16 range (exclusive end) and the sentence. */
export interface TermSource {
  document: string;
  start?: number | undefined;
  end?: number | undefined;
  sentence?: string | undefined;
}

/** Who changed a record and when (ISO 8601 date or date-time). */
export interface Stamp {
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
}

export interface Term extends Stamp {
  id: string;
  conceptId: string;
  lang: Language;
  text: string;
  administrativeStatus: AdministrativeStatus;
  partOfSpeech: PartOfSpeech | null;
  sources: TermSource[];
  workflowStatus: WorkflowStatus;
  note: string | null;
}

export interface Concept extends Stamp {
  id: string;
  subjectField: string | null;
  definitions: Partial<Record<Language, string>>;
  note: string | null;
  terms: Term[];
}

export interface TermInput {
  lang: Language;
  text: string;
  administrativeStatus?: AdministrativeStatus | undefined;
  partOfSpeech?: PartOfSpeech | null | undefined;
  sources?: TermSource[] | undefined;
  workflowStatus?: WorkflowStatus | undefined;
  note?: string | null | undefined;
}

export interface ConceptInput {
  /** Keeps an id from an import; generated when absent. */
  id?: string | undefined;
  subjectField?: string | null | undefined;
  definitions?: Partial<Record<Language, string>> | undefined;
  note?: string | null | undefined;
  terms: TermInput[];
}

export type TermPatch = Partial<
  Pick<
    Term,
    'text' | 'administrativeStatus' | 'partOfSpeech' | 'sources' | 'workflowStatus' | 'note'
  >
>;

export type ConceptPatch = Partial<Pick<Concept, 'subjectField' | 'definitions' | 'note'>>;

export interface ConceptFilter {
  lang?: Language | undefined;
  workflowStatus?: WorkflowStatus | undefined;
  subjectField?: string | undefined;
}

export const HistoryAction = {
  ADD_CONCEPT: 'add-concept',
  IMPORT_CONCEPT: 'import-concept',
  UPDATE_CONCEPT: 'update-concept',
  ADD_TERM: 'add-term',
  UPDATE_TERM: 'update-term',
  APPROVE: 'approve',
  REJECT: 'reject',
  DEPRECATE: 'deprecate',
  MERGE: 'merge',
} as const;
export type HistoryAction = (typeof HistoryAction)[keyof typeof HistoryAction];

export interface HistoryEntry {
  seq: number;
  conceptId: string;
  termId: string | null;
  action: HistoryAction;
  before: unknown;
  after: unknown;
  by: string;
  at: string;
}

/** The same term text (case-folded) under two or more concepts. */
export interface Conflict {
  lang: Language;
  text: string;
  conceptIds: string[];
  termIds: string[];
}
