/**
 * The shared HTML shell of the report: escaping, the page layout with inline
 * CSS and navigation, and relative links, so every page opens from disk.
 */

/** Escapes text for element content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The report's own pages, by path relative to the report folder. */
export const ReportPath = {
  INDEX: 'index.html',
  CITATIONS: 'citations.html',
  NETWORK: 'network.html',
  ACTS: 'acts.html',
} as const;

/** Where a document's page lives, relative to the report folder. */
export function documentPagePath(docId: string): string {
  return `docs/${docId}.html`;
}

/**
 * A link from a page at `fromDepth` folders below the report root to a
 * report path, percent-encoded so Cyrillic ids work under file://.
 */
export function relativeHref(fromDepth: number, reportPath: string, fragment?: string): string {
  const encoded = reportPath.split('/').map(encodeURIComponent).join('/');
  const hash = fragment === undefined ? '' : `#${encodeURIComponent(fragment)}`;
  return `${'../'.repeat(fromDepth)}${encoded}${hash}`;
}

export interface PageOptions {
  title: string;
  /** Folders between this page and the report root (0 for index.html). */
  depth: number;
  /** Body HTML, already escaped. */
  body: string;
  /** Inline script, if the page needs one. */
  script?: string;
}

const NAV: readonly (readonly [string, string])[] = [
  [ReportPath.INDEX, 'Overview'],
  [ReportPath.CITATIONS, 'Citations'],
  [ReportPath.ACTS, 'Acts'],
  [ReportPath.NETWORK, 'Network'],
];

export function renderPage(options: PageOptions): string {
  const nav = NAV.map(
    ([target, label]) =>
      `<a href="${escapeHtml(relativeHref(options.depth, target))}">${label}</a>`,
  ).join(' · ');
  const script = options.script ? `\n<script>\n${options.script}\n</script>` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)} — kazlex report</title>
<style>${STYLE}</style>
</head>
<body>
<nav class="top">kazlex report: ${nav}</nav>
<main>
<h1>${escapeHtml(options.title)}</h1>
${options.body}
</main>${script}
</body>
</html>
`;
}

/** An HTML table from already-escaped cells. */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  attributes = '',
): string {
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`);
  return `<table${attributes ? ` ${attributes}` : ''}>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`;
}

/** `{"kk": 0.82, "ru": 0.18}` → `kk 82% · ru 18%`. */
export function formatLanguages(languages: Readonly<Record<string, number | undefined>>): string {
  return Object.entries(languages)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .map(([lang, share]) => `${lang} ${Math.round(share * 100)}%`)
    .join(' · ');
}

// Tinos is metric-compatible with Times; Liberation and DejaVu cover ә ғ қ ң ө ұ ү һ і
// on machines without either.
const STYLE = `
body { font: 16px/1.5 Tinos, "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; margin: 0; color: #1d1d1d; background: #fdfdfb; }
main { max-width: 72em; margin: 0 auto; padding: 0 1.5em 3em; }
nav.top { background: #20364f; color: #fff; padding: .5em 1.5em; }
nav.top a { color: #fff; }
h1 { font-size: 1.6em; margin: .8em 0 .4em; }
h2 { font-size: 1.25em; margin: 1.4em 0 .4em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; width: 100%; font-size: .95em; }
th, td { border: 1px solid #d4d4d4; padding: .2em .45em; text-align: left; vertical-align: top; }
th { background: #eef1f5; }
span.num { display: block; text-align: right; font-variant-numeric: tabular-nums; }
.failed { color: #a00; }
.note { background: #fff4d6; border-left: 4px solid #d9a400; padding: .4em .8em; }
.muted { color: #666; }
code, .iri { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: .85em; word-break: break-all; }
pre.source { white-space: pre-wrap; font: inherit; background: #fff; border: 1px solid #ddd; padding: 1em; }
.citation { border-radius: 3px; padding: 0 2px; text-decoration: none; color: inherit; }
.citation.resolved { background: #d8f0d8; border-bottom: 2px solid #2a7a2a; }
.citation.unresolved { background: #fde2c8; border-bottom: 2px dashed #b35c00; }
.term { font-style: normal; font-weight: bold; background: #e4e0fa; }
.definition { background: #f3f1fd; }
.repair { border-bottom: 1px dotted #888; }
.legend span { margin-right: 1em; padding: 0 .3em; }
svg { max-width: 100%; height: auto; font-family: Tinos, "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(30em, 1fr)); gap: 1em; }
input[type=search] { font: inherit; padding: .3em .5em; width: 24em; max-width: 100%; }
`;
