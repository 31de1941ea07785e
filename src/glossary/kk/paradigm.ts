import { type Harmony, voiceFinal } from './phonology.js';
import { caseSuffix, pluralSuffix, possessiveSuffix } from './suffixes.js';
import {
  type Analysis,
  CASES,
  type InflectOptions,
  type LemmaEntry,
  NUMBERS,
  POSSESSIVES,
} from './types.js';

/**
 * Inflects one noun entry: STEM + (PL) + (POSS) + (CASE), in that order.
 * The entry's exception fields (stem, elided, harmony, voicing) apply only where
 * the first suffix meets the stem.
 */
export function inflectEntry(entry: LemmaEntry, options: InflectOptions): string {
  const analysis = toAnalysis(options);
  const space = entry.lemma.lastIndexOf(' ');
  if (entry.head !== undefined && space > 0) {
    // Izafet phrase: the head already carries px3 (аудан мәслихаты), so only
    // number and case vary: аудан мәслихаттарының.
    const head: LemmaEntry = { lemma: entry.head, pos: 'noun' };
    return `${entry.lemma.slice(0, space + 1)}${inflectWord(head, { ...analysis, possessive: '3' })}`;
  }
  if (space > 0) {
    // Other phrases inflect their last word: жергілікті бюджетке.
    const last: LemmaEntry = { ...entry, lemma: entry.lemma.slice(space + 1) };
    return `${entry.lemma.slice(0, space + 1)}${inflectWord(last, analysis)}`;
  }
  return inflectWord(entry, analysis);
}

/** Every form of a noun entry: number × possessive × case, without duplicates. */
export function generateEntryForms(entry: LemmaEntry): string[] {
  if (entry.pos !== 'noun') return [entry.lemma];
  const possessives = entry.head !== undefined ? (['3'] as const) : POSSESSIVES;
  const forms = new Set<string>();
  for (const number of NUMBERS) {
    for (const possessive of possessives) {
      for (const grammaticalCase of CASES) {
        forms.add(inflectEntry(entry, { number, possessive, case: grammaticalCase }));
      }
    }
  }
  return [...forms];
}

function toAnalysis(options: InflectOptions): Analysis {
  return {
    number: options.number ?? 'sg',
    possessive: options.possessive ?? 'none',
    case: options.case ?? 'nom',
  };
}

function inflectWord(entry: LemmaEntry, analysis: Analysis): string {
  const stem = entry.stem ?? entry.lemma;
  if (analysis.number === 'sg' && analysis.possessive === 'none' && analysis.case === 'nom') {
    return entry.lemma;
  }
  // The harmony override matters only for the suffix that touches the stem.
  let override: Harmony | undefined = entry.harmony;
  let word = stem;
  if (analysis.number === 'pl') {
    word += pluralSuffix(word, override);
    override = undefined;
  }
  if (analysis.possessive !== 'none') {
    const { suffix, vowelInitial } = possessiveSuffix(word, analysis.possessive, override);
    if (vowelInitial && analysis.number === 'sg') word = joinStem(entry, word);
    word += suffix;
    override = undefined;
  }
  return word + caseSuffix(word, analysis.case, analysis.possessive, override);
}

/** The stem as it stands before a vowel: elided (халқ-ы) or voiced (құқығ-ы). */
function joinStem(entry: LemmaEntry, stem: string): string {
  if (entry.elided !== undefined) return entry.elided;
  if (entry.voicing === false) return stem;
  return voiceFinal(stem);
}
