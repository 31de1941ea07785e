/**
 * `kazlex query --sql` on PostgreSQL. The same guard as ../read-only-sql.ts
 * (one statement, starting with SELECT or WITH, else KZL_USAGE before it
 * runs), then the statement runs inside a `READ ONLY` transaction that is
 * always rolled back: the server itself refuses what the guard cannot see,
 * such as `WITH x AS (…) DELETE …`, `SELECT … FOR UPDATE` or `nextval()`.
 */
import { ErrorCode, KazlexError } from '../../errors.js';
import type { Row } from '../types.js';
import type { SqlClient } from './sql-client.js';

const LEADING_COMMENTS = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/;

/** SQLSTATEs for a statement that would write (25006) and for several statements in one (42601). */
const READ_ONLY_VIOLATION = '25006';
const SYNTAX_ERROR = '42601';

export async function runReadOnlyPostgresSql(client: SqlClient, sql: string): Promise<Row[]> {
  const body = sql.replace(LEADING_COMMENTS, '');
  if (!/^(?:select|with)\b/i.test(body)) {
    throw usage(`Expected a single SELECT or WITH statement, not \`${firstWords(body)}\``);
  }
  await client.query('BEGIN TRANSACTION READ ONLY');
  try {
    const result = await client.querySingleStatement(sql);
    return result.rows.map(plainRow);
  } catch (error) {
    throw describeRefusal(error);
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
  }
}

function describeRefusal(error: unknown): KazlexError {
  const message = error instanceof Error ? error.message : String(error);
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : '';
  if (code === SYNTAX_ERROR && /multiple commands/i.test(message)) {
    return usage('Expected a single SELECT or WITH statement, not several');
  }
  if (code === READ_ONLY_VIOLATION) {
    return usage('Expected a read-only SELECT or WITH statement; this one would change the index');
  }
  return usage(`SQL error: ${message}`);
}

/** Arrays, byte strings and other values SQLite has no type for, as text. */
function plainRow(row: Record<string, unknown>): Row {
  const plain: Row = {};
  for (const [column, value] of Object.entries(row)) {
    plain[column] =
      value === null || typeof value === 'string' || typeof value === 'number'
        ? value
        : Buffer.isBuffer(value)
          ? value.toString('hex')
          : JSON.stringify(value);
  }
  return plain;
}

function firstWords(sql: string): string {
  const words = sql.trim().split(/\s+/).slice(0, 2).join(' ');
  return words.length > 0 ? words : '(empty)';
}

function usage(message: string): KazlexError {
  return new KazlexError(ErrorCode.USAGE, message);
}
