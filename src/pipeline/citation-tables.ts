/**
 * Corpus-wide citation outputs: `citations.jsonl` (one object per citation,
 * the `kazlex cite --json` contract) and `citations.csv` (one row per pin, so
 * `статьи 85–89` gives five rows).
 */
import { type CitationPin, pinTargets } from '../citations/index.js';
import type { SourceCitation } from './cite-document.js';

export const CSV_COLUMNS = [
  'file',
  'start',
  'end',
  'line',
  'lang',
  'kind',
  'act_type',
  'act_number',
  'act_date',
  'act_title',
  'act_id',
  'section',
  'chapter',
  'article',
  'paragraph',
  'subparagraph',
  'target',
  'resolved',
  'confidence',
  'reason',
  'text',
] as const;

export function citationToJsonLine(citation: SourceCitation): string {
  return `${JSON.stringify(citation)}\n`;
}

/** RFC 4180: quote fields with commas, quotes or line breaks; double the quotes. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

/**
 * The rows of one citation, columns in CSV_COLUMNS order. Built as text
 * directly: a row object per pin mapped through the column list cost a tenth
 * of a corpus run's allocations. A test checks it against that object form.
 */
export function citationToCsvRows(citation: SourceCitation): string {
  const targets = pinTargets(citation);
  const act = citation.act;
  // file … act_id, then the pin's own columns, then target, then resolved … text.
  const head = `${csvField(citation.file)},${citation.start},${citation.end},${citation.line},${csvField(citation.lang)},${csvField(citation.kind)},${csvField(act?.type)},${csvField(act?.number)},${csvField(act?.date)},${csvField(act?.title)},${csvField(act?.id)}`;
  const tail = `${citation.resolved},${citation.confidence},${csvField(citation.reason)},${csvField(citation.text)}\r\n`;
  if (citation.pins.length === 0) {
    return `${head},,,,,,${csvField(targets[0] ?? citation.target)},${tail}`;
  }
  let rows = '';
  for (let i = 0; i < citation.pins.length; i++) {
    const pin = citation.pins[i] as CitationPin;
    rows += `${head},${csvField(pin.section)},${csvField(pin.chapter)},${csvField(pin.article)},${csvField(pin.paragraph)},${csvField(pin.subparagraph)},${csvField(targets[i] ?? null)},${tail}`;
  }
  return rows;
}

/** One document's share of both tables, built where the document is (a worker thread). */
export interface CitationLines {
  jsonl: string;
  csv: string;
}

export const NO_CITATION_LINES: CitationLines = { jsonl: '', csv: '' };

export function citationLines(citations: readonly SourceCitation[]): CitationLines {
  return { jsonl: citations.map(citationToJsonLine).join(''), csv: citationCsvRows(citations) };
}

export function citationCsvRows(citations: readonly SourceCitation[]): string {
  return citations.map(citationToCsvRows).join('');
}
