/**
 * A horizontal bar chart as a standalone SVG string: one row per bar, the
 * label on the left (shortened, full text in a tooltip), the value at the
 * bar's end. No scripts and no external fonts, so it renders from disk.
 */
import { escapeHtml } from '../html.js';

export interface Bar {
  label: string;
  value: number;
  /** Relative link for the label and bar. */
  href?: string | undefined;
}

export interface BarChartOptions {
  title: string;
  bars: readonly Bar[];
  width?: number;
}

const ROW = 22;
const TOP = 34;
const LABEL_WIDTH = 250;
const MAX_LABEL_CHARS = 38;

export function renderBarChart(options: BarChartOptions): string {
  const width = options.width ?? 640;
  const bars = options.bars;
  const height = TOP + Math.max(1, bars.length) * ROW + 12;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const plotWidth = width - LABEL_WIDTH - 60;
  const title = escapeHtml(options.title);
  const rows = bars.map((bar, index) => {
    const y = TOP + index * ROW;
    const barWidth = Math.max(1, Math.round((bar.value / max) * plotWidth));
    const label = escapeHtml(shorten(bar.label));
    const full = escapeHtml(`${bar.label}: ${bar.value}`);
    const body =
      `<title>${full}</title>` +
      `<text class="label" x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end" font-size="13">${label}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${barWidth}" height="${ROW - 6}" fill="#3b6ea5"/>` +
      `<text class="value" x="${LABEL_WIDTH + barWidth + 6}" y="${y + 15}" font-size="13">${bar.value}</text>`;
    const group = `<g class="bar" data-label="${escapeHtml(bar.label)}" data-value="${bar.value}">${body}</g>`;
    return bar.href ? `<a href="${escapeHtml(bar.href)}">${group}</a>` : group;
  });
  const empty =
    bars.length === 0
      ? `<text x="${LABEL_WIDTH}" y="${TOP + 15}" font-size="13" fill="#666">no data</text>`
      : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${title}">
<text x="8" y="20" font-size="15" font-weight="bold">${title}</text>
${rows.join('\n')}${empty}
</svg>`;
}

function shorten(label: string): string {
  const chars = [...label];
  return chars.length <= MAX_LABEL_CHARS
    ? label
    : `${chars.slice(0, MAX_LABEL_CHARS - 1).join('')}…`;
}
