/**
 * Child process of bench/pipeline.ts: one end-to-end corpus run (ingest,
 * normalize, segment, cite, write, index) in a fresh process, then its
 * timings and peak RSS as one JSON line. Peak RSS covers the worker threads,
 * which share the process.
 */
import { rmSync } from 'node:fs';
import { runAndIndex } from '../src/pipeline/run-and-index.js';
import { sampleThreadCpu } from './thread-cpu.helper.js';

const [dir, workersArg, out] = process.argv.slice(2);
if (!dir || !workersArg || !out)
  throw new Error('Expected: <corpus folder> <workers> <out folder>');
const workers = Number(workersArg);
rmSync(out, { recursive: true, force: true });

// As `kazlex run` does it (without the report): the index fills while the
// workers run, so the second time below is only what is left after the last
// file: the rest of the index, the tables and corpus.json.
let indexStarted = 0;
const threads = sampleThreadCpu();
const started = performance.now();
const { summary } = await runAndIndex({
  inputs: [dir],
  outDir: out,
  workers,
  force: true,
  onFile: () => {
    indexStarted = performance.now();
  },
});
const ended = performance.now();
// Taken before the output is deleted: removing it is the benchmark's cleanup, not the run's work.
const usage = process.resourceUsage();
const threadCpu = threads.stop();
const pipelineSeconds = (indexStarted - started) / 1000;
const indexSeconds = (ended - indexStarted) / 1000;
rmSync(out, { recursive: true, force: true });

console.log(
  JSON.stringify({
    files: summary.totals.files,
    failed: summary.totals.failed,
    bytes: summary.totals.bytes,
    pipelineSeconds,
    indexSeconds,
    maxRssMb: usage.maxRSS / 1024,
    // CPU time of every thread: unlike wall time, a busy machine barely changes it.
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    threads: threadCpu,
  }),
);
