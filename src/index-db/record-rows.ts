/**
 * A document record (`output/docs/<id>.json`) as the rows of the index:
 * pure, no database. The units tree is flattened in document order with a
 * parent pointer; a citation gives one row per pin (one row when it has none).
 */
import { pinTargets } from '../citations/index.js';
import { normalizeProvisionNumber } from '../citations/registry/index.js';
import type { SourceCitation } from '../pipeline/cite-document.js';
import type { CorpusEntry, DocumentRecord } from '../pipeline/types.js';
import type { Definition } from '../structure/definitions/types.js';
import type { StructureUnit } from '../structure/units/types.js';

export interface DocumentRow {
  id: string;
  path: string;
  sha256: string | null;
  lang: string | null;
  languages: string;
  date: string | null;
  size: number | null;
  format: string | null;
  encoding: string | null;
  status: 'ok' | 'failed';
  reason: string | null;
}

export interface UnitRow {
  /** Position in the flattened list; `parent` points at another row's `index`. */
  index: number;
  parent: number | null;
  type: string;
  num: string | null;
  heading: string | null;
  eId: string;
  start: number;
  end: number;
}

export interface CitationRow {
  cite: number;
  pin: number;
  start: number;
  end: number;
  line: number;
  text: string;
  lang: string;
  kind: string;
  act_id: string | null;
  act_iri: string | null;
  act_type: string | null;
  act_number: string | null;
  act_date: string | null;
  act_title: string | null;
  section: string | null;
  chapter: string | null;
  article: string | null;
  paragraph: string | null;
  subparagraph: string | null;
  target: string | null;
  resolved: 0 | 1;
  reason: string;
  confidence: number;
}

export interface DefinitionRow {
  term: string;
  lang: string;
  kind: string;
  start: number;
  end: number;
  definition_start: number;
  definition_end: number;
  confidence: number;
}

/** One term of a concept (the `terms` table). */
export interface TermRow {
  concept: string;
  lang: string;
  text: string;
}

export interface RecordRows {
  document: DocumentRow;
  units: UnitRow[];
  citations: CitationRow[];
  definitions: DefinitionRow[];
}

export interface RecordRowsOptions {
  /** Work IRI of a registry act id, for citations that name an act but resolved no provision. */
  actIri?: ((actId: string) => string | undefined) | undefined;
}

/** The stage results a record carries under its own names; absent stages give no rows. */
interface SegmentsStage {
  lang?: string;
  units?: StructureUnit[];
  definitions?: Definition[];
}

export function recordRows(record: DocumentRecord, options: RecordRowsOptions = {}): RecordRows {
  const segments = isObject(record.segments) ? (record.segments as SegmentsStage) : {};
  const citations = Array.isArray(record.citations) ? (record.citations as SourceCitation[]) : [];
  const date = typeof record.documentDate === 'string' ? record.documentDate : null;
  return {
    document: {
      id: record.id,
      path: record.path,
      sha256: record.sha256 ?? null,
      lang: typeof segments.lang === 'string' ? segments.lang : dominantLanguage(record.languages),
      languages: JSON.stringify(record.languages ?? {}),
      date,
      size: record.size ?? null,
      format: record.format ?? null,
      encoding: record.encoding ?? null,
      status: 'ok',
      reason: null,
    },
    units: flattenUnits(Array.isArray(segments.units) ? segments.units : []),
    citations: citations.flatMap((citation, cite) => citationRows(citation, cite, options)),
    definitions: (Array.isArray(segments.definitions) ? segments.definitions : []).map(
      definitionRow,
    ),
  };
}

/** Pre-order, so a parent's row always comes before its children's. */
export function flattenUnits(units: readonly StructureUnit[]): UnitRow[] {
  const rows: UnitRow[] = [];
  const visit = (unit: StructureUnit, parent: number | null): void => {
    const index = rows.length;
    rows.push({
      index,
      parent,
      type: unit.type,
      num: unit.num ?? null,
      heading: unit.heading ?? null,
      eId: unit.eId,
      start: unit.start,
      end: unit.end,
    });
    for (const child of unit.children ?? []) visit(child, index);
  };
  for (const unit of units) visit(unit, null);
  return rows;
}

export function citationRows(
  citation: SourceCitation,
  cite: number,
  options: RecordRowsOptions = {},
): CitationRow[] {
  const targets = pinTargets(citation);
  const act = citation.act;
  const work = workIri(citation, options);
  const pins = citation.pins.length > 0 ? citation.pins : [{}];
  return pins.map((pin, index) => ({
    cite,
    pin: index,
    start: citation.start,
    end: citation.end,
    line: citation.line,
    text: citation.text,
    lang: citation.lang,
    kind: citation.kind,
    act_id: act?.id ?? null,
    act_iri: work,
    act_type: act?.type ?? null,
    act_number: act?.number ?? null,
    act_date: act?.date ?? null,
    act_title: act?.title ?? null,
    section: pin.section ?? null,
    chapter: pin.chapter ?? null,
    article: provisionNumber(pin.article),
    paragraph: provisionNumber(pin.paragraph),
    subparagraph: provisionNumber(pin.subparagraph),
    target: targets[index] ?? (citation.resolved ? citation.target : null),
    resolved: citation.resolved ? 1 : 0,
    reason: citation.reason,
    confidence: citation.confidence,
  }));
}

function definitionRow(definition: Definition): DefinitionRow {
  return {
    term: definition.term.text,
    lang: definition.lang,
    kind: definition.kind,
    start: definition.term.start,
    end: definition.term.end,
    definition_start: definition.definition.start,
    definition_end: definition.definition.end,
    confidence: definition.confidence,
  };
}

/**
 * The cited act's work IRI: the act id when it is one (a document's own IRI),
 * else from the target, else from the registry.
 */
function workIri(citation: SourceCitation, options: RecordRowsOptions): string | null {
  const id = citation.act?.id ?? null;
  if (id?.startsWith('/')) return id;
  if (citation.target) return citation.target.split('/~')[0] ?? null;
  return id ? (options.actIri?.(id) ?? null) : null;
}

/** Stored normalized (`39 – 3` → `39-3`) so queries compare one spelling. */
export function provisionNumber(num: string | undefined): string | null {
  return num === undefined ? null : normalizeProvisionNumber(num);
}

function dominantLanguage(languages: DocumentRecord['languages'] | undefined): string | null {
  let best: string | null = null;
  let share = -1;
  for (const [lang, value] of Object.entries(languages ?? {})) {
    if (typeof value === 'number' && value > share) {
      best = lang;
      share = value;
    }
  }
  return best;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A file the run could not process: a `documents` row with its reason and nothing else. */
export function failedDocumentRow(entry: CorpusEntry): DocumentRow {
  return {
    id: entry.id,
    path: entry.path,
    sha256: entry.sha256,
    lang: dominantLanguage(entry.languages),
    languages: JSON.stringify(entry.languages ?? {}),
    date: null,
    size: entry.size,
    format: entry.format,
    encoding: entry.encoding,
    status: 'failed',
    reason: entry.reason,
  };
}
