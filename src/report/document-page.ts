/**
 * One document's page: its source text with citations highlighted and
 * linked, definitions marked and repairs underlined, then the lists of
 * citations, definitions and repair messages. When the source is missing or
 * no longer matches the run, the normalized text is shown plainly instead.
 */
import { describeCitation } from '../pipeline/citation-html.js';
import type { SourceCitation } from '../pipeline/cite-document.js';
import type { SourceUnit } from '../pipeline/segment-document.js';
import type { DocumentRecord, MessageRecord } from '../pipeline/types.js';
import { pinLabel } from './acts.js';
import { type CorpusIndex, citationHref } from './corpus-index.js';
import { escapeHtml, formatLanguages, renderPage, renderTable } from './html.js';
import { type MarkupSpan, type PointMark, renderMarkedText } from './marked-text.js';
import { citationsOf, definitionsOf, documentDateOf, languageOf, unitsOf } from './record-view.js';

export interface DocumentPageInput {
  record: DocumentRecord;
  /** The decoded source text the record's offsets point into; null when it is not available. */
  source: string | null;
  /** Why the source is not shown (changed or vanished since the run). */
  sourceNote?: string | null | undefined;
  index: CorpusIndex;
}

/** Document pages sit in `docs/`, one folder below the report root. */
const DEPTH = 1;

const Rank = { CITATION: 3, TERM: 2, DEFINITION: 1, REPAIR: 0 } as const;

export function buildDocumentPage(input: DocumentPageInput): string {
  const { record } = input;
  const citations = citationsOf(record);
  const definitions = definitionsOf(record);
  const lang = languageOf(record);
  const mismatch = input.source === null ? null : findMismatch(input.source, citations);
  const note =
    input.source === null
      ? (input.sourceNote ?? 'The source file is not available.')
      : mismatch
        ? `The source file no longer matches this run (${mismatch}).`
        : null;

  const text =
    input.source !== null && note === null
      ? renderMarkedText(input.source, {
          spans: [
            ...citationSpans(citations, input.index),
            ...definitionSpans(definitions),
            ...repairSpans(record.messages),
          ],
          points: [...unitAnchors(unitsOf(record)), ...emptyRepairPoints(record.messages)],
        })
      : escapeHtml(record.text);

  const body = [
    renderFacts(record, lang, citations.length, definitions.length),
    note === null
      ? ''
      : `<p class="note">${escapeHtml(note)} Showing the normalized text without highlights; run <code>kazlex run</code> again to refresh.</p>`,
    '<p class="legend"><span class="citation resolved">resolved citation</span><span class="citation unresolved">unresolved citation</span><dfn class="term">defined term</dfn> <span class="definition">definition</span> <span class="repair">repaired by normalization</span></p>',
    `<pre class="source" lang="${escapeHtml(lang)}">${text}</pre>`,
    `<h2 id="citations">Citations (${citations.length})</h2>`,
    renderCitationList(citations, input.index),
    `<h2 id="definitions">Definitions (${definitions.length})</h2>`,
    renderDefinitionList(definitions),
    `<h2 id="repairs">Repairs (${record.messages.length})</h2>`,
    renderRepairList(record.messages),
  ].join('\n');
  return renderPage({ title: record.path, depth: DEPTH, body });
}

function renderFacts(
  record: DocumentRecord,
  lang: string,
  citations: number,
  definitions: number,
): string {
  const facts: [string, string][] = [
    ['Format', `${record.format}, ${record.encoding}`],
    ['Size', `${record.size} bytes`],
    ['Languages', formatLanguages(record.languages) || lang],
    ['Document date', documentDateOf(record) ?? '—'],
    ['Citations', String(citations)],
    ['Definitions', String(definitions)],
    ['Repairs', String(record.messages.length)],
    ['SHA-256', record.sha256],
  ];
  return `<table class="facts">${facts
    .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
    .join('')}</table>`;
}

/** The first citation whose recorded text is not the source slice, if any. */
function findMismatch(source: string, citations: readonly SourceCitation[]): string | null {
  for (const citation of citations) {
    if (source.slice(citation.start, citation.end) !== citation.text) {
      return `the citation at line ${citation.line} is no longer at offsets ${citation.start}–${citation.end}`;
    }
  }
  return null;
}

function citationSpans(citations: readonly SourceCitation[], index: CorpusIndex): MarkupSpan[] {
  const spans: MarkupSpan[] = [];
  let cursor = 0;
  const order = citations
    .map((citation, position) => ({ citation, position }))
    .sort((a, b) => a.citation.start - b.citation.start || b.citation.end - a.citation.end);
  for (const { citation, position } of order) {
    // A match nested in or overlapping another stays unmarked; the outer one links.
    if (citation.start < cursor) continue;
    cursor = citation.end;
    const href = citationHref(index, citation, DEPTH);
    const status = citation.resolved ? 'resolved' : 'unresolved';
    const attributes = `class="citation ${status} kind-${escapeHtml(citation.kind)}" title="${escapeHtml(describeCitation(citation))}" data-target="${escapeHtml(citation.target ?? '')}"`;
    const tag = href ? 'a' : 'mark';
    const link = href ? ` href="${escapeHtml(href)}"` : '';
    spans.push({
      start: citation.start,
      end: citation.end,
      rank: Rank.CITATION,
      openFirst: `<${tag} id="c-${position}" ${attributes}${link}>`,
      open: `<${tag} ${attributes}${link}>`,
      close: `</${tag}>`,
    });
  }
  return spans;
}

function definitionSpans(definitions: ReturnType<typeof definitionsOf>): MarkupSpan[] {
  return definitions.flatMap((definition, position) => {
    const title = escapeHtml(
      `Defined term (${definition.kind}, confidence ${definition.confidence}): ${definition.term.text}`,
    );
    return [
      {
        start: definition.term.start,
        end: definition.term.end,
        rank: Rank.TERM,
        openFirst: `<dfn id="d-${position}" class="term" title="${title}">`,
        open: `<dfn class="term" title="${title}">`,
        close: '</dfn>',
      },
      {
        start: definition.definition.start,
        end: definition.definition.end,
        rank: Rank.DEFINITION,
        openFirst: `<span class="definition" title="${escapeHtml(`Definition of ${definition.term.text}`)}">`,
        open: '<span class="definition">',
        close: '</span>',
      },
    ];
  });
}

function repairSpans(messages: readonly MessageRecord[]): MarkupSpan[] {
  return messages.flatMap((message, position) => {
    if (message.start === null || message.end === null || message.end <= message.start) return [];
    const title = escapeHtml(`${message.ruleId ?? 'repair'}: ${message.reason}`);
    return [
      {
        start: message.start,
        end: message.end,
        rank: Rank.REPAIR,
        openFirst: `<span id="r-${position}" class="repair" title="${title}">`,
        open: `<span class="repair" title="${title}">`,
        close: '</span>',
      },
    ];
  });
}

function emptyRepairPoints(messages: readonly MessageRecord[]): PointMark[] {
  return messages.flatMap((message, position) =>
    message.start !== null && message.start === message.end
      ? [
          {
            at: message.start,
            html: `<span id="r-${position}" class="repair" title="${escapeHtml(`${message.ruleId ?? 'repair'}: ${message.reason}`)}"></span>`,
          },
        ]
      : [],
  );
}

/**
 * An empty anchor at each unit, under its full eId and, where a chapter or
 * section prefixes it, under the short eId citations use (`art_2__para_1`).
 */
function unitAnchors(units: readonly SourceUnit[]): PointMark[] {
  const seen = new Set<string>();
  const points: PointMark[] = [];
  const visit = (unit: SourceUnit) => {
    const parts = unit.eId.split('__');
    const article = parts.findIndex((part) => part.startsWith('art_'));
    const short = article > 0 ? parts.slice(article).join('__') : unit.eId;
    for (const id of [unit.eId, short]) {
      if (seen.has(id)) continue;
      seen.add(id);
      points.push({ at: unit.start, html: `<span class="anchor" id="${escapeHtml(id)}"></span>` });
    }
    for (const child of unit.children) visit(child);
  };
  for (const unit of units) visit(unit);
  return points;
}

function renderCitationList(citations: readonly SourceCitation[], index: CorpusIndex): string {
  if (citations.length === 0) return '<p class="muted">No citations found.</p>';
  const rows = citations.map((citation, position) => {
    const href = citationHref(index, citation, DEPTH);
    const target = citation.target
      ? href
        ? `<a class="iri" href="${escapeHtml(href)}">${escapeHtml(citation.target)}</a>`
        : `<span class="iri">${escapeHtml(citation.target)}</span>`
      : '<span class="muted">—</span>';
    return [
      `<a href="#c-${position}">${citation.line}</a>`,
      escapeHtml(citation.text),
      escapeHtml(citation.kind),
      escapeHtml(citation.pins.map(pinLabel).filter(Boolean).join('; ')),
      target,
      `${citation.resolved ? 'resolved' : '<span class="failed">unresolved</span>'}: ${escapeHtml(citation.reason)}`,
    ];
  });
  return renderTable(
    ['Line', 'Text', 'Kind', 'Provisions', 'Target', 'Status'],
    rows,
    'class="doc-citations"',
  );
}

function renderDefinitionList(definitions: ReturnType<typeof definitionsOf>): string {
  if (definitions.length === 0) return '<p class="muted">No definitions found.</p>';
  const rows = definitions.map((definition, position) => [
    `<a href="#d-${position}">${escapeHtml(definition.term.text)}</a>`,
    escapeHtml(definition.lang),
    escapeHtml(definition.kind),
    String(definition.confidence),
  ]);
  return renderTable(['Term', 'Language', 'Kind', 'Confidence'], rows);
}

function renderRepairList(messages: readonly MessageRecord[]): string {
  if (messages.length === 0)
    return '<p class="muted">No repairs: the text was used as written.</p>';
  const rows = messages.map((message, position) => {
    const where = message.line === null ? '—' : `${message.line}:${message.column ?? 1}`;
    return [
      message.start === null
        ? escapeHtml(where)
        : `<a href="#r-${position}">${escapeHtml(where)}</a>`,
      `<code>${escapeHtml(message.ruleId ?? '')}</code>`,
      escapeHtml(message.severity),
      escapeHtml(message.reason),
      `<code>${escapeHtml(visible(message.actual))}</code> → <code>${escapeHtml(visible(message.expected))}</code>`,
    ];
  });
  return renderTable(['Line:col', 'Rule', 'Severity', 'Reason', 'Change'], rows);
}

/** Quotes a repaired string so spaces, no-break spaces and line breaks can be seen. */
function visible(text: string | null): string {
  return text === null ? '—' : JSON.stringify(text).replaceAll('\u00a0', '\\u00a0');
}
