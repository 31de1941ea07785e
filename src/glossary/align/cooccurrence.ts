import { hasDigit, isStopword, tokenizeWords } from '../candidates/tokenize.js';
import type { RussianLemmatizer } from '../ru/index.js';
import { bestSkeleton } from './definition-lists.js';
import { logLikelihood } from './g2.js';
import { createLemmaKeyer, type LemmaKeyer } from './lemma-keys.js';
import type { AlignedPair, ParallelSegment } from './types.js';

export interface CooccurrenceOptions {
  ruLemmatizer: RussianLemmatizer;
  /** Segments an item must occur in, on each side, to be scored (default 3). */
  minFrequency?: number | undefined;
  /** Longest n-gram counted, 1–3 (default 3). */
  maxNgram?: number | undefined;
  /** Candidates kept per Kazakh item (default 3). */
  topK?: number | undefined;
  /** Smallest G² kept (default 10.83, p < 0.001 for one degree of freedom). */
  minG2?: number | undefined;
  /** Reuse a keyer (and its caches) across calls. */
  keyer?: LemmaKeyer | undefined;
}

export interface CooccurrenceEntry {
  /** The Kazakh item as a lemma key (`аудан мәслихат`). */
  kk: string;
  /** In how many segments it occurs. */
  frequency: number;
  /** Russian candidates, best first; each pair's score is its G². */
  candidates: AlignedPair[];
}

/**
 * Counts which Kazakh lemma n-grams and Russian lemma n-grams occur in the same
 * parallel segments (same id on both sides) and scores each pair with Dunning's
 * G², keeping positive associations only. A skeleton match (мәслихат/маслихат)
 * is reported as evidence and breaks near-ties, it does not decide alone.
 */
export function alignByCooccurrence(
  kkSegments: readonly ParallelSegment[],
  ruSegments: readonly ParallelSegment[],
  options: CooccurrenceOptions,
): CooccurrenceEntry[] {
  const minFrequency = options.minFrequency ?? 3;
  const maxNgram = Math.min(3, Math.max(1, options.maxNgram ?? 3));
  const topK = options.topK ?? 3;
  const minG2 = options.minG2 ?? 10.83;
  const keyer = options.keyer ?? createLemmaKeyer(options.ruLemmatizer);
  const ruById = new Map(ruSegments.map((segment) => [segment.id, segment.text]));
  const kkSets: string[][] = [];
  const ruSets: string[][] = [];
  for (const segment of kkSegments) {
    const ruText = ruById.get(segment.id);
    if (ruText === undefined) continue;
    kkSets.push(segmentItems(segment.text, 'kk', keyer.kk, maxNgram));
    ruSets.push(segmentItems(ruText, 'ru', keyer.ru, maxNgram));
  }
  const total = kkSets.length;
  const kkVocab = frequentVocabulary(kkSets, minFrequency);
  const ruVocab = frequentVocabulary(ruSets, minFrequency);
  const ruCount = ruVocab.items.length;
  const joint = new Map<number, number>();
  for (let s = 0; s < total; s++) {
    const kkIds = idsOf(kkSets[s] ?? [], kkVocab.index);
    const ruIds = idsOf(ruSets[s] ?? [], ruVocab.index);
    for (const a of kkIds) {
      const base = a * ruCount;
      for (const b of ruIds) joint.set(base + b, (joint.get(base + b) ?? 0) + 1);
    }
  }
  const byKk = new Map<number, Array<{ ru: number; g2: number; both: number }>>();
  for (const [key, both] of joint) {
    const a = Math.floor(key / ruCount);
    const b = key - a * ruCount;
    const fx = kkVocab.frequency[a] ?? 0;
    const fy = ruVocab.frequency[b] ?? 0;
    if (both * total <= fx * fy) continue; // not more often together than by chance
    const g2 = logLikelihood({
      both,
      onlyX: fx - both,
      onlyY: fy - both,
      neither: total - fx - fy + both,
    });
    if (g2 < minG2) continue;
    let list = byKk.get(a);
    if (list === undefined) {
      list = [];
      byKk.set(a, list);
    }
    list.push({ ru: b, g2, both });
  }
  const out: CooccurrenceEntry[] = [];
  for (const [a, list] of byKk) {
    const kkItem = kkVocab.items[a] ?? '';
    const ranked = list
      .map((entry) => {
        const ruItem = ruVocab.items[entry.ru] ?? '';
        const skeleton = bestSkeleton(kkItem, ruItem);
        // A loanword match lifts a pair by up to 10%: enough to settle near-ties only.
        const boost = skeleton.value >= 0.9 ? 1 + (skeleton.value - 0.9) : 1;
        const pair: AlignedPair = {
          kk: kkItem,
          ru: ruItem,
          score: round(entry.g2 * boost),
          evidence: [
            {
              kind: 'cooccurrence',
              value: round(entry.g2),
              detail: `together in ${entry.both} of ${total} segments; kk in ${kkVocab.frequency[a]}, ru in ${ruVocab.frequency[entry.ru]}`,
            },
          ],
        };
        if (skeleton.value >= 0.9) {
          pair.evidence.push({
            kind: 'skeleton',
            value: round(skeleton.value),
            detail: skeleton.detail,
          });
        }
        return pair;
      })
      .sort((x, y) => y.score - x.score || x.ru.localeCompare(y.ru));
    out.push({
      kk: kkItem,
      frequency: kkVocab.frequency[a] ?? 0,
      candidates: settleNestedTies(kkItem, ranked).slice(0, topK),
    });
  }
  return out.sort((x, y) => y.frequency - x.frequency || x.kk.localeCompare(y.kk));
}

/**
 * Nested n-grams that always occur together (собрание местного / собрание
 * местного сообщества) get the same G²; among pairs within 1% of the best,
 * the one whose length in words is closest to the Kazakh item's wins, then
 * the longer one.
 */
function settleNestedTies(kkItem: string, ranked: AlignedPair[]): AlignedPair[] {
  const best = ranked[0]?.score ?? 0;
  const tied = ranked.filter((pair) => pair.score >= best * 0.99);
  const rest = ranked.slice(tied.length);
  const kkWords = wordCount(kkItem);
  tied.sort(
    (x, y) =>
      Math.abs(wordCount(x.ru) - kkWords) - Math.abs(wordCount(y.ru) - kkWords) ||
      wordCount(y.ru) - wordCount(x.ru) ||
      y.score - x.score,
  );
  return [...tied, ...rest];
}

function wordCount(item: string): number {
  return item.split(' ').length;
}

/** The distinct lemma n-grams of one segment; n-grams never span punctuation, stopwords or numbers. */
function segmentItems(
  text: string,
  lang: 'kk' | 'ru',
  key: (word: string) => string,
  maxNgram: number,
): string[] {
  const items = new Set<string>();
  let run: string[] = [];
  let lastEnd = -1;
  const flush = (): void => {
    for (let i = 0; i < run.length; i++) {
      for (let n = 1; n <= maxNgram && i + n <= run.length; n++)
        items.add(run.slice(i, i + n).join(' '));
    }
    run = [];
  };
  for (const token of tokenizeWords(text)) {
    const gap = lastEnd < 0 ? '' : text.slice(lastEnd, token.start);
    if (!/^\s*$/u.test(gap)) flush();
    lastEnd = token.end;
    if (isStopword(token.text, lang) || hasDigit(token.text) || token.text.length < 2) {
      flush();
      continue;
    }
    run.push(key(token.text));
  }
  flush();
  return [...items];
}

function frequentVocabulary(
  sets: readonly string[][],
  minFrequency: number,
): { items: string[]; frequency: number[]; index: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const set of sets) for (const item of set) counts.set(item, (counts.get(item) ?? 0) + 1);
  const items = [...counts].filter(([, count]) => count >= minFrequency).map(([item]) => item);
  const index = new Map(items.map((item, i) => [item, i]));
  return { items, frequency: items.map((item) => counts.get(item) ?? 0), index };
}

function idsOf(set: readonly string[], index: ReadonlyMap<string, number>): number[] {
  const out: number[] = [];
  for (const item of set) {
    const id = index.get(item);
    if (id !== undefined) out.push(id);
  }
  return out;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
