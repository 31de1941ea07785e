/**
 * Russian lemmatizer (az + realia overrides) on tests/gold/ru-morphology.jsonl:
 * lemma accuracy overall and on Kazakhstan's realia, the same without the
 * override lexicon, and natural's PorterStemmerRu as a baseline, scored as
 * conflation (a form and its lemma get the same stem). Run through
 * `npm run eval` or `npx tsx tests/eval/ru-morphology.ts`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  buildRealiaLexicon,
  loadRussianLemmatizer,
  type RussianLemmatizer,
} from '../../src/glossary/ru/index.js';

export interface RussianGoldItem {
  form: string;
  lemma: string;
  /** Kazakhstan's realia (маслихат, аким…), marked by hand. */
  realia?: boolean;
  source?: string;
}

const goldPath = fileURLToPath(new URL('../gold/ru-morphology.jsonl', import.meta.url));

export function readRussianGold(): RussianGoldItem[] {
  return readFileSync(goldPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RussianGoldItem);
}

interface Stemmer {
  stem(word: string): string;
}

/** The stemmer module itself: importing all of natural also loads its dotenv noise. */
export function loadPorterStemmerRu(): Stemmer {
  const require = createRequire(import.meta.url);
  return require('natural/lib/natural/stemmers/porter_stemmer_ru.js') as Stemmer;
}

type KeyOf = (word: string) => string;

export default async function evaluate(): Promise<{
  stage: string;
  metrics: Record<string, number>;
  notes: string[];
}> {
  const gold = readRussianGold();
  const realiaItems = gold.filter((item) => item.realia === true);
  const otherItems = gold.filter((item) => item.realia !== true);
  const lemmatizer = await loadRussianLemmatizer();
  const withoutRealia = await loadRussianLemmatizer({ realia: buildRealiaLexicon([]) });
  const porter = loadPorterStemmerRu();
  const firstLemma =
    (ru: RussianLemmatizer): KeyOf =>
    (word) =>
      ru.lemmatize(word)[0]?.lemma ?? '';
  const ours = firstLemma(lemmatizer);
  const bare = firstLemma(withoutRealia);
  const stem: KeyOf = (word) => porter.stem(word);

  const notes: string[] = [];
  for (const item of gold) {
    const got = ours(item.form);
    if (got !== item.lemma) notes.push(`miss ${item.form}: gold ${item.lemma}, got ${got || '∅'}`);
  }
  notes.push(...porterExamples(stem));

  const accuracy = (items: RussianGoldItem[], key: KeyOf): number =>
    ratio(items.filter((item) => key(item.form) === item.lemma).length, items.length);
  const conflation = (items: RussianGoldItem[], key: KeyOf): number =>
    ratio(items.filter((item) => key(item.form) === key(item.lemma)).length, items.length);

  return {
    stage: 'ru-morphology',
    metrics: {
      forms: gold.length,
      lemmas: new Set(gold.map((item) => item.lemma)).size,
      'forms.realia': realiaItems.length,
      'lemma.accuracy': accuracy(gold, ours),
      'lemma.accuracy.realia': accuracy(realiaItems, ours),
      'lemma.accuracy.other': accuracy(otherItems, ours),
      'lemma.anyCandidate': ratio(
        gold.filter((item) => lemmatizer.lemmatize(item.form).some((c) => c.lemma === item.lemma))
          .length,
        gold.length,
      ),
      'lemma.accuracy.withoutRealia': accuracy(gold, bare),
      'lemma.accuracy.realia.withoutRealia': accuracy(realiaItems, bare),
      'lemma.conflation': conflation(gold, ours),
      'lemma.splitLemmas': splitLemmas(gold, ours),
      'lemma.mergedLemmaPairs': mergedLemmaPairs(gold, ours),
      'porter.conflation': conflation(gold, stem),
      'porter.conflation.realia': conflation(realiaItems, stem),
      'porter.splitLemmas': splitLemmas(gold, stem),
      'porter.mergedLemmaPairs': mergedLemmaPairs(gold, stem),
    },
    notes,
  };
}

/** Gold lemmas whose forms do not all get one key (органы and органов apart). */
function splitLemmas(gold: RussianGoldItem[], key: KeyOf): number {
  const keys = new Map<string, Set<string>>();
  for (const item of [...gold, ...gold.map((g) => ({ ...g, form: g.lemma }))]) {
    const set = keys.get(item.lemma) ?? new Set<string>();
    set.add(key(item.form));
    keys.set(item.lemma, set);
  }
  return [...keys.values()].filter((set) => set.size > 1).length;
}

/** Pairs of different gold lemmas that share a key (район and районный together). */
function mergedLemmaPairs(gold: RussianGoldItem[], key: KeyOf): number {
  const lemmasByKey = new Map<string, Set<string>>();
  for (const item of gold) {
    const k = key(item.form);
    const set = lemmasByKey.get(k) ?? new Set<string>();
    set.add(item.lemma);
    lemmasByKey.set(k, set);
  }
  const pairs = new Set<string>();
  for (const lemmas of lemmasByKey.values()) {
    const list = [...lemmas].sort();
    for (const [i, a] of list.entries()) for (const b of list.slice(i + 1)) pairs.add(`${a}|${b}`);
  }
  return pairs.size;
}

function porterExamples(stem: KeyOf): string[] {
  const words = ['органы', 'органов', 'органам', 'района', 'районный'];
  return [`PorterStemmerRu: ${words.map((word) => `${word} → ${stem(word)}`).join(', ')}`];
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : Math.round((numerator / denominator) * 1000) / 1000;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await evaluate(), null, 2));
}
