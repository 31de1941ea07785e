/**
 * Text with overlapping ranges marked up as properly nested HTML. Ranges
 * that cross are split into pieces; the higher-ranked range stays outermost
 * so it is never split (citations outrank definitions, which outrank repairs).
 */
import { escapeHtml } from './html.js';

export interface MarkupSpan {
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  /** Higher ranks are opened outside lower ones and are never split by them. */
  rank: number;
  /** Opening tag for the first piece (it may carry an id). */
  openFirst: string;
  /** Opening tag for later pieces, when a crossing range splits this one. */
  open: string;
  close: string;
}

/** Markup inserted at one offset, such as an empty anchor. */
export interface PointMark {
  at: number;
  html: string;
}

export interface MarkedTextOptions {
  spans: readonly MarkupSpan[];
  points?: readonly PointMark[];
}

export function renderMarkedText(text: string, options: MarkedTextOptions): string {
  const length = text.length;
  const spans = options.spans
    .map((span, index) => ({
      span,
      index,
      start: clamp(span.start, length),
      end: clamp(span.end, length),
    }))
    .filter((entry) => entry.start < entry.end)
    .sort((a, b) => a.start - b.start || a.index - b.index);
  const points = [...(options.points ?? [])]
    .map((point) => ({ at: clamp(point.at, length), html: point.html }))
    .sort((a, b) => a.at - b.at);

  const boundaries = new Set<number>([0, length]);
  for (const entry of spans) {
    boundaries.add(entry.start);
    boundaries.add(entry.end);
  }
  for (const point of points) boundaries.add(point.at);
  const ordered = [...boundaries].sort((a, b) => a - b);

  type Entry = (typeof spans)[number];
  const nesting = (a: Entry, b: Entry) =>
    b.span.rank - a.span.rank || a.start - b.start || b.end - a.end || a.index - b.index;
  const opened = new Set<Entry>();
  let active: Entry[] = [];
  let stack: Entry[] = [];
  let nextSpan = 0;
  let nextPoint = 0;
  const out: string[] = [];

  for (let i = 0; i < ordered.length; i++) {
    const at = ordered[i] as number;
    active = active.filter((entry) => entry.end > at);
    while (nextSpan < spans.length && (spans[nextSpan] as Entry).start === at) {
      active.push(spans[nextSpan] as Entry);
      nextSpan++;
    }
    const wanted = [...active].sort(nesting);
    let common = 0;
    while (common < stack.length && common < wanted.length && stack[common] === wanted[common]) {
      common++;
    }
    for (let k = stack.length - 1; k >= common; k--) out.push((stack[k] as Entry).span.close);
    while (nextPoint < points.length && (points[nextPoint] as PointMark).at === at) {
      out.push((points[nextPoint] as PointMark).html);
      nextPoint++;
    }
    for (let k = common; k < wanted.length; k++) {
      const entry = wanted[k] as Entry;
      out.push(opened.has(entry) ? entry.span.open : entry.span.openFirst);
      opened.add(entry);
    }
    stack = wanted;
    const next = ordered[i + 1];
    if (next !== undefined) out.push(escapeHtml(text.slice(at, next)));
  }
  for (let k = stack.length - 1; k >= 0; k--) out.push((stack[k] as Entry).span.close);
  return out.join('');
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(length, Math.trunc(offset)));
}
