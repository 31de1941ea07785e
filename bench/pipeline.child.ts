/**
 * Child process of bench/pipeline.ts: one end-to-end corpus run (ingest,
 * normalize, segment, cite, write, index) in a fresh process, then its
 * timings and peak RSS as one JSON line. Peak RSS covers the worker threads,
 * which share the process.
 */
import { rmSync } from 'node:fs';
import { indexOutputFolder } from '../src/index-db/index.js';
import { runCorpus } from '../src/pipeline/run-corpus.js';

const [dir, workersArg, out] = process.argv.slice(2);
if (!dir || !workersArg || !out)
  throw new Error('Expected: <corpus folder> <workers> <out folder>');
const workers = Number(workersArg);
rmSync(out, { recursive: true, force: true });

let started = performance.now();
const { summary } = await runCorpus({ inputs: [dir], outDir: out, workers, force: true });
const pipelineSeconds = (performance.now() - started) / 1000;
started = performance.now();
await indexOutputFolder({ outDir: out });
const indexSeconds = (performance.now() - started) / 1000;
rmSync(out, { recursive: true, force: true });

console.log(
  JSON.stringify({
    files: summary.totals.files,
    failed: summary.totals.failed,
    bytes: summary.totals.bytes,
    pipelineSeconds,
    indexSeconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    // CPU time of every thread: unlike wall time, a busy machine barely changes it.
    cpuSeconds: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1e6,
  }),
);
