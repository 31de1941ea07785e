/**
 * Typed views of the stage results a document record carries under its own
 * names. Records written by older runs may lack a stage; the views then
 * return empty lists instead of failing the whole report.
 */
import type { SourceCitation } from '../pipeline/cite-document.js';
import type { SourceDefinition, SourceUnit } from '../pipeline/segment-document.js';
import type { DocumentRecord } from '../pipeline/types.js';

export function citationsOf(record: DocumentRecord): SourceCitation[] {
  return Array.isArray(record.citations) ? (record.citations as SourceCitation[]) : [];
}

export function definitionsOf(record: DocumentRecord): SourceDefinition[] {
  const definitions = segmentsOf(record)?.definitions;
  return Array.isArray(definitions) ? (definitions as SourceDefinition[]) : [];
}

export function unitsOf(record: DocumentRecord): SourceUnit[] {
  const units = segmentsOf(record)?.units;
  return Array.isArray(units) ? (units as SourceUnit[]) : [];
}

/** The document's main language from segmentation, else its largest language share. */
export function languageOf(record: DocumentRecord): string {
  const lang = segmentsOf(record)?.lang;
  if (typeof lang === 'string') return lang;
  const [first] = Object.entries(record.languages).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
  return first?.[0] ?? 'und';
}

export function documentDateOf(record: DocumentRecord): string | null {
  return typeof record.documentDate === 'string' ? record.documentDate : null;
}

function segmentsOf(record: DocumentRecord): Record<string, unknown> | null {
  const segments = record.segments;
  return segments && typeof segments === 'object' ? (segments as Record<string, unknown>) : null;
}
