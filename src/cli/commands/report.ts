/**
 * `kazlex report [--out output]`: the static HTML report of a finished run,
 * written to `<out>/report/index.html`.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { writeReport } from '../../report/index.js';
import { ExitCode } from '../exit-code.js';

export interface ReportFlags {
  out: string;
  quiet?: boolean;
}

export async function reportCommand(flags: ReportFlags): Promise<number> {
  try {
    const result = await writeReport(flags.out);
    for (const file of result.stale) {
      process.stderr.write(
        `kazlex: ${file}: source changed or missing; shown without highlights\n`,
      );
    }
    if (!flags.quiet) {
      process.stderr.write(`kazlex: wrote ${result.pages} report pages; open ${result.index}\n`);
    }
    return ExitCode.OK;
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? error.code : null;
    const reason =
      code === 'ENOENT'
        ? `no run found in ${path.join(flags.out, 'corpus.json')}; run \`kazlex run\` first`
        : error instanceof Error
          ? error.message
          : String(error);
    process.stderr.write(`kazlex: report: ${reason}\n`);
    return ExitCode.SOME_FAILED;
  }
}

export function registerReportCommand(program: Command): Command {
  return program
    .command('report')
    .description(
      'write a static HTML report of a run (charts, citation network, documents) into <out>/report',
    )
    .option('-o, --out <dir>', 'the run output folder', 'output')
    .option('-q, --quiet', 'no summary on stderr')
    .action(async (flags: ReportFlags) => {
      process.exitCode = await reportCommand(flags);
    });
}
