/**
 * `kazlex check FILE...`: deprecated and non-standard terms (any inflected
 * form) and Latin look-alike letters. Prints `file:line:col  ruleId  reason`
 * (or JSON with --json) and exits 1 when a deprecated term is found. Uses the
 * term base at --db when it exists, else the seed terms in data/glossary.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { VFileMessage } from 'vfile-message';
import { ExitCode } from '../../cli/exit-code.js';
import {
  type CheckConcept,
  CheckRule,
  checkText,
  compileTermRules,
  seedTerms,
  type TermRules,
} from '../check/index.js';
import { loadRussianFormGenerator } from '../occurrences/index.js';
import { openTermBase } from '../termbase/index.js';
import { DEFAULT_DB, reportError } from './io.js';

export interface CheckFlags {
  db: string;
  json?: boolean | undefined;
  lookalikes?: boolean | undefined;
}

export interface CheckFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  start: number;
  end: number;
  ruleId: string;
  reason: string;
  actual: string | undefined;
  expected: string[];
}

export function registerCheckCommand(program: Command): Command {
  return program
    .command('check')
    .description('flag deprecated terms (in any inflected form) and Latin look-alike letters')
    .argument('<files...>', 'text files to check')
    .option('--db <path>', 'term base (the seed terms when it does not exist)', DEFAULT_DB)
    .option('--json', 'print the findings as JSON on stdout')
    .option('--no-lookalikes', 'do not report Latin look-alike letters')
    .action(async (files: string[], flags: CheckFlags) => {
      process.exitCode = await checkCommand(files, flags);
    });
}

export async function checkCommand(files: readonly string[], flags: CheckFlags): Promise<number> {
  let rules: TermRules;
  try {
    rules = compileTermRules({
      concepts: loadConcepts(flags.db),
      russianForms: await loadRussianFormGenerator(),
    });
  } catch (error) {
    return reportError(error);
  }
  const findings: CheckFinding[] = [];
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      process.stderr.write(
        `kazlex check: ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      failed = true;
      continue;
    }
    const vfile = await checkText(text, {
      rules,
      path: file,
      lang: langOf(file),
      lookalikes: flags.lookalikes,
    });
    findings.push(...vfile.messages.map((m) => toFinding(file, m)).sort(byPlace));
  }
  if (flags.json) process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  else {
    for (const f of findings)
      process.stdout.write(`${f.file}:${f.line}:${f.column}  ${f.ruleId}  ${f.reason}\n`);
    const deprecated = findings.filter((f) => f.ruleId === CheckRule.DEPRECATED_TERM).length;
    process.stderr.write(
      `kazlex check: ${files.length} files, ${deprecated} deprecated terms, ${findings.length - deprecated} other findings\n`,
    );
  }
  if (failed || findings.some((f) => f.ruleId === CheckRule.DEPRECATED_TERM))
    return ExitCode.SOME_FAILED;
  return ExitCode.OK;
}

function loadConcepts(db: string): readonly CheckConcept[] {
  if (!existsSync(db)) return seedTerms().concepts;
  const tb = openTermBase(db);
  try {
    return tb.listConcepts();
  } finally {
    tb.close();
  }
}

function langOf(file: string): 'kk' | 'ru' | undefined {
  if (/\.kk\.[^.]+$/u.test(file)) return 'kk';
  if (/\.ru\.[^.]+$/u.test(file)) return 'ru';
  return undefined;
}

function toFinding(file: string, message: VFileMessage): CheckFinding {
  const place = message.place;
  const start = place && 'start' in place ? place.start : place;
  const end = place && 'end' in place ? place.end : place;
  return {
    file,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    start: start?.offset ?? 0,
    end: end?.offset ?? 0,
    ruleId: message.ruleId ?? 'unknown',
    reason: message.reason,
    actual: message.actual,
    expected: message.expected ?? [],
  };
}

function byPlace(a: CheckFinding, b: CheckFinding): number {
  return a.start - b.start || a.end - b.end;
}
