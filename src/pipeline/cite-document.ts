/**
 * The citations stage of a run: citations found on the normalized text,
 * reported in the output contract of `kazlex cite --json` (source offsets,
 * 1-based line, text equal to the source slice).
 */
import { type Citation, type CitationRegistry, findCitations } from '../citations/index.js';
import { loadLexicon } from '../citations/lexicon.js';
import type { RegistryAct } from '../citations/types.js';
import type { StructureUnit } from '../structure/units/index.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { frontMatterEnd } from '../text/front-matter.js';
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
  /** The document's id in output/docs, for a local IRI when the registry does not know it. */
  docId?: string;
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
    selfActId: identifyDocument(input),
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

/**
 * What `настоящего Закона` / `осы баптың` and bare chains refer to: the act
 * the document is, when its title names one act of the registry; otherwise,
 * for a document with articles of its own, a local IRI for the document.
 * Prose without articles gets none, so its bare chains are read against the
 * act cited just before instead.
 */
export function identifyDocument(input: CiteInput): string | null {
  const title = input.text
    .slice(frontMatterEnd(input.text), 2000)
    .split('\n')
    .find((line) => line.trim() !== '')
    ?.replace(/^#+\s*/, '')
    .trim();
  if (title && (input.lang === 'kk' || input.lang === 'ru')) {
    const found = input.registry.byTitle(title, input.lang);
    const acts = Array.isArray(found) ? found : found ? [found] : [];
    if (acts.length === 1) return acts[0]?.id ?? null;
    // `Конституция Республики Казахстан` names two acts; an in-force note can tell them apart
    const chosen = byInForceNote(acts, input.text.slice(0, 3000), input.lang);
    if (chosen) return chosen.id;
  }
  const hasArticles = input.units.some(function walk(unit): boolean {
    return unit.type === 'article' || unit.children.some(walk);
  });
  return hasArticles && input.docId ? `/akn/kz/doc/${input.docId}` : null;
}

/**
 * The one act among `acts` with an expression in force from the date of the text's in-force
 * note (`Вступает в силу с 01.07.2026`, `01.07.2026 бастап күшіне енеді`).
 */
export function byInForceNote(
  acts: readonly RegistryAct[],
  head: string,
  lang: 'kk' | 'ru',
): RegistryAct | null {
  const { before, after } = loadLexicon(lang).inForceNote;
  const lower = head.toLowerCase();
  const date = before
    ? new RegExp(`${escapeRegExp(before)}\\s+(\\d{2})\\.(\\d{2})\\.(\\d{4})`).exec(lower)
    : after
      ? new RegExp(`(\\d{2})\\.(\\d{2})\\.(\\d{4})\\s+${escapeRegExp(after)}`).exec(lower)
      : null;
  if (!date) return null;
  const from = `${date[3]}-${date[2]}-${date[1]}`;
  const matching = acts.filter((act) => act.expressions.some((e) => e.validFrom === from));
  return matching.length === 1 ? matching[0]! : null;
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
