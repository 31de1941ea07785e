export { type ActTally, createAggregator, type ReportAggregate } from './aggregate.js';
export {
  type BuildReportInput,
  buildReport,
  createReportBuilder,
  type ReportBuilder,
  type ReportDocument,
  type ReportOptions,
} from './build-report.js';
export { type CorpusIndex, createCorpusIndexer, indexDocuments } from './corpus-index.js';
export { type Bar, type BarChartOptions, renderBarChart } from './svg/bar-chart.js';
export { type NetworkEdge, type NetworkNode, renderNetwork } from './svg/network.js';
export { type WriteReportOptions, type WriteReportResult, writeReport } from './write-report.js';
