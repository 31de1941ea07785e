/**
 * Connects to PostgreSQL with node-postgres and returns values as the SQLite
 * index does: counts and sums as numbers (not strings), booleans as 1/0,
 * dates and JSON as their text. Rows of both backends then compare equal.
 */
import pg from 'pg';
import { ErrorCode, KazlexError } from '../../errors.js';
import type { SqlClient } from './sql-client.js';

export interface ConnectOptions {
  /** Make every transaction of the session read-only. */
  readonly?: boolean | undefined;
}

const { builtins } = pg.types;

/** bigint (COUNT), numeric (SUM of bigint, AVG): SQLite gives numbers. */
const AS_NUMBER = [builtins.INT8, builtins.NUMERIC];
/** Types node-postgres would turn into objects; SQLite stores them as text. */
const AS_TEXT = [
  builtins.DATE,
  builtins.TIMESTAMP,
  builtins.TIMESTAMPTZ,
  builtins.INTERVAL,
  builtins.JSON,
  builtins.JSONB,
];

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
  }
}

export async function connectPostgres(
  url: string,
  options: ConnectOptions = {},
): Promise<SqlClient> {
  const client = new pg.Client({ connectionString: url });
  for (const oid of AS_NUMBER) client.setTypeParser(oid, 'text', Number);
  for (const oid of AS_TEXT) client.setTypeParser(oid, 'text', (value: string) => value);
  client.setTypeParser(builtins.BOOL, 'text', (value: string) => (value === 't' ? 1 : 0));
  // An idle connection the server drops must not crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
    if (options.readonly) {
      await client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
    }
  } catch (error) {
    await client.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new KazlexError(
      ErrorCode.NOT_FOUND,
      `cannot reach the index at ${redactUrl(url)}: ${reason}`,
      { cause: error },
    );
  }
  // The extended protocol prepares the text as one statement, refusing several.
  const single = (text: string) => ({ text, queryMode: 'extended' as const });
  return {
    query: async (text, values) => client.query(text, values === undefined ? [] : [...values]),
    querySingleStatement: async (text) => client.query(single(text)),
    end: () => client.end(),
  };
}
