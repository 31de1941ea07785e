/**
 * The citation network page: documents and the acts they cite, the most
 * connected ones only, so the drawing stays readable on a large corpus.
 */
import type { ReportAggregate } from './aggregate.js';
import { actAnchorId, type CorpusIndex } from './corpus-index.js';
import {
  documentPagePath,
  escapeHtml,
  ReportPath,
  relativeHref,
  renderPage,
  renderTable,
} from './html.js';
import { type NetworkEdge, type NetworkNode, NodeKind, renderNetwork } from './svg/network.js';

export interface NetworkSelection {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Nodes with citations left out to respect the cap. */
  omitted: number;
}

/**
 * Documents are nodes under their id, acts outside the corpus under
 * `act:<key>`; an act that is a corpus document is that document's node.
 */
export function selectNetwork(
  aggregate: ReportAggregate,
  index: CorpusIndex,
  maxNodes: number,
): NetworkSelection {
  const edges = new Map<string, NetworkEdge>();
  const nodes = new Map<string, NetworkNode>();
  const cited = new Set<string>();
  for (const act of aggregate.acts.values()) {
    const owner = index.owners.get(act.key);
    const to = owner ?? `act:${act.key}`;
    if (!nodes.has(to)) {
      nodes.set(to, {
        id: to,
        label: act.label,
        kind: owner === undefined ? NodeKind.ACT : NodeKind.DOCUMENT_ACT,
        weight: 0,
        href:
          owner === undefined
            ? relativeHref(0, ReportPath.ACTS, actAnchorId(act.key))
            : relativeHref(0, documentPagePath(owner)),
      });
    }
    for (const [docId, count] of act.citers) {
      if (docId === to) continue;
      const id = `${docId}\u0000${to}`;
      const edge = edges.get(id);
      if (edge) edge.count += count;
      else edges.set(id, { from: docId, to, count });
      cited.add(to);
    }
  }
  for (const edge of edges.values()) {
    if (!nodes.has(edge.from)) {
      const doc = aggregate.documents.get(edge.from);
      nodes.set(edge.from, {
        id: edge.from,
        label: doc?.path ?? index.paths.get(edge.from) ?? edge.from,
        kind: NodeKind.DOCUMENT,
        weight: 0,
        href: relativeHref(0, documentPagePath(edge.from)),
      });
    }
    (nodes.get(edge.from) as NetworkNode).weight += edge.count;
    (nodes.get(edge.to) as NetworkNode).weight += edge.count;
  }
  // A corpus document is only a document-act when someone else cites it.
  for (const node of nodes.values()) {
    if (node.kind === NodeKind.DOCUMENT_ACT && !cited.has(node.id)) node.kind = NodeKind.DOCUMENT;
  }
  const connected = [...nodes.values()].filter((node) => node.weight > 0);
  const kept = [...connected]
    .sort((a, b) => b.weight - a.weight || compare(a.id, b.id))
    .slice(0, maxNodes);
  const keptIds = new Set(kept.map((node) => node.id));
  // Acts first, then documents, each alphabetically: neighbours on the circle are alike.
  const order = (node: NetworkNode) => (node.kind === NodeKind.ACT ? 0 : 1);
  kept.sort((a, b) => order(a) - order(b) || compare(a.label, b.label) || compare(a.id, b.id));
  return {
    nodes: kept,
    edges: [...edges.values()]
      .filter((edge) => keptIds.has(edge.from) && keptIds.has(edge.to))
      .sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to)),
    omitted: connected.length - kept.length,
  };
}

export function buildNetworkPage(
  aggregate: ReportAggregate,
  index: CorpusIndex,
  options: { maxNodes: number },
): string {
  const selection = selectNetwork(aggregate, index, options.maxNodes);
  const labels = new Map(selection.nodes.map((node) => [node.id, node]));
  const rows = [...selection.edges]
    .sort((a, b) => b.count - a.count || compare(a.from, b.from) || compare(a.to, b.to))
    .map((edge) => {
      const from = labels.get(edge.from);
      const to = labels.get(edge.to);
      return [link(from), link(to), `<span class="num">${edge.count}</span>`];
    });
  const body = [
    '<p>Each arrow runs from a citing document to the act it cites; its width grows with the number of citations. Click a node to open its page.</p>',
    selection.omitted > 0
      ? `<p class="note">Showing the ${selection.nodes.length} most connected nodes; ${selection.omitted} more are left out.</p>`
      : '',
    renderNetwork({ nodes: selection.nodes, edges: selection.edges, title: 'Citation network' }),
    '<h2>Edges</h2>',
    rows.length > 0
      ? renderTable(['Citing document', 'Cited act', 'Citations'], rows)
      : '<p class="muted">No edges.</p>',
  ].join('\n');
  return renderPage({ title: 'Citation network', depth: 0, body });
}

function link(node: NetworkNode | undefined): string {
  if (!node) return '';
  const label = escapeHtml(node.label);
  return node.href ? `<a href="${escapeHtml(node.href)}">${label}</a>` : label;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
