/**
 * XLSX (Office Open XML SpreadsheetML, ECMA-376 Part 1 §18) for translators
 * who keep glossaries in Excel, memoQ or MultiTerm: one sheet with exactly the
 * CSV's header and rows. We write inline strings so the package needs no
 * shared-string table; we read what Excel and LibreOffice save too (shared
 * strings, rich runs, cells with gaps, the sheet the workbook names first).
 */
import { zipSync } from 'fflate';
import { ErrorCode, KazlexError } from '../../errors.js';
import { ZipArchive } from '../../ingest/zip.js';
import type { Concept } from '../termbase/types.js';
import type { ImportDefaults, ImportResult } from './conventions.js';
import { conceptsToRows, rowsToConcepts, type TableExportOptions } from './table.js';
import {
  childElements,
  el,
  escapeText,
  readXml,
  writeXml,
  type XmlElement,
  type XmlNode,
} from './xml.js';

export type XlsxExportOptions = TableExportOptions;

export interface XlsxImportOptions extends ImportDefaults {
  /** Refuse packages that inflate past this many bytes (default 64 MB). */
  maxUncompressedBytes?: number | undefined;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DOC_RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const SPREADSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export const XLSX_CONTENT_TYPES = {
  workbook: `${SPREADSHEET_TYPE}.sheet.main+xml`,
  worksheet: `${SPREADSHEET_TYPE}.worksheet+xml`,
  styles: `${SPREADSHEET_TYPE}.styles+xml`,
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

/** Excel's limit per cell (ECMA-376 leaves it open; Excel truncates beyond it). */
const MAX_CELL_CHARS = 32767;
const DEFAULT_MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;
/** The sheet's size limits in Excel 2007+ (XFD1048576). */
const MAX_COLUMNS = 16384;
const MAX_ROWS = 1048576;
/** Style indexes into `cellXfs` of styles.xml. */
const HEADER_STYLE = '1';
const TEXT_STYLE = '2';
/** A fixed timestamp keeps the same glossary producing the same bytes. */
const ZIP_MTIME = new Date('2020-01-01T00:00:00Z');

// ---------------------------------------------------------------- export

export function exportXlsx(
  concepts: readonly Concept[],
  options: XlsxExportOptions = {},
): Uint8Array {
  const rows = conceptsToRows(concepts, options);
  const encode = (xml: string) => new TextEncoder().encode(xml);
  return zipSync(
    {
      '[Content_Types].xml': encode(contentTypesXml()),
      '_rels/.rels': encode(
        relationshipsXml([[`${DOC_RELS_NS}/officeDocument`, 'xl/workbook.xml']]),
      ),
      'xl/workbook.xml': encode(workbookXml()),
      'xl/_rels/workbook.xml.rels': encode(
        relationshipsXml([
          [`${DOC_RELS_NS}/worksheet`, 'worksheets/sheet1.xml'],
          [`${DOC_RELS_NS}/styles`, 'styles.xml'],
        ]),
      ),
      'xl/styles.xml': encode(stylesXml()),
      'xl/worksheets/sheet1.xml': encode(worksheetXml(rows)),
    },
    { level: 6, mtime: ZIP_MTIME },
  );
}

function contentTypesXml(): string {
  const override = (partName: string, contentType: string) =>
    el('Override', { PartName: partName, ContentType: contentType });
  return writeXml(
    el('Types', { xmlns: CONTENT_TYPES_NS }, [
      el('Default', { Extension: 'rels', ContentType: XLSX_CONTENT_TYPES.relationships }),
      el('Default', { Extension: 'xml', ContentType: 'application/xml' }),
      override('/xl/workbook.xml', XLSX_CONTENT_TYPES.workbook),
      override('/xl/worksheets/sheet1.xml', XLSX_CONTENT_TYPES.worksheet),
      override('/xl/styles.xml', XLSX_CONTENT_TYPES.styles),
    ]),
  );
}

function relationshipsXml(targets: [type: string, target: string][]): string {
  return writeXml(
    el(
      'Relationships',
      { xmlns: PACKAGE_RELS_NS },
      targets.map(([type, target], i) =>
        el('Relationship', { Id: `rId${i + 1}`, Type: type, Target: target }),
      ),
    ),
  );
}

function workbookXml(): string {
  return writeXml(
    el('workbook', { xmlns: MAIN_NS, 'xmlns:r': DOC_RELS_NS }, [
      el('sheets', {}, [el('sheet', { name: 'Glossary', sheetId: '1', 'r:id': 'rId1' })]),
    ]),
  );
}

/**
 * Fonts, fills and borders each need their defaults (Excel also insists on
 * the `gray125` fill). Cell style 1 is the bold header; style 2 is text
 * (format `@`, so Excel does not turn ids into numbers) wrapped at the top.
 */
function stylesXml(): string {
  const font = (bold: boolean) =>
    el('font', {}, [bold && el('b'), el('sz', { val: '11' }), el('name', { val: 'Calibri' })]);
  const xf = (attributes: Record<string, string>, children: XmlElement[] = []) =>
    el('xf', { numFmtId: '0', fontId: '0', fillId: '0', borderId: '0', ...attributes }, children);
  return writeXml(
    el('styleSheet', { xmlns: MAIN_NS }, [
      el('fonts', { count: '2' }, [font(false), font(true)]),
      el('fills', { count: '2' }, [
        el('fill', {}, [el('patternFill', { patternType: 'none' })]),
        el('fill', {}, [el('patternFill', { patternType: 'gray125' })]),
      ]),
      el('borders', { count: '1' }, [
        el('border', {}, [el('left'), el('right'), el('top'), el('bottom'), el('diagonal')]),
      ]),
      el('cellStyleXfs', { count: '1' }, [xf({})]),
      el('cellXfs', { count: '3' }, [
        xf({ xfId: '0' }),
        xf({ fontId: '1', xfId: '0', applyFont: '1' }),
        xf({ numFmtId: '49', xfId: '0', applyNumberFormat: '1', applyAlignment: '1' }, [
          el('alignment', { vertical: 'top', wrapText: '1' }),
        ]),
      ]),
      el('cellStyles', { count: '1' }, [
        el('cellStyle', { name: 'Normal', xfId: '0', builtinId: '0' }),
      ]),
    ]),
  );
}

/** Children of `worksheet` in the schema's order: dimension, sheetViews, cols, sheetData. */
function worksheetXml(rows: string[][]): string {
  const width = rows[0]?.length ?? 1;
  const lastCell = `${columnName(width - 1)}${Math.max(rows.length, 1)}`;
  const sheet = writeXml(
    el('worksheet', { xmlns: MAIN_NS, 'xmlns:r': DOC_RELS_NS }, [
      el('dimension', { ref: `A1:${lastCell}` }),
      el('sheetViews', {}, [
        el('sheetView', { tabSelected: '1', workbookViewId: '0' }, [
          el('pane', { ySplit: '1', topLeftCell: 'A2', activePane: 'bottomLeft', state: 'frozen' }),
          el('selection', { pane: 'bottomLeft', activeCell: 'A2', sqref: 'A2' }),
        ]),
      ]),
      el(
        'cols',
        {},
        columnWidths(rows).map((w, c) =>
          el('col', { min: String(c + 1), max: String(c + 1), width: String(w), customWidth: '1' }),
        ),
      ),
      el('sheetData'),
    ]),
  );
  // One line per row: the indented tree writer would triple the sheet's size.
  const data = rows.map(
    (row, r) =>
      `<row r="${r + 1}">${row.map((value, c) => (value === '' ? '' : cell(value, r, c))).join('')}</row>`,
  );
  return sheet.replace('<sheetData/>', `<sheetData>\n${data.join('\n')}\n  </sheetData>`);
}

function cell(value: string, row: number, column: number): string {
  const ref = `${columnName(column)}${row + 1}`;
  if (value.length > MAX_CELL_CHARS) {
    throw new KazlexError(
      ErrorCode.VALIDATION,
      `XLSX cell ${ref} would hold ${value.length} characters; spreadsheets allow ${MAX_CELL_CHARS}`,
    );
  }
  const style = row === 0 ? HEADER_STYLE : TEXT_STYLE;
  const text = escapeText(escapeEscapes(value));
  return `<c r="${ref}" t="inlineStr" s="${style}"><is><t xml:space="preserve">${text}</t></is></c>`;
}

/** Width in characters of the longest line in each column, within 8–60. */
function columnWidths(rows: string[][]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((value, c) => {
      const longest = Math.max(...value.split('\n').map((line) => [...line].length));
      widths[c] = Math.max(widths[c] ?? 8, Math.min(longest + 2, 60));
    });
  }
  return widths;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/**
 * ST_Xstring reads `_xHHHH_` as an escaped character (ECMA-376 Part 1
 * §22.9.2.19), so a literal one is written with its underscore escaped.
 */
function escapeEscapes(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

function unescapeEscapes(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

// ---------------------------------------------------------------- import

export function importXlsx(bytes: Uint8Array, options: XlsxImportOptions = {}): ImportResult {
  const { maxUncompressedBytes, ...defaults } = options;
  return rowsToConcepts(readXlsxRows(bytes, { maxUncompressedBytes }), {
    ...defaults,
    format: 'XLSX',
  });
}

/**
 * The cell texts of the workbook's first sheet, as wide as its first row.
 * Numbers come back as written in the file (`7`, `0.5`), booleans as TRUE/FALSE.
 */
export function readXlsxRows(
  bytes: Uint8Array,
  options: Pick<XlsxImportOptions, 'maxUncompressedBytes'> = {},
): string[][] {
  const zip = new ZipArchive(
    bytes,
    'XLSX',
    options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES,
  );
  const workbookPath =
    relationshipTargets(zip, '').find((r) => r.type.endsWith('/officeDocument'))?.target ??
    'xl/workbook.xml';
  const workbook = readPart(zip, workbookPath);
  if (workbook === undefined) throw corrupt(`the workbook part ${workbookPath} is missing`);
  const rels = relationshipTargets(zip, workbookPath);
  const firstSheet = childrenNamed(childrenNamed(workbook, 'sheets')[0], 'sheet')[0];
  // The relationship id is `r:id`, whatever prefix the writer bound to the namespace.
  const sheetRelId =
    firstSheet && Object.entries(firstSheet.attributes).find(([name]) => name.endsWith(':id'))?.[1];
  const sheetPath = rels.find((r) => r.id === sheetRelId)?.target;
  if (sheetPath === undefined) throw corrupt('the workbook names no worksheet');
  const sheet = readPart(zip, sheetPath);
  if (sheet === undefined) throw corrupt(`the worksheet ${sheetPath} is missing`);
  const sharedPath = rels.find((r) => r.type.endsWith('/sharedStrings'))?.target;
  const sharedStrings = sharedPath === undefined ? [] : readSharedStrings(zip, sharedPath);
  return sheetRows(sheet, sharedStrings);
}

interface Relationship {
  id: string;
  type: string;
  /** Part name inside the package, without a leading slash. */
  target: string;
}

/** Relationships of a part (`''` for the package), targets resolved against the part's folder. */
function relationshipTargets(zip: ZipArchive, partPath: string): Relationship[] {
  const slash = partPath.lastIndexOf('/');
  const folder = partPath.slice(0, slash + 1);
  const relsPath = `${folder}_rels/${partPath.slice(slash + 1)}.rels`;
  const root = readPart(zip, relsPath);
  if (root === undefined) return [];
  return childrenNamed(root, 'Relationship')
    .filter((e) => e.attributes.TargetMode !== 'External')
    .map((e) => ({
      id: e.attributes.Id ?? '',
      type: e.attributes.Type ?? '',
      target: resolvePartName(folder, e.attributes.Target ?? ''),
    }));
}

function resolvePartName(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `${folder}${target}`;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

function readPart(zip: ZipArchive, path: string): XmlElement | undefined {
  const bytes = zip.read(path);
  if (bytes === undefined) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw corrupt(`${path} is not UTF-8`, error);
  }
  try {
    return readXml(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw corrupt(`${path} is not well-formed (${detail})`, error);
  }
}

/** `<si>` is plain `<t>` or rich runs `<r><t>`; phonetic runs (`<rPh>`) are not cell text. */
function readSharedStrings(zip: ZipArchive, path: string): string[] {
  const root = readPart(zip, path);
  if (root === undefined) throw corrupt(`the shared strings ${path} are missing`);
  return childrenNamed(root, 'si').map(stringItemText);
}

function stringItemText(item: XmlElement): string {
  let text = '';
  for (const child of childElements(item)) {
    const name = local(child.name);
    if (name === 't') text += plainText(child);
    else if (name === 'r') for (const run of childrenNamed(child, 't')) text += plainText(run);
  }
  return unescapeEscapes(text);
}

function plainText(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(plainText).join('');
}

/**
 * Dense rows as wide as the header (the first row with a value). Cells
 * without `r` follow the previous cell; cells right of the header are
 * ignored, so a stray `XFD1` cannot make every row 16 384 columns wide. Empty
 * rows, and rows missing from the sheet, are left out: they carry nothing
 * (Excel writes formatted but empty rows as `<row r="1"/>`).
 */
function sheetRows(sheet: XmlElement, sharedStrings: readonly string[]): string[][] {
  const data = childrenNamed(sheet, 'sheetData')[0];
  if (data === undefined) throw corrupt('the worksheet has no sheetData');
  const sparse: Map<number, string>[] = [];
  let rowIndex = -1;
  for (const row of childrenNamed(data, 'row')) {
    rowIndex = row.attributes.r === undefined ? rowIndex + 1 : readRowNumber(row.attributes.r) - 1;
    const cells = new Map<number, string>();
    let columnIndex = -1;
    for (const c of childrenNamed(row, 'c')) {
      columnIndex = c.attributes.r === undefined ? columnIndex + 1 : parseColumn(c.attributes.r);
      const value = cellValue(c, sharedStrings);
      if (value !== '') cells.set(columnIndex, value);
    }
    sparse.push(cells);
  }
  const present = sparse.filter((cells) => cells.size > 0);
  const width = Math.max(0, ...[...(present[0]?.keys() ?? [])].map((c) => c + 1));
  return present.map((cells) => Array.from({ length: width }, (_, c) => cells.get(c) ?? ''));
}

function cellValue(c: XmlElement, sharedStrings: readonly string[]): string {
  const type = c.attributes.t ?? 'n';
  const child = (name: string) => childrenNamed(c, name)[0];
  if (type === 'inlineStr') {
    const inline = child('is');
    return inline === undefined ? '' : stringItemText(inline);
  }
  const raw = plainText(child('v') ?? '');
  if (type === 's') {
    const text = /^\d{1,9}$/.test(raw.trim()) ? sharedStrings[Number(raw.trim())] : undefined;
    if (text === undefined) throw corrupt(`shared string "${raw}" does not exist`);
    return text;
  }
  if (type === 'b') return raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
  return type === 'str' ? unescapeEscapes(raw) : raw;
}

/** `C12` → 2 (zero-based column); the row digits are ignored. */
function parseColumn(ref: string): number {
  const letters = /^\$?([A-Za-z]{1,3})\$?\d*$/.exec(ref)?.[1];
  if (letters === undefined) throw corrupt(`bad cell reference "${ref}"`);
  let index = 0;
  for (const ch of letters.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  if (index > MAX_COLUMNS) throw corrupt(`cell reference "${ref}" is outside the sheet`);
  return index - 1;
}

/** A one-based row number within the sheet. */
function readRowNumber(text: string): number {
  const n = /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!(n >= 1 && n <= MAX_ROWS)) throw corrupt(`bad row number "${text}"`);
  return n;
}

function childrenNamed(parent: XmlElement | undefined, name: string): XmlElement[] {
  return parent === undefined ? [] : childElements(parent).filter((e) => local(e.name) === name);
}

/** Excel and the Open XML SDK may write `x:row`; the prefix carries nothing we need. */
function local(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function corrupt(detail: string, cause?: unknown): KazlexError {
  return new KazlexError(ErrorCode.CORRUPT, `XLSX is corrupt: ${detail}`, { cause });
}
