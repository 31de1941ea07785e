/**
 * Glossary matching throughput (MB/s on one core): every Kazakh term of
 * tests/gold/concept-pairs.jsonl in all its generated forms, matched in one
 * pass by the Aho-Corasick automaton of src/glossary/match, beside a plain scan
 * of the same strings (String.prototype.indexOf of one word, the cheapest
 * possible pass over the bytes).
 *
 * Input: the seeds and law texts from ../shared replicated to at least 50 MB,
 * decoded once; MB counts UTF-8 bytes. Run alone: `npx tsx bench/glossary.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildTermMatcher } from '../src/glossary/match/index.js';
import {
  hasShared,
  isMain,
  mbPerSecond,
  projectRoot,
  referenceTexts,
  replicate,
  time,
  totalBytes,
} from './util.js';

const CORPUS_MB = 50;
const goldPath = path.join(projectRoot, 'tests/gold/concept-pairs.jsonl');

export default async function run(): Promise<void> {
  if (!hasShared) {
    console.log('skipped: ../shared/corpus is absent');
    return;
  }
  const terms = [
    ...new Set(
      readFileSync(goldPath, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => (JSON.parse(line) as { kk: string }).kk),
    ),
  ];
  let matcher = buildTermMatcher([]);
  const buildSeconds = time(() => {
    matcher = buildTermMatcher(terms);
  });
  const corpus = replicate(referenceTexts(), CORPUS_MB);
  const bytes = totalBytes(corpus);
  const decoder = new TextDecoder();
  const texts = corpus.map((text) => decoder.decode(text.bytes));
  // Warm-up on one document so both loops run optimized code.
  matcher.count(texts[0] ?? '');
  let hits = 0;
  const matchSeconds = time(() => {
    for (const text of texts) hits += matcher.count(text);
  });
  let plainHits = 0;
  const plainSeconds = time(() => {
    for (const text of texts) {
      for (let at = text.indexOf('мәслихат'); at !== -1; at = text.indexOf('мәслихат', at + 1))
        plainHits++;
    }
  });
  const matchRate = mbPerSecond(bytes, matchSeconds);
  const plainRate = mbPerSecond(bytes, plainSeconds);
  console.log(
    `terms ${terms.length}, forms ${matcher.formCount}, automaton built in ${(buildSeconds * 1000).toFixed(0)} ms`,
  );
  console.log(`corpus ${(bytes / 1024 / 1024).toFixed(1)} MB in ${texts.length} documents`);
  console.log(`aho-corasick all forms   ${matchRate.toFixed(1)} MB/s  (${hits} hits)`);
  console.log(`plain indexOf one word   ${plainRate.toFixed(1)} MB/s  (${plainHits} hits)`);
  console.log(`ratio (matcher / plain)  ${(matchRate / plainRate).toFixed(2)}`);
}

if (isMain(import.meta.url)) await run();
