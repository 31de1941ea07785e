/**
 * The citations stage of a run: citations found on the normalized text,
 * reported in the output contract of `kazlex cite --json` (source offsets,
 * 1-based line, text equal to the source slice).
 */
import { type Citation, type CitationRegistry, findCitations } from '../citations/index.js';
import type { StructureUnit } from '../structure/units/index.js';
import type { Lang } from '../text/language.js';
import type { RangeMapper } from '../text/offset-map.js';
import { createUnitLookup } from './unit-lookup.js';

export interface SourceCitation {
  file: string;
  start: number;
  end: number;
  line: number;
  text: string;
  lang: Citation['lang'];
  kind: Citation['kind'];
  act: Citation['act'];
  pins: Citation['pins'];
  target: string | null;
  resolved: boolean;
  reason: string;
  confidence: number;
}

export interface CiteInput {
  file: string;
  source: string;
  text: string;
  map: RangeMapper;
  lang: Lang;
  units: readonly StructureUnit[];
  registry: CitationRegistry;
  documentDate?: string | null;
}

export function citeDocument(input: CiteInput): SourceCitation[] {
  const citations = findCitations(input.text, {
    lang: input.lang === 'kk' || input.lang === 'ru' ? input.lang : undefined,
    documentDate: input.documentDate ?? null,
    unitAt: createUnitLookup(input.units),
    registry: input.registry,
  });
  const lines = lineStarts(input.source);
  return citations.map((citation) => {
    const range = input.map.toSource(citation.start, citation.end);
    return {
      file: input.file,
      start: range.start,
      end: range.end,
      line: lineOf(lines, range.start),
      text: input.source.slice(range.start, range.end),
      lang: citation.lang,
      kind: citation.kind,
      act: citation.act,
      pins: citation.pins,
      target: citation.target,
      resolved: citation.resolved,
      reason: citation.reason,
      confidence: citation.confidence,
    };
  });
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
