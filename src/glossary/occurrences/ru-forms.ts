/**
 * The case and number forms of a Russian term, built with az's OpenCorpora
 * paradigms: a noun phrase `представительный орган` gives
 * `представительного органа`, `представительным органам`, … The adjectives
 * before the head agree with it; words after the head (genitive dependents)
 * stay as written. Kazakhstan's realia come from the realia tables.
 */
import { type AzParse, loadAzMorph } from '../ru/az-morph.js';
import { generateRealiaForms, getDefaultRealia, type RealiaEntry } from '../ru/index.js';
import type { TermForm } from './kk-forms.js';

/** az's dictionary parse also exposes its paradigm size and form-index inflection. */
interface AzDictionaryParse extends AzParse {
  readonly formCnt: number;
  readonly word: string;
}

type Morph = (word: string) => AzParse[];

interface WordForm {
  text: string;
  case?: string | undefined;
  number?: string | undefined;
  gender?: string | undefined;
  animacy?: string | undefined;
}

interface WordParadigm {
  kind: 'noun' | 'adjective';
  gender?: string | undefined;
  animacy?: string | undefined;
  forms: WordForm[];
}

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

export interface RussianFormGenerator {
  /** All forms of a word or noun phrase, the term itself first. */
  forms(term: string): string[];
  /** The same forms with the head's case and number (`grammemes: 'gent plur'`) where known. */
  analyzedForms(term: string): TermForm[];
}

/** Loads az once and returns a generator. */
export async function loadRussianFormGenerator(): Promise<RussianFormGenerator> {
  const morph = (await loadAzMorph()) as unknown as Morph;
  const cache = new Map<string, TermForm[]>();
  const analyzedForms = (term: string) => {
    let forms = cache.get(term);
    if (forms === undefined) {
      forms = russianPhraseForms(term, morph);
      cache.set(term, forms);
    }
    return forms;
  };
  return { analyzedForms, forms: (term) => analyzedForms(term).map((form) => form.text) };
}

/**
 * The form of `replacement` with the grammemes of `form` (a form of another
 * term): `акимиата` (gent sing) → `акимата`. Undefined when unknown.
 */
export function russianFormLike(
  generator: RussianFormGenerator,
  replacement: string,
  form: TermForm,
): string | undefined {
  if (form.grammemes === undefined) return undefined;
  return generator.analyzedForms(replacement).find((f) => f.grammemes === form.grammemes)?.text;
}

function russianPhraseForms(term: string, morph: Morph): TermForm[] {
  const words = term.trim().split(/\s+/u);
  const paradigms = words.map((word) => paradigmOf(word, morph));
  const head = paradigms.findIndex((p) => p?.kind === 'noun');
  if (head < 0 || paradigms.slice(0, head).some((p) => p?.kind !== 'adjective')) {
    return [{ text: term }];
  }
  const headParadigm = paradigms[head] as WordParadigm;
  const before = paradigms.slice(0, head) as WordParadigm[];
  const after = words.slice(head + 1).join(' ');
  const out = new Map<string, TermForm>([[term, { text: term }]]);
  for (const headForm of headParadigm.forms) {
    const agreeing = before.map((adjective) =>
      adjective.forms.filter((form) => agrees(form, headForm, headParadigm)),
    );
    const grammemes =
      headForm.case === undefined ? undefined : `${headForm.case} ${headForm.number ?? ''}`.trim();
    for (const prefix of product(agreeing.map((forms) => forms.map((f) => f.text)))) {
      const text = [...prefix, headForm.text, ...(after === '' ? [] : [after])].join(' ');
      const known = out.get(text);
      // The first reading wins (nominative before an identical accusative).
      if (known === undefined) out.set(text, { text, grammemes });
      else if (known.grammemes === undefined) known.grammemes = grammemes;
    }
  }
  return [...out.values()];
}

/** An adjective form agrees with the head form in case and number, and in gender when singular. */
function agrees(adjective: WordForm, head: WordForm, paradigm: WordParadigm): boolean {
  const number = head.number;
  const gender = paradigm.gender;
  if (adjective.gender === undefined && adjective.case === undefined) return true;
  if (head.case !== undefined && adjective.case !== head.case) return false;
  if (number !== undefined && adjective.number !== number) return false;
  if (number !== 'plur' && gender !== undefined && adjective.gender !== gender) return false;
  // The accusative of an adjective copies the nominative or genitive by the head's animacy.
  if (adjective.animacy !== undefined && paradigm.animacy !== undefined) {
    return adjective.animacy === paradigm.animacy;
  }
  return true;
}

function* product(lists: string[][]): Generator<string[]> {
  if (lists.length === 0) {
    yield [];
    return;
  }
  const [first, ...rest] = lists;
  for (const tail of product(rest)) for (const word of first ?? []) yield [word, ...tail];
}

function paradigmOf(word: string, morph: Morph): WordParadigm | undefined {
  const lower = word.toLowerCase();
  const realia = getDefaultRealia().entries.find((entry) => entry.lemma === lower);
  if (realia !== undefined) return realiaParadigm(realia);
  const parses = morph(lower).filter(
    (p): p is AzDictionaryParse => p.parser === 'Dictionary' && 'formCnt' in p,
  );
  const noun = parses.find((p) => p.tag['POS'] === 'NOUN' && p.tag['CAse'] === 'nomn');
  const adjective = parses.find(
    (p) => (p.tag['POS'] === 'ADJF' || p.tag['POS'] === 'PRTF') && p.tag['CAse'] === 'nomn',
  );
  const chosen = adjective ?? noun;
  if (chosen === undefined) return guessedParadigm(lower);
  const forms: WordForm[] = [];
  for (let index = 0; index < chosen.formCnt; index++) {
    const form = (chosen.inflect as unknown as (i: number) => AzParse | false)(index);
    if (form === false) continue;
    const grammaticalCase = String(form.tag['CAse'] ?? '');
    // Superlatives (исполнительнейший) and abbreviations (вопр, е) share the
    // paradigm but are not forms a term takes in running text.
    const skip = form.tag['Supr'] === true || form.tag['Abbr'] === true;
    if (!CASES.includes(grammaticalCase) || skip) continue;
    forms.push({
      text: String(form),
      case: grammaticalCase,
      number: String(form.tag['NMbr'] ?? ''),
      gender: optional(form.tag['GNdr']),
      animacy: optional(form.tag['ANim']),
    });
  }
  return {
    kind: chosen === adjective ? 'adjective' : 'noun',
    gender: optional(chosen.tag['GNdr']),
    animacy: optional(chosen.tag['ANim']),
    forms,
  };
}

function optional(grammeme: unknown): string | undefined {
  return typeof grammeme === 'string' ? grammeme : undefined;
}

/**
 * A word az does not know (`акимиат`, a misspelt loan): declined like a hard
 * masculine noun when it ends in a hard consonant, as the Kazakh loans do.
 */
function guessedParadigm(word: string): WordParadigm | undefined {
  if (!/^[а-яё-]+[бвгджзклмнпрстфхцш]$/u.test(word)) return undefined;
  return { kind: 'noun', gender: 'masc', animacy: 'inan', forms: hardMasculineForms(word, false) };
}

/**
 * The hard masculine declension with its case labels (the realia tables give
 * the same forms without them): акимат, акимата, … акиматах.
 */
function hardMasculineForms(lemma: string, animate: boolean): WordForm[] {
  const i = /[гкхжшчщ]$/u.test(lemma) ? 'и' : 'ы';
  const ov = /[жшчщ]$/u.test(lemma) ? 'ей' : 'ов';
  const singular = ['', 'а', 'у', animate ? 'а' : '', 'ом', 'е'];
  const plural = [i, ov, 'ам', animate ? ov : i, 'ами', 'ах'];
  return [
    ...singular.map((ending, k) => ({ text: lemma + ending, case: CASES[k], number: 'sing' })),
    ...plural.map((ending, k) => ({ text: lemma + ending, case: CASES[k], number: 'plur' })),
  ];
}

/** Realia tables carry no case labels, so their forms agree with anything. */
function realiaParadigm(entry: RealiaEntry): WordParadigm {
  if (entry.declension === 'masc-hard' && entry.pos !== 'adjective') {
    const forms = hardMasculineForms(entry.lemma, entry.animate === true).filter(
      (form) => entry.singularOnly !== true || form.number === 'sing',
    );
    return { kind: 'noun', gender: entry.gender, forms };
  }
  const forms = generateRealiaForms(entry).map((text) => ({ text }));
  return { kind: entry.pos === 'adjective' ? 'adjective' : 'noun', gender: entry.gender, forms };
}
