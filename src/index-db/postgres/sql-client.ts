/**
 * The few things the PostgreSQL index asks of a connection, so that only
 * connection.ts knows the driver.
 */
export interface SqlResult {
  rows: Record<string, unknown>[];
}

export interface SqlClient {
  query(text: string, values?: readonly unknown[]): Promise<SqlResult>;
  /**
   * Runs `text` as one prepared statement (the extended protocol), which the
   * server refuses when `text` holds more than one statement.
   */
  querySingleStatement(text: string): Promise<SqlResult>;
  end(): Promise<void>;
}

/** Runs `work` in a transaction: committed when it resolves, rolled back when it throws. */
export async function inTransaction<T>(
  client: SqlClient,
  work: () => Promise<T>,
  begin = 'BEGIN',
): Promise<T> {
  await client.query(begin);
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
