/**
 * Term matching throughput (MB/s on one core): every approved term of the
 * seed term base in all its forms (Kazakh paradigms, Russian declensions)
 * found in one pass, beside a plain scan of the same strings (an indexOf loop
 * counting one word). The ratio says what the word-aware trie costs over the
 * cheapest possible pass.
 *
 * Input: the seeds and law texts from ../shared, replicated to 20 MB (UTF-8
 * bytes), decoded once before timing.
 *
 * Run alone: `npx tsx bench/glossary-match.ts`.
 */
import { seedTerms } from '../src/glossary/check/index.js';
import {
  createTermMatcher,
  kazakhTermForms,
  loadRussianFormGenerator,
  type MatchableTerm,
} from '../src/glossary/occurrences/index.js';
import { WorkflowStatus } from '../src/glossary/termbase/index.js';
import {
  hasShared,
  isMain,
  mbPerSecond,
  referenceTexts,
  replicate,
  time,
  totalBytes,
} from './util.js';

const CORPUS_MB = 20;

export default async function run(): Promise<void> {
  if (!hasShared) {
    console.log('skipped: ../shared is absent');
    return;
  }
  const ru = await loadRussianFormGenerator();
  const terms: MatchableTerm[] = seedTerms()
    .concepts.flatMap((c) => c.terms)
    .filter((t) => (t.workflowStatus ?? WorkflowStatus.APPROVED) === WorkflowStatus.APPROVED)
    .map((t, i) => ({
      id: `${i}`,
      forms: t.lang === 'kk' ? kazakhTermForms(t.text) : ru.forms(t.text).map((text) => ({ text })),
    }));
  const built = process.hrtime.bigint();
  const matcher = createTermMatcher({ terms });
  const buildMs = Number(process.hrtime.bigint() - built) / 1e6;
  const corpus = replicate(referenceTexts(), CORPUS_MB);
  const bytes = totalBytes(corpus);
  const decoder = new TextDecoder();
  const strings = corpus.map((t) => decoder.decode(t.bytes));
  matcher.scan(strings[0]?.slice(0, 100_000) ?? '', () => {}); // warm-up

  let matches = 0;
  const matchSeconds = time(() => {
    for (const text of strings) matches += matcher.scan(text, () => {});
  });
  let found = 0;
  const findSeconds = time(() => {
    for (const text of strings) found += matcher.find(text).length;
  });
  let plain = 0;
  const plainSeconds = time(() => {
    for (const text of strings) {
      for (let at = text.indexOf('мәслихат'); at >= 0; at = text.indexOf('мәслихат', at + 1))
        plain++;
    }
  });
  const matchRate = mbPerSecond(bytes, matchSeconds);
  const plainRate = mbPerSecond(bytes, plainSeconds);
  console.log(
    `${terms.length} approved terms, ${matcher.formCount} distinct forms, trie built in ${buildMs.toFixed(0)} ms`,
  );
  console.log(
    `${(bytes / 1024 / 1024).toFixed(1)} MB, ${matches} term occurrences, ${plain} plain hits of "мәслихат"`,
  );
  console.log(`term matcher, scan()     ${matchRate.toFixed(1)} MB/s`);
  console.log(
    `term matcher, find()     ${mbPerSecond(bytes, findSeconds).toFixed(1)} MB/s (${found} occurrence objects)`,
  );
  console.log(`plain indexOf scan       ${plainRate.toFixed(1)} MB/s`);
  console.log(
    `ratio matcher/plain      ${(matchRate / plainRate).toFixed(2)} (target ≥ 20 MB/s for the matcher)`,
  );
}

if (isMain(import.meta.url)) await run();
