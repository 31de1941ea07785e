/** Human-readable lines for concepts and terms (the --json output is the model itself). */
import type { Concept, HistoryEntry, Term } from '../termbase/index.js';

const SHORT_STATUS: Record<string, string> = {
  'preferredTerm-admn-sts': 'preferred',
  'admittedTerm-admn-sts': 'admitted',
  'deprecatedTerm-admn-sts': 'deprecated',
  'supersededTerm-admn-sts': 'superseded',
};

export function shortStatus(status: string): string {
  return SHORT_STATUS[status] ?? status;
}

export function termLine(term: Term): string {
  return `${term.id}  ${term.lang}  ${term.text}  [${shortStatus(term.administrativeStatus)}, ${term.workflowStatus}]`;
}

export function conceptSummary(concept: Concept): string {
  const byLang = (lang: string) =>
    concept.terms
      .filter((t) => t.lang === lang)
      .map((t) => t.text)
      .join(' | ');
  return `${concept.id}  ${byLang('kk') || '—'}  ↔  ${byLang('ru') || '—'}`;
}

export function conceptDetail(concept: Concept): string[] {
  const lines = [
    `concept ${concept.id}${concept.subjectField ? ` (${concept.subjectField})` : ''}`,
  ];
  for (const [lang, definition] of Object.entries(concept.definitions)) {
    lines.push(`  ${lang} definition: ${definition}`);
  }
  if (concept.note) lines.push(`  note: ${concept.note}`);
  for (const term of concept.terms) {
    lines.push(`  ${termLine(term)}`);
    for (const source of term.sources) {
      const range = source.start === undefined ? '' : `#${source.start}-${source.end ?? ''}`;
      lines.push(`      source: ${source.document}${range}`);
    }
  }
  lines.push(`  changed by ${concept.updatedBy} at ${concept.updatedAt}`);
  return lines;
}

export function historyLine(entry: HistoryEntry): string {
  return `${entry.seq}  ${entry.at}  ${entry.by}  ${entry.action}${entry.termId ? `  term ${entry.termId}` : ''}`;
}
