/**
 * The embedded store: one SQLite file (better-sqlite3, WAL journal) under a data directory.
 * Every write runs in an IMMEDIATE transaction, so several connections — in this process, in
 * worker threads or in other processes — serialise their writes on the file lock and never
 * lose an update; SQLite's busy timeout makes them wait instead of failing.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { StoreError } from '../errors.js';
import { loadBetterSqlite3 } from './drivers.js';
import {
  MAX_PROBES,
  bitFor,
  capacityOf,
  checkAllocate,
  checkChange,
  checkId,
  checkRecord,
  checkScan,
  decodeCursor,
  encodeCursor,
  getBit,
  isoUtc,
  newListId,
  pageSize,
  purposeMissing,
  randomIndex,
  setBit,
  type CredentialRow,
  credentialRecord,
  type StatusListRow,
  scannedCredential,
  statusListRecord,
} from './common.js';
import type {
  AllocateOptions,
  CredentialPage,
  CredentialRecord,
  CredentialState,
  ListCredentialsQuery,
  NewCredentialRecord,
  ScanCredentialsQuery,
  ScanPage,
  StatusAllocation,
  StatusChange,
  StatusChangeResult,
  StatusPurpose,
  Store,
} from './types.js';

/** The data directory used when none is given. */
export const DEFAULT_DATA_DIR = '.microcred';
/** The database file name inside the data directory. */
export const SQLITE_FILE_NAME = 'microcred.db';

/** Options of {@link openSqliteStore}. */
export interface SqliteStoreOptions {
  /** Database file. Default: `<dataDir>/microcred.db`. */
  path?: string;
  /** Directory for the default file; created (mode 0700) when missing. Default `.microcred`. */
  dataDir?: string;
  /** How long a connection waits for another one's write lock, in ms. Default 15 000. */
  busyTimeoutMs?: number;
  /**
   * Create the store's tables in an existing file that has none: a zero-length file, or a
   * SQLite database without microcred's tables. Without it such a file is refused
   * (`ERR_STORE_EMPTY`), since an emptied file would otherwise start an empty store silently
   * and every issued record and status list would be gone. A missing file is always created
   * (first start). Default `false`.
   */
  init?: boolean;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS status_lists (
  id TEXT PRIMARY KEY,
  purpose TEXT NOT NULL CHECK (purpose IN ('revocation', 'suspension')),
  size INTEGER NOT NULL,
  bits BLOB NOT NULL,
  version INTEGER NOT NULL DEFAULT 0,
  allocated INTEGER NOT NULL DEFAULT 0,
  full INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  signed TEXT,
  signed_version INTEGER
);
CREATE INDEX IF NOT EXISTS status_lists_open ON status_lists (purpose, full, created_at);
CREATE TABLE IF NOT EXISTS status_entries (
  list_id TEXT NOT NULL REFERENCES status_lists (id),
  idx INTEGER NOT NULL,
  credential_id TEXT NOT NULL,
  purpose TEXT NOT NULL,
  allocated_at TEXT NOT NULL,
  PRIMARY KEY (list_id, idx)
);
CREATE UNIQUE INDEX IF NOT EXISTS status_entries_credential ON status_entries (credential_id, purpose);
CREATE TABLE IF NOT EXISTS credentials (
  id TEXT PRIMARY KEY,
  learner_ref TEXT,
  achievement_id TEXT,
  title TEXT,
  issued_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked', 'suspended')),
  status_reason TEXT,
  status_changed_at TEXT,
  document TEXT
);
CREATE INDEX IF NOT EXISTS credentials_issued ON credentials (issued_at, id);
CREATE INDEX IF NOT EXISTS credentials_learner ON credentials (learner_ref);
CREATE INDEX IF NOT EXISTS credentials_achievement ON credentials (achievement_id);
`;

interface EntryRow {
  list_id: string;
  idx: number;
  purpose: StatusPurpose;
}


/** Turns a database row into a record. */
const toRecord = credentialRecord;

const toList = statusListRecord;

/**
 * Opens (creating when needed) the embedded SQLite store.
 *
 * @example
 * const store = await openSqliteStore({ dataDir: '.microcred' });
 * const [entry] = await store.allocateStatus({ credentialId: 'urn:uuid:…', purposes: ['revocation'] });
 *
 * @throws StoreError `ERR_STORE_UNAVAILABLE` when the file cannot be opened or created,
 * `ERR_STORE_EMPTY` for an existing file without a store (zero length, no tables) unless
 * `init: true`, `ERR_STORE_DAMAGED` when SQLite's quick check finds damage.
 * @throws MissingDependencyError `ERR_MISSING_DEPENDENCY` when better-sqlite3 is not installed.
 */
export async function openSqliteStore(options: SqliteStoreOptions = {}): Promise<Store> {
  const Sqlite = await loadBetterSqlite3();
  const path = resolve(options.path ?? join(options.dataDir ?? DEFAULT_DATA_DIR, SQLITE_FILE_NAME));
  let db: Database | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const existed = statSync(path, { throwIfNoEntry: false });
    if (existed?.size === 0 && options.init !== true) throw emptyStore(path, 'the file is empty (0 bytes)');
    db = new Sqlite(path, { timeout: options.busyTimeoutMs ?? 15_000 });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    if (existed !== undefined && existed.size > 0) {
      // A damaged file must not serve (wrong records) nor be written to (more damage).
      const check = db.pragma('quick_check(5)', { simple: false }) as Array<{ quick_check: string }>;
      if (check.length !== 1 || check[0]!.quick_check !== 'ok') {
        throw new StoreError('ERR_STORE_DAMAGED', `The SQLite store at ${path} is damaged (${check.map((r) => r.quick_check).join('; ')}); restore it from a backup.`);
      }
      const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('status_lists', 'credentials')").get() as { n: number };
      if (tables.n === 0 && options.init !== true) throw emptyStore(path, 'the database has no microcred tables');
    }
    const ready = db;
    ready.transaction(() => ready.exec(SCHEMA)).immediate();
  } catch (cause) {
    db?.close();
    if (cause instanceof StoreError) throw cause;
    const code = (cause as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new StoreError('ERR_STORE_DAMAGED', `The SQLite store at ${path} is damaged (${(cause as Error).message}); restore it from a backup.`, { cause });
    }
    throw new StoreError('ERR_STORE_UNAVAILABLE', `Cannot open the SQLite store at ${path}: ${(cause as Error).message}`, { cause });
  }
  return createSqliteStore(db);
}


function emptyStore(path: string, why: string): StoreError {
  return new StoreError(
    'ERR_STORE_EMPTY',
    `The SQLite store at ${path} holds no store: ${why}. Restore it from a backup, or start with --init (init: true) to create an empty store in it.`,
  );
}

function createSqliteStore(db: Database): Store {
  let closed = false;
  let secret: Uint8Array | undefined;
  const st = {
    openList: db.prepare(
      'SELECT id, size, allocated FROM status_lists WHERE purpose = ? AND full = 0 ORDER BY created_at, id LIMIT 1',
    ),
    insertList: db.prepare(
      'INSERT INTO status_lists (id, purpose, size, bits, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    markFull: db.prepare('UPDATE status_lists SET full = 1 WHERE id = ?'),
    countUp: db.prepare('UPDATE status_lists SET allocated = allocated + 1, full = (allocated + 1 >= ?) WHERE id = ?'),
    existingEntry: db.prepare('SELECT list_id, idx, purpose FROM status_entries WHERE credential_id = ? AND purpose = ?'),
    insertEntry: db.prepare(
      'INSERT OR IGNORE INTO status_entries (list_id, idx, credential_id, purpose, allocated_at) VALUES (?, ?, ?, ?, ?)',
    ),
    entriesOf: db.prepare('SELECT list_id, idx, purpose FROM status_entries WHERE credential_id = ? ORDER BY purpose'),
    insertCredential: db.prepare(
      'INSERT OR IGNORE INTO credentials (id, learner_ref, achievement_id, title, issued_at, document) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    credential: db.prepare('SELECT * FROM credentials WHERE id = ?'),
    listBits: db.prepare('SELECT bits, version FROM status_lists WHERE id = ?'),
    writeBits: db.prepare('UPDATE status_lists SET bits = ?, version = version + 1, updated_at = ? WHERE id = ?'),
    updateStatus: db.prepare('UPDATE credentials SET status = ?, status_reason = ?, status_changed_at = ? WHERE id = ?'),
    list: db.prepare('SELECT * FROM status_lists WHERE id = ?'),
    lists: db.prepare(
      'SELECT id, purpose, size, version, allocated, created_at, updated_at, signed_version FROM status_lists ORDER BY created_at, id',
    ),
    saveSigned: db.prepare(
      'UPDATE status_lists SET signed = ?, signed_version = ? WHERE id = ? AND version = ? AND (signed_version IS NULL OR signed_version <= ?)',
    ),
    secret: db.prepare("SELECT value FROM meta WHERE key = 'learner_ref_secret'"),
    health: db.prepare('SELECT (SELECT count(*) FROM (SELECT 1 FROM status_lists LIMIT 1)) + (SELECT count(*) FROM (SELECT 1 FROM credentials LIMIT 1)) AS n'),
    insertSecret: db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('learner_ref_secret', ?)"),
  };

  function guard(): void {
    if (closed) throw new StoreError('ERR_STORE_CLOSED', 'The store is closed.');
  }

  function allocateOne(credentialId: string, purpose: StatusPurpose, listSize: number, now: string): StatusAllocation {
    const existing = st.existingEntry.get(credentialId, purpose) as EntryRow | undefined;
    if (existing) return { listId: existing.list_id, purpose, index: existing.idx };
    for (;;) {
      let list = st.openList.get(purpose) as { id: string; size: number; allocated: number } | undefined;
      if (!list) {
        list = { id: newListId(), size: listSize, allocated: 0 };
        st.insertList.run(list.id, purpose, listSize, Buffer.alloc(listSize / 8), now, now);
      }
      for (let probe = 0; probe < MAX_PROBES; probe++) {
        const index = randomIndex(list.size);
        if (st.insertEntry.run(list.id, index, credentialId, purpose, now).changes === 1) {
          st.countUp.run(capacityOf(list.size), list.id);
          return { listId: list.id, purpose, index };
        }
      }
      st.markFull.run(list.id); // unlucky or nearly full: open a new list
    }
  }

  const allocateTx = db.transaction((credentialId: string, purposes: StatusPurpose[], listSize: number) => {
    const now = new Date().toISOString();
    return purposes.map((purpose) => allocateOne(credentialId, purpose, listSize, now));
  });

  const recordTx = db.transaction((record: NewCredentialRecord) => {
    const inserted = st.insertCredential.run(
      record.id,
      record.learnerRef ?? null,
      record.achievementId ?? null,
      record.title ?? null,
      isoUtc(record.issuedAt),
      record.document ?? null,
    );
    if (inserted.changes !== 1) throw new StoreError('ERR_STORE_DUPLICATE', `A credential with id ${record.id} is already recorded.`);
    return readRecord(record.id)!;
  });

  function readRecord(id: string): CredentialRecord | undefined {
    const row = st.credential.get(id) as CredentialRow | undefined;
    return row && toRecord(row, st.entriesOf.all(id) as EntryRow[]);
  }

  const setStatusTx = db.transaction((id: string, status: CredentialState, reason: string | undefined, at: string): StatusChangeResult => {
    const row = st.credential.get(id) as CredentialRow | undefined;
    if (!row) throw new StoreError('ERR_STORE_NOT_FOUND', `No credential with id ${id} is recorded.`);
    const entries = st.entriesOf.all(id) as EntryRow[];
    const needed: StatusPurpose | undefined = status === 'revoked' ? 'revocation' : status === 'suspended' ? 'suspension' : undefined;
    if (needed && !entries.some((e) => e.purpose === needed)) throw purposeMissing(id, needed);
    const changedLists: StatusChangeResult['changedLists'] = [];
    for (const entry of entries) {
      const list = st.listBits.get(entry.list_id) as { bits: Buffer; version: number };
      const bits = new Uint8Array(list.bits);
      const want = bitFor(entry.purpose, status);
      if (getBit(bits, entry.idx) === want) continue;
      setBit(bits, entry.idx, want);
      st.writeBits.run(Buffer.from(bits), at, entry.list_id);
      changedLists.push({ id: entry.list_id, version: list.version + 1 });
    }
    st.updateStatus.run(status, status === 'active' ? null : (reason ?? null), at, id);
    return { record: toRecord(st.credential.get(id) as CredentialRow, entries), changedLists };
  });

  const store: Store = {
    kind: 'sqlite',
    async allocateStatus(options: AllocateOptions) {
      guard();
      const { purposes, listSize } = checkAllocate(options);
      return allocateTx.immediate(options.credentialId, purposes, listSize);
    },
    async recordCredential(record) {
      guard();
      checkRecord(record);
      return recordTx.immediate(record);
    },
    async getCredential(id) {
      guard();
      checkId(id);
      return readRecord(id);
    },
    async listCredentials(query: ListCredentialsQuery = {}): Promise<CredentialPage> {
      guard();
      const limit = pageSize(query);
      const after = decodeCursor(query.cursor);
      const where: string[] = [];
      const params: unknown[] = [];
      if (after) {
        where.push('(issued_at < ? OR (issued_at = ? AND id < ?))');
        params.push(after[0], after[0], after[1]);
      }
      if (query.status) {
        where.push('status = ?');
        params.push(query.status);
      }
      if (query.achievementId) {
        where.push('achievement_id = ?');
        params.push(query.achievementId);
      }
      if (query.learnerRef) {
        where.push('learner_ref = ?');
        params.push(query.learnerRef);
      }
      const sql = `SELECT * FROM credentials ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY issued_at DESC, id DESC LIMIT ?`;
      const rows = db.prepare(sql).all(...params, limit + 1) as CredentialRow[];
      const items = rows.slice(0, limit).map((row) => toRecord(row, st.entriesOf.all(row.id) as EntryRow[]));
      const last = items[items.length - 1];
      return rows.length > limit && last ? { items, nextCursor: encodeCursor(last.issuedAt, last.id) } : { items };
    },
    async scanCredentials(query: ScanCredentialsQuery = {}): Promise<ScanPage> {
      guard();
      const { limit, from, before } = checkScan(query);
      const after = decodeCursor(query.cursor);
      const where: string[] = [];
      const params: unknown[] = [];
      if (after) {
        // A row value, so SQLite seeks the (issued_at, id) index instead of scanning.
        where.push('(issued_at, id) > (?, ?)');
        params.push(after[0], after[1]);
      }
      if (from !== undefined) {
        where.push('issued_at >= ?');
        params.push(from);
      }
      if (before !== undefined) {
        where.push('issued_at < ?');
        params.push(before);
      }
      const columns = `id, learner_ref, achievement_id, title, issued_at, status, status_reason, status_changed_at, ${query.withDocument ? 'document' : 'NULL AS document'}`;
      const sql = `SELECT ${columns} FROM credentials ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY issued_at, id LIMIT ?`;
      const rows = db.prepare(sql).all(...params, limit + 1) as CredentialRow[];
      const items = rows.slice(0, limit).map(scannedCredential);
      const last = items[items.length - 1];
      return rows.length > limit && last ? { items, nextCursor: encodeCursor(last.issuedAt, last.id) } : { items };
    },
    async setStatus(id, change: StatusChange) {
      guard();
      checkId(id);
      const at = checkChange(change);
      return setStatusTx.immediate(id, change.status, change.reason, at);
    },
    async getStatusList(id) {
      guard();
      checkId(id);
      const row = st.list.get(id) as StatusListRow | undefined;
      return row && toList(row);
    },
    async listStatusLists() {
      guard();
      return (st.lists.all() as Array<Omit<StatusListRow, 'bits' | 'signed'>>).map((row) => {
        const list = {
          id: row.id,
          purpose: row.purpose,
          size: row.size,
          version: row.version,
          allocated: row.allocated,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        };
        return row.signed_version === null ? list : { ...list, signedVersion: row.signed_version };
      });
    },
    async saveSignedStatusList(id, version, signed) {
      guard();
      checkId(id);
      return st.saveSigned.run(signed, version, id, version, version).changes === 1;
    },
    async learnerRefSecret() {
      guard();
      if (!secret) {
        st.insertSecret.run(randomBytes(32));
        secret = new Uint8Array((st.secret.get() as { value: Buffer }).value);
      }
      return new Uint8Array(secret);
    },
    async ping() {
      guard();
      // Read the store's own tables, not a constant: a file emptied or damaged under a
      // running service must show up in /healthz.
      try {
        st.health.get();
      } catch (cause) {
        const code = (cause as { code?: string }).code;
        const damaged = code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code === 'SQLITE_ERROR';
        throw new StoreError(damaged ? 'ERR_STORE_DAMAGED' : 'ERR_STORE_UNAVAILABLE', `The SQLite store does not answer: ${(cause as Error).message}`, { cause });
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
  return Object.freeze(store);
}
