/**
 * YAML front matter at the top of a Markdown file (`---`, `key: value` lines,
 * `---`) is metadata, not text: steps that read lines (paragraph rebuilding,
 * structure, a document's title) leave it alone.
 */

/** A `key: value` line, as front matter holds them. */
export const FRONT_MATTER_KEY = /^[A-Za-z_][\w-]*:(?:\s|$)/u;

/** Front matter longer than this is not front matter but a document that starts with a rule. */
const MAX_LINES = 50;

/**
 * The offset just after the front matter's closing `---` line (its line break
 * included), or 0 when the text does not start with front matter.
 */
export function frontMatterEnd(text: string): number {
  if (!/^---\r?\n/u.test(text)) return 0;
  let lineStart = text.indexOf('\n') + 1;
  for (let line = 0; line < MAX_LINES && lineStart < text.length; line++) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const value = text.slice(lineStart, lineEnd).replace(/\r$/u, '');
    if (value === '---') return line === 0 ? 0 : newline === -1 ? text.length : newline + 1;
    if (line === 0 && !FRONT_MATTER_KEY.test(value)) return 0;
    lineStart = lineEnd + 1;
  }
  return 0;
}
