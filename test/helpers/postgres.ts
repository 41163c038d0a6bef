import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Where the test PostgreSQL server is (scripts/start-postgres.sh prints the same default). */
export const TEST_DATABASE_URL = process.env.MICROCRED_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:54329/microcred_test';

/**
 * The test database URL when a server answers. Locally an unreachable server means the
 * PostgreSQL tests skip (with this message); with CI=true it is an error, since CI starts one.
 */
export async function reachablePostgres(): Promise<string | undefined> {
  const pool = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 1, connectionTimeoutMillis: 3000 });
  pool.on('error', () => undefined);
  try {
    await pool.query('SELECT 1');
    return TEST_DATABASE_URL;
  } catch (error) {
    const message = `PostgreSQL is not reachable at ${TEST_DATABASE_URL} (${(error as Error).message}); start one with scripts/start-postgres.sh and set MICROCRED_TEST_DATABASE_URL.`;
    if (process.env.CI === 'true') throw new Error(`${message} CI=true requires it.`);
    console.warn(`[skip] ${message} The PostgreSQL store tests are skipped.`);
    return undefined;
  } finally {
    await pool.end().catch(() => undefined);
  }
}

/** A fresh schema name, so test files and runs never share tables. */
export function testSchema(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/** Drops a test schema and everything in it. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema ${schema}`);
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  pool.on('error', () => undefined);
  try {
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await pool.end();
  }
}
