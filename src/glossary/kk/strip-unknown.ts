import { inflectEntry } from './paradigm.js';
import { devoiceFinal, harmonyOf, isVowel } from './phonology.js';
import { type Analysis, CASES, type LemmaEntry, NUMBERS, POSSESSIVES } from './types.js';

/** A stem the stripper proposes, with the analysis that regenerates the word. */
export interface StripCandidate {
  stem: string;
  analysis: Analysis | undefined;
  /** Inflectional morphemes removed; -1 for readings that also fit an adjective. */
  score: number;
}

/** Shortest stem the stripper will leave: заң, сот, бап (іс and су need the lexicon). */
const MIN_STEM_LENGTH = 3;

// 1sg/2sg possessives are rare in legal text and cause many false strips.
const STRIPPED_POSSESSIVES = POSSESSIVES.filter((p) => p !== '1sg' && p !== '2sg');

const ANALYSES: Analysis[] = NUMBERS.flatMap((number) =>
  STRIPPED_POSSESSIVES.flatMap((possessive) =>
    CASES.map((grammaticalCase) => ({ number, possessive, case: grammaticalCase })),
  ),
).filter((a) => !(a.number === 'sg' && a.possessive === 'none' && a.case === 'nom'));

/**
 * Generate-and-test: every stem that regenerates `word` under an inflectional
 * analysis (so only plural, possessive and case suffixes are ever removed), plus
 * the word itself. Best first.
 */
export function stripUnknown(word: string): StripCandidate[] {
  const found = new Map<string, StripCandidate>();
  found.set(word, { stem: word, analysis: undefined, score: 0 });
  const add = (candidate: StripCandidate): void => {
    const previous = found.get(candidate.stem);
    if (previous === undefined || candidate.score > previous.score) {
      found.set(candidate.stem, candidate);
    }
  };
  for (let end = word.length - 1; end >= MIN_STEM_LENGTH; end--) {
    const base = word.slice(0, end);
    if (![...base].some(isVowel) || !isPlausibleStemEnd(base)) continue;
    // A devoiced stem that regenerates the word wins over the voiced one (кітабы → кітап).
    const devoiced = devoiceFinal(base);
    const voicedReading = devoiced === undefined ? [] : readings(devoiced, word, true);
    if (voicedReading.length > 0) {
      voicedReading.forEach(add);
      continue;
    }
    readings(base, word, false).forEach(add);
    for (const restored of restoreElidedVowel(base))
      readings(restored, word, false, base).forEach(add);
  }
  return [...found.values()].sort(compareCandidates);
}

function readings(stem: string, word: string, voiced: boolean, elided?: string): StripCandidate[] {
  const out: StripCandidate[] = [];
  for (const entry of entriesFor(stem, elided)) {
    for (const analysis of ANALYSES) {
      if (inflectEntry(entry, analysis) !== word) continue;
      const weak = !voiced && elided === undefined && isWeakReading(analysis, word);
      const score = weak ? -1 : morphemeCount(analysis) - shortStemPenalty(stem, analysis);
      out.push({ stem, analysis, score });
    }
  }
  return out;
}

/** Loans whose last vowel is у, ю or и take either harmony (округі, but сайлауы). */
function entriesFor(stem: string, elided?: string): LemmaEntry[] {
  const base: LemmaEntry =
    elided === undefined ? { lemma: stem, pos: 'noun' } : { lemma: stem, pos: 'noun', elided };
  const lastVowel = [...stem].reverse().find(isVowel);
  if (lastVowel !== 'у' && lastVowel !== 'ю' && lastVowel !== 'и') return [base];
  const other = harmonyOf(stem) === 'back' ? 'front' : 'back';
  return [base, { ...base, harmony: other }];
}

/**
 * Inflectional morphemes in an analysis; -дағы is locative + -ғы, so two.
 */
function morphemeCount(analysis: Analysis): number {
  const caseMorphemes = analysis.case === 'nom' ? 0 : analysis.case === 'loc-attr' ? 2 : 1;
  return (
    (analysis.number === 'pl' ? 1 : 0) + (analysis.possessive === 'none' ? 0 : 1) + caseMorphemes
  );
}

/**
 * A bare accusative (-ны/-ды/-ты) or px3 (-ы/-і) reading is weak when the word
 * also parses as an adjective in -лы/-ды/-ты with the right allomorph
 * (жергілікті = жергілік + ті, заңды = заң + ды): those stay whole.
 */
function isWeakReading(analysis: Analysis, word: string): boolean {
  if (analysis.number !== 'sg') return false;
  const bareAccusative = analysis.possessive === 'none' && analysis.case === 'acc';
  const barePx3 = analysis.possessive === '3' && analysis.case === 'nom';
  if (!bareAccusative && !barePx3) return false;
  return parsesAsAdjective(word);
}

function parsesAsAdjective(word: string): boolean {
  const suffix = word.slice(-2);
  const stem = word.slice(0, -2);
  if (stem.length < 2) return false;
  const last = stem[stem.length - 1] ?? '';
  const expected =
    isVowel(last) || 'рйу'.includes(last) ? 'л' : 'мнңзжл'.includes(last) ? 'д' : 'т';
  return suffix[0] === expected && (suffix[1] === 'ы' || suffix[1] === 'і');
}

/**
 * A three-letter stem plus a bare dative or locative (тұл-ға, мүд-де) is more
 * often a whole word than an inflected one; common short nouns (сот, бап) belong
 * in the lexicon anyway.
 */
function shortStemPenalty(stem: string, analysis: Analysis): number {
  if (stem.length >= 4 || analysis.number !== 'sg' || analysis.possessive !== 'none') return 0;
  return analysis.case === 'dat' || analysis.case === 'loc' ? 1 : 0;
}

/** Native stems do not end in д or in a doubled consonant (әкімд-, мемлекетт-). */
function isPlausibleStemEnd(stem: string): boolean {
  const last = stem[stem.length - 1] ?? '';
  if (last === 'д') return false;
  return !(stem.length >= 2 && last === stem[stem.length - 2] && !isVowel(last));
}

/** мүлк → мүлік, халқ → халық, орн → орын: the listed elision pattern, reversed. */
function restoreElidedVowel(stem: string): string[] {
  const first = stem[stem.length - 2] ?? '';
  const second = stem[stem.length - 1] ?? '';
  if (!'лрйу'.includes(first) || !'кқнзпмс'.includes(second) || first === '') return [];
  const vowel = harmonyOf(stem) === 'back' ? 'ы' : 'і';
  return [`${stem.slice(0, -1)}${vowel}${second}`];
}

/** Most morphemes first; among equals, the vowel-final stem when it looks like one. */
function compareCandidates(a: StripCandidate, b: StripCandidate): number {
  if (a.score !== b.score) return b.score - a.score;
  const preference = vowelFinalPreference(b.stem) - vowelFinalPreference(a.stem);
  if (preference !== 0) return preference;
  return b.stem.length - a.stem.length;
}

/**
 * республика-сы or республикас-ы? Stems ending in а ә я о ө е (loans, ереже)
 * or in the agent suffix -шы/-ші take -сы; облы-сы and жиналы-сы do not exist.
 */
function vowelFinalPreference(stem: string): number {
  const last = stem[stem.length - 1] ?? '';
  if (!isVowel(last)) return 0;
  if (last === 'ы' || last === 'і') return stem.endsWith('шы') || stem.endsWith('ші') ? 1 : -1;
  return 1;
}
