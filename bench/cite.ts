/**
 * Citation extraction throughput (MB/s on one core) beside its ceiling: a single-pass scan of the
 * same strings by one simple regex (the keyword alternation of the prefilter, matched globally).
 *
 * Input: the seeds and law texts from ../shared, NBSP turned into spaces, replicated to at least
 * 50 MB and processed document by document with the language of each file.
 *
 * Run alone: `npx tsx bench/cite.ts`.
 */
import { findCitations } from '../src/citations/index.js';
import {
  hasShared,
  isMain,
  mbPerSecond,
  referenceTexts,
  replicate,
  time,
  totalBytes,
} from './util.js';

const CORPUS_MB = 50;

/** The ceiling: one pass of one regex over the same text, counting keyword hits. */
const CEILING = /стать|пункт|закон|конститу|кодекс|бап|баб|тармақ|заң/giu;

export default async function run(): Promise<void> {
  if (!hasShared) {
    console.log('skipped: ../shared is absent');
    return;
  }
  const texts = replicate(referenceTexts(), CORPUS_MB);
  const decoder = new TextDecoder();
  const docs = texts.map((t) => ({
    text: decoder.decode(t.bytes).replace(/\u00a0/g, ' '),
    lang: /\.kk\.md$/.test(t.name)
      ? ('kk' as const)
      : /\.ru\.md$/.test(t.name)
        ? ('ru' as const)
        : undefined,
  }));
  const bytes = totalBytes(texts);
  // warm up the JIT on one copy of the corpus slice
  for (const doc of docs.slice(0, 5)) findCitations(doc.text, doc.lang ? { lang: doc.lang } : {});

  let citations = 0;
  const citeSeconds = time(() => {
    for (const doc of docs)
      citations += findCitations(doc.text, doc.lang ? { lang: doc.lang } : {}).length;
  });
  let hits = 0;
  const scanSeconds = time(() => {
    for (const doc of docs) {
      CEILING.lastIndex = 0;
      while (CEILING.exec(doc.text) !== null) hits++;
    }
  });
  const cite = mbPerSecond(bytes, citeSeconds);
  const scan = mbPerSecond(bytes, scanSeconds);
  console.log(`corpus: ${(bytes / 1024 / 1024).toFixed(1)} MB in ${docs.length} documents`);
  console.log(
    `findCitations: ${cite.toFixed(1)} MB/s (${citations} citations, ${citeSeconds.toFixed(2)} s)`,
  );
  console.log(`one-regex scan (ceiling): ${scan.toFixed(1)} MB/s (${hits} hits)`);
  console.log(`ratio findCitations / ceiling: ${(cite / scan).toFixed(2)} (target ≥ 20 MB/s)`);
}

if (isMain(import.meta.url)) await run();
