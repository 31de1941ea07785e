/**
 * Kazakh lemmatizer on tests/gold/kk-morphology.jsonl: lemma accuracy (first
 * candidate), and confusions between a lemma and its derivation (әкім/әкімдік).
 * Run through `npm run eval` or `npx tsx tests/eval/kk-morphology.ts`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateForms, getDefaultLexicon, lemmatize } from '../../src/glossary/kk/index.js';

export interface MorphologyGoldItem {
  form: string;
  lemma: string;
  note?: string;
}

const goldPath = fileURLToPath(new URL('../gold/kk-morphology.jsonl', import.meta.url));

export function readMorphologyGold(): MorphologyGoldItem[] {
  return readFileSync(goldPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as MorphologyGoldItem);
}

/** Lemmas that a derivation must never be confused with (and the other way round). */
export const DERIVATION_PAIRS: readonly (readonly [string, string])[] = [
  ['әкім', 'әкімдік'],
  ['әкім', 'әкімшілік'],
  ['әкім', 'әкімші'],
  ['әкімдік', 'әкімшілік'],
  ['заң', 'заңнама'],
  ['тармақ', 'тармақша'],
];

export default async function evaluate(): Promise<{
  stage: string;
  metrics: Record<string, number>;
  notes: string[];
}> {
  const gold = readMorphologyGold();
  const notes: string[] = [];
  let correct = 0;
  let anyCandidate = 0;
  let confusions = 0;
  let lemmaConfusions = 0;
  let covered = 0;
  const lemmas = new Set(gold.map((item) => item.lemma));
  const formsByLemma = new Map([...lemmas].map((lemma) => [lemma, new Set(generateForms(lemma))]));
  for (const item of gold) {
    const candidates = lemmatize(item.form);
    const first = candidates[0]?.lemma;
    if (first === item.lemma) correct++;
    else if (first !== undefined && lemmas.has(first)) lemmaConfusions++;
    else notes.push(`miss ${item.form}: gold ${item.lemma}, got ${first ?? '∅'}`);
    if (candidates.some((c) => c.lemma === item.lemma)) anyCandidate++;
    if (candidates.some((c) => isDerivationConfusion(c.lemma, item.lemma))) {
      confusions++;
      notes.push(
        `confusion ${item.form}: gold ${item.lemma}, candidates ${candidates.map((c) => c.lemma).join(', ')}`,
      );
    }
    if (formsByLemma.get(item.lemma)?.has(item.form)) covered++;
  }
  const withoutLexicon = gold.filter(
    (item) => lemmatize(item.form, { lexicon: EMPTY })[0]?.lemma === item.lemma,
  ).length;
  const entries = getDefaultLexicon().entries;
  const inLexicon = gold.filter((item) => entries.has(item.lemma));
  const heldOut = gold.filter((item) => !entries.has(item.lemma));
  const accuracyOf = (items: MorphologyGoldItem[]): number =>
    ratio(
      items.filter((item) => lemmatize(item.form)[0]?.lemma === item.lemma).length,
      items.length,
    );
  return {
    stage: 'kk-morphology',
    metrics: {
      forms: gold.length,
      lemmas: lemmas.size,
      'lemmas.heldOut': new Set(heldOut.map((item) => item.lemma)).size,
      'forms.heldOut': heldOut.length,
      'lemma.accuracy': ratio(correct, gold.length),
      'lemma.accuracy.lexiconLemmas': accuracyOf(inLexicon),
      'lemma.accuracy.heldOutLemmas': accuracyOf(heldOut),
      'lemma.anyCandidate': ratio(anyCandidate, gold.length),
      'derivation.confusions': confusions,
      'lemma.confusions': lemmaConfusions,
      'generator.coverage': ratio(covered, gold.length),
      'lemma.accuracy.withoutLexicon': ratio(withoutLexicon, gold.length),
    },
    notes,
  };
}

const EMPTY = { entries: new Map(), formIndex: new Map() };

function isDerivationConfusion(candidate: string, gold: string): boolean {
  return DERIVATION_PAIRS.some(
    ([a, b]) => (candidate === a && gold === b) || (candidate === b && gold === a),
  );
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : Math.round((numerator / denominator) * 1000) / 1000;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await evaluate(), null, 2));
}
