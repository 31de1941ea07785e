import type { CorpusEntry, DocumentRecord } from '../pipeline/types.js';
import type { RecordRows, TermRow } from './record-rows.js';

/** One result row: column name → value, as SQLite returns it. */
export type Row = Record<string, string | number | null>;

export type MostCitedLevel = 'act' | 'article';

export interface CitingDocumentsQuery {
  /** A registry id (`law-148-ii`), a work IRI, or a number (`148-II`). */
  act: string;
  article?: string | undefined;
  paragraph?: string | undefined;
}

export interface MostCitedQuery {
  limit: number;
  level: MostCitedLevel;
}

export interface CitationsByYearQuery {
  act?: string | undefined;
}

export interface UnresolvedQuery {
  limit?: number | undefined;
}

export interface CorpusIndex {
  /** Replaces everything the index holds for this document's path and id, in one transaction. */
  indexDocument(record: DocumentRecord): void;
  /**
   * Several documents in one transaction: all are written or none. About 1.7×
   * faster than one call each for small documents, since each commit rewrites
   * whole pages; a crash loses the whole batch, not part of it.
   */
  indexDocuments(records: readonly DocumentRecord[]): void;
  /** Like `indexDocuments`, for rows already built from the records (by a worker thread). */
  indexRows(batch: readonly RecordRows[]): void;
  /**
   * The sha256 the index holds for a path (null for a failed file), or
   * undefined when it holds none: a resumed run re-indexes what differs.
   */
  indexedSha256(path: string): string | null | undefined;
  /** Records a file the run could not process (status `failed`, its reason), replacing older rows. */
  recordFailure(entry: CorpusEntry): void;
  /** Replaces the whole `terms` table (the corpus's glossary candidates), in one transaction. */
  replaceTerms(terms: readonly TermRow[]): void;
  /** Removes a document and all its rows; a path the index does not hold is ignored. */
  removeDocument(path: string): void;
  /**
   * Before a run: when the index holds no document yet, drops the indexes
   * only queries use, so the rows load without maintaining them. Returns
   * whether it dropped them. Queries stay correct meanwhile, only slower.
   */
  deferQueryIndexes(): boolean;
  /** After a run (also one that failed or crashed): builds any query index that is missing. */
  restoreQueryIndexes(): void;
  /** Documents citing the act (and article, paragraph), one row each, with the provisions they cite. */
  citingDocuments(query: CitingDocumentsQuery): Row[];
  /** Acts or articles by the number of citations naming them, most first. */
  mostCited(query: MostCitedQuery): Row[];
  /** Citations per year of the citing document's date (`unknown` when it has none). */
  citationsByYear(query?: CitationsByYearQuery): Row[];
  /** Citations kazlex did not resolve, with the reason. */
  unresolved(query?: UnresolvedQuery): Row[];
  /** Processed documents in which no citation was found. */
  documentsWithoutCitations(): Row[];
  /** One read-only SELECT/WITH statement; anything else throws KZL_USAGE. */
  sql(readOnlySql: string): Row[];
  close(): void;
}
