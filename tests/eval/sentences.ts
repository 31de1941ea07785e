/**
 * Sentence-boundary evaluation on tests/gold/sentences.{kk,ru}.txt.
 * A boundary is the start of a sentence that is not the start of its
 * paragraph, so paragraph breaks (free for every splitter) do not inflate the
 * score. Baselines: Intl.Segmenter per paragraph and parse-latin (retext).
 *
 * Run alone: `npx tsx tests/eval/sentences.ts [--errors]`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Root, Sentence } from 'nlcst';
import { ParseLatin } from 'parse-latin';
import { visit } from 'unist-util-visit';
import { splitSentences } from '../../src/structure/sentences/index.js';

/** One gold language file: the text and its gold sentences as offsets. */
export interface SentenceGold {
  lang: 'kk' | 'ru';
  text: string;
  /** Paragraph ranges in `text`, each with the gold part (`A`, `B`, `C`) it comes from. */
  paragraphs: Array<{ start: number; end: number; part: string }>;
  sentences: Array<{ start: number; end: number }>;
}

/**
 * Reads `tests/gold/sentences.<lang>.txt` (format in its header): paragraphs
 * are joined by `\n`, sentences within a paragraph by one space.
 */
export function readSentenceGold(lang: 'kk' | 'ru'): SentenceGold {
  const url = new URL(`../gold/sentences.${lang}.txt`, import.meta.url);
  const blocks: Array<{ part: string; lines: string[] }> = [{ part: '', lines: [] }];
  let part = '';
  for (const raw of readFileSync(url, 'utf8').split('\n')) {
    const line = raw.trim();
    const partMark = /^# Part (\w+)/.exec(line);
    if (partMark) part = partMark[1] ?? '';
    if (line.startsWith('#') || line === '') {
      if ((blocks.at(-1)?.lines ?? []).length > 0) blocks.push({ part, lines: [] });
      continue;
    }
    const current = blocks.at(-1);
    if (current) {
      current.part = part;
      current.lines.push(line);
    }
  }
  let text = '';
  const paragraphs: SentenceGold['paragraphs'] = [];
  const sentences: SentenceGold['sentences'] = [];
  for (const { part: blockPart, lines: block } of blocks) {
    if (block.length === 0) continue;
    if (text.length > 0) text += '\n';
    const paragraphStart = text.length;
    block.forEach((sentence, index) => {
      if (index > 0) text += ' ';
      sentences.push({ start: text.length, end: text.length + sentence.length });
      text += sentence;
    });
    paragraphs.push({ start: paragraphStart, end: text.length, part: blockPart });
  }
  return { lang, text, paragraphs, sentences };
}

interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

type Segmenter = (gold: SentenceGold) => number[];

const segmenters: Record<string, Segmenter> = {
  kazlex: (gold) => splitSentences(gold.text, { lang: gold.lang }).map((span) => span.start),
  intl: (gold) => {
    const segmenter = new Intl.Segmenter(gold.lang, { granularity: 'sentence' });
    const starts: number[] = [];
    for (const paragraph of gold.paragraphs) {
      const value = gold.text.slice(paragraph.start, paragraph.end);
      for (const segment of segmenter.segment(value)) {
        const lead = segment.segment.length - segment.segment.trimStart().length;
        if (segment.segment.trim() !== '') starts.push(paragraph.start + segment.index + lead);
      }
    }
    return starts;
  },
  'parse-latin': (gold) => {
    const tree = new ParseLatin().parse(gold.text) as Root;
    const starts: number[] = [];
    visit(tree, 'SentenceNode', (node: Sentence) => {
      const offset = node.position?.start.offset;
      if (offset !== undefined) starts.push(offset);
    });
    return starts;
  },
};

function internalBoundaries(starts: Iterable<number>, gold: SentenceGold): Set<number> {
  const paragraphStarts = new Set(gold.paragraphs.map((paragraph) => paragraph.start));
  const boundaries = new Set<number>();
  for (const start of starts) if (!paragraphStarts.has(start)) boundaries.add(start);
  return boundaries;
}

function score(predicted: Set<number>, expected: Set<number>): Scores {
  let hits = 0;
  for (const boundary of predicted) if (expected.has(boundary)) hits++;
  const precision = predicted.size === 0 ? 1 : hits / predicted.size;
  const recall = expected.size === 0 ? 1 : hits / expected.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Keeps the boundaries that fall in paragraphs of one gold part. */
function partFilter(gold: SentenceGold, part: string): (boundaries: Set<number>) => Set<number> {
  const ranges = gold.paragraphs.filter((paragraph) => paragraph.part === part);
  return (boundaries) =>
    new Set([...boundaries].filter((at) => ranges.some((r) => at > r.start && at < r.end)));
}

/** Context lines for every boundary one side has and the other lacks. */
function describeErrors(
  predicted: Set<number>,
  expected: Set<number>,
  gold: SentenceGold,
): string[] {
  const lines: string[] = [];
  const context = (at: number) =>
    `${gold.text.slice(Math.max(0, at - 40), at)}⟂${gold.text.slice(at, at + 30)}`.replace(
      /\n/g,
      '¶',
    );
  for (const at of predicted) if (!expected.has(at)) lines.push(`  extra   ${context(at)}`);
  for (const at of expected) if (!predicted.has(at)) lines.push(`  missed  ${context(at)}`);
  return lines;
}

export default async function evaluate(): Promise<{
  stage: string;
  metrics: Record<string, number>;
  notes: string[];
}> {
  const metrics: Record<string, number> = {};
  const notes: string[] = [];
  for (const lang of ['kk', 'ru'] as const) {
    const gold = readSentenceGold(lang);
    const expected = internalBoundaries(
      gold.sentences.map((sentence) => sentence.start),
      gold,
    );
    notes.push(
      `${lang}: ${gold.sentences.length} gold sentences in ${gold.paragraphs.length} paragraphs, ${expected.size} inner boundaries`,
    );
    for (const [name, segment] of Object.entries(segmenters)) {
      const predicted = internalBoundaries(segment(gold), gold);
      const result = score(predicted, expected);
      metrics[`${name}.${lang}.precision`] = round(result.precision);
      metrics[`${name}.${lang}.recall`] = round(result.recall);
      metrics[`${name}.${lang}.f1`] = round(result.f1);
      if (name === 'kazlex') {
        notes.push(...describeErrors(predicted, expected, gold));
        // Parts C and D were annotated after the rules: report them on their own.
        for (const part of ['C', 'D']) {
          const inPart = partFilter(gold, part);
          const heldOut = score(inPart(predicted), inPart(expected));
          metrics[`${name}.${lang}.part${part}.f1`] = round(heldOut.f1);
          notes.push(
            `${lang}: part ${part} (annotated after the rules; first figures in the gold header) F1 ${heldOut.f1.toFixed(4)} (P ${heldOut.precision.toFixed(4)}, R ${heldOut.recall.toFixed(4)}, ${inPart(expected).size} boundaries)`,
          );
        }
      }
    }
  }
  return { stage: 'sentences', metrics, notes };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function printTable(metrics: Record<string, number>): void {
  console.log('segmenter      lang  precision  recall  F1');
  for (const name of Object.keys(segmenters)) {
    for (const lang of ['kk', 'ru']) {
      const cell = (metric: string) => (metrics[`${name}.${lang}.${metric}`] ?? 0).toFixed(4);
      console.log(
        `${name.padEnd(14)} ${lang}    ${cell('precision')}     ${cell('recall')}  ${cell('f1')}`,
      );
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await evaluate();
  printTable(result.metrics);
  const showErrors = process.argv.includes('--errors');
  for (const note of result.notes) if (showErrors || !note.startsWith('  ')) console.log(note);
}
