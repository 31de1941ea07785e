/** Glossary exchange: TBX v3 (TBX-Basic), TBX v2 (martif), OmegaT TSV, CSV and XLSX, plus a TBX-Basic validator. */
export {
  decodeSourceRef,
  encodeSourceRef,
  headword,
  type ImportDefaults,
  type ImportResult,
  sortConcepts,
  WORKFLOW_NOTE_PREFIX,
} from './conventions.js';
export { type CsvExportOptions, exportCsv, importCsv, parseCsv } from './csv.js';
export {
  collatorFollowsKazakhAlphabet,
  compareByKazakhTable,
  compareKazakh,
  KAZAKH_ALPHABET,
} from './kazakh-order.js';
export { exportOmegat, importOmegat, OMEGAT_HEADER, type OmegatOptions } from './omegat.js';
export type { TbxExportOptions } from './tbx.js';
export {
  isValidTbxBasic,
  type ValidateTbxBasicOptions,
  validateTbxBasic,
} from './tbx-basic-validator.js';
export { exportTbx2, importTbx2, type Tbx2ExportOptions } from './tbx2.js';
export { exportTbx3, importTbx3, TBX3_NAMESPACE } from './tbx3.js';
export {
  columnName,
  exportXlsx,
  importXlsx,
  readXlsxRows,
  XLSX_CONTENT_TYPES,
  type XlsxExportOptions,
  type XlsxImportOptions,
} from './xlsx.js';
export { readXml, type XmlElement, type XmlNode } from './xml.js';
