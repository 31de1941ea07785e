/**
 * Conflicts a translator must settle: the same Kazakh term under two
 * concepts (from the term base), deprecated variants still in use as the
 * only term, and likely non-standard variants: two live Kazakh terms of
 * different concepts that differ in one modifier sharing its first four
 * letters, neither derived from the other (`өкілетті орган` beside
 * `өкілді орган`, but not `әкім аппараты` beside `әкімдік аппараты`).
 */
import {
  AdministrativeStatus,
  type Concept,
  type Conflict,
  type TermBase,
  WorkflowStatus,
} from '../termbase/index.js';

export interface VariantConflict {
  kind: 'non-standard-variant';
  lang: 'kk';
  texts: [string, string];
  conceptIds: [string, string];
  termIds: [string, string];
}

export interface GlossaryConflicts {
  duplicates: Conflict[];
  variants: VariantConflict[];
}

export function findConflicts(tb: TermBase): GlossaryConflicts {
  return { duplicates: tb.conflicts(), variants: nonStandardVariants(tb.listConcepts()) };
}

export function nonStandardVariants(concepts: readonly Concept[]): VariantConflict[] {
  const live = concepts.flatMap((concept) =>
    concept.terms
      .filter(
        (t) =>
          t.lang === 'kk' &&
          t.workflowStatus !== WorkflowStatus.REJECTED &&
          t.administrativeStatus !== AdministrativeStatus.DEPRECATED &&
          t.administrativeStatus !== AdministrativeStatus.SUPERSEDED,
      )
      .map((t) => ({ term: t, words: t.text.toLowerCase().split(/\s+/u) })),
  );
  const out: VariantConflict[] = [];
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length; j++) {
      const a = live[i];
      const b = live[j];
      if (a === undefined || b === undefined) continue;
      if (a.term.conceptId === b.term.conceptId || !differInOneCognate(a.words, b.words)) continue;
      out.push({
        kind: 'non-standard-variant',
        lang: 'kk',
        texts: [a.term.text, b.term.text],
        conceptIds: [a.term.conceptId, b.term.conceptId],
        termIds: [a.term.id, b.term.id],
      });
    }
  }
  return out;
}

function differInOneCognate(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  let differing = -1;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (differing >= 0) return false;
    differing = k;
  }
  // Only a modifier may differ: `әкім` and `әкімдік` as heads are different words.
  if (differing < 0 || differing === a.length - 1) return false;
  const x = a[differing] ?? '';
  const y = b[differing] ?? '';
  // One word inside the other is derivation (әкім → әкімдік), a different concept.
  if (x.startsWith(y) || y.startsWith(x)) return false;
  return (
    [...x].slice(0, 4).join('') === [...y].slice(0, 4).join('') && Math.min(x.length, y.length) >= 4
  );
}
