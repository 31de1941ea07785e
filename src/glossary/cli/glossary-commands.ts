/**
 * `kazlex glossary <sub>`: the translators' workflow over the term base.
 * Every subcommand takes --db, --user and --json; results go to stdout
 * (JSON with --json), status lines to stderr. Exit codes: 0 ok, 1 failed,
 * 2 usage (bad value or unknown id).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Command, Option } from 'commander';
import { ExitCode } from '../../cli/exit-code.js';
import { writeFileAtomic } from '../../pipeline/atomic-write.js';
import {
  exportCsv,
  exportOmegat,
  exportTbx2,
  exportTbx3,
  exportXlsx,
  type ImportResult,
  importCsv,
  importOmegat,
  importTbx2,
  importTbx3,
  importXlsx,
} from '../exchange/index.js';
import { loadRussianLemmatizer } from '../ru/index.js';
import {
  ADMINISTRATIVE_STATUSES,
  type AdministrativeStatus,
  type Concept,
  LANGUAGES,
  type Language,
  PARTS_OF_SPEECH,
  type PartOfSpeech,
  type Term,
  type TermBase,
  type TermPatch,
  WORKFLOW_STATUSES,
  type WorkflowStatus,
} from '../termbase/index.js';
import { buildGlossary } from './build.js';
import { findConflicts } from './conflicts.js';
import { conceptDetail, conceptSummary, historyLine, shortStatus, termLine } from './format.js';
import {
  DEFAULT_DB,
  type GlossaryFlags,
  printJson,
  printLine,
  say,
  UsageError,
  userOf,
  withTermBase,
} from './io.js';
import { searchInflected } from './search.js';

type Run = (tb: TermBase, flags: GlossaryFlags) => Promise<number | undefined> | number | undefined;

function withCommonOptions(command: Command): Command {
  return command
    .option('--db <path>', 'term base file', DEFAULT_DB)
    .option('--user <name>', 'who makes the change (default $USER)')
    .option('--json', 'print machine-readable JSON on stdout');
}

/** Commander passes positional arguments, then the options, then the command. */
function action<A extends unknown[]>(
  run: (
    tb: TermBase,
    flags: GlossaryFlags & Record<string, unknown>,
    ...args: A
  ) => ReturnType<Run>,
) {
  return async (...received: unknown[]) => {
    const args = received.slice(0, -2) as A;
    const flags = received[received.length - 2] as GlossaryFlags & Record<string, unknown>;
    process.exitCode = await withTermBase(flags, (tb) => run(tb, flags, ...args));
  };
}

export function registerGlossaryCommands(program: Command): Command {
  const glossary = program
    .command('glossary')
    .description('maintain the Kazakh–Russian term base (build, review, search, exchange)');

  withCommonOptions(
    glossary
      .command('build')
      .description('add candidate concepts from the definitions of the laws in a folder')
      .argument('[dir]', 'folder with laws (name.kk.md beside name.ru.md are aligned)', 'corpus'),
  ).action(
    action(async (tb, flags, dir: string) => {
      const summary = await buildGlossary(tb, { dir, by: userOf(flags) });
      if (flags.json) printJson(summary);
      else {
        say(
          `kazlex glossary: ${summary.files} files, ${summary.pairs} parallel pairs, ` +
            `${summary.added} concepts added, ${summary.skipped} already known`,
        );
      }
      return ExitCode.OK;
    }),
  );

  withCommonOptions(
    glossary
      .command('list')
      .description('list concepts')
      .addOption(
        new Option('--lang <lang>', 'only concepts with a term in this language').choices(
          LANGUAGES,
        ),
      )
      .option(
        '--status <status>',
        'workflow (candidate, approved, rejected) or administrative status (preferred, deprecated, …)',
      ),
  ).action(
    action((tb, flags) => {
      const lang = flags['lang'] as Language | undefined;
      const concepts = listFiltered(tb, lang, flags['status'] as string | undefined);
      printOutput(flags, concepts, () => concepts.map(conceptSummary));
      return ExitCode.OK;
    }),
  );

  withCommonOptions(
    glossary
      .command('show')
      .description('show a concept with its terms and sources')
      .argument('<id>', 'concept id or term id'),
  ).action(
    action((tb, flags, id: string) => {
      const concept = tb.getConcept(id) ?? conceptOfTerm(tb, id);
      if (concept === undefined) throw new UsageError(`no concept or term ${id}`);
      printOutput(flags, concept, () => conceptDetail(concept));
      return ExitCode.OK;
    }),
  );

  withCommonOptions(
    glossary
      .command('search')
      .description('find terms; inflected queries find their entry (мәслихаттарының → мәслихат)')
      .argument('<text...>', 'word or phrase')
      .addOption(new Option('--lang <lang>', 'only this language').choices(LANGUAGES)),
  ).action(
    action(async (tb, flags, words: string[]) => {
      const query = words.join(' ');
      const lang = flags['lang'] as Language | undefined;
      const ru = lang === 'kk' ? undefined : await loadRussianLemmatizer();
      const terms = searchInflected(tb, query, { lang, ru });
      printOutput(flags, terms, () => terms.map((term) => `${term.conceptId}  ${termLine(term)}`));
      if (terms.length === 0) say(`kazlex glossary: nothing found for "${query}"`);
      return ExitCode.OK;
    }),
  );

  for (const verb of ['approve', 'reject'] as const) {
    withCommonOptions(
      glossary.command(verb).description(`${verb} a term`).argument('<termId>', 'term id'),
    ).action(
      action((tb, flags, termId: string) => {
        mustTerm(tb, termId);
        const term =
          verb === 'approve' ? tb.approve(termId, userOf(flags)) : tb.reject(termId, userOf(flags));
        report(flags, term, `${verb === 'approve' ? 'approved' : 'rejected'} ${termLine(term)}`);
        return ExitCode.OK;
      }),
    );
  }

  withCommonOptions(
    glossary
      .command('edit')
      .description('change a term')
      .argument('<termId>', 'term id')
      .option('--text <text>', 'new term text')
      .option('--status <status>', 'workflow or administrative status')
      .addOption(new Option('--pos <pos>', 'part of speech').choices(PARTS_OF_SPEECH))
      .option('--note <note>', 'note'),
  ).action(
    action((tb, flags, termId: string) => {
      mustTerm(tb, termId);
      const patch: TermPatch = {};
      if (typeof flags['text'] === 'string') patch.text = flags['text'];
      if (typeof flags['status'] === 'string') Object.assign(patch, statusPatch(flags['status']));
      if (typeof flags['pos'] === 'string') patch.partOfSpeech = flags['pos'] as PartOfSpeech;
      if (typeof flags['note'] === 'string') patch.note = flags['note'];
      if (Object.keys(patch).length === 0)
        throw new UsageError('nothing to change: give --text, --status, --pos or --note');
      const term = tb.updateTerm(termId, patch, userOf(flags));
      report(flags, term, `edited ${termLine(term)}`);
      return ExitCode.OK;
    }),
  );

  withCommonOptions(
    glossary
      .command('merge')
      .description('merge concept B into concept A (B then redirects to A)')
      .argument('<a>', 'concept that stays')
      .argument('<b>', 'concept merged into A'),
  ).action(
    action((tb, flags, a: string, b: string) => {
      for (const id of [a, b])
        if (tb.getConcept(id) === undefined) throw new UsageError(`no concept ${id}`);
      const concept = tb.merge(a, b, userOf(flags));
      report(flags, concept, `merged ${b} into ${conceptSummary(concept)}`);
      return ExitCode.OK;
    }),
  );

  withCommonOptions(
    glossary
      .command('deprecate')
      .description('mark a term deprecated, optionally naming the approved replacement')
      .argument('<termId>', 'term id')
      .option(
        '--replacement <termIdOrText>',
        'a term id of the same concept, or the replacement text',
      ),
  ).action(
    action((tb, flags, termId: string) => {
      mustTerm(tb, termId);
      const given = flags['replacement'] as string | undefined;
      const replacement = given === undefined ? undefined : (findTerm(tb, given)?.text ?? given);
      const result = tb.deprecate(termId, { replacement }, userOf(flags));
      const human = `deprecated ${termLine(result.deprecated)}${result.replacement ? `; use ${result.replacement.text}` : ''}`;
      report(flags, result, human);
      return ExitCode.OK;
    }),
  );

  withCommonOptions(
    glossary
      .command('history')
      .description('every change to a concept, oldest first')
      .argument('<conceptId>', 'concept id'),
  ).action(
    action((tb, flags, conceptId: string) => {
      if (tb.getConcept(conceptId) === undefined) throw new UsageError(`no concept ${conceptId}`);
      const entries = tb.history(conceptId);
      printOutput(flags, entries, () => entries.map(historyLine));
      return ExitCode.OK;
    }),
  );

  withCommonOptions(
    glossary
      .command('conflicts')
      .description('the same Kazakh term under two concepts, and likely non-standard variants'),
  ).action(
    action((tb, flags) => {
      const conflicts = findConflicts(tb);
      if (flags.json) printJson(conflicts);
      else {
        for (const d of conflicts.duplicates)
          printLine(`duplicate  ${d.lang}  ${d.text}  concepts ${d.conceptIds.join(', ')}`);
        for (const v of conflicts.variants) {
          printLine(
            `variant  ${v.texts[0]} (${v.conceptIds[0]})  ~  ${v.texts[1]} (${v.conceptIds[1]})`,
          );
        }
        say(
          `kazlex glossary: ${conflicts.duplicates.length} duplicates, ${conflicts.variants.length} possible variants`,
        );
      }
      return ExitCode.OK;
    }),
  );

  withCommonOptions(
    glossary
      .command('export')
      .description(
        'write the term base as TBX v3 (TBX-Basic), TBX v2, CSV, XLSX (memoQ, MultiTerm) or an OmegaT glossary',
      )
      .addOption(
        new Option('--format <format>', 'exchange format')
          .choices(['tbx', 'tbx2', 'csv', 'xlsx', 'omegat'])
          .default('tbx'),
      )
      .option('--out <file>', 'output file (atomic write); stdout when absent'),
  ).action(
    action(async (tb, flags) => {
      const concepts = tb.listConcepts();
      const text =
        flags['format'] === 'xlsx'
          ? exportXlsx(concepts)
          : exportAs(flags['format'] as string, concepts);
      const out = flags['out'] as string | undefined;
      if (out === undefined) process.stdout.write(text);
      else {
        await writeFileAtomic(out, text);
        if (flags.json) printJson({ out, format: flags['format'], concepts: concepts.length });
        else say(`kazlex glossary: wrote ${concepts.length} concepts to ${out}`);
      }
      return ExitCode.OK;
    }),
  );

  withCommonOptions(
    glossary
      .command('import')
      .description(
        'read concepts from TBX (v3 or v2), CSV, XLSX or an OmegaT glossary (by extension)',
      )
      .argument('<file>', 'exchange file'),
  ).action(
    action(async (tb, flags, file: string) => {
      const result =
        path.extname(file).toLowerCase() === '.xlsx'
          ? importXlsx(await readFile(file), { by: userOf(flags) })
          : importAs(file, await readFile(file, 'utf8'), userOf(flags));
      const counts = tb.importConcepts(result.concepts, userOf(flags));
      for (const warning of result.warnings) say(`kazlex glossary: ${file}: ${warning}`);
      if (flags.json) printJson({ ...counts, warnings: result.warnings });
      else say(`kazlex glossary: ${counts.added} concepts added, ${counts.replaced} replaced`);
      return ExitCode.OK;
    }),
  );

  return glossary;
}

/** `value` as JSON with --json, else the lines for a reader, built only then. */
function printOutput(flags: GlossaryFlags, value: unknown, lines: () => Iterable<string>): void {
  if (flags.json) printJson(value);
  else for (const line of lines()) printLine(line);
}

function report(flags: GlossaryFlags, value: unknown, human: string): void {
  if (flags.json) printJson(value);
  else say(`kazlex glossary: ${human}`);
}

const ADMIN_BY_SHORT = new Map<string, AdministrativeStatus>(
  ADMINISTRATIVE_STATUSES.map((s) => [shortStatus(s), s]),
);

/** `--status` accepts a workflow status or an administrative one, short (deprecated) or full. */
export function statusPatch(status: string): TermPatch {
  if ((WORKFLOW_STATUSES as readonly string[]).includes(status)) {
    return { workflowStatus: status as WorkflowStatus };
  }
  const admin =
    ADMIN_BY_SHORT.get(status) ??
    ((ADMINISTRATIVE_STATUSES as readonly string[]).includes(status)
      ? (status as AdministrativeStatus)
      : undefined);
  if (admin === undefined) {
    throw new UsageError(
      `unknown status ${status}: use ${[...WORKFLOW_STATUSES, ...ADMIN_BY_SHORT.keys()].join(', ')}`,
    );
  }
  return { administrativeStatus: admin };
}

function listFiltered(
  tb: TermBase,
  lang: Language | undefined,
  status: string | undefined,
): Concept[] {
  if (status === undefined) return tb.listConcepts({ lang });
  const patch = statusPatch(status);
  if (patch.workflowStatus !== undefined)
    return tb.listConcepts({ lang, workflowStatus: patch.workflowStatus });
  return tb
    .listConcepts({ lang })
    .filter((c) =>
      c.terms.some(
        (t) =>
          t.administrativeStatus === patch.administrativeStatus &&
          (lang === undefined || t.lang === lang),
      ),
    );
}

/** The term base has no lookup by term id, so terms are found through their concepts. */
function findTerm(tb: TermBase, termId: string): Term | undefined {
  for (const concept of tb.listConcepts()) {
    const term = concept.terms.find((t) => t.id === termId);
    if (term !== undefined) return term;
  }
  return undefined;
}

function mustTerm(tb: TermBase, termId: string): Term {
  const term = findTerm(tb, termId);
  if (term === undefined) throw new UsageError(`no term ${termId}`);
  return term;
}

function conceptOfTerm(tb: TermBase, termId: string): Concept | undefined {
  const term = findTerm(tb, termId);
  return term === undefined ? undefined : tb.getConcept(term.conceptId);
}

function exportAs(format: string, concepts: readonly Concept[]): string {
  switch (format) {
    case 'tbx2':
      return exportTbx2(concepts);
    case 'csv':
      return exportCsv(concepts);
    case 'omegat':
      return exportOmegat(concepts, { source: 'kk', target: 'ru' });
    default:
      return exportTbx3(concepts);
  }
}

function importAs(file: string, text: string, by: string): ImportResult {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.tbx' || extension === '.xml') {
    return text.includes('<martif') ? importTbx2(text, { by }) : importTbx3(text, { by });
  }
  if (extension === '.csv') return importCsv(text, { by });
  if (extension === '.tsv' || extension === '.txt' || extension === '.utf8') {
    return importOmegat(text, { source: 'kk', target: 'ru', by });
  }
  throw new UsageError(
    `cannot tell the format of ${file}: use .tbx, .csv, .xlsx or .tsv/.txt (OmegaT)`,
  );
}
