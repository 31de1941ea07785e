/**
 * OmegaT tab-separated glossary (`GlossaryReaderTSV`): `source TAB target TAB
 * comment`, UTF-8 (use the `.utf8` extension), `#` lines are comments. The
 * format has one pair per line and no statuses, so export writes every live
 * source term against every preferred or admitted target term.
 */

import { termTextKey } from '../termbase/text-key.js';
import type { Concept, Language, Term } from '../termbase/types.js';
import { defaultStamp, type ImportDefaults, type ImportResult } from './conventions.js';
import { compareKazakh } from './kazakh-order.js';

export const OMEGAT_HEADER = '# Glossary in tab-separated format -*- coding: utf-8 -*-';

export interface OmegatOptions {
  source?: Language | undefined;
  target?: Language | undefined;
}

export function exportOmegat(concepts: readonly Concept[], options: OmegatOptions = {}): string {
  const source = options.source ?? 'kk';
  const target = options.target ?? 'ru';
  const rows: [string, string, string][] = [];
  for (const concept of concepts) {
    const targets = concept.terms.filter(
      (t) =>
        t.lang === target &&
        t.workflowStatus !== 'rejected' &&
        (t.administrativeStatus === 'preferredTerm-admn-sts' ||
          t.administrativeStatus === 'admittedTerm-admn-sts'),
    );
    for (const term of concept.terms) {
      if (term.lang !== source || term.workflowStatus === 'rejected') continue;
      for (const translation of targets) {
        rows.push([oneLine(term.text), oneLine(translation.text), oneLine(comment(concept, term))]);
      }
    }
  }
  const compare =
    source === 'kk' ? compareKazakh : (a: string, b: string) => a.localeCompare(b, source);
  rows.sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]));
  return `${[OMEGAT_HEADER, ...rows.map((r) => r.join('\t'))].join('\n')}\n`;
}

export function importOmegat(
  text: string,
  options: OmegatOptions & ImportDefaults = {},
): ImportResult {
  const source = options.source ?? 'kk';
  const target = options.target ?? 'ru';
  const stamp = defaultStamp(options);
  const warnings: string[] = [];
  const byKey = new Map<string, Concept>();
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\n|\r/);
  lines.forEach((line, n) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [from, to, note] = line.split('\t');
    if (from === undefined || to === undefined || from.trim() === '' || to.trim() === '') {
      warnings.push(`line ${n + 1}: expected source TAB target`);
      return;
    }
    const key = termTextKey(from);
    let concept = byKey.get(key);
    if (concept === undefined) {
      const id = `c-${byKey.size + 1}`;
      concept = {
        id,
        subjectField: null,
        definitions: {},
        note: note?.trim() || null,
        terms: [],
        ...stamp,
      };
      concept.terms.push(newTerm(concept, source, from.trim(), stamp));
      byKey.set(key, concept);
    }
    if (!concept.terms.some((t) => t.lang === target && termTextKey(t.text) === termTextKey(to))) {
      concept.terms.push(newTerm(concept, target, to.trim(), stamp));
    }
  });
  return { concepts: [...byKey.values()], warnings };
}

function newTerm(
  concept: Concept,
  lang: Language,
  text: string,
  stamp: ReturnType<typeof defaultStamp>,
): Term {
  return {
    id: `${concept.id}-t${concept.terms.length + 1}`,
    conceptId: concept.id,
    lang,
    text,
    administrativeStatus: 'admittedTerm-admn-sts',
    partOfSpeech: null,
    sources: [],
    workflowStatus: 'candidate',
    note: null,
    ...stamp,
  };
}

/** Deprecated and superseded source terms say so first; then the definition or note. */
function comment(concept: Concept, term: Term): string {
  const parts: string[] = [];
  if (term.administrativeStatus === 'deprecatedTerm-admn-sts') parts.push('[deprecated]');
  if (term.administrativeStatus === 'supersededTerm-admn-sts') parts.push('[superseded]');
  const gloss = concept.definitions[term.lang] ?? concept.note;
  if (gloss) parts.push(gloss);
  return parts.join(' ');
}

/** The format has no escapes: tabs and line breaks become spaces. */
function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}
