/**
 * Corpus-wide tallies for the charts, the acts page, the network and the
 * citations table, accumulated one document at a time. Only counters and a
 * capped list of table rows are kept, so memory does not grow with text size.
 */
import type { SourceCitation } from '../pipeline/cite-document.js';
import type { DocumentRecord } from '../pipeline/types.js';
import { actKeyOf, actLabelOf, pinLabel } from './acts.js';
import { type CorpusIndex, citationHref } from './corpus-index.js';
import { citationsOf, definitionsOf, documentDateOf, languageOf } from './record-view.js';

export interface ProvisionTally {
  label: string;
  target: string | null;
  count: number;
}

export interface ActTally {
  key: string;
  label: string;
  count: number;
  resolved: number;
  /** By provision label (`art. 89 para. 1`); the empty label is the act as a whole. */
  provisions: Map<string, ProvisionTally>;
  /** Citing document id → citations. */
  citers: Map<string, number>;
}

export interface ArticleTally {
  actKey: string;
  label: string;
  article: string;
  count: number;
  /** Link from the report root. */
  href: string | null;
}

export interface CitationRow {
  docId: string;
  path: string;
  /** Position of the citation in its document, for the `#c-N` anchor. */
  index: number;
  line: number;
  text: string;
  lang: string;
  kind: string;
  act: string;
  provisions: string;
  target: string | null;
  resolved: boolean;
  reason: string;
}

export interface DocumentTally {
  id: string;
  path: string;
  lang: string;
  documentDate: string | null;
  citations: number;
  resolved: number;
  definitions: number;
  repairs: number;
}

export interface ReportAggregate {
  citations: number;
  resolved: number;
  acts: Map<string, ActTally>;
  articles: Map<string, ArticleTally>;
  /** `2024` or `undated` → citations made by documents of that year. */
  years: Map<string, number>;
  languages: Map<string, number>;
  documents: Map<string, DocumentTally>;
  rows: CitationRow[];
  /** Rows left out of `rows` beyond the cap. */
  rowsOmitted: number;
}

export interface AggregatorOptions {
  index: CorpusIndex;
  /** Citation table rows kept (default 5000); the rest are counted, not listed. */
  maxTableRows?: number | undefined;
}

export interface Aggregator {
  add(record: DocumentRecord): void;
  finish(): ReportAggregate;
}

export const UNDATED = 'undated';

export function createAggregator(options: AggregatorOptions): Aggregator {
  const { index } = options;
  const maxRows = options.maxTableRows ?? 5000;
  const result: ReportAggregate = {
    citations: 0,
    resolved: 0,
    acts: new Map(),
    articles: new Map(),
    years: new Map(),
    languages: new Map(),
    documents: new Map(),
    rows: [],
    rowsOmitted: 0,
  };

  const actLabel = (key: string, act: SourceCitation['act']): string => {
    const owner = index.owners.get(key);
    const path = owner === undefined ? undefined : index.paths.get(owner);
    return path ?? actLabelOf(key, act);
  };

  return {
    add(record) {
      const citations = citationsOf(record);
      const date = documentDateOf(record);
      const year = date?.slice(0, 4) ?? UNDATED;
      const resolved = citations.filter((c) => c.resolved).length;
      result.documents.set(record.id, {
        id: record.id,
        path: record.path,
        lang: languageOf(record),
        documentDate: date,
        citations: citations.length,
        resolved,
        definitions: definitionsOf(record).length,
        repairs: record.messages.length,
      });
      result.citations += citations.length;
      result.resolved += resolved;
      if (citations.length > 0) increment(result.years, year, citations.length);

      citations.forEach((citation, position) => {
        increment(result.languages, citation.lang, 1);
        const key = actKeyOf(citation, index.actIris);
        const label = key ? actLabel(key, citation.act) : '';
        // A document pointing into itself (`настоящей статьи`) is not a citation of an act.
        const external = key !== null && index.owners.get(key) !== record.id;
        if (key && external) tallyAct(result, key, label, record.id, citation);
        if (key && external) tallyArticles(result, index, key, label, citation);
        if (result.rows.length < maxRows) {
          result.rows.push({
            docId: record.id,
            path: record.path,
            index: position,
            line: citation.line,
            text: citation.text,
            lang: citation.lang,
            kind: citation.kind,
            act: label,
            provisions: citation.pins.map(pinLabel).filter(Boolean).join('; '),
            target: citation.target,
            resolved: citation.resolved,
            reason: citation.reason,
          });
        } else {
          result.rowsOmitted++;
        }
      });
    },
    finish() {
      return result;
    },
  };
}

function tallyAct(
  result: ReportAggregate,
  key: string,
  label: string,
  docId: string,
  citation: SourceCitation,
): void {
  let tally = result.acts.get(key);
  if (!tally) {
    tally = { key, label, count: 0, resolved: 0, provisions: new Map(), citers: new Map() };
    result.acts.set(key, tally);
  }
  tally.count++;
  if (citation.resolved) tally.resolved++;
  increment(tally.citers, docId, 1);
  const pins = citation.pins.length > 0 ? citation.pins : [{}];
  for (const pin of pins) {
    const provision = pinLabel(pin);
    const entry = tally.provisions.get(provision);
    if (entry) {
      entry.count++;
      entry.target ??= citation.resolved ? citation.target : null;
    } else {
      tally.provisions.set(provision, {
        label: provision,
        // The target names the first pin only; other pins get no IRI of their own here.
        target: citation.resolved && pin === pins[0] ? citation.target : null,
        count: 1,
      });
    }
  }
}

function tallyArticles(
  result: ReportAggregate,
  index: CorpusIndex,
  key: string,
  label: string,
  citation: SourceCitation,
): void {
  const articles = new Set(citation.pins.map((pin) => pin.article).filter((a) => a !== undefined));
  for (const article of articles) {
    const id = `${key}\u0000${article}`;
    const entry = result.articles.get(id);
    if (entry) {
      entry.count++;
      continue;
    }
    const work = citation.target?.split('/~')[0] ?? null;
    result.articles.set(id, {
      actKey: key,
      label: `${label}, art. ${article}`,
      article,
      count: 1,
      href: citationHref(
        index,
        { act: citation.act, target: work ? `${work}/~art_${article}` : null },
        0,
      ),
    });
  }
}

function increment<K>(map: Map<K, number>, key: K, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Entries by count, largest first, ties by key so the order is stable. */
export function topEntries<T extends { count: number }>(
  entries: Iterable<[string, T]>,
  limit: number,
): [string, T][] {
  return [...entries]
    .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit);
}
