/**
 * Term occurrences in running Kazakh text: recall and precision of the
 * one-pass matcher (src/glossary/occurrences) against hand-annotated excerpts
 * of Law 148-II and the seed papers (tests/gold/term-occurrences.jsonl), with
 * every Kazakh term of data/glossary/seed-terms.json. A hit counts when term
 * and span are both right. Also counts әкім/әкімдік/әкімшілік confusions in the
 * gold excerpts and, when ../shared is present, over the whole law.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seedTerms } from '../../src/glossary/check/index.js';
import {
  createTermMatcher,
  FOLD_LOOKALIKES,
  foldTermText,
  kazakhTermForms,
  type TermOccurrence,
} from '../../src/glossary/occurrences/index.js';
import { hasShared, lawsDir } from '../helpers/shared.js';

interface GoldOccurrence {
  term: string;
  start: number;
  end: number;
  surface: string;
}

interface GoldExcerpt {
  source: string;
  text: string;
  occurrences: GoldOccurrence[];
}

export function readTermOccurrenceGold(): GoldExcerpt[] {
  const path = fileURLToPath(new URL('../gold/term-occurrences.jsonl', import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldExcerpt);
}

export function seedKazakhMatcher() {
  const texts = [
    ...new Set(
      seedTerms().concepts.flatMap((c) =>
        c.terms.filter((t) => t.lang === 'kk').map((t) => t.text),
      ),
    ),
  ];
  return createTermMatcher({
    terms: texts.map((text) => ({ id: text, forms: kazakhTermForms(text) })),
  });
}

/** An әкім reading of an әкімдік/әкімшілік word, or the other way round. */
export function isAkimConfusion(occurrence: Pick<TermOccurrence, 'termId' | 'surface'>): boolean {
  const surface = foldTermText(occurrence.surface, FOLD_LOOKALIKES);
  const derived = /^әкім(дік|дігі|шіл)/u.test(surface);
  if (occurrence.termId === 'әкім') return derived;
  if (occurrence.termId === 'әкімдік') return !/^әкімді[кг]/u.test(surface);
  return false;
}

export default async function evaluate(): Promise<{
  stage: string;
  metrics: Record<string, number>;
  notes: string[];
}> {
  const matcher = seedKazakhMatcher();
  const gold = readTermOccurrenceGold();
  let truePositives = 0;
  let predicted = 0;
  let expected = 0;
  let confusions = 0;
  const notes: string[] = [];
  for (const excerpt of gold) {
    const found = matcher.find(excerpt.text);
    const key = (o: { term?: string; termId?: string; start: number; end: number }) =>
      `${o.term ?? o.termId}@${o.start}-${o.end}`;
    const goldKeys = new Set(excerpt.occurrences.map(key));
    const foundKeys = new Set(found.map(key));
    predicted += foundKeys.size;
    expected += goldKeys.size;
    for (const k of foundKeys) if (goldKeys.has(k)) truePositives++;
    confusions += found.filter(isAkimConfusion).length;
    for (const o of excerpt.occurrences) {
      if (!foundKeys.has(key(o))) notes.push(`missed ${o.term} "${o.surface}" (${excerpt.source})`);
    }
    for (const o of found) {
      if (!goldKeys.has(key(o))) notes.push(`extra ${o.termId} "${o.surface}" (${excerpt.source})`);
    }
  }
  const metrics: Record<string, number> = {
    excerpts: gold.length,
    goldOccurrences: expected,
    goldTerms: new Set(gold.flatMap((g) => g.occurrences.map((o) => o.term))).size,
    recall: expected === 0 ? 0 : truePositives / expected,
    precision: predicted === 0 ? 0 : truePositives / predicted,
    akimConfusionsGold: confusions,
  };
  if (hasShared) {
    const law = readFileSync(`${lawsDir}law-148-II.kk.md`, 'utf8');
    const all = matcher.find(law);
    metrics['lawOccurrences'] = all.length;
    metrics['akimConfusionsLaw'] = all.filter(isAkimConfusion).length;
    const derivedWords = law.match(/әкім(дік|діг|шіл)\p{L}*/giu)?.length ?? 0;
    notes.push(
      `whole law: ${all.length} occurrences; ${derivedWords} әкімдік/әкімшілік words none of which may read as әкім`,
    );
  }
  return { stage: 'glossary: term occurrences (kk)', metrics, notes };
}
