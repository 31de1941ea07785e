/**
 * `npm run bench`: runs each benchmark in bench/ (or those named on the
 * command line). Each one measures kazlex beside its baseline in the same
 * process and prints the ratio.
 */
import { readdirSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchmarkFiles } from './util.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const names = benchmarkFiles(readdirSync(here), only);

console.log(
  `kazlex benchmarks — ${new Date().toISOString()} — node ${process.version} — ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.availableParallelism()}`,
);
for (const name of names) {
  console.log(`\n## ${name}`);
  const module = (await import(pathToFileURL(`${here}${name}`).href)) as {
    default: () => Promise<void>;
  };
  await module.default();
}
