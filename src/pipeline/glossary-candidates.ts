/**
 * The glossary stage of a corpus run: every term a document defines (numbered
 * definition lists, inline `X дегеніміз …` / `X – это …`, and aliases
 * `(бұдан әрі – X)`) becomes a candidate, and the run gathers them across the
 * corpus into `glossary-candidates.{jsonl,csv,tbx}` for translators to review
 * (`kazlex glossary import` takes the TBX). Definitions are already found by
 * segmentation, so this costs next to nothing per document; noun-phrase
 * candidates (`kazlex glossary build`) are left out of corpus runs, as they run
 * at about 0.3 MB/s.
 */
import { compareKazakh } from '../glossary/exchange/kazakh-order.js';
import { exportTbx3 } from '../glossary/exchange/tbx3.js';
import type { Concept } from '../glossary/termbase/types.js';
import type { TermRow } from '../index-db/record-rows.js';
import { csvField } from './citation-tables.js';
import type { SourceDefinition } from './segment-document.js';

/** One defined term of one document, in source offsets. */
export interface GlossaryItem {
  lang: 'kk' | 'ru';
  term: string;
  kind: SourceDefinition['kind'];
  confidence: number;
  /** The defining text (for an alias, the full name), whitespace collapsed and capped. */
  definition: string;
  start: number;
  end: number;
}

/** A term as the whole corpus defines it. */
export interface GlossaryCandidate {
  lang: 'kk' | 'ru';
  /** The term as first written. */
  term: string;
  kinds: SourceDefinition['kind'][];
  /** Documents that define it, and how many times in all. */
  documents: number;
  occurrences: number;
  confidence: number;
  /** The definition with the highest confidence (the first one on a tie). */
  definition: string;
  /** The first places it is defined. */
  sources: { document: string; start: number; end: number }[];
}

const MAX_DEFINITION = 600;
const MAX_SOURCES = 5;

/** A document's defined terms, read from the source text by the definitions' ranges. */
export function glossaryItems(
  source: string,
  definitions: readonly SourceDefinition[],
): GlossaryItem[] {
  return definitions.map((definition) => ({
    lang: definition.lang,
    term: definition.term.text.replace(/\s+/g, ' ').trim(),
    kind: definition.kind,
    confidence: definition.confidence,
    definition: source
      .slice(definition.definition.start, definition.definition.end)
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_DEFINITION),
    start: definition.term.start,
    end: definition.term.end,
  }));
}

/** Gathers candidates across documents; memory grows with distinct terms only. */
export class GlossaryCollector {
  private readonly candidates = new Map<string, GlossaryCandidate>();

  add(document: string, items: readonly GlossaryItem[]): void {
    const seenHere = new Set<string>();
    for (const item of items) {
      if (item.term === '') continue;
      const key = `${item.lang}\u0000${item.term.toLocaleLowerCase(item.lang)}`;
      let candidate = this.candidates.get(key);
      if (!candidate) {
        candidate = {
          lang: item.lang,
          term: item.term,
          kinds: [],
          documents: 0,
          occurrences: 0,
          confidence: item.confidence,
          definition: item.definition,
          sources: [],
        };
        this.candidates.set(key, candidate);
      }
      if (!seenHere.has(key)) candidate.documents++;
      seenHere.add(key);
      candidate.occurrences++;
      if (!candidate.kinds.includes(item.kind)) candidate.kinds.push(item.kind);
      if (item.confidence > candidate.confidence) {
        candidate.confidence = item.confidence;
        candidate.definition = item.definition;
      }
      if (candidate.sources.length < MAX_SOURCES) {
        candidate.sources.push({ document, start: item.start, end: item.end });
      }
    }
  }

  /** Most widely defined first; then Kazakh alphabetical order, which also orders Russian. */
  list(): GlossaryCandidate[] {
    return [...this.candidates.values()].sort(
      (a, b) =>
        b.documents - a.documents || a.lang.localeCompare(b.lang) || compareKazakh(a.term, b.term),
    );
  }
}

/**
 * Rows of the index's `terms` table: one concept per candidate (candidates are
 * not aligned across languages here; `kazlex glossary build` does that).
 */
export function glossaryTermRows(candidates: readonly GlossaryCandidate[]): TermRow[] {
  return candidates.map((candidate) => ({
    concept: `${candidate.lang}:${candidate.term.toLocaleLowerCase(candidate.lang)}`,
    lang: candidate.lang,
    text: candidate.term,
  }));
}

export const GLOSSARY_CSV_COLUMNS = [
  'lang',
  'term',
  'kinds',
  'documents',
  'occurrences',
  'confidence',
  'definition',
  'first_source',
] as const;

export function glossaryJsonl(candidates: readonly GlossaryCandidate[]): string {
  return candidates.map((candidate) => `${JSON.stringify(candidate)}\n`).join('');
}

/** With a BOM, so that Excel reads the Kazakh letters as UTF-8. */
export function glossaryCsv(candidates: readonly GlossaryCandidate[]): string {
  const rows = candidates.map((candidate) => {
    const first = candidate.sources[0];
    return [
      candidate.lang,
      candidate.term,
      candidate.kinds.join(' '),
      candidate.documents,
      candidate.occurrences,
      candidate.confidence,
      candidate.definition,
      first ? `${first.document}:${first.start}-${first.end}` : '',
    ]
      .map(csvField)
      .join(',');
  });
  return `\uFEFF${[GLOSSARY_CSV_COLUMNS.join(','), ...rows].map((row) => `${row}\r\n`).join('')}`;
}

/** TBX-Basic (v3): one concept per candidate, its term marked `candidate` for review. */
export function glossaryTbx(candidates: readonly GlossaryCandidate[], stamp: string): string {
  const concepts = candidates.map(
    (candidate, i): Concept => ({
      id: `c${i + 1}`,
      subjectField: null,
      definitions: { [candidate.lang]: candidate.definition },
      note: null,
      createdBy: 'kazlex run',
      createdAt: stamp,
      updatedBy: 'kazlex run',
      updatedAt: stamp,
      terms: [
        {
          id: `c${i + 1}-t1`,
          conceptId: `c${i + 1}`,
          lang: candidate.lang,
          text: candidate.term,
          administrativeStatus: 'admittedTerm-admn-sts',
          partOfSpeech: null,
          sources: candidate.sources.map((source) => ({ ...source })),
          workflowStatus: 'candidate',
          note: null,
          createdBy: 'kazlex run',
          createdAt: stamp,
          updatedBy: 'kazlex run',
          updatedAt: stamp,
        },
      ],
    }),
  );
  return exportTbx3(concepts, {
    description: 'Terms defined in a kazlex corpus run, for review (workflow status: candidate).',
  });
}
