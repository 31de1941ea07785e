/** Shared plumbing for the glossary commands: flags, the term base, exit codes and output. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ExitCode } from '../../cli/exit-code.js';
import { KazlexError } from '../../errors.js';
import { openTermBase, type TermBase } from '../termbase/index.js';

export interface GlossaryFlags {
  db: string;
  user?: string | undefined;
  json?: boolean | undefined;
}

export const DEFAULT_DB = 'output/glossary.db';

export function userOf(flags: GlossaryFlags): string {
  return flags.user ?? process.env['USER'] ?? process.env['USERNAME'] ?? 'kazlex';
}

/** A wrong command line (bad value, unknown id): exit code 2. */
export class UsageError extends Error {}

/** Opens the term base, runs `work`, closes it, and turns errors into exit codes. */
export async function withTermBase(
  flags: GlossaryFlags,
  work: (tb: TermBase) => Promise<number | undefined> | number | undefined,
): Promise<number> {
  let tb: TermBase | undefined;
  try {
    mkdirSync(path.dirname(path.resolve(flags.db)), { recursive: true });
    tb = openTermBase(flags.db);
    return (await work(tb)) ?? ExitCode.OK;
  } catch (error) {
    return reportError(error);
  } finally {
    tb?.close();
  }
}

export function reportError(error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`kazlex glossary: ${message}\n`);
  if (error instanceof UsageError) return ExitCode.USAGE;
  if (error instanceof KazlexError && error.code === 'KZL_VALIDATION') return ExitCode.USAGE;
  return ExitCode.SOME_FAILED;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Human output goes to stdout when it is the result asked for, not a status line. */
export function printLine(line: string): void {
  process.stdout.write(`${line}\n`);
}
