/**
 * Corpus-wide citation outputs: `citations.jsonl` (one object per citation,
 * the `kazlex cite --json` contract) and `citations.csv` (one row per pin, so
 * `статьи 85–89` gives five rows).
 */
import { pinTargets } from '../citations/index.js';
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

export function citationToCsvRows(citation: SourceCitation): string {
  const targets = pinTargets({ ...citation, start: 0, end: 0 });
  const pins = citation.pins.length > 0 ? citation.pins : [{}];
  return pins
    .map((pin, i) => {
      const row: Record<
        (typeof CSV_COLUMNS)[number],
        string | number | boolean | null | undefined
      > = {
        file: citation.file,
        start: citation.start,
        end: citation.end,
        line: citation.line,
        lang: citation.lang,
        kind: citation.kind,
        act_type: citation.act?.type,
        act_number: citation.act?.number,
        act_date: citation.act?.date,
        act_title: citation.act?.title,
        act_id: citation.act?.id,
        section: 'section' in pin ? pin.section : undefined,
        chapter: 'chapter' in pin ? pin.chapter : undefined,
        article: 'article' in pin ? pin.article : undefined,
        paragraph: 'paragraph' in pin ? pin.paragraph : undefined,
        subparagraph: 'subparagraph' in pin ? pin.subparagraph : undefined,
        target: targets[i] ?? (citation.pins.length === 0 ? citation.target : null),
        resolved: citation.resolved,
        confidence: citation.confidence,
        reason: citation.reason,
        text: citation.text,
      };
      return `${CSV_COLUMNS.map((column) => csvField(row[column])).join(',')}\r\n`;
    })
    .join('');
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
