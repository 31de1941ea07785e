/**
 * The report as a map from relative path to page. `buildReport` takes
 * documents in memory; `createReportBuilder` takes them one at a time, for
 * callers that stream a large corpus through it (see write-report.ts).
 */
import type { CorpusSummary, DocumentRecord } from '../pipeline/types.js';
import { buildActsPage } from './acts-page.js';
import { createAggregator } from './aggregate.js';
import { buildCitationsPage } from './citations-page.js';
import { type CorpusIndex, indexDocuments } from './corpus-index.js';
import { buildDocumentPage } from './document-page.js';
import { documentPagePath, ReportPath } from './html.js';
import { buildNetworkPage } from './network-page.js';
import { buildOverviewPage } from './overview-page.js';

export interface ReportDocument {
  record: DocumentRecord;
  /** The decoded source text; null when the file changed or vanished since the run. */
  source: string | null;
  /** Why the source is missing, shown on the page. */
  sourceNote?: string | null | undefined;
}

export interface ReportOptions {
  /** Rows in the citations table (default 5000). */
  maxTableRows?: number | undefined;
  /** Nodes in the network drawing (default 40). */
  maxNetworkNodes?: number | undefined;
  /** Bars in each "most cited" chart (default 15). */
  topBars?: number | undefined;
  /** Rows in the overview's files and failures tables (default 2000). */
  maxFileRows?: number | undefined;
}

export interface BuildReportInput extends ReportOptions {
  summary: CorpusSummary;
  documents: readonly ReportDocument[];
}

export function buildReport(input: BuildReportInput): Map<string, string> {
  const builder = createReportBuilder({
    ...input,
    index: indexDocuments(input.documents.map((doc) => doc.record)),
  });
  const pages = new Map<string, string>();
  for (const doc of input.documents) {
    const page = builder.addDocument(doc);
    pages.set(page.path, page.html);
  }
  for (const [path, html] of builder.finish()) pages.set(path, html);
  return pages;
}

export interface ReportBuilderOptions extends ReportOptions {
  summary: CorpusSummary;
  /** From a first pass over every record (createCorpusIndexer). */
  index: CorpusIndex;
}

export interface ReportBuilder {
  /** Tallies the document and returns its page. */
  addDocument(doc: ReportDocument): { path: string; html: string };
  /** The corpus-wide pages, once every document was added. */
  finish(): Map<string, string>;
}

export function createReportBuilder(options: ReportBuilderOptions): ReportBuilder {
  const aggregator = createAggregator({ index: options.index, maxTableRows: options.maxTableRows });
  return {
    addDocument(doc) {
      aggregator.add(doc.record);
      return {
        path: documentPagePath(doc.record.id),
        html: buildDocumentPage({
          record: doc.record,
          source: doc.source,
          sourceNote: doc.sourceNote,
          index: options.index,
        }),
      };
    },
    finish() {
      const aggregate = aggregator.finish();
      return new Map([
        [
          ReportPath.INDEX,
          buildOverviewPage({
            summary: options.summary,
            aggregate,
            topBars: options.topBars ?? 15,
            maxFileRows: options.maxFileRows ?? 2000,
          }),
        ],
        [ReportPath.CITATIONS, buildCitationsPage(aggregate)],
        [ReportPath.ACTS, buildActsPage(aggregate, options.index)],
        [
          ReportPath.NETWORK,
          buildNetworkPage(aggregate, options.index, { maxNodes: options.maxNetworkNodes ?? 40 }),
        ],
      ]);
    },
  };
}
