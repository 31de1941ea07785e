/**
 * The acts page: one section per cited act (the anchor citations link to
 * when the act is not a corpus document), with its cited provisions and the
 * documents that cite it.
 */
import { type ReportAggregate, topEntries } from './aggregate.js';
import { actAnchorId, type CorpusIndex } from './corpus-index.js';
import { documentPagePath, escapeHtml, relativeHref, renderPage, renderTable } from './html.js';

/** Citing documents listed per act; the rest are counted. */
const MAX_CITERS = 50;

export function buildActsPage(aggregate: ReportAggregate, index: CorpusIndex): string {
  const acts = topEntries(aggregate.acts, aggregate.acts.size);
  const sections = acts.map(([key, act]) => {
    const owner = index.owners.get(key);
    const provisions = topEntries(act.provisions, act.provisions.size).map(([, provision]) => [
      escapeHtml(provision.label || '(the act as a whole)'),
      provision.target ? `<span class="iri">${escapeHtml(provision.target)}</span>` : '—',
      `<span class="num">${provision.count}</span>`,
    ]);
    const citers = topEntries(
      [...act.citers].map(([docId, count]) => [docId, { count }] as [string, { count: number }]),
      MAX_CITERS,
    ).map(([docId, { count }]) => [
      `<a href="${escapeHtml(relativeHref(0, documentPagePath(docId)))}">${escapeHtml(aggregate.documents.get(docId)?.path ?? docId)}</a>`,
      `<span class="num">${count}</span>`,
    ]);
    const more =
      act.citers.size > MAX_CITERS
        ? `<p class="muted">and ${act.citers.size - MAX_CITERS} more documents</p>`
        : '';
    return [
      `<section id="${escapeHtml(actAnchorId(key))}" class="act">`,
      `<h2>${escapeHtml(act.label)}</h2>`,
      `<p><span class="iri">${escapeHtml(key)}</span> — ${act.count} citation(s), ${act.resolved} resolved${
        owner === undefined
          ? ''
          : ` — <a href="${escapeHtml(relativeHref(0, documentPagePath(owner)))}">this act is in the corpus</a>`
      }</p>`,
      renderTable(['Provision', 'Target', 'Citations'], provisions),
      renderTable(['Cited by', 'Citations'], citers),
      more,
      '</section>',
    ].join('\n');
  });
  const body = sections.length > 0 ? sections.join('\n') : '<p class="muted">No act was cited.</p>';
  return renderPage({ title: `Cited acts (${acts.length})`, depth: 0, body });
}
