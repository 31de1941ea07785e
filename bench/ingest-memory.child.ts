/** Child process of bench/ingest.ts: one corpus run, then its peak RSS as JSON. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCorpus } from '../src/pipeline/run-corpus.js';

const dir = process.argv[2];
if (!dir) throw new Error('Expected a corpus folder');
const out = mkdtempSync(path.join(tmpdir(), 'kazlex-bench-'));
await runCorpus({ inputs: [dir], outDir: out, concurrency: 1, force: true });
rmSync(out, { recursive: true, force: true });
console.log(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024 }));
