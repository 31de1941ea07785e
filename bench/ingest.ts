/**
 * Ingest and normalization throughput (MB/s on one core) against the ceiling:
 * a plain read-and-decode of the same files in the same process. Then peak
 * memory of whole corpus runs at two corpus sizes, each in a fresh process,
 * to show that memory stays flat as the corpus grows.
 */
import { transcode } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadSource } from '../src/ingest/index.js';
import { detectLanguage } from '../src/text/language.js';
import { normalize } from '../src/text/normalize/index.js';
import {
  benchDataDir,
  hasShared,
  isMain,
  mbPerSecond,
  referenceTexts,
  replicate,
  siblingScript,
  totalBytes,
} from './util.js';

const dataDir = `${benchDataDir}/`;

function writeCorpus(
  name: string,
  megabytes: number,
): { dir: string; files: string[]; bytes: number } {
  const dir = `${dataDir}${name}/`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const texts = replicate(referenceTexts(), megabytes);
  const files = texts.map((text, i) => {
    const file = `${dir}${String(i).padStart(5, '0')}-${text.name.replaceAll('/', '_')}`;
    writeFileSync(file, text.bytes);
    return file;
  });
  return { dir, files, bytes: totalBytes(texts) };
}

/** Wall-clock and CPU seconds of `work`: on a shared machine CPU time is the steadier "per core" figure. */
async function measure(work: () => Promise<void> | void): Promise<{ wall: number; cpu: number }> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await work();
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: (performance.now() - started) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

async function throughput(files: readonly string[], bytes: number): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  let chars = 0;
  let paragraphs = 0;
  // One warm-up pass over a few files, so the JIT has compiled the hot paths.
  for (const file of files.slice(0, 12)) normalize((await loadSource(file)).text);

  const plain = await measure(() => {
    for (const file of files) chars += decoder.decode(readFileSync(file)).length;
  });
  // The fastest read-and-decode we know, the same as loadSource's: the ceiling.
  const baseline = await measure(() => {
    for (const file of files) transcode(readFileSync(file), 'utf8', 'utf16le').toString('utf16le');
  });
  const loading = await measure(async () => {
    for (const file of files) await loadSource(file);
  });
  const texts: string[] = [];
  for (const file of files.slice(0, 40)) texts.push((await loadSource(file)).text);
  const sampleBytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const normalizing = await measure(() => {
    for (const text of texts) normalize(text);
  });
  const ingest = await measure(async () => {
    for (const file of files) normalize((await loadSource(file)).text);
  });
  const ours = await measure(async () => {
    for (const file of files) {
      const loaded = await loadSource(file);
      const normalized = normalize(loaded.text);
      for (const range of normalized.paragraphs) {
        detectLanguage(normalized.text.slice(range.start, range.end));
        paragraphs++;
      }
    }
  });

  const mb = (bytes / 1024 / 1024).toFixed(1);
  const rate = (b: number, seconds: number) => mbPerSecond(b, seconds).toFixed(1).padStart(6);
  console.log(`corpus: ${files.length} files, ${mb} MB, ${chars} chars, ${paragraphs} paragraphs`);
  console.log('                                   wall MB/s   CPU MB/s (per core)');
  console.log(
    `read + TextDecoder:                ${rate(bytes, plain.wall)}     ${rate(bytes, plain.cpu)}`,
  );
  console.log(
    `baseline read+decode (ceiling):    ${rate(bytes, baseline.wall)}     ${rate(bytes, baseline.cpu)}`,
  );
  console.log(
    `kazlex load+decode (loadSource):   ${rate(bytes, loading.wall)}     ${rate(bytes, loading.cpu)}`,
  );
  console.log(
    `kazlex normalize only (40 files):  ${rate(sampleBytes, normalizing.wall)}     ${rate(sampleBytes, normalizing.cpu)}`,
  );
  console.log(
    `kazlex load+normalize (target):    ${rate(bytes, ingest.wall)}     ${rate(bytes, ingest.cpu)}`,
  );
  console.log(
    `kazlex load+normalize+language:    ${rate(bytes, ours.wall)}     ${rate(bytes, ours.cpu)}`,
  );
  console.log(
    `ratio to the ceiling (CPU): ${(baseline.cpu / ingest.cpu).toFixed(3)} load+normalize, ` +
      `${(baseline.cpu / ours.cpu).toFixed(3)} with language (1.0 = as fast as read+decode)`,
  );
}

function peakMemory(dir: string): number {
  const script = siblingScript('ingest-memory.child');
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return Number(JSON.parse(out.trim().split('\n').pop() ?? '{}').maxRssMb);
}

export default async function run(): Promise<void> {
  if (!hasShared) {
    console.log('skipped: ../shared is absent');
    return;
  }
  const big = writeCorpus('ingest-50', 50);
  await throughput(big.files, big.bytes);

  // Three sizes: worker heaps grow to the size V8 settles on, then stay, so
  // flat means the last step adds little, not that the first adds nothing.
  const small = writeCorpus('ingest-10', 10);
  const large = writeCorpus('ingest-100', 100);
  const sizes = [small, big, large].map((corpus) => ({
    mb: corpus.bytes / 1048576,
    rss: peakMemory(corpus.dir),
  }));
  console.log(
    `peak RSS, whole run (concurrency 1): ${sizes.map((s) => `${s.mb.toFixed(0)} MB corpus → ${s.rss.toFixed(0)} MB`).join('; ')} ` +
      `(ratio 50 → 100 MB: ${((sizes[2]?.rss ?? 0) / (sizes[1]?.rss ?? 1)).toFixed(2)})`,
  );
  // Only this benchmark's folders: other benchmarks keep their corpora under bench/.data too.
  for (const corpus of [small, big, large]) rmSync(corpus.dir, { recursive: true, force: true });
}

if (isMain(import.meta.url)) await run();
