/**
 * A PostgreSQL schema of its own for each test file, in the database at
 * KAZLEX_PG_URL (scripts/start-postgres.sh prints one), so test files running
 * at once never see each other's tables. Tests skip when the variable is unset.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const postgresUrl = process.env.KAZLEX_PG_URL;

export interface TestSchema {
  name: string;
  /** KAZLEX_PG_URL with the schema first on its search_path. */
  url: string;
  drop(): Promise<void>;
}

/** The URL whose connections work in `schema`, through libpq's `options` parameter. */
export function urlWithSchema(url: string, schema: string): string {
  const options = encodeURIComponent(`-c search_path=${schema}`);
  return `${url}${url.includes('?') ? '&' : '?'}options=${options}`;
}

export async function createTestSchema(label: string): Promise<TestSchema> {
  if (!postgresUrl) throw new Error('KAZLEX_PG_URL is not set');
  const name = `kazlex_${label}_${randomBytes(4).toString('hex')}`;
  await admin(postgresUrl, `CREATE SCHEMA ${name}`);
  return {
    name,
    url: urlWithSchema(postgresUrl, name),
    drop: () => admin(postgresUrl, `DROP SCHEMA IF EXISTS ${name} CASCADE`),
  };
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
