/** Parsing helpers for flags shared by several commands. */
import os from 'node:os';
import { InvalidArgumentError } from 'commander';

export function parsePositiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new InvalidArgumentError(`Expected a whole number of at least 1, not \`${value}\`.`);
  }
  return parsed;
}

export function parseMegabytes(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) {
    throw new InvalidArgumentError(`Expected a size in MB above 0, not \`${value}\`.`);
  }
  return Math.round(parsed * 1024 * 1024);
}

export function defaultConcurrency(): number {
  return Math.max(1, Math.min(8, os.availableParallelism()));
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Flags every corpus command shares, as commander hands them over. */
export interface CorpusFlags {
  out: string;
  json?: boolean;
  quiet?: boolean;
  concurrency: number;
  /** Worker threads for the CPU stages; unset means one per available core. */
  workers?: number;
  include?: string[];
  exclude?: string[];
  force?: boolean;
  maxSize?: number;
  /** Index target for `run`: a SQLite file (default output/kazlex.db) or a postgres:// URL. */
  db?: string;
}

/** A comma-separated list whose items must come from `allowed`. */
export function parseList<T extends string>(allowed: readonly T[]): (value: string) => T[] {
  return (value) => {
    const items = value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    const wrong = items.filter((item) => !allowed.includes(item as T));
    if (items.length === 0 || wrong.length > 0) {
      throw new InvalidArgumentError(
        `Expected a comma-separated list of ${allowed.join(', ')}, not \`${value}\`.`,
      );
    }
    return [...new Set(items)] as T[];
  };
}
