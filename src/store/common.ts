/**
 * Pieces shared by the SQLite and PostgreSQL stores: argument checks, bit order, random
 * positions, list ids and page cursors.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { StoreError } from '../errors.js';
import {
  type AllocateOptions,
  type CredentialRecord,
  type CredentialState,
  type ListCredentialsQuery,
  type NewCredentialRecord,
  type ScanCredentialsQuery,
  type ScannedCredential,
  type StatusListRecord,
  type StatusChange,
  type StatusPurpose,
  STATUS_PURPOSES,
} from './types.js';

/** Entries in a list: the W3C minimum, 131,072 bits = 16 KB uncompressed (herd privacy). */
export const MIN_LIST_SIZE = 131_072;
/** Default list size. */
export const DEFAULT_LIST_SIZE = MIN_LIST_SIZE;
/** Largest list the stores create (8 Mi entries = 1 MiB). */
export const MAX_LIST_SIZE = 8 * 1024 * 1024;
/**
 * Share of a list handed out before a new list is opened. Random probing stays cheap (at most
 * ten expected tries at the end) while the list stays large enough to hide each credential.
 */
export const FILL_LIMIT = 0.9;
/** Random tries for a free position before giving up on a list (and marking it full). */
export const MAX_PROBES = 64;

const MAX_TEXT = 2048;
const MAX_DOCUMENT = 4 * 1024 * 1024;

/** Bit `index` of `bits`, W3C order (index 0 is the most significant bit of byte 0). */
export function getBit(bits: Uint8Array, index: number): boolean {
  return ((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
}

/** Sets or clears bit `index` of `bits` in place, W3C order. */
export function setBit(bits: Uint8Array, index: number, on: boolean): void {
  const mask = 0x80 >> (index & 7);
  const byte = bits[index >> 3] ?? 0;
  bits[index >> 3] = on ? byte | mask : byte & ~mask;
}

/** PostgreSQL `set_bit(bytea, n, …)` numbers bits from the least significant end of each byte. */
export function pgBitNumber(index: number): number {
  return (index & ~7) | (7 - (index & 7));
}

/** A uniformly random position in `[0, size)` (crypto RNG). */
export function randomIndex(size: number): number {
  return randomInt(0, size);
}

/** A fresh, unguessable status list id (URL-safe). */
export function newListId(): string {
  return randomBytes(12).toString('base64url');
}

/** Positions a list may hand out before it counts as full. */
export function capacityOf(size: number): number {
  return Math.floor(size * FILL_LIMIT);
}

/** The wanted state of each purpose's bit for a credential state. */
export function bitFor(purpose: StatusPurpose, state: CredentialState): boolean {
  return (purpose === 'revocation' && state === 'revoked') || (purpose === 'suspension' && state === 'suspended');
}

function invalid(message: string): never {
  throw new StoreError('ERR_STORE_INVALID', message);
}

function checkText(value: unknown, name: string, max = MAX_TEXT): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || value.length === 0 || value.length > max) invalid(`${name} must be a non-empty string of at most ${max} characters.`);
}

/** Checks a credential id. */
export function checkId(id: unknown, name = 'id'): asserts id is string {
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_TEXT) invalid(`${name} must be a non-empty string of at most ${MAX_TEXT} characters.`);
}

/** Checks {@link AllocateOptions}; returns the purposes deduplicated in lock order and the list size. */
export function checkAllocate(options: AllocateOptions): { purposes: StatusPurpose[]; listSize: number } {
  if (typeof options !== 'object' || options === null) invalid('allocateStatus needs options.');
  checkId(options.credentialId, 'credentialId');
  if (!Array.isArray(options.purposes) || options.purposes.length === 0) invalid('purposes must list at least one status purpose.');
  for (const p of options.purposes) if (!STATUS_PURPOSES.includes(p)) invalid(`Unknown status purpose "${String(p)}"; known: ${STATUS_PURPOSES.join(', ')}.`);
  const purposes = STATUS_PURPOSES.filter((p) => options.purposes.includes(p));
  const listSize = options.listSize ?? DEFAULT_LIST_SIZE;
  if (!Number.isInteger(listSize) || listSize < MIN_LIST_SIZE || listSize > MAX_LIST_SIZE || listSize % 8 !== 0) {
    invalid(`listSize must be a multiple of 8 between ${MIN_LIST_SIZE} and ${MAX_LIST_SIZE}.`);
  }
  return { purposes, listSize };
}

/** Checks a {@link NewCredentialRecord}. */
export function checkRecord(record: NewCredentialRecord): void {
  if (typeof record !== 'object' || record === null) invalid('recordCredential needs a record.');
  checkId(record.id);
  checkText(record.learnerRef, 'learnerRef');
  checkText(record.achievementId, 'achievementId');
  checkText(record.title, 'title');
  if (typeof record.issuedAt !== 'string' || Number.isNaN(Date.parse(record.issuedAt))) invalid('issuedAt must be an ISO 8601 date-time.');
  checkText(record.document, 'document', MAX_DOCUMENT);
}

/** Checks a {@link StatusChange}; returns the time as ISO text. */
export function checkChange(change: StatusChange): string {
  if (typeof change !== 'object' || change === null) invalid('setStatus needs a change.');
  if (!['active', 'revoked', 'suspended'].includes(change.status)) invalid(`Unknown status "${String(change.status)}".`);
  checkText(change.reason, 'reason', 1000);
  const at = change.at ?? new Date();
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) invalid('at must be a valid Date.');
  return at.toISOString();
}

/** Page size within 1–1000 (default 100). */
export function pageSize(query: ListCredentialsQuery): number {
  const limit = query.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) invalid('limit must be an integer from 1 to 1000.');
  return limit;
}

/** Checks a {@link ScanCredentialsQuery}: page size (default 1,000) and the time bounds as UTC ISO text. */
export function checkScan(query: ScanCredentialsQuery): { limit: number; from?: string; before?: string } {
  const limit = query.limit ?? 1000;
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) invalid('limit must be an integer from 1 to 10000.');
  const instant = (value: unknown, name: string): string | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) invalid(`${name} must be an ISO 8601 date-time.`);
    return isoUtc(value);
  };
  const out: { limit: number; from?: string; before?: string } = { limit };
  const from = instant(query.issuedFrom, 'issuedFrom');
  const before = instant(query.issuedBefore, 'issuedBefore');
  if (from !== undefined) out.from = from;
  if (before !== undefined) out.before = before;
  return out;
}

/** Turns a credential row into a scanned record (no status positions; the document only when read). */
export function scannedCredential(row: CredentialRow): ScannedCredential {
  const { statusEntries: _entries, ...record } = credentialRecord(row, []);
  return record;
}

/** Keyset cursor: the (issuedAt, id) of the last item of a page. */
export function encodeCursor(issuedAt: string, id: string): string {
  return Buffer.from(JSON.stringify([issuedAt, id]), 'utf8').toString('base64url');
}

/** Reads a cursor made by {@link encodeCursor}. */
export function decodeCursor(cursor: string | undefined): [string, string] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') return [value[0], value[1]];
  } catch {
    // fall through
  }
  invalid('Invalid cursor.');
}

/** Normalises an ISO date-time to UTC `…Z` form so text order equals time order. */
export function isoUtc(value: string): string {
  return new Date(value).toISOString();
}

/** The error for a missing entry of `purpose`. */
export function purposeMissing(id: string, purpose: StatusPurpose): StoreError {
  const verb = purpose === 'revocation' ? 'revoked' : 'suspended';
  return new StoreError(
    'ERR_STATUS_PURPOSE_MISSING',
    `Credential ${id} cannot be ${verb}: it was issued without a "${purpose}" status entry.`,
  );
}

/** A credential row as both databases return it, dates as ISO 8601 text. */
export interface CredentialRow {
  id: string;
  learner_ref: string | null;
  achievement_id: string | null;
  title: string | null;
  issued_at: string;
  status: CredentialState;
  status_reason: string | null;
  status_changed_at: string | null;
  document: string | null;
}

/** Turns a credential row and its status entry rows into a record (absent columns stay absent). */
export function credentialRecord(row: CredentialRow, entries: ReadonlyArray<{ list_id: string; purpose: StatusPurpose; idx: number }>): CredentialRecord {
  const record: CredentialRecord = {
    id: row.id,
    issuedAt: row.issued_at,
    status: row.status,
    statusEntries: entries.map((e) => ({ listId: e.list_id, purpose: e.purpose, index: e.idx })),
  };
  if (row.learner_ref !== null) record.learnerRef = row.learner_ref;
  if (row.achievement_id !== null) record.achievementId = row.achievement_id;
  if (row.title !== null) record.title = row.title;
  if (row.status_reason !== null) record.statusReason = row.status_reason;
  if (row.status_changed_at !== null) record.statusChangedAt = row.status_changed_at;
  if (row.document !== null) record.document = row.document;
  return record;
}

/** A status list row as both databases return it, dates as ISO 8601 text. */
export interface StatusListRow {
  id: string;
  purpose: StatusPurpose;
  size: number;
  bits: Uint8Array;
  version: number;
  allocated: number;
  created_at: string;
  updated_at: string;
  signed: string | null;
  signed_version: number | null;
}

/** Turns a status list row into a record (the bits are copied out of the driver's buffer). */
export function statusListRecord(row: StatusListRow): StatusListRecord {
  const list: StatusListRecord = {
    id: row.id,
    purpose: row.purpose,
    size: row.size,
    bits: new Uint8Array(row.bits),
    version: row.version,
    allocated: row.allocated,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.signed !== null) list.signed = row.signed;
  if (row.signed_version !== null) list.signedVersion = row.signed_version;
  return list;
}
