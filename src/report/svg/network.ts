/**
 * The citation network as an SVG string: nodes on a circle in the order
 * given (so the layout is deterministic), citations as curved arrows whose
 * width grows with the number of citations.
 */
import { escapeHtml } from '../html.js';

export const NodeKind = {
  DOCUMENT: 'document',
  ACT: 'act',
  /** A corpus document that other documents cite as an act. */
  DOCUMENT_ACT: 'document-act',
} as const;
export type NodeKind = (typeof NodeKind)[keyof typeof NodeKind];

export interface NetworkNode {
  id: string;
  label: string;
  kind: NodeKind;
  /** Citations in and out; sets the node size. */
  weight: number;
  href?: string | undefined;
}

export interface NetworkEdge {
  from: string;
  to: string;
  count: number;
}

export interface NetworkOptions {
  nodes: readonly NetworkNode[];
  edges: readonly NetworkEdge[];
  title: string;
}

const WIDTH = 1000;
const HEIGHT = 1040;
const RADIUS = 270;
const MAX_LABEL_CHARS = 30;
const FILL: Record<NodeKind, string> = {
  document: '#3b6ea5',
  act: '#c0641a',
  'document-act': '#7a4fa0',
};

export function renderNetwork(options: NetworkOptions): string {
  const cx = WIDTH / 2;
  const cy = HEIGHT / 2 + 20;
  const count = options.nodes.length;
  const positions = new Map<string, { x: number; y: number; angle: number; r: number }>();
  options.nodes.forEach((node, index) => {
    const angle = count === 1 ? -Math.PI / 2 : (index / count) * 2 * Math.PI - Math.PI / 2;
    positions.set(node.id, {
      x: cx + RADIUS * Math.cos(angle),
      y: cy + RADIUS * Math.sin(angle),
      angle,
      r: nodeRadius(node.weight),
    });
  });

  const labels = new Map(options.nodes.map((node) => [node.id, node.label]));
  const edges = options.edges.flatMap((edge) => {
    const from = positions.get(edge.from);
    const to = positions.get(edge.to);
    if (!from || !to || edge.from === edge.to) return [];
    // Bend each curve toward the centre so edges between neighbours stay visible.
    const mx = (from.x + to.x) / 2;
    const my = (from.y + to.y) / 2;
    const qx = mx + (cx - mx) * 0.45;
    const qy = my + (cy - my) * 0.45;
    // Stop the arrow at the target's rim, not its centre.
    const dx = qx - to.x;
    const dy = qy - to.y;
    const length = Math.hypot(dx, dy) || 1;
    const ex = to.x + (dx / length) * (to.r + 2);
    const ey = to.y + (dy / length) * (to.r + 2);
    const strokeWidth = (1 + Math.log2(edge.count)).toFixed(2);
    const tip = escapeHtml(
      `${labels.get(edge.from)} → ${labels.get(edge.to)}: ${edge.count} citation(s)`,
    );
    return [
      `<path class="edge" data-from="${escapeHtml(edge.from)}" data-to="${escapeHtml(edge.to)}" data-count="${edge.count}" d="M${fmt(from.x)},${fmt(from.y)} Q${fmt(qx)},${fmt(qy)} ${fmt(ex)},${fmt(ey)}" fill="none" stroke="#7d8da1" stroke-opacity="0.7" stroke-width="${strokeWidth}" marker-end="url(#arrow)"><title>${tip}</title></path>`,
    ];
  });

  const nodes = options.nodes.map((node) => {
    const p = positions.get(node.id) as { x: number; y: number; angle: number; r: number };
    const r = p.r;
    const shape =
      node.kind === NodeKind.ACT
        ? `<rect x="${fmt(p.x - r)}" y="${fmt(p.y - r)}" width="${fmt(2 * r)}" height="${fmt(2 * r)}" fill="${FILL[node.kind]}"/>`
        : `<circle cx="${fmt(p.x)}" cy="${fmt(p.y)}" r="${fmt(r)}" fill="${FILL[node.kind]}"/>`;
    // Labels run outward along the radius, so neighbours on a crowded circle do not overlap;
    // on the left half they are turned half a circle to stay readable.
    const right = Math.cos(p.angle) >= -1e-9;
    const lx = p.x + Math.cos(p.angle) * (r + 6);
    const ly = p.y + Math.sin(p.angle) * (r + 6);
    const degrees = (p.angle * 180) / Math.PI + (right ? 0 : 180);
    const label = `<text x="${fmt(lx)}" y="${fmt(ly)}" dy="4" font-size="12" text-anchor="${right ? 'start' : 'end'}" transform="rotate(${fmt(degrees)} ${fmt(lx)} ${fmt(ly)})">${escapeHtml(shorten(node.label))}</text>`;
    const group = `<g class="node ${node.kind}" data-id="${escapeHtml(node.id)}" data-weight="${node.weight}"><title>${escapeHtml(`${node.label} (${node.weight} citation(s))`)}</title>${shape}${label}</g>`;
    return node.href ? `<a href="${escapeHtml(node.href)}">${group}</a>` : group;
  });

  const legend = (Object.entries(FILL) as [NodeKind, string][])
    .map(
      ([kind, fill], index) =>
        `<g transform="translate(${12 + index * 190},40)">${kind === NodeKind.ACT ? `<rect x="0" y="-10" width="12" height="12" fill="${fill}"/>` : `<circle cx="6" cy="-4" r="6" fill="${fill}"/>`}<text x="18" y="0" font-size="13">${LEGEND[kind]}</text></g>`,
    )
    .join('');
  const empty =
    count === 0
      ? `<text x="${cx}" y="${cy}" font-size="14" text-anchor="middle" fill="#666">no citations between documents and acts</text>`
      : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" class="network" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(options.title)}">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#7d8da1"/></marker></defs>
<text x="12" y="20" font-size="15" font-weight="bold">${escapeHtml(options.title)}</text>
${legend}
${edges.join('\n')}
${nodes.join('\n')}${empty}
</svg>`;
}

const LEGEND: Record<NodeKind, string> = {
  document: 'document',
  act: 'cited act',
  'document-act': 'document cited as an act',
};

function nodeRadius(weight: number): number {
  return Math.min(14, 4 + Math.sqrt(Math.max(0, weight)) * 1.5);
}

function fmt(value: number): string {
  return value.toFixed(1);
}

function shorten(label: string): string {
  const chars = [...label];
  return chars.length <= MAX_LABEL_CHARS
    ? label
    : `${chars.slice(0, MAX_LABEL_CHARS - 1).join('')}…`;
}
