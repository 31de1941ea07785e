/**
 * `kazlex query`: questions to the corpus index (`output/kazlex.db`, or a
 * PostgreSQL database with `--db postgres://…`) that a run builds. One
 * question per call, chosen by a flag; rows print as an aligned table, or as
 * a JSON array with `--json`. The index is opened read-only, so no flag can
 * change it.
 */
import { type Command, Option } from 'commander';
import { KazlexError } from '../../errors.js';
import { type IndexBackend, openIndexBackend } from '../../index-db/backend.js';
import { formatTable, type Row } from '../../index-db/index.js';
import { ExitCode } from '../exit-code.js';
import { parsePositiveInteger } from '../options.js';

export interface QueryFlags {
  db: string;
  json?: boolean;
  cites?: string;
  article?: string;
  paragraph?: string;
  top?: number;
  level: 'act' | 'article';
  byYear?: boolean;
  act?: string;
  unresolved?: boolean;
  limit?: number;
  /** commander's name for `--no-citations`: false when the flag is given. */
  citations: boolean;
  sql?: string;
}

export const DEFAULT_INDEX_PATH = 'output/kazlex.db';

export function registerQueryCommand(program: Command): Command {
  return program
    .command('query')
    .description(
      'ask the corpus index built by `kazlex run` (who cites what, most cited, by year, …)',
    )
    .option('--cites <act>', 'documents citing an act: registry id, IRI or number (148-II)')
    .option('--article <n>', 'with --cites: only this article')
    .option('--paragraph <n>', 'with --cites: only this paragraph')
    .addOption(
      new Option('--top <n>', 'the n most-cited acts or articles').argParser(parsePositiveInteger),
    )
    .addOption(
      new Option('--level <level>', 'with --top: count acts or articles')
        .choices(['act', 'article'])
        .default('act'),
    )
    .option('--by-year', 'citations per year of the citing document')
    .option('--act <act>', 'with --by-year: only citations of this act')
    .option('--unresolved', 'citations kazlex could not resolve, with the reason')
    .addOption(
      new Option('--limit <n>', 'with --unresolved: at most n rows').argParser(
        parsePositiveInteger,
      ),
    )
    .option('--no-citations', 'documents in which no citation was found')
    .option('--sql <select>', 'run one read-only SELECT or WITH statement')
    .option('--db <path|url>', 'the index file, or a postgres:// URL', DEFAULT_INDEX_PATH)
    .option('--json', 'print the rows as a JSON array on stdout')
    .action(async (flags: QueryFlags) => {
      process.exitCode = await queryCommand(flags);
    });
}

/** Runs one query and prints its rows; returns the exit code. */
export async function queryCommand(flags: QueryFlags): Promise<number> {
  let index: IndexBackend | undefined;
  try {
    const ask = chooseQuestion(flags);
    index = await openIndexBackend(flags.db, { readonly: true });
    const rows = await ask(index);
    process.stdout.write(flags.json ? `${JSON.stringify(rows, null, 2)}\n` : formatTable(rows));
    if (!flags.json && rows.length === 0) process.stderr.write('kazlex: no rows\n');
    return ExitCode.OK;
  } catch (error) {
    process.stderr.write(`kazlex: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof KazlexError && error.code === 'KZL_USAGE'
      ? ExitCode.USAGE
      : ExitCode.SOME_FAILED;
  } finally {
    await index?.close();
  }
}

/** Exactly one question per call; its modifiers only with it. */
function chooseQuestion(flags: QueryFlags): (index: IndexBackend) => Promise<Row[]> {
  const questions: [string, boolean][] = [
    ['--cites', flags.cites !== undefined],
    ['--top', flags.top !== undefined],
    ['--by-year', flags.byYear === true],
    ['--unresolved', flags.unresolved === true],
    ['--no-citations', flags.citations === false],
    ['--sql', flags.sql !== undefined],
  ];
  const asked = questions.filter(([, given]) => given).map(([name]) => name);
  if (asked.length !== 1) {
    throw usage(
      asked.length === 0
        ? `Expected one of ${questions.map(([name]) => name).join(', ')}`
        : `Expected one question, not ${asked.join(' and ')}`,
    );
  }
  requireWith(
    flags.article !== undefined || flags.paragraph !== undefined,
    '--article/--paragraph',
    '--cites',
    asked,
  );
  requireWith(flags.act !== undefined, '--act', '--by-year', asked);
  requireWith(flags.limit !== undefined, '--limit', '--unresolved', asked);
  if (flags.cites !== undefined) {
    const query = { act: flags.cites, article: flags.article, paragraph: flags.paragraph };
    return (index) => index.citingDocuments(query);
  }
  if (flags.top !== undefined) {
    const query = { limit: flags.top, level: flags.level };
    return (index) => index.mostCited(query);
  }
  if (flags.byYear) return (index) => index.citationsByYear({ act: flags.act });
  if (flags.unresolved) return (index) => index.unresolved({ limit: flags.limit });
  if (flags.sql !== undefined) {
    const sql = flags.sql;
    return (index) => index.sql(sql);
  }
  return (index) => index.documentsWithoutCitations();
}

function requireWith(given: boolean, modifier: string, question: string, asked: string[]): void {
  if (given && !asked.includes(question)) throw usage(`Expected ${modifier} only with ${question}`);
}

function usage(message: string): KazlexError {
  return new KazlexError('KZL_USAGE', message);
}
