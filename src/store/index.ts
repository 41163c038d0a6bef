/**
 * Durable storage of issued credential records and status lists: embedded SQLite (default) or
 * PostgreSQL (several service instances on one database). Both pass the same test suite.
 */
import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export type {
  AllocateOptions,
  CredentialPage,
  CredentialRecord,
  CredentialState,
  ListCredentialsQuery,
  NewCredentialRecord,
  ScanCredentialsQuery,
  ScanPage,
  ScannedCredential,
  StatusAllocation,
  StatusChange,
  StatusChangeResult,
  StatusListRecord,
  StatusPurpose,
  Store,
} from './types.js';
export { STATUS_PURPOSES } from './types.js';
export { DEFAULT_LIST_SIZE, MIN_LIST_SIZE, getBit, setBit } from './common.js';
export { DEFAULT_DATA_DIR, SQLITE_FILE_NAME, openSqliteStore, type SqliteStoreOptions } from './sqlite.js';
export { openPostgresStore, type PostgresStoreOptions } from './postgres.js';

/** Options of {@link openStore}. */
export interface OpenStoreOptions {
  /** PostgreSQL URL; default the `DATABASE_URL` environment variable. When set, PostgreSQL is used. */
  databaseUrl?: string;
  /** SQLite data directory (when no database URL). Default `.microcred`. */
  dataDir?: string;
}

/**
 * Opens the store a service should use: PostgreSQL when a database URL is given (option or
 * `DATABASE_URL`), else SQLite in `<dataDir>/microcred.db`.
 *
 * @example
 * const store = await openStore({ dataDir: '/var/lib/microcred' });
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const url = options.databaseUrl ?? process.env.DATABASE_URL;
  if (url) return openPostgresStore({ connectionString: url });
  return openSqliteStore({ dataDir: options.dataDir });
}
