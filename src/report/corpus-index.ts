/**
 * What every page needs to know about the whole corpus before any page is
 * built: which registry ids stand for which act IRIs, and which acts are
 * documents of the corpus (so a citation of them links to their page).
 * Built in a first pass that keeps no document text.
 */

import type { SourceCitation } from '../pipeline/cite-document.js';
import type { DocumentRecord } from '../pipeline/types.js';
import { actKeyOf, learnActIris, workIriOf } from './acts.js';
import { documentPagePath, ReportPath, relativeHref } from './html.js';
import { citationsOf } from './record-view.js';

export interface CorpusIndex {
  /** Registry id (`constitution-1995`) → work IRI. */
  actIris: Map<string, string>;
  /** Work IRI → id of the corpus document that is that act. */
  owners: Map<string, string>;
  /** Document id → its path in the corpus. */
  paths: Map<string, string>;
}

export interface CorpusIndexer {
  add(record: DocumentRecord): void;
  finish(): CorpusIndex;
}

export function createCorpusIndexer(): CorpusIndexer {
  const index: CorpusIndex = { actIris: new Map(), owners: new Map(), paths: new Map() };
  return {
    add(record) {
      index.paths.set(record.id, record.path);
      // citeDocument gives documents outside the registry this local IRI.
      setOnce(index.owners, `/akn/kz/doc/${record.id}`, record.id);
      const citations = citationsOf(record);
      learnActIris(citations, index.actIris);
      for (const citation of citations) {
        if (citation.kind !== 'self') continue;
        if (citation.target) setOnce(index.owners, workIriOf(citation.target), record.id);
        if (citation.act?.id?.startsWith('/')) setOnce(index.owners, citation.act.id, record.id);
      }
    },
    finish() {
      return index;
    },
  };
}

/** The corpus index of documents already in memory. */
export function indexDocuments(records: Iterable<DocumentRecord>): CorpusIndex {
  const indexer = createCorpusIndexer();
  for (const record of records) indexer.add(record);
  return indexer.finish();
}

/** The id of the acts page section for an act key. */
export function actAnchorId(key: string): string {
  return `act-${key.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '')}`;
}

/**
 * Where a citation links from a page `depth` folders deep: the cited
 * provision in the document that is the act, when the corpus holds it;
 * otherwise the act's section on the acts page; null when no act was found.
 */
export function citationHref(
  index: CorpusIndex,
  citation: Pick<SourceCitation, 'act' | 'target'>,
  depth: number,
): string | null {
  const key = actKeyOf(citation, index.actIris);
  if (!key) return null;
  const owner = index.owners.get(key);
  if (owner !== undefined) {
    const cut = citation.target?.indexOf('/~') ?? -1;
    const eId = citation.target && cut !== -1 ? citation.target.slice(cut + 2) : undefined;
    return relativeHref(depth, documentPagePath(owner), eId);
  }
  return relativeHref(depth, ReportPath.ACTS, actAnchorId(key));
}

function setOnce<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (!map.has(key)) map.set(key, value);
}
