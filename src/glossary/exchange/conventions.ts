/**
 * How fields TBX-Basic has no data category for are carried, and the order
 * exports use. Shared by the TBX v3 and v2 writers and readers.
 */
import type { Concept, Stamp, TermSource, WorkflowStatus } from '../termbase/types.js';
import { WORKFLOW_STATUSES } from '../termbase/types.js';
import { compareKazakh } from './kazakh-order.js';

/**
 * The workflow status travels as a term-level `<note>` with this prefix:
 * TBX-Basic has no review-state category, and a note keeps the file valid.
 */
export const WORKFLOW_NOTE_PREFIX = 'kazlex:workflow=';

export function workflowNote(status: WorkflowStatus): string {
  return `${WORKFLOW_NOTE_PREFIX}${status}`;
}

export function parseWorkflowNote(note: string): WorkflowStatus | undefined {
  if (!note.startsWith(WORKFLOW_NOTE_PREFIX)) return undefined;
  const value = note.slice(WORKFLOW_NOTE_PREFIX.length);
  return (WORKFLOW_STATUSES as readonly string[]).includes(value)
    ? (value as WorkflowStatus)
    : undefined;
}

/**
 * A source as the text of `<admin type="source">`: the document, then
 * `#start-end` (UTF-16, exclusive end) when a range is known.
 */
export function encodeSourceRef(source: TermSource): string {
  if (source.start === undefined && source.end === undefined) return source.document;
  return `${source.document}#${source.start ?? ''}-${source.end ?? ''}`;
}

export function decodeSourceRef(ref: string): TermSource {
  const hash = ref.lastIndexOf('#');
  if (hash >= 0) {
    const range = ref.slice(hash + 1);
    const dash = range.indexOf('-');
    const start = range.slice(0, dash);
    const end = range.slice(dash + 1);
    if (dash >= 0 && isDigits(start, true) && isDigits(end, true) && (start + end).length > 0) {
      const source: TermSource = { document: ref.slice(0, hash) };
      if (start !== '') source.start = Number(start);
      if (end !== '') source.end = Number(end);
      return source;
    }
  }
  return { document: ref };
}

function isDigits(text: string, allowEmpty: boolean): boolean {
  if (text === '') return allowEmpty;
  for (const ch of text) if (ch < '0' || ch > '9') return false;
  return text.length <= 15;
}

/** The word a concept is filed under: its first live kk term, else any term, else its id. */
export function headword(concept: Concept): string {
  const kk = concept.terms.filter((t) => t.lang === 'kk');
  const live = kk.find((t) => t.workflowStatus !== 'rejected');
  return (live ?? kk[0] ?? concept.terms[0])?.text ?? concept.id;
}

/** Concepts in Kazakh alphabetical order of their headwords, ties by id. */
export function sortConcepts(concepts: readonly Concept[]): Concept[] {
  return [...concepts].sort(
    (a, b) => compareKazakh(headword(a), headword(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export interface ImportDefaults {
  /** Who to record for entries without a responsibility (default "import"). */
  by?: string | undefined;
  /** When to record for entries without a date (default now). */
  at?: string | undefined;
}

export function defaultStamp(defaults: ImportDefaults): Stamp {
  const by = defaults.by ?? 'import';
  const at = defaults.at ?? new Date().toISOString();
  return { createdBy: by, createdAt: at, updatedBy: by, updatedAt: at };
}

export interface ImportResult {
  concepts: Concept[];
  /** Things the reader skipped or repaired, one line each. */
  warnings: string[];
}
