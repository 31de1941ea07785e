/**
 * The kazlex command line. It parses flags into one options object per
 * command and calls the library; exit codes are 0 (ok), 1 (some inputs
 * failed) and 2 (usage).
 */
import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../version.js';
import { runCorpusCommand } from './commands/corpus.js';
import { ExitCode } from './exit-code.js';
import {
  type CorpusFlags,
  collect,
  defaultConcurrency,
  parseMegabytes,
  parsePositiveInteger,
} from './options.js';

function addCorpusOptions(command: Command): Command {
  return command
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--json', 'print the machine-readable summary on stdout')
    .option('-q, --quiet', 'no progress bar and no summary on stderr')
    .addOption(
      new Option('-c, --concurrency <n>', 'files processed at once')
        .argParser(parsePositiveInteger)
        .default(defaultConcurrency()),
    )
    .option('--include <glob>', 'only files matching this glob (repeatable)', collect)
    .option('--exclude <glob>', 'skip files matching this glob (repeatable)', collect)
    .option('--force', 'reprocess files even when their content has not changed')
    .addOption(
      new Option('--max-size <MB>', 'refuse files larger than this').argParser(parseMegabytes),
    );
}

export function buildProgram(): Command {
  const program = new Command('kazlex')
    .description("Toolkit for Kazakhstan's bilingual legal texts (Kazakh and Russian)")
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  addCorpusOptions(
    program
      .command('run')
      .description('run the whole pipeline on a corpus folder (default: corpus/)')
      .argument('[dir]', 'folder, file or glob to process', 'corpus'),
  ).action(async (dir: string, flags: CorpusFlags) => {
    process.exitCode = await runCorpusCommand([dir], flags);
  });

  addCorpusOptions(
    program
      .command('ingest')
      .description('discover, decode, normalize and tag the language of files')
      .argument('<paths...>', 'files, folders or globs'),
  ).action(async (paths: string[], flags: CorpusFlags) => {
    process.exitCode = await runCorpusCommand(paths, flags);
  });

  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI and returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  process.exitCode = undefined;
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
    }
    process.stderr.write(`kazlex: ${error instanceof Error ? error.message : String(error)}\n`);
    return ExitCode.SOME_FAILED;
  }
}
