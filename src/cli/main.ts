/**
 * The kazlex command line. It parses flags into one options object per
 * command and calls the library; exit codes are 0 (ok), 1 (some inputs
 * failed) and 2 (usage).
 */
import { Command, CommanderError, Option } from 'commander';
import { registerCheckCommand, registerGlossaryCommands } from '../glossary/cli/index.js';
import { VERSION } from '../version.js';
import { type CiteFlags, citeCommand } from './commands/cite.js';
import { runCorpusCommand } from './commands/corpus.js';
import { registerQueryCommand } from './commands/query.js';
import { type RenderFlags, renderCommand, validateCommand } from './commands/render.js';
import { registerReportCommand } from './commands/report.js';
import { type SegmentFlags, segmentCommand } from './commands/segment.js';
import { ExitCode } from './exit-code.js';
import {
  type CorpusFlags,
  collect,
  defaultConcurrency,
  parseList,
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
      new Option(
        '-w, --workers <n>',
        'worker threads for the CPU stages (default: one per core)',
      ).argParser(parsePositiveInteger),
    )
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
      .description(
        'run the whole pipeline on a corpus folder (default: corpus/): documents, citation tables, index and report',
      )
      .argument('[dir]', 'folder, file or glob to process', 'corpus')
      .option(
        '--db <target>',
        'index into this SQLite file or postgres:// URL (default: <out>/kazlex.db)',
      ),
  ).action(async (dir: string, flags: CorpusFlags) => {
    process.exitCode = await runCorpusCommand([dir], flags, { indexAndReport: true });
  });

  addCorpusOptions(
    program
      .command('ingest')
      .description('discover, decode, normalize and tag the language of files')
      .argument('<paths...>', 'files, folders or globs'),
  ).action(async (paths: string[], flags: CorpusFlags) => {
    process.exitCode = await runCorpusCommand(paths, flags);
  });

  program
    .command('segment')
    .description('split files into sentences, legal units and definitions')
    .argument('<files...>', 'files, folders or globs')
    .option('--json', 'print one JSON document per file on stdout (source offsets)')
    .addOption(
      new Option('--format <format>', 'also write Akoma Ntoso XML (akn) into --out')
        .choices(['json', 'akn'])
        .default('json'),
    )
    .option('-o, --out <dir>', 'folder for --format akn', 'output/akn')
    .option('-q, --quiet', 'no summary on stderr')
    .action(async (files: string[], flags: SegmentFlags) => {
      process.exitCode = await segmentCommand(files, flags);
    });

  program
    .command('cite')
    .description('find and resolve citations of the Constitution and laws')
    .argument('<files...>', 'files, folders or globs')
    .option('--json', 'print one JSON object per citation (JSON Lines) on stdout')
    .option('--html', 'write the source as HTML with citations marked and linked, into --out')
    .option('-o, --out <dir>', 'folder for --html', 'output/cite')
    .option('-q, --quiet', 'no summary on stderr')
    .action(async (files: string[], flags: CiteFlags) => {
      process.exitCode = await citeCommand(files, flags);
    });

  program
    .command('render')
    .description('render maslikhat decisions and minutes from YAML/JSON data to DOCX and PDF')
    .argument(
      '[kind-and-files...]',
      'optional kind (decision, session-minutes, assembly-minutes, gathering-minutes), then data files',
    )
    .addOption(
      new Option('--lang <list>', 'languages, comma-separated')
        .argParser(parseList(['kk', 'ru']))
        .default(['kk', 'ru']),
    )
    .addOption(
      new Option('--format <list>', 'formats, comma-separated')
        .argParser(parseList(['docx', 'pdf']))
        .default(['docx', 'pdf']),
    )
    .option('-o, --out <dir>', 'output folder', 'output/documents')
    .option('--batch <dir>', 'render every .yaml/.yml/.json data file in this folder')
    .addOption(
      new Option('-c, --concurrency <n>', 'documents rendered at once')
        .argParser(parsePositiveInteger)
        .default(defaultConcurrency()),
    )
    .option('--json', 'print what was written as JSON on stdout')
    .option('-q, --quiet', 'no summary on stderr')
    .action(async (args: string[], flags: RenderFlags) => {
      process.exitCode = await renderCommand(args, flags);
    });

  program
    .command('validate')
    .description('check document data files without rendering them')
    .argument('<files...>', 'YAML or JSON data files')
    .option('--json', 'print one JSON result per file on stdout')
    .option('-q, --quiet', 'report only problems')
    .action(async (files: string[], flags: { json?: boolean; quiet?: boolean }) => {
      process.exitCode = await validateCommand(files, flags);
    });

  registerQueryCommand(program);
  registerReportCommand(program);
  registerGlossaryCommands(program);
  registerCheckCommand(program);

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
