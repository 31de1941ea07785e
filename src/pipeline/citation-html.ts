/**
 * The source text as a standalone HTML page, each citation marked and linked
 * to its target, with a tooltip naming the resolved act and provision
 * (eyecite's annotate step). Pure: returns the page as a string.
 */
import type { SourceCitation } from './cite-document.js';

export interface CitationHtmlOptions {
  title: string;
  lang: string;
}

export function citationsToHtml(
  source: string,
  citations: readonly SourceCitation[],
  options: CitationHtmlOptions,
): string {
  const parts: string[] = [];
  let cursor = 0;
  const sorted = [...citations].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const citation of sorted) {
    // Nested or overlapping matches stay unmarked; the outer one already links.
    if (citation.start < cursor) continue;
    parts.push(escapeHtml(source.slice(cursor, citation.start)));
    const tooltip = describeCitation(citation);
    const inner = escapeHtml(source.slice(citation.start, citation.end));
    const status = citation.resolved ? 'resolved' : 'unresolved';
    const attributes = `class="citation ${status} kind-${citation.kind}" title="${escapeHtml(tooltip)}" data-start="${citation.start}" data-end="${citation.end}"`;
    parts.push(
      citation.target
        ? `<a ${attributes} href="${escapeHtml(targetHref(citation.target))}">${inner}</a>`
        : `<mark ${attributes}>${inner}</mark>`,
    );
    cursor = citation.end;
  }
  parts.push(escapeHtml(source.slice(cursor)));

  return `<!DOCTYPE html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(options.title)}</title>
<style>
body { font: 16px/1.5 "Times New Roman", Tinos, serif; max-width: 50em; margin: 2em auto; padding: 0 1em; }
pre { white-space: pre-wrap; font: inherit; }
.citation { border-radius: 3px; padding: 0 2px; text-decoration: none; color: inherit; }
.citation.resolved { background: #d8f0d8; border-bottom: 2px solid #2a7a2a; }
.citation.unresolved { background: #fde2c8; border-bottom: 2px dashed #b35c00; }
</style>
</head>
<body>
<p>${citations.length} citation(s): green links are resolved, orange marks are unresolved or abstained. Hover for details.</p>
<pre>${parts.join('')}</pre>
</body>
</html>
`;
}

/** Tooltip: the act, the provisions, and why it was (not) resolved. */
export function describeCitation(citation: SourceCitation): string {
  const act = citation.act
    ? [
        citation.act.title ?? citation.act.type,
        citation.act.number && `№ ${citation.act.number}`,
        citation.act.date,
      ]
        .filter(Boolean)
        .join(', ')
    : citation.kind;
  const pins = citation.pins
    .map((pin) =>
      [
        pin.article && `art. ${pin.article}`,
        pin.paragraph && `para. ${pin.paragraph}`,
        pin.subparagraph && `subpara. ${pin.subparagraph}`,
      ]
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean)
    .join('; ');
  return [act, pins, citation.target ?? 'not resolved', citation.reason]
    .filter(Boolean)
    .join(' — ');
}

/** Akoma Ntoso IRIs are paths; a relative link keeps the page usable offline. */
function targetHref(target: string): string {
  return `#${target}`;
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
