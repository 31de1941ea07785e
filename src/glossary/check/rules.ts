/**
 * Compiles a term base into what the checker needs: one matcher over every
 * form of every live term, and for each deprecated term its approved
 * replacement. Approved terms are in the matcher too, so a longer approved
 * term that contains a deprecated one wins the longest match and is not flagged.
 */
import {
  createTermMatcher,
  inflectLike,
  kazakhTermForms,
  type MatchableTerm,
  type RussianFormGenerator,
  russianFormLike,
  type TermForm,
  type TermMatcher,
} from '../occurrences/index.js';
import { AdministrativeStatus, type Language, WorkflowStatus } from '../termbase/index.js';

/** The fields of a term the checker reads; termbase Concepts and seed ConceptInputs both fit. */
export interface CheckTerm {
  id?: string | undefined;
  lang: Language;
  text: string;
  administrativeStatus?: AdministrativeStatus | undefined;
  workflowStatus?: WorkflowStatus | undefined;
}

export interface CheckConcept {
  id?: string | undefined;
  terms: readonly CheckTerm[];
}

/** What the checker knows about one term in the matcher. */
export interface RuleTerm {
  conceptId: string;
  termId: string;
  lang: Language;
  text: string;
  status: AdministrativeStatus;
  /** Approved preferred (else admitted) terms of the same concept and language. */
  replacements: string[];
  /** The replacements put into the case, number and possessive of a found form (the lemma when unknown). */
  replacementsFor(form: TermForm): string[];
}

export interface TermRules {
  matcher: TermMatcher;
  /** Keyed by the matcher's term id. */
  terms: ReadonlyMap<string, RuleTerm>;
}

export interface CompileTermRulesOptions {
  concepts: readonly CheckConcept[];
  /** Russian declensions; without it Russian terms match only as written. */
  russianForms?: RussianFormGenerator | undefined;
}

const FLAGGED: readonly AdministrativeStatus[] = [
  AdministrativeStatus.DEPRECATED,
  AdministrativeStatus.SUPERSEDED,
];

export function isFlaggedStatus(status: AdministrativeStatus): boolean {
  return FLAGGED.includes(status);
}

export function compileTermRules(options: CompileTermRulesOptions): TermRules {
  const terms = new Map<string, RuleTerm>();
  const matchable: MatchableTerm[] = [];
  options.concepts.forEach((concept, conceptIndex) => {
    const conceptId = concept.id ?? `concept-${conceptIndex + 1}`;
    const live = concept.terms.filter((t) => t.workflowStatus !== WorkflowStatus.REJECTED);
    live.forEach((term, termIndex) => {
      const status = term.administrativeStatus ?? AdministrativeStatus.PREFERRED;
      const termId = term.id ?? `${conceptId}/${termIndex + 1}`;
      const key = `${conceptId}\u0000${termId}`;
      const replacements = isFlaggedStatus(status) ? replacementsFor(live, term.lang) : [];
      terms.set(key, {
        conceptId,
        termId,
        lang: term.lang,
        text: term.text,
        status,
        replacements,
        replacementsFor: (form) =>
          replacements.map((r) => formLike(r, term.lang, form, options.russianForms)),
      });
      matchable.push({ id: key, forms: formsOf(term, options.russianForms) });
    });
  });
  return { matcher: createTermMatcher({ terms: matchable }), terms };
}

function replacementsFor(terms: readonly CheckTerm[], lang: Language): string[] {
  const usable = terms.filter(
    (t) =>
      t.lang === lang &&
      (t.workflowStatus ?? WorkflowStatus.APPROVED) === WorkflowStatus.APPROVED &&
      !isFlaggedStatus(t.administrativeStatus ?? AdministrativeStatus.PREFERRED),
  );
  const preferred = usable.filter(
    (t) =>
      (t.administrativeStatus ?? AdministrativeStatus.PREFERRED) === AdministrativeStatus.PREFERRED,
  );
  return (preferred.length > 0 ? preferred : usable).map((t) => t.text);
}

function formLike(
  replacement: string,
  lang: Language,
  form: TermForm,
  russianForms: RussianFormGenerator | undefined,
): string {
  if (lang === 'kk') return inflectLike(replacement, form.analysis);
  if (lang === 'ru' && russianForms !== undefined) {
    return russianFormLike(russianForms, replacement, form) ?? replacement;
  }
  return replacement;
}

function formsOf(term: CheckTerm, russianForms: RussianFormGenerator | undefined) {
  if (term.lang === 'kk') return kazakhTermForms(term.text);
  if (term.lang === 'ru' && russianForms !== undefined) {
    return russianForms.analyzedForms(term.text);
  }
  return [{ text: term.text }];
}
