/**
 * The segmentation stage of a run: sentences, legal structure and
 * definitions, found on the normalized text and reported in source offsets
 * through the offset map, as `kazlex segment --json` prints them.
 */
import { type Definition, findDefinitions } from '../structure/definitions/index.js';
import { lineBreaks, type SentenceSpan, splitSentencesIn } from '../structure/sentences/index.js';
import { parseStructure, type StructureUnit } from '../structure/units/index.js';
import type { Lang } from '../text/language.js';
import type { RangeMapper } from '../text/offset-map.js';
import type { SourceRange } from './types.js';

export interface SourceUnit {
  type: StructureUnit['type'];
  num: string | null;
  heading: string | null;
  eId: string;
  start: number;
  end: number;
  children: SourceUnit[];
}

export interface SourceDefinition {
  term: { start: number; end: number; text: string };
  definition: SourceRange;
  lang: 'kk' | 'ru';
  kind: Definition['kind'];
  confidence: number;
}

export interface Segments {
  lang: Lang;
  units: SourceUnit[];
  sentences: SourceRange[];
  definitions: SourceDefinition[];
}

export interface SegmentInput {
  source: string;
  text: string;
  map: RangeMapper;
  paragraphs: readonly { start: number; end: number; lang: Lang }[];
  format: string;
}

/** Results on the normalized text as well, for stages that read it (citations). */
export interface SegmentResult {
  segments: Segments;
  units: StructureUnit[];
  lang: Lang;
}

export function segmentDocument(input: SegmentInput): SegmentResult {
  const lang = dominantLanguage(input.paragraphs);
  const legalLang = lang === 'ru' ? 'ru' : 'kk';

  const sentences: SourceRange[] = [];
  const breaks = lineBreaks(input.text);
  const spans: SentenceSpan[] = [];
  for (const paragraph of input.paragraphs) {
    splitSentencesIn(
      input.text,
      paragraph.start,
      paragraph.end,
      { lang: paragraph.lang },
      breaks,
      spans,
    );
  }
  for (const span of spans) sentences.push(input.map.toSource(span.start, span.end));

  const units = parseStructure(input.text, {
    lang: lang === 'kk' || lang === 'ru' ? lang : undefined,
    format: input.format === 'md' ? 'markdown' : 'plain',
  });
  const definitions = findDefinitions(input.text, { lang: legalLang, units }).map(
    (definition): SourceDefinition => {
      const term = input.map.toSource(definition.term.start, definition.term.end);
      return {
        term: { ...term, text: input.source.slice(term.start, term.end) },
        definition: input.map.toSource(definition.definition.start, definition.definition.end),
        lang: definition.lang,
        kind: definition.kind,
        confidence: definition.confidence,
      };
    },
  );

  return {
    segments: {
      lang,
      units: units.map((unit) => toSourceUnit(unit, input.map)),
      sentences,
      definitions,
    },
    units,
    lang,
  };
}

function toSourceUnit(unit: StructureUnit, map: RangeMapper): SourceUnit {
  const range = map.toSource(unit.start, unit.end);
  return {
    type: unit.type,
    num: unit.num,
    heading: unit.heading,
    eId: unit.eId,
    start: range.start,
    end: range.end,
    children: unit.children.map((child) => toSourceUnit(child, map)),
  };
}

/** The language with the most text; a Kazakh law with Russian notes is still Kazakh. */
export function dominantLanguage(
  paragraphs: readonly { start: number; end: number; lang: Lang }[],
): Lang {
  const weights = new Map<Lang, number>();
  for (const p of paragraphs) weights.set(p.lang, (weights.get(p.lang) ?? 0) + (p.end - p.start));
  let best: Lang = 'other';
  let bestWeight = -1;
  for (const [lang, weight] of weights) {
    if (weight > bestWeight) {
      best = lang;
      bestWeight = weight;
    }
  }
  return best;
}
