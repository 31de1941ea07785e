/**
 * `kazlex run [dir]` and `kazlex ingest <paths...>`: the corpus pipeline.
 * Human messages go to stderr, the JSON summary (with --json) to stdout.
 */
import { type RunAndIndexResult, runAndIndex } from '../../pipeline/run-and-index.js';
import { type RunCorpusOptions, runCorpus } from '../../pipeline/run-corpus.js';
import type { CorpusEntry } from '../../pipeline/types.js';
import { writeReport } from '../../report/index.js';
import { ExitCode } from '../exit-code.js';
import type { CorpusFlags } from '../options.js';
import { createProgress } from '../progress.js';

export interface CorpusCommandOptions {
  /** Also build output/kazlex.db and output/report/ (the whole `run`, not just `ingest`). */
  indexAndReport: boolean;
}

export async function runCorpusCommand(
  inputs: string[],
  flags: CorpusFlags,
  options: CorpusCommandOptions = { indexAndReport: false },
): Promise<number> {
  const quiet = flags.quiet === true;
  const progress = createProgress({ quiet });
  const failures: CorpusEntry[] = [];
  const runOptions: RunCorpusOptions = {
    inputs,
    outDir: flags.out,
    concurrency: flags.concurrency,
    workers: flags.workers,
    include: flags.include,
    exclude: flags.exclude,
    force: flags.force,
    load: flags.maxSize === undefined ? undefined : { maxBytes: flags.maxSize },
    onStart: (files, bytes) => progress.start(files, bytes),
    onFile: (entry) => {
      progress.advance(entry.size ?? 0);
      if (entry.status === 'failed') failures.push(entry);
    },
  };
  // `run` fills the index as documents finish; `ingest` writes the JSON only.
  const result = options.indexAndReport
    ? await runAndIndex({ ...runOptions, dbPath: flags.db })
    : await runCorpus(runOptions);
  const { summary, corpusFile } = result;
  progress.stop();

  for (const entry of failures) {
    process.stderr.write(`kazlex: ${entry.path}: ${entry.reason} (${entry.code})\n`);
  }
  if (!quiet) {
    const { files, ok, failed, skipped } = summary.totals;
    process.stderr.write(
      `kazlex: ${files} file${files === 1 ? '' : 's'}: ${ok} ok, ${failed} failed, ${skipped} unchanged; wrote ${corpusFile}\n`,
    );
  }
  const indexed = 'index' in result ? (result as RunAndIndexResult).index : undefined;
  if (indexed) {
    const report = await writeReport(flags.out);
    if (!quiet) {
      process.stderr.write(
        `kazlex: indexed ${indexed.indexed} new or changed document(s) into ${flags.db ? redactUrl(flags.db) : `${flags.out}/kazlex.db`}; ` +
          `report: ${report.index}\n`,
      );
    }
  }
  if (flags.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  return summary.totals.failed > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
}

/** A database URL for messages, without its password. */
function redactUrl(target: string): string {
  return target.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
