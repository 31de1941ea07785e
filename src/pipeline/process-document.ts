/**
 * The pure core of a corpus run: decoded source text in, document record out.
 * Every stage reports positions in the source text through the offset map.
 */
import { VFile } from 'vfile';
import type { CitationRegistry } from '../citations/index.js';
import { loadRegistry } from '../citations/registry/index.js';
import type { LoadedSource } from '../ingest/index.js';
import { detectLanguage, type Lang } from '../text/language.js';
import { type NormalizedText, normalize, repairsToMessages } from '../text/normalize/index.js';
import { citeDocument, type SourceCitation } from './cite-document.js';
import { findDocumentDate } from './document-date.js';
import { type GlossaryItem, glossaryItems } from './glossary-candidates.js';
import { countMessages, messagesToRecords } from './messages.js';
import { type SegmentResult, segmentDocument } from './segment-document.js';
import type { DocumentRecord, ParagraphRecord } from './types.js';

export interface AnalyzedDocument {
  loaded: LoadedSource;
  file: VFile;
  normalized: NormalizedText;
  paragraphs: ParagraphRecord[];
  segmented: SegmentResult;
  citations: SourceCitation[];
  /** The document's own date from its requisites line, when it has one. */
  documentDate: string | null;
}

let defaultRegistry: CitationRegistry | undefined;

/** The acts registry in data/acts, loaded once per process. */
export function getDefaultRegistry(): CitationRegistry {
  defaultRegistry ??= loadRegistry();
  return defaultRegistry;
}

/** Normalizes, tags languages and segments one loaded file. */
export function analyzeDocument(
  loaded: LoadedSource,
  relative: string,
  docId?: string,
): AnalyzedDocument {
  const file = new VFile({ path: relative, value: loaded.text });
  const normalized = normalize(loaded.text);
  repairsToMessages(file, normalized.repairs);

  const paragraphs: ParagraphRecord[] = normalized.paragraphs.map((range) => {
    const guess = detectLanguage(normalized.text.slice(range.start, range.end));
    return {
      start: range.start,
      end: range.end,
      source: normalized.map.toSource(range.start, range.end),
      lang: guess.lang,
      confidence: round(guess.confidence),
    };
  });

  const segmented = segmentDocument({
    source: loaded.text,
    text: normalized.text,
    map: normalized.map,
    paragraphs,
    format: loaded.format,
  });
  const documentDate = findDocumentDate(normalized.text);
  const citations = citeDocument({
    file: relative,
    docId,
    source: loaded.text,
    text: normalized.text,
    map: normalized.map,
    lang: segmented.lang,
    units: segmented.units,
    registry: getDefaultRegistry(),
    documentDate,
  });
  return { loaded, file, normalized, paragraphs, segmented, citations, documentDate };
}

export interface ProcessedDocument {
  record: DocumentRecord;
  analyzed: AnalyzedDocument;
  /** The terms the document defines (also in `record.glossary`). */
  glossary: GlossaryItem[];
  messageCounts: { info: number; warning: number; error: number };
}

export function processDocument(
  loaded: LoadedSource,
  options: { id: string; relative: string },
): ProcessedDocument {
  const analyzed = analyzeDocument(loaded, options.relative, options.id);
  const glossary = glossaryItems(loaded.text, analyzed.segmented.segments.definitions);
  const messages = messagesToRecords(analyzed.file);
  const record: DocumentRecord = {
    id: options.id,
    path: options.relative,
    sha256: loaded.sha256,
    size: loaded.size,
    format: loaded.format,
    encoding: loaded.encoding,
    languages: languageShares(analyzed.paragraphs),
    text: analyzed.normalized.text,
    paragraphs: analyzed.paragraphs,
    footnotes: analyzed.normalized.footnotes,
    messages,
    segments: analyzed.segmented.segments,
    documentDate: analyzed.documentDate,
    glossary,
    citations: analyzed.citations,
  };
  return { record, analyzed, glossary, messageCounts: countMessages(messages) };
}

/** Share of letters per language, so a long Russian abstract outweighs a Kazakh title. */
export function languageShares(
  paragraphs: readonly ParagraphRecord[],
): Partial<Record<Lang, number>> {
  const weights = new Map<Lang, number>();
  let total = 0;
  for (const paragraph of paragraphs) {
    const size = paragraph.end - paragraph.start;
    weights.set(paragraph.lang, (weights.get(paragraph.lang) ?? 0) + size);
    total += size;
  }
  const shares: Partial<Record<Lang, number>> = {};
  for (const [lang, weight] of [...weights].sort((a, b) => b[1] - a[1])) {
    shares[lang] = total === 0 ? 0 : round(weight / total);
  }
  return shares;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
