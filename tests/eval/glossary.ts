/**
 * Glossary alignment on tests/gold/concept-pairs.jsonl (hand-written kk↔ru
 * pairs): precision@1 of the definition-list alignment of Law 148-II and of
 * the co-occurrence (G²) candidates with frequency ≥ 5, and how many gold
 * pairs each method recovers; `corpus*` repeats the co-occurrence run on Law
 * 148-II plus both constitutions. Run through `npm run eval` or
 * `npx tsx tests/eval/glossary.ts`. Skips without ../shared.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  alignByCooccurrence,
  alignDefinitionLists,
  createLemmaKeyer,
  lawSegments,
  numberedDefinitions,
} from '../../src/glossary/align/index.js';
import { loadRussianLemmatizer } from '../../src/glossary/ru/index.js';
import { hasShared, lawsDir } from '../helpers/shared.js';

export interface ConceptPair {
  kk: string;
  ru: string;
  source: { document: string; article: string };
  level: 'definition' | 'term' | 'word';
}

const goldPath = fileURLToPath(new URL('../gold/concept-pairs.jsonl', import.meta.url));

export function readConceptPairs(): ConceptPair[] {
  return readFileSync(goldPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ConceptPair);
}

const normal = (term: string): string => term.toLowerCase().replace(/\s+/gu, ' ').trim();

export default async function evaluate(): Promise<{
  stage: string;
  metrics: Record<string, number>;
  notes: string[];
}> {
  const stage = 'glossary alignment';
  const gold = readConceptPairs();
  if (!hasShared) return { stage, metrics: { goldPairs: gold.length }, notes: ['skipped'] };
  const notes: string[] = [];
  const kkText = readFileSync(`${lawsDir}law-148-II.kk.md`, 'utf8');
  const ruText = readFileSync(`${lawsDir}law-148-II.ru.md`, 'utf8');

  // Definition lists, matched on the surface terms.
  const goldBySurface = new Map<string, Set<string>>();
  for (const pair of gold) {
    const set = goldBySurface.get(normal(pair.kk)) ?? new Set<string>();
    set.add(normal(pair.ru));
    goldBySurface.set(normal(pair.kk), set);
  }
  const definitionPairs = alignDefinitionLists(
    numberedDefinitions(kkText, { lang: 'kk' }),
    numberedDefinitions(ruText, { lang: 'ru' }),
  );
  let definitionJudged = 0;
  let definitionCorrect = 0;
  const found = new Set<string>();
  for (const pair of definitionPairs) {
    const expected = goldBySurface.get(normal(pair.kk));
    if (expected === undefined) continue;
    definitionJudged++;
    if (expected.has(normal(pair.ru))) {
      definitionCorrect++;
      found.add(`${normal(pair.kk)}\u0000${normal(pair.ru)}`);
    } else notes.push(`definition miss: ${pair.kk} → ${pair.ru}`);
  }
  const definitionCovered = found.size;

  // Co-occurrence in parallel points, matched on lemma keys.
  const ruLemmatizer = await loadRussianLemmatizer();
  const keyer = createLemmaKeyer(ruLemmatizer);
  const goldByKey = new Map<string, Set<string>>();
  for (const pair of gold) {
    const key = keyer.kkPhrase(pair.kk.replace(/,/gu, ''));
    const set = goldByKey.get(key) ?? new Set<string>();
    set.add(keyer.ruPhrase(pair.ru.replace(/,/gu, '')));
    goldByKey.set(key, set);
  }
  const started = performance.now();
  const entries = alignByCooccurrence(
    lawSegments(kkText, { lang: 'kk' }),
    lawSegments(ruText, { lang: 'ru' }),
    { ruLemmatizer, keyer, minFrequency: 5 },
  );
  const cooccurrenceMs = performance.now() - started;
  let judged = 0;
  let correct = 0;
  let inTop3 = 0;
  const coveredByCooccurrence = new Set<string>();
  for (const entry of entries) {
    const expected = goldByKey.get(entry.kk);
    const top = entry.candidates[0];
    if (expected === undefined || top === undefined || entry.frequency < 5) continue;
    judged++;
    if (expected.has(top.ru)) {
      correct++;
      coveredByCooccurrence.add(`${entry.kk}\u0000${top.ru}`);
    } else if (notes.length < 40) {
      notes.push(
        `co-occurrence miss: ${entry.kk} → ${top.ru} (gold: ${[...expected].join(' / ')})`,
      );
    }
    if (entry.candidates.some((candidate) => expected.has(candidate.ru))) inTop3++;
  }
  const lawCovered = coveredByCooccurrence.size;
  // The same on Law 148-II plus both constitutions (ids prefixed per document).
  const documents = ['law-148-II', 'constitution-1995', 'constitution-2026'];
  const segmentsOf = (lang: 'kk' | 'ru') =>
    documents.flatMap((name) =>
      lawSegments(readFileSync(`${lawsDir}${name}.${lang}.md`, 'utf8'), { lang }).map(
        (segment) => ({
          id: `${name}/${segment.id}`,
          text: segment.text,
        }),
      ),
    );
  const corpusEntries = alignByCooccurrence(segmentsOf('kk'), segmentsOf('ru'), {
    ruLemmatizer,
    keyer,
    minFrequency: 5,
  });
  let corpusJudged = 0;
  let corpusCorrect = 0;
  for (const entry of corpusEntries) {
    const expected = goldByKey.get(entry.kk);
    const top = entry.candidates[0];
    if (expected === undefined || top === undefined) continue;
    corpusJudged++;
    if (expected.has(top.ru)) {
      corpusCorrect++;
      coveredByCooccurrence.add(`${entry.kk}\u0000${top.ru}`);
    }
  }
  let coveredAny = 0;
  for (const pair of gold) {
    const surface = `${normal(pair.kk)}\u0000${normal(pair.ru)}`;
    const key = `${keyer.kkPhrase(pair.kk.replace(/,/gu, ''))}\u0000${keyer.ruPhrase(pair.ru.replace(/,/gu, ''))}`;
    if (found.has(surface) || coveredByCooccurrence.has(key)) coveredAny++;
  }
  return {
    stage,
    metrics: {
      goldPairs: gold.length,
      definitionPairs: definitionPairs.length,
      definitionJudged,
      definitionPrecisionAt1: definitionJudged === 0 ? 0 : definitionCorrect / definitionJudged,
      definitionGoldCovered: definitionCovered,
      cooccurrenceEntries: entries.length,
      cooccurrenceJudgedF5: judged,
      cooccurrencePrecisionAt1F5: judged === 0 ? 0 : correct / judged,
      cooccurrenceRecallAt3F5: judged === 0 ? 0 : inTop3 / judged,
      cooccurrenceGoldCovered: lawCovered,
      corpusJudgedF5: corpusJudged,
      corpusPrecisionAt1F5: corpusJudged === 0 ? 0 : corpusCorrect / corpusJudged,
      corpusGoldCoveredAny: coveredByCooccurrence.size,
      goldCoveredAny: coveredAny,
      goldCoveredShare: coveredAny / gold.length,
      cooccurrenceMs: Math.round(cooccurrenceMs),
    },
    notes,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await evaluate(), null, 2));
}
