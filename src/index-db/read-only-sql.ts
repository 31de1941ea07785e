import type Database from 'better-sqlite3';
import { ErrorCode, KazlexError } from '../errors.js';
import type { Row } from './types.js';

const LEADING_COMMENTS = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/;

/**
 * Runs one SELECT (or WITH … SELECT) and returns its rows. Anything else, or
 * more than one statement, is refused with a KZL_USAGE error before it runs;
 * the statement must also be one SQLite itself judges read-only, which
 * catches `WITH x AS (…) DELETE …`.
 */
export function runReadOnlySql(db: Database.Database, sql: string): Row[] {
  const body = sql.replace(LEADING_COMMENTS, '');
  if (!/^(?:select|with)\b/i.test(body)) {
    throw usage(`Expected a single SELECT or WITH statement, not \`${firstWords(body)}\``);
  }
  let statement: Database.Statement;
  try {
    statement = db.prepare(sql);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw usage(
      /more than one statement/i.test(message)
        ? 'Expected a single SELECT or WITH statement, not several'
        : `SQL error: ${message}`,
    );
  }
  if (!statement.reader || !statement.readonly) {
    throw usage('Expected a read-only SELECT or WITH statement; this one would change the index');
  }
  try {
    return statement.all() as Row[];
  } catch (error) {
    throw usage(`SQL error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function firstWords(sql: string): string {
  const words = sql.trim().split(/\s+/).slice(0, 2).join(' ');
  return words.length > 0 ? words : '(empty)';
}

function usage(message: string): KazlexError {
  return new KazlexError(ErrorCode.USAGE, message);
}
