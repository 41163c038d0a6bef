/**
 * The PostgreSQL store, for institutions that run several service instances against one
 * database. Concurrency rules:
 * - allocations lock the open list's row (`SELECT … FOR UPDATE`), so positions are handed out
 *   one at a time per list, and the primary key (list, position) would refuse a duplicate anyway;
 * - status changes lock the credential's row, then change each bit with one `UPDATE … SET bits =
 *   set_bit(bits, …)` that PostgreSQL applies to the latest committed row version, so no change
 *   is ever lost;
 * - rows are always locked in the same order (credential, then lists by purpose), and a
 *   transaction that still hits a deadlock, a serialization failure or a unique-key race is
 *   retried from the start.
 */
import { randomBytes } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { StoreError } from '../errors.js';
import { loadPg } from './drivers.js';
import {
  FILL_LIMIT,
  MAX_PROBES,
  bitFor,
  checkAllocate,
  checkChange,
  checkId,
  checkRecord,
  checkScan,
  decodeCursor,
  encodeCursor,
  isoUtc,
  newListId,
  pageSize,
  pgBitNumber,
  purposeMissing,
  randomIndex,
  credentialRecord,
  scannedCredential,
  statusListRecord,
} from './common.js';
import type {
  CredentialPage,
  CredentialRecord,
  CredentialState,
  ListCredentialsQuery,
  ScanCredentialsQuery,
  ScanPage,
  StatusAllocation,
  StatusChangeResult,
  StatusPurpose,
  Store,
} from './types.js';

/** Options of {@link openPostgresStore}. */
export interface PostgresStoreOptions {
  /** `postgres://user@host:port/database`. */
  connectionString: string;
  /** Schema holding microcred's tables; created when missing. Default `microcred`. */
  schema?: string;
  /** Most pool connections. Default 10. */
  max?: number;
  /** Time limit to get a connection (including waiting for a free one under load), in ms. Default 15 000. */
  connectionTimeoutMs?: number;
  /** Times a conflicting transaction is retried before giving up. Default 20. */
  maxRetries?: number;
}

/** Random positions tried per statement when allocating. */
const CANDIDATES = 16;
/** SQLSTATEs worth retrying: serialization failure, deadlock, unique violation (two allocations for one credential). */
const RETRY_CODES = new Set(['40001', '40P01', '23505']);

interface CredentialRow {
  id: string;
  learner_ref: string | null;
  achievement_id: string | null;
  title: string | null;
  issued_at: Date;
  status: CredentialState;
  status_reason: string | null;
  status_changed_at: Date | null;
  document: string | null;
}

interface EntryRow {
  credential_id: string;
  list_id: string;
  idx: number;
  purpose: StatusPurpose;
}

function schemaSql(s: string): string {
  return `
CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.meta (key TEXT PRIMARY KEY, value BYTEA NOT NULL);
CREATE TABLE IF NOT EXISTS ${s}.status_lists (
  id TEXT PRIMARY KEY,
  purpose TEXT NOT NULL CHECK (purpose IN ('revocation', 'suspension')),
  size INTEGER NOT NULL,
  bits BYTEA NOT NULL,
  version INTEGER NOT NULL DEFAULT 0,
  allocated INTEGER NOT NULL DEFAULT 0,
  "full" BOOLEAN NOT NULL DEFAULT FALSE,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  signed TEXT,
  signed_version INTEGER
);
CREATE INDEX IF NOT EXISTS status_lists_open ON ${s}.status_lists (purpose, "full", created_at);
CREATE TABLE IF NOT EXISTS ${s}.status_entries (
  list_id TEXT NOT NULL REFERENCES ${s}.status_lists (id),
  idx INTEGER NOT NULL,
  credential_id TEXT NOT NULL,
  purpose TEXT NOT NULL,
  allocated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (list_id, idx)
);
CREATE UNIQUE INDEX IF NOT EXISTS status_entries_credential ON ${s}.status_entries (credential_id, purpose);
CREATE TABLE IF NOT EXISTS ${s}.credentials (
  id TEXT PRIMARY KEY,
  learner_ref TEXT,
  achievement_id TEXT,
  title TEXT,
  issued_at TIMESTAMPTZ NOT NULL,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked', 'suspended')),
  status_reason TEXT,
  status_changed_at TIMESTAMPTZ,
  document TEXT
);
CREATE INDEX IF NOT EXISTS credentials_issued ON ${s}.credentials (issued_at, id);
CREATE INDEX IF NOT EXISTS credentials_learner ON ${s}.credentials (learner_ref);
CREATE INDEX IF NOT EXISTS credentials_achievement ON ${s}.credentials (achievement_id);
`;
}

/** Dates come back from pg as Date objects; the shared conversion takes ISO text. */
function toRecord(row: CredentialRow, entries: EntryRow[]): CredentialRecord {
  return credentialRecord({ ...row, issued_at: row.issued_at.toISOString(), status_changed_at: row.status_changed_at?.toISOString() ?? null }, entries);
}


const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens the PostgreSQL store (a `pg` pool), creating its schema and tables when missing.
 *
 * @example
 * const store = await openPostgresStore({ connectionString: process.env.DATABASE_URL! });
 *
 * @throws StoreError `ERR_STORE_INVALID` (bad schema name), `ERR_STORE_UNAVAILABLE` (cannot connect).
 * @throws MissingDependencyError `ERR_MISSING_DEPENDENCY` when pg is not installed.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  if (typeof options?.connectionString !== 'string' || options.connectionString === '') {
    throw new StoreError('ERR_STORE_INVALID', 'openPostgresStore needs a connectionString.');
  }
  const schema = options.schema ?? 'microcred';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new StoreError('ERR_STORE_INVALID', `Invalid schema name "${schema}".`);
  const pg = await loadPg();
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 15_000,
    idleTimeoutMillis: 30_000,
    application_name: 'microcred',
  });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const maxRetries = options.maxRetries ?? 20;

  async function transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        const broken = await client.query('ROLLBACK').then(() => false, () => true);
        client.release(broken);
        const code = (error as { code?: string }).code;
        if (code === undefined || !RETRY_CODES.has(code)) throw error;
        if (attempt >= maxRetries) {
          throw new StoreError('ERR_STORE_CONFLICT', `Gave up after ${attempt + 1} conflicting attempts (${code}).`, { cause: error });
        }
        await sleep(Math.random() * Math.min(50, 2 ** attempt));
      }
    }
  }

  try {
    await transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`microcred-schema:${schema}`]);
      await client.query(schemaSql(schema));
    });
  } catch (cause) {
    await pool.end().catch(() => undefined);
    if (cause instanceof StoreError) throw cause;
    throw new StoreError('ERR_STORE_UNAVAILABLE', `Cannot open the PostgreSQL store: ${(cause as Error).message}`, { cause });
  }
  return createPostgresStore(pool, schema, transaction);
}

function createPostgresStore(
  pool: Pool,
  s: string,
  transaction: <T>(work: (client: PoolClient) => Promise<T>) => Promise<T>,
): Store {
  let closed = false;
  let secret: Uint8Array | undefined;

  function guard(): void {
    if (closed) throw new StoreError('ERR_STORE_CLOSED', 'The store is closed.');
  }

  async function entriesFor(client: PoolClient | Pool, ids: string[]): Promise<Map<string, EntryRow[]>> {
    const byId = new Map<string, EntryRow[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return byId;
    const { rows } = await client.query<EntryRow>(
      `SELECT credential_id, list_id, idx, purpose FROM ${s}.status_entries WHERE credential_id = ANY($1) ORDER BY purpose`,
      [ids],
    );
    for (const row of rows) byId.get(row.credential_id)?.push(row);
    return byId;
  }

  async function openList(client: PoolClient, purpose: StatusPurpose): Promise<{ id: string; size: number } | undefined> {
    const { rows } = await client.query<{ id: string; size: number }>(
      `SELECT id, size FROM ${s}.status_lists WHERE purpose = $1 AND NOT "full" ORDER BY created_at, id LIMIT 1 FOR UPDATE`,
      [purpose],
    );
    return rows[0];
  }

  /**
   * The fast path, one atomic statement: lock the open list of `purpose`, take the first free
   * of a few random candidates, count it. Says which list it saw when every candidate was taken,
   * and nothing when there is no open list.
   */
  async function tryAllocate(
    credentialId: string,
    purpose: StatusPurpose,
  ): Promise<{ allocation: StatusAllocation } | { taken: string } | { noList: true }> {
    // Uniform in [0, 2^30); reduced modulo the list size in SQL (exact for power-of-two sizes).
    const candidates = Array.from({ length: CANDIDATES }, () => randomIndex(2 ** 30));
    const { rows } = await pool.query<{ list_id: string; idx: number | null }>(
      `WITH list AS (
         SELECT id, size FROM ${s}.status_lists WHERE purpose = $1 AND NOT "full" ORDER BY created_at, id LIMIT 1 FOR UPDATE),
       candidate AS (
         SELECT l.id AS list_id, t.c % l.size AS idx FROM list l, unnest($2::int[]) WITH ORDINALITY AS t (c, o)
         WHERE NOT EXISTS (SELECT 1 FROM ${s}.status_entries e WHERE e.list_id = l.id AND e.idx = t.c % l.size)
         ORDER BY t.o LIMIT 1),
       inserted AS (
         INSERT INTO ${s}.status_entries (list_id, idx, credential_id, purpose, allocated_at)
         SELECT list_id, idx, $3, $1, now() FROM candidate
         ON CONFLICT (list_id, idx) DO NOTHING
         RETURNING list_id, idx),
       counted AS (
         UPDATE ${s}.status_lists SET allocated = allocated + 1, "full" = (allocated + 1 >= floor(size * ${FILL_LIMIT})::int)
         WHERE id IN (SELECT list_id FROM inserted))
       SELECT l.id AS list_id, i.idx FROM list l LEFT JOIN inserted i ON i.list_id = l.id`,
      [purpose, candidates, credentialId],
    );
    const row = rows[0];
    if (!row) return { noList: true };
    if (row.idx === null) return { taken: row.list_id };
    return { allocation: { listId: row.list_id, purpose, index: row.idx } };
  }

  /** Opening a list in flight, per purpose: a burst of allocations in this process waits on one. */
  const opening = new Map<StatusPurpose, Promise<void>>();

  function openNewList(purpose: StatusPurpose, listSize: number): Promise<void> {
    let pending = opening.get(purpose);
    if (!pending) {
      pending = transaction(async (client) => {
        // One creator per purpose across instances; whoever comes second finds the new list.
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`microcred-list:${s}:${purpose}`]);
        if (await openList(client, purpose)) return;
        await client.query(
          `INSERT INTO ${s}.status_lists (id, purpose, size, bits, created_at, updated_at) VALUES ($1, $2, $3, $4, now(), now())`,
          [newListId(), purpose, listSize, Buffer.alloc(listSize / 8)],
        );
      }).finally(() => opening.delete(purpose));
      opening.set(purpose, pending);
    }
    return pending;
  }

  async function allocateOne(credentialId: string, purpose: StatusPurpose, listSize: number): Promise<StatusAllocation> {
    let misses = 0;
    let conflicts = 0;
    for (let round = 0; ; round++) {
      if (round >= 200) throw new StoreError('ERR_STORE_CONFLICT', `Could not allocate a ${purpose} position after ${round} tries.`);
      const existing = await pool.query<{ list_id: string; idx: number }>(
        `SELECT list_id, idx FROM ${s}.status_entries WHERE credential_id = $1 AND purpose = $2`,
        [credentialId, purpose],
      );
      if (existing.rows[0]) return { listId: existing.rows[0].list_id, purpose, index: existing.rows[0].idx };
      try {
        const result = await tryAllocate(credentialId, purpose);
        if ('allocation' in result) return result.allocation;
        if ('noList' in result) {
          await openNewList(purpose, listSize);
        } else if (++misses >= MAX_PROBES / CANDIDATES) {
          // Every candidate taken, several times: the list is (nearly) full; close it.
          await pool.query(`UPDATE ${s}.status_lists SET "full" = TRUE WHERE id = $1`, [result.taken]);
          misses = 0;
        }
      } catch (error) {
        // Another allocation for the same credential and purpose won the race: read it back.
        if ((error as { code?: string }).code !== '23505' || ++conflicts > 3) throw error;
      }
    }
  }

  const store: Store = {
    kind: 'postgres',
    async allocateStatus(options) {
      guard();
      const { purposes, listSize } = checkAllocate(options);
      // Each position is taken in one atomic statement; a failure half-way leaves a position
      // recorded for this credential, which the next call returns (allocation is idempotent).
      const out: StatusAllocation[] = [];
      for (const purpose of purposes) out.push(await allocateOne(options.credentialId, purpose, listSize));
      return out;
    },
    async recordCredential(record) {
      guard();
      checkRecord(record);
      const { rows } = await pool.query<CredentialRow>(
        `INSERT INTO ${s}.credentials (id, learner_ref, achievement_id, title, issued_at, document)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING RETURNING *`,
        [record.id, record.learnerRef ?? null, record.achievementId ?? null, record.title ?? null, isoUtc(record.issuedAt), record.document ?? null],
      );
      const row = rows[0];
      if (!row) throw new StoreError('ERR_STORE_DUPLICATE', `A credential with id ${record.id} is already recorded.`);
      return toRecord(row, (await entriesFor(pool, [row.id])).get(row.id) ?? []);
    },
    async getCredential(id) {
      guard();
      checkId(id);
      const { rows } = await pool.query<CredentialRow>(`SELECT * FROM ${s}.credentials WHERE id = $1`, [id]);
      const row = rows[0];
      return row && toRecord(row, (await entriesFor(pool, [id])).get(id) ?? []);
    },
    async listCredentials(query: ListCredentialsQuery = {}): Promise<CredentialPage> {
      guard();
      const limit = pageSize(query);
      const after = decodeCursor(query.cursor);
      const where: string[] = [];
      const params: unknown[] = [];
      const param = (value: unknown) => {
        params.push(value);
        return `$${params.length}`;
      };
      if (after) {
        const at = param(after[0]);
        where.push(`(issued_at < ${at}::timestamptz OR (issued_at = ${at}::timestamptz AND id < ${param(after[1])}))`);
      }
      if (query.status) where.push(`status = ${param(query.status)}`);
      if (query.achievementId) where.push(`achievement_id = ${param(query.achievementId)}`);
      if (query.learnerRef) where.push(`learner_ref = ${param(query.learnerRef)}`);
      const { rows } = await pool.query<CredentialRow>(
        `SELECT * FROM ${s}.credentials ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY issued_at DESC, id DESC LIMIT ${param(limit + 1)}`,
        params,
      );
      const page = rows.slice(0, limit);
      const entries = await entriesFor(pool, page.map((r) => r.id));
      const items = page.map((row) => toRecord(row, entries.get(row.id) ?? []));
      const last = items[items.length - 1];
      return rows.length > limit && last ? { items, nextCursor: encodeCursor(last.issuedAt, last.id) } : { items };
    },
    async scanCredentials(query: ScanCredentialsQuery = {}): Promise<ScanPage> {
      guard();
      const { limit, from, before } = checkScan(query);
      const after = decodeCursor(query.cursor);
      const where: string[] = [];
      const params: unknown[] = [];
      const param = (value: unknown) => {
        params.push(value);
        return `$${params.length}`;
      };
      if (after) {
        // A row comparison, so PostgreSQL seeks the (issued_at, id) index.
        where.push(`(issued_at, id) > (${param(after[0])}::timestamptz, ${param(after[1])})`);
      }
      if (from !== undefined) where.push(`issued_at >= ${param(from)}::timestamptz`);
      if (before !== undefined) where.push(`issued_at < ${param(before)}::timestamptz`);
      const columns = `id, learner_ref, achievement_id, title, issued_at, status, status_reason, status_changed_at, ${query.withDocument ? 'document' : 'NULL::text AS document'}`;
      const { rows } = await pool.query<CredentialRow>(
        `SELECT ${columns} FROM ${s}.credentials ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY issued_at, id LIMIT ${param(limit + 1)}`,
        params,
      );
      const items = rows.slice(0, limit).map((row) =>
        scannedCredential({ ...row, issued_at: row.issued_at.toISOString(), status_changed_at: row.status_changed_at?.toISOString() ?? null }),
      );
      const last = items[items.length - 1];
      return rows.length > limit && last ? { items, nextCursor: encodeCursor(last.issuedAt, last.id) } : { items };
    },
    async setStatus(id, change) {
      guard();
      checkId(id);
      const at = checkChange(change);
      const { status } = change;
      return transaction(async (client): Promise<StatusChangeResult> => {
        // Lock the credential's row and read its entries in one round trip.
        const locked = await client.query<{ credential_id: string; list_id: string | null; idx: number | null; purpose: StatusPurpose | null }>(
          `SELECT c.id AS credential_id, e.list_id, e.idx, e.purpose
           FROM ${s}.credentials c LEFT JOIN ${s}.status_entries e ON e.credential_id = c.id
           WHERE c.id = $1 ORDER BY e.purpose FOR UPDATE OF c`,
          [id],
        );
        if (!locked.rows[0]) throw new StoreError('ERR_STORE_NOT_FOUND', `No credential with id ${id} is recorded.`);
        const entries = locked.rows.filter((r): r is EntryRow => r.list_id !== null);
        const needed: StatusPurpose | undefined = status === 'revoked' ? 'revocation' : status === 'suspended' ? 'suspension' : undefined;
        if (needed && !entries.some((e) => e.purpose === needed)) throw purposeMissing(id, needed);
        const changedLists: StatusChangeResult['changedLists'] = [];
        for (const entry of entries) {
          const want = bitFor(entry.purpose, status) ? 1 : 0;
          const bit = pgBitNumber(entry.idx);
          const { rows } = await client.query<{ version: number }>(
            `UPDATE ${s}.status_lists SET bits = set_bit(bits, $2, $3), version = version + 1, updated_at = $4
             WHERE id = $1 AND get_bit(bits, $2) <> $3 RETURNING version`,
            [entry.list_id, bit, want, at],
          );
          if (rows[0]) changedLists.push({ id: entry.list_id, version: rows[0].version });
        }
        const { rows } = await client.query<CredentialRow>(
          `UPDATE ${s}.credentials SET status = $2, status_reason = $3, status_changed_at = $4 WHERE id = $1 RETURNING *`,
          [id, status, status === 'active' ? null : (change.reason ?? null), at],
        );
        return { record: toRecord(rows[0]!, entries), changedLists };
      });
    },
    async getStatusList(id) {
      guard();
      checkId(id);
      const { rows } = await pool.query<{
        id: string; purpose: StatusPurpose; size: number; bits: Buffer; version: number; allocated: number;
        created_at: Date; updated_at: Date; signed: string | null; signed_version: number | null;
      }>(`SELECT * FROM ${s}.status_lists WHERE id = $1`, [id]);
      const row = rows[0];
      if (!row) return undefined;
      return statusListRecord({ ...row, created_at: row.created_at.toISOString(), updated_at: row.updated_at.toISOString() });
    },
    async listStatusLists() {
      guard();
      const { rows } = await pool.query<{
        id: string; purpose: StatusPurpose; size: number; version: number; allocated: number;
        created_at: Date; updated_at: Date; signed_version: number | null;
      }>(`SELECT id, purpose, size, version, allocated, created_at, updated_at, signed_version FROM ${s}.status_lists ORDER BY created_at, id`);
      return rows.map((row) => {
        const list = {
          id: row.id,
          purpose: row.purpose,
          size: row.size,
          version: row.version,
          allocated: row.allocated,
          createdAt: row.created_at.toISOString(),
          updatedAt: row.updated_at.toISOString(),
        };
        return row.signed_version === null ? list : { ...list, signedVersion: row.signed_version };
      });
    },
    async saveSignedStatusList(id, version, signed) {
      guard();
      checkId(id);
      const { rowCount } = await pool.query(
        `UPDATE ${s}.status_lists SET signed = $1, signed_version = $2
         WHERE id = $3 AND version = $2 AND (signed_version IS NULL OR signed_version <= $2)`,
        [signed, version, id],
      );
      return rowCount === 1;
    },
    async learnerRefSecret() {
      guard();
      if (!secret) {
        await pool.query(`INSERT INTO ${s}.meta (key, value) VALUES ('learner_ref_secret', $1) ON CONFLICT (key) DO NOTHING`, [randomBytes(32)]);
        const { rows } = await pool.query<{ value: Buffer }>(`SELECT value FROM ${s}.meta WHERE key = 'learner_ref_secret'`);
        secret = new Uint8Array(rows[0]!.value);
      }
      return new Uint8Array(secret);
    },
    async ping() {
      guard();
      await pool.query('SELECT 1');
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
  return Object.freeze(store);
}
