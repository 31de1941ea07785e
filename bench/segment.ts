/**
 * Segmentation throughput (MB/s on one core) beside its baselines, on the same
 * strings in the same process: parse-latin (retext's own parser) and
 * Intl.Segmenter applied per paragraph (fed one huge string it is quadratic).
 *
 * Input: the seeds and law texts from ../shared, lightly normalized (NFC, runs
 * of spaces and tabs collapsed), replicated to at least 20 MB and processed
 * document by document. parse-latin is about 20× slower, so it runs on a
 * prefix of the corpus (PARSE_LATIN_MB) and its MB/s is measured there.
 *
 * Run alone: `npx tsx bench/segment.ts`.
 */
import { ParseLatin } from 'parse-latin';
import { findDefinitions } from '../src/structure/definitions/index.js';
import { parseNlcst } from '../src/structure/nlcst/index.js';
import { splitSentences } from '../src/structure/sentences/index.js';
import { parseStructure } from '../src/structure/units/index.js';
import { hasShared, isMain, mbPerSecond, referenceTexts, replicate } from './util.js';

const CORPUS_MB = 20;
const PARSE_LATIN_MB = 6;

interface Doc {
  text: string;
  lang: 'kk' | 'ru';
  bytes: number;
}

/** One measured stage: what it does to one document. */
interface Stage {
  name: string;
  /** Part of the kazlex segment pipeline (summed for the ratio to parse-latin). */
  pipeline: boolean;
  /** Megabytes of the corpus to run on (default: all of it). */
  megabytes?: number;
  run: (doc: Doc) => number;
}

const stages: Stage[] = [
  {
    name: 'kazlex splitSentences',
    pipeline: true,
    run: (doc) => splitSentences(doc.text, { lang: doc.lang }).length,
  },
  {
    name: 'kazlex parseNlcst (sentences + words)',
    pipeline: false,
    run: (doc) => parseNlcst(doc.text, { lang: doc.lang }).children.length,
  },
  {
    // As the pipeline runs them: definitions reuse the structure tree.
    name: 'kazlex parseStructure + findDefinitions',
    pipeline: true,
    run: (doc) => {
      const units = parseStructure(doc.text, { lang: doc.lang });
      return units.length + findDefinitions(doc.text, { lang: doc.lang, units }).length;
    },
  },
  {
    name: 'baseline Intl.Segmenter per paragraph',
    pipeline: false,
    run: (doc) => {
      const segmenter = new Intl.Segmenter(doc.lang, { granularity: 'sentence' });
      let count = 0;
      for (const paragraph of doc.text.split('\n')) {
        for (const _ of segmenter.segment(paragraph)) count++;
      }
      return count;
    },
  },
  {
    name: 'baseline parse-latin',
    pipeline: false,
    megabytes: PARSE_LATIN_MB,
    run: (doc) => new ParseLatin().parse(doc.text).children.length,
  },
];

/** Measurement rounds per stage; the fastest counts. */
const ROUNDS = 3;

function loadCorpus(): Doc[] {
  const decoder = new TextDecoder('utf-8');
  return replicate(referenceTexts(), CORPUS_MB).map(({ name, bytes }) => ({
    text: decoder
      .decode(bytes)
      .normalize('NFC')
      .replace(/[ \t]+/g, ' '),
    lang: /\.ru\.|\/rus|004_/.test(name) ? 'ru' : 'kk',
    bytes: bytes.length,
  }));
}

function prefix(docs: readonly Doc[], megabytes: number | undefined): Doc[] {
  if (megabytes === undefined) return [...docs];
  const out: Doc[] = [];
  let total = 0;
  for (const doc of docs) {
    if (total >= megabytes * 1024 * 1024) break;
    out.push(doc);
    total += doc.bytes;
  }
  return out;
}

function measure(
  stage: Stage,
  docs: readonly Doc[],
): { mbs: number; bytes: number; seconds: number } {
  const subset = prefix(docs, stage.megabytes);
  // Warm up on the first document so the JIT has seen the code; the rounds
  // in run() do the rest (a one-document warm-up alone let the ratio depend
  // on whether another benchmark had run parse-latin before).
  if (subset[0]) stage.run(subset[0]);
  let bytes = 0;
  let sink = 0;
  // CPU time of this single-threaded loop: its time on one core, steady on a shared machine.
  const before = process.cpuUsage();
  for (const doc of subset) {
    sink += stage.run(doc);
    bytes += doc.bytes;
  }
  const used = process.cpuUsage(before);
  const seconds = (used.user + used.system) / 1e6;
  if (sink < 0) console.log(sink);
  return { mbs: mbPerSecond(bytes, seconds), bytes, seconds };
}

export default async function run(): Promise<void> {
  if (!hasShared) {
    console.log('segment: skipped, ../shared/corpus is absent');
    return;
  }
  const docs = loadCorpus();
  const total = docs.reduce((sum, doc) => sum + doc.bytes, 0);
  console.log(`corpus: ${docs.length} documents, ${(total / 1024 / 1024).toFixed(1)} MB`);
  // Rounds interleave the stages, and each keeps its fastest round: other work on
  // a shared machine only ever slows a round down, so the fastest is the truest.
  const best = new Map<string, ReturnType<typeof measure>>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const stage of stages) {
      const result = measure(stage, docs);
      const previous = best.get(stage.name);
      if (!previous || result.seconds < previous.seconds) best.set(stage.name, result);
    }
  }
  const results = new Map<string, number>();
  let pipelineSeconds = 0;
  for (const stage of stages) {
    const result = best.get(stage.name) as ReturnType<typeof measure>;
    results.set(stage.name, result.mbs);
    if (stage.pipeline) pipelineSeconds += result.seconds / result.bytes;
    const on = `${(result.bytes / 1024 / 1024).toFixed(1)} MB`;
    console.log(
      `${stage.name.padEnd(42)} ${result.mbs.toFixed(2).padStart(8)} MB/s  (${on}, ${result.seconds.toFixed(2)} s)`,
    );
  }
  const parseLatin = results.get('baseline parse-latin') ?? Number.NaN;
  const intl = results.get('baseline Intl.Segmenter per paragraph') ?? Number.NaN;
  const pipeline = 1 / pipelineSeconds / 1024 / 1024;
  const nlcst = results.get('kazlex parseNlcst (sentences + words)') ?? Number.NaN;
  console.log(
    `ratio kazlex segment pipeline / parse-latin:    ${(pipeline / parseLatin).toFixed(1)}×`,
  );
  console.log(`ratio kazlex segment pipeline / Intl.Segmenter: ${(pipeline / intl).toFixed(1)}×`);
  console.log(
    `ratio kazlex parseNlcst / parse-latin:          ${(nlcst / parseLatin).toFixed(1)}×`,
  );
}

if (isMain(import.meta.url)) await run();
