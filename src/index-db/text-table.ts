import type { Row } from './types.js';

export interface FormatTableOptions {
  /** Longest cell, in code points, before it is cut with `…`; default 80. */
  maxWidth?: number | undefined;
}

/**
 * Rows as an aligned plain-text table with a header line. Widths count code
 * points, not bytes or UTF-16 units, so Kazakh letters (`ә`, `ғ`, `қ`) and
 * the rest of Cyrillic line up; numbers are right-aligned.
 */
export function formatTable(rows: readonly Row[], options: FormatTableOptions = {}): string {
  const maxWidth = options.maxWidth ?? 80;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  if (columns.length === 0) return '';
  const cells = rows.map((row) => columns.map((column) => cellText(row[column], maxWidth)));
  const numeric = columns.map((column) =>
    rows.every(
      (row) => row[column] === null || row[column] === undefined || typeof row[column] === 'number',
    ),
  );
  const widths = columns.map((column, index) =>
    Math.max(width(column), ...cells.map((line) => width(line[index] ?? ''))),
  );
  const render = (line: string[]) =>
    line
      .map((cell, index) => pad(cell, widths[index] ?? 0, numeric[index] ?? false))
      .join('  ')
      .trimEnd();
  const header = render(columns);
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return `${[header, rule, ...cells.map(render)].join('\n')}\n`;
}

function cellText(value: string | number | null | undefined, maxWidth: number): string {
  if (value === null || value === undefined) return '';
  const text = String(value).replace(/\s+/g, ' ');
  const points = [...text];
  return points.length > maxWidth ? `${points.slice(0, maxWidth - 1).join('')}…` : text;
}

function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return right ? fill + text : text + fill;
}
