/**
 * The store contract: what an issuing institution keeps about the credentials it issued and the
 * status lists it publishes. Two implementations pass the same test suite: embedded SQLite
 * (`openSqliteStore`) and PostgreSQL (`openPostgresStore`).
 */

/** Purposes of a W3C Bitstring Status List this project issues. */
export type StatusPurpose = 'revocation' | 'suspension';

/** Every status purpose, in the order locks are taken and entries are emitted. */
export const STATUS_PURPOSES: readonly StatusPurpose[] = Object.freeze(['revocation', 'suspension']);

/** The state of an issued credential. */
export type CredentialState = 'active' | 'revoked' | 'suspended';

/** One allocated position in a status list. */
export interface StatusAllocation {
  /** Status list id (the last path segment of its URL). */
  listId: string;
  purpose: StatusPurpose;
  /** Zero-based bit position in the list. */
  index: number;
}

/**
 * What the store keeps about one issued credential.
 *
 * Personal data kept: `learnerRef` only — either the caller's own opaque reference, or a keyed
 * hash (HMAC-SHA-256 with a per-store secret) of the learner's identifier, so that an
 * institution can find a learner's credentials without the store holding names, e-mail
 * addresses or student numbers in clear. `document` (the signed credential, which does contain
 * the learner's data) is kept only when the operator enables publication. See
 * docs/data-protection.md.
 */
export interface CredentialRecord {
  /** The credential's `id` (URL or `urn:uuid:`). */
  id: string;
  /** Pseudonymous learner reference (see above), or undefined. */
  learnerRef?: string;
  /** The achievement's id (`credentialSubject.achievement.id`), when there is one. */
  achievementId?: string;
  /** Title of the credential (the course name; not personal data). */
  title?: string;
  /** Issue date-time (ISO 8601). */
  issuedAt: string;
  status: CredentialState;
  /** Why it was revoked or suspended, as the operator wrote it. */
  statusReason?: string;
  /** When the status last changed (ISO 8601). */
  statusChangedAt?: string;
  /** Status list positions allocated to this credential. */
  statusEntries: StatusAllocation[];
  /** The signed credential, kept only when publication is enabled. */
  document?: string;
}

/** What {@link Store.recordCredential} needs. */
export interface NewCredentialRecord {
  id: string;
  learnerRef?: string;
  achievementId?: string;
  title?: string;
  issuedAt: string;
  /** The signed credential (JSON text or compact JWT); keep it only to publish it. */
  document?: string;
}

/** A status list as stored: the raw bitstring, not yet signed. */
export interface StatusListRecord {
  id: string;
  purpose: StatusPurpose;
  /** Number of entries (bits). */
  size: number;
  /** The bitstring, `size / 8` bytes; bit 0 is the most significant bit of byte 0 (W3C order). */
  bits: Uint8Array;
  /** Bumped on every bit change. */
  version: number;
  /** Positions handed out so far. */
  allocated: number;
  createdAt: string;
  updatedAt: string;
  /** Last signed list credential (JSON text or compact JWT) and the version it was signed at. */
  signed?: string;
  signedVersion?: number;
}

/** Filters and paging of {@link Store.listCredentials}. */
export interface ListCredentialsQuery {
  /** Page size, 1–1000. Default 100. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
  status?: CredentialState;
  achievementId?: string;
  learnerRef?: string;
}

/** One page of records, newest first. */
export interface CredentialPage {
  items: CredentialRecord[];
  /** Pass as `cursor` for the next page; absent on the last page. */
  nextCursor?: string;
}

/** Filters and paging of {@link Store.scanCredentials} (exports: registry records, statistics). */
export interface ScanCredentialsQuery {
  /** Only credentials issued at or after this instant (ISO 8601). */
  issuedFrom?: string;
  /** Only credentials issued before this instant (ISO 8601, exclusive). */
  issuedBefore?: string;
  /** Page size, 1–10,000. Default 1,000. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
  /** Also read the kept signed credential (`document`), when there is one. Default false. */
  withDocument?: boolean;
}

/** A record as {@link Store.scanCredentials} returns it: no status list positions. */
export type ScannedCredential = Omit<CredentialRecord, 'statusEntries'>;

/** One page of {@link Store.scanCredentials}, oldest first. */
export interface ScanPage {
  items: ScannedCredential[];
  /** Pass as `cursor` for the next page; absent on the last page. */
  nextCursor?: string;
}

/** A status change asked of {@link Store.setStatus}. */
export interface StatusChange {
  status: CredentialState;
  reason?: string;
  /** Time of the change; default now. */
  at?: Date;
}

/** What {@link Store.setStatus} did. */
export interface StatusChangeResult {
  record: CredentialRecord;
  /** Lists whose bits changed (their version was bumped), with their new version. */
  changedLists: Array<{ id: string; version: number }>;
}

/** Options of {@link Store.allocateStatus}. */
export interface AllocateOptions {
  /** The credential the positions are for (recorded with each position). */
  credentialId: string;
  /** One position per purpose. */
  purposes: readonly StatusPurpose[];
  /** Size of lists created from now on. Default and minimum 131,072 (16 KB). */
  listSize?: number;
}

/**
 * Storage of issued credential records and status lists.
 *
 * Guarantees every implementation gives, under concurrent use from several connections and
 * processes: a status list position is never handed out twice; status changes are never lost
 * (each bit change is applied to the latest committed bitstring and bumps its version).
 */
export interface Store {
  /** `sqlite` or `postgres`. */
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Picks one random, never used position per purpose (in a list of that purpose with room
   * left, creating a new list when all are full) and records it for `credentialId`.
   * @throws StoreError `ERR_STORE_INVALID` on bad arguments.
   */
  allocateStatus(options: AllocateOptions): Promise<StatusAllocation[]>;
  /**
   * Keeps the record of an issued credential, with the positions allocated to its id.
   * @throws StoreError `ERR_STORE_DUPLICATE` when a credential with this id is already recorded.
   */
  recordCredential(record: NewCredentialRecord): Promise<CredentialRecord>;
  /** The record of `id`, or undefined. */
  getCredential(id: string): Promise<CredentialRecord | undefined>;
  /** Issued credentials, newest first, paged with an opaque cursor. */
  listCredentials(query?: ListCredentialsQuery): Promise<CredentialPage>;
  /**
   * Issued credentials in issue order (oldest first), filtered by issue time and paged with an
   * opaque cursor; without their status positions, and without the document unless asked. What
   * the registry and statistics exports read.
   * @throws StoreError `ERR_STORE_INVALID` on bad arguments.
   */
  scanCredentials(query?: ScanCredentialsQuery): Promise<ScanPage>;
  /**
   * Sets a credential's state and, atomically, its bits: the revocation bit is set exactly when
   * the state is `revoked`, the suspension bit exactly when it is `suspended`.
   * @throws StoreError `ERR_STORE_NOT_FOUND` (no such record), `ERR_STATUS_PURPOSE_MISSING`
   * (e.g. suspending a credential that has no suspension entry).
   */
  setStatus(id: string, change: StatusChange): Promise<StatusChangeResult>;
  /** The status list `id`, or undefined. */
  getStatusList(id: string): Promise<StatusListRecord | undefined>;
  /** Ids, purposes, sizes and versions of every list (no bits). */
  listStatusLists(): Promise<Array<Omit<StatusListRecord, 'bits' | 'signed'>>>;
  /**
   * Caches the signed credential of a list at `version`. Ignored when a newer version is already
   * cached (or `version` is no longer the list's), so concurrent signers never replace a newer
   * list by an older one; the same version is replaced, since lists are re-signed to stay valid.
   * @returns whether it was stored.
   */
  saveSignedStatusList(id: string, version: number, signed: string): Promise<boolean>;
  /**
   * A stable secret of this store (32 random bytes, created on first use), used to derive
   * pseudonymous learner references. Shared by every instance using the same database.
   */
  learnerRefSecret(): Promise<Uint8Array>;
  /** Cheap liveness check (the database answers). */
  ping(): Promise<void>;
  /** Closes connections. The store cannot be used afterwards. */
  close(): Promise<void>;
}
