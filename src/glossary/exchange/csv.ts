/**
 * CSV for spreadsheets, memoQ and MultiTerm Convert (RFC 4180: comma, CRLF,
 * fields with `,` `"` CR or LF quoted, quotes doubled). The columns are the
 * shared spreadsheet layout of `table.ts`.
 */
import { ErrorCode, KazlexError } from '../../errors.js';
import type { Concept } from '../termbase/types.js';
import type { ImportDefaults, ImportResult } from './conventions.js';
import { conceptsToRows, rowsToConcepts, type TableExportOptions } from './table.js';

export interface CsvExportOptions extends TableExportOptions {
  /** Start with a UTF-8 byte-order mark so Excel reads the file as UTF-8. */
  bom?: boolean | undefined;
}

export function exportCsv(concepts: readonly Concept[], options: CsvExportOptions = {}): string {
  const body = conceptsToRows(concepts, options)
    .map((row) => row.map(quoteField).join(','))
    .join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}

export function importCsv(text: string, defaults: ImportDefaults = {}): ImportResult {
  return rowsToConcepts(parseCsv(text), { ...defaults, format: 'CSV' });
}

/** RFC 4180 records; LF-only line ends and a leading BOM are accepted. */
export function parseCsv(text: string): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (ch === '\r' && s[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (quoted) throw new KazlexError(ErrorCode.FORMAT, 'CSV ends inside a quoted field');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

function quoteField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}
