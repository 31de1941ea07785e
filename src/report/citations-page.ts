/**
 * The searchable citations table: every citation (up to a cap) with a small
 * inline filter that hides rows not containing the typed text.
 */
import type { ReportAggregate } from './aggregate.js';
import { documentPagePath, escapeHtml, relativeHref, renderPage, renderTable } from './html.js';

const FILTER_SCRIPT = `(function () {
  var input = document.getElementById('filter');
  var shown = document.getElementById('shown');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#citations tbody tr'));
  function apply() {
    var query = input.value.trim().toLocaleLowerCase();
    var count = 0;
    rows.forEach(function (row) {
      var hit = query === '' || row.textContent.toLocaleLowerCase().indexOf(query) !== -1;
      row.hidden = !hit;
      if (hit) count++;
    });
    shown.textContent = String(count);
  }
  input.addEventListener('input', apply);
  apply();
})();`;

export function buildCitationsPage(aggregate: ReportAggregate): string {
  const rows = aggregate.rows.map((row) => [
    `<a href="${escapeHtml(relativeHref(0, documentPagePath(row.docId), `c-${row.index}`))}">${escapeHtml(row.path)}</a>`,
    `<span class="num">${row.line}</span>`,
    escapeHtml(row.text),
    escapeHtml(row.lang),
    escapeHtml(row.kind),
    escapeHtml(row.act),
    escapeHtml(row.provisions),
    row.target ? `<span class="iri">${escapeHtml(row.target)}</span>` : '—',
    row.resolved
      ? 'resolved'
      : `<span class="failed" title="${escapeHtml(row.reason)}">unresolved</span>`,
  ]);
  const body = [
    `<p><label>Filter: <input type="search" id="filter" placeholder="text, act, IRI, kind, file…" autocomplete="off"></label> <span id="shown">${rows.length}</span> of ${rows.length} rows shown.</p>`,
    aggregate.rowsOmitted > 0
      ? `<p class="note">The table lists the first ${rows.length} of ${rows.length + aggregate.rowsOmitted} citations; <code>citations.csv</code> and <code>citations.jsonl</code> next to the report folder hold them all.</p>`
      : '',
    renderTable(
      ['Document', 'Line', 'Text', 'Lang', 'Kind', 'Act', 'Provisions', 'Target', 'Status'],
      rows,
      'id="citations"',
    ),
  ].join('\n');
  return renderPage({
    title: `Citations (${aggregate.citations})`,
    depth: 0,
    body,
    script: FILTER_SCRIPT,
  });
}
