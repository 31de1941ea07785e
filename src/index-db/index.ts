export { type ActKeys, resolveActArgument } from './act-argument.js';
export {
  type IndexOutputOptions,
  type IndexOutputResult,
  indexOutputFolder,
} from './index-output.js';
export { type OpenIndexOptions, openIndex } from './open-index.js';
export { runReadOnlySql } from './read-only-sql.js';
export {
  type CitationRow,
  type DefinitionRow,
  type DocumentRow,
  failedDocumentRow,
  flattenUnits,
  type RecordRows,
  recordRows,
  type UnitRow,
} from './record-rows.js';
export { MIGRATIONS, SCHEMA_VERSION } from './schema.js';
export { formatTable } from './text-table.js';
export type {
  CitationsByYearQuery,
  CitingDocumentsQuery,
  CorpusIndex,
  MostCitedLevel,
  MostCitedQuery,
  Row,
  UnresolvedQuery,
} from './types.js';
