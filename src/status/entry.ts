/**
 * `credentialStatus` entries (W3C Bitstring Status List v1.0) and where their lists live.
 */
import { StatusError } from '../errors.js';
import type { StatusAllocation, StatusPurpose, Store } from '../store/types.js';

/** A `BitstringStatusListEntry`, as put in a credential's `credentialStatus`. */
export interface BitstringStatusListEntry {
  /** `<list URL>#<index>`: Open Badges 3.0 requires an `id` on `credentialStatus`. */
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: StatusPurpose;
  /** Base-10 string, as the specification requires. */
  statusListIndex: string;
  /** URL of the `BitstringStatusListCredential`. */
  statusListCredential: string;
}

/** Path of the status lists under a service's base URL. */
export const STATUS_LIST_PATH = '/status-lists/';

/** Checks and normalises a public base URL (no trailing slash). */
export function normaliseBaseUrl(publicBaseUrl: string): string {
  let url: URL;
  try {
    url = new URL(publicBaseUrl);
  } catch {
    throw new StatusError('ERR_STATUS_OPTIONS', `publicBaseUrl "${publicBaseUrl}" is not a URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new StatusError('ERR_STATUS_OPTIONS', 'publicBaseUrl must be an https (or http) URL.');
  if (url.search || url.hash) throw new StatusError('ERR_STATUS_OPTIONS', 'publicBaseUrl must have no query or fragment.');
  return url.href.replace(/\/+$/, '');
}

/** The URL a status list is published at: `<publicBaseUrl>/status-lists/<listId>`. */
export function statusListUrl(publicBaseUrl: string, listId: string): string {
  return `${normaliseBaseUrl(publicBaseUrl)}${STATUS_LIST_PATH}${encodeURIComponent(listId)}`;
}

/**
 * The list id of a status list URL of this service, or undefined when `url` is not one.
 * Only the path and origin are compared.
 */
export function listIdFromUrl(publicBaseUrl: string, url: string): string | undefined {
  const prefix = `${normaliseBaseUrl(publicBaseUrl)}${STATUS_LIST_PATH}`;
  const bare = url.split('#')[0]!;
  if (!bare.startsWith(prefix)) return undefined;
  const id = decodeURIComponent(bare.slice(prefix.length));
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : undefined;
}

/** Options of {@link statusEntryFor}. */
export interface StatusEntryOptions {
  /** Base URL the service publishes lists under, e.g. `https://badges.example.edu`. */
  publicBaseUrl: string;
  listId: string;
  index: number;
  purpose: StatusPurpose;
}

/**
 * The `BitstringStatusListEntry` for one allocated position.
 *
 * @example
 * statusEntryFor({ publicBaseUrl: 'https://badges.example.edu', listId: 'k3…', index: 94567, purpose: 'revocation' });
 * // { id: 'https://badges.example.edu/status-lists/k3…#94567', type: 'BitstringStatusListEntry',
 * //   statusPurpose: 'revocation', statusListIndex: '94567', statusListCredential: 'https://badges.example.edu/status-lists/k3…' }
 */
export function statusEntryFor(options: StatusEntryOptions): BitstringStatusListEntry {
  const list = statusListUrl(options.publicBaseUrl, options.listId);
  return {
    id: `${list}#${options.index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: options.purpose,
    statusListIndex: String(options.index),
    statusListCredential: list,
  };
}

/**
 * The `credentialStatus` value for some entries: the entry itself when there is one (the form
 * the Open Badges 3.0 schema requires: at most one `credentialStatus` object), an array otherwise.
 */
export function credentialStatusValue(entries: BitstringStatusListEntry[]): BitstringStatusListEntry | BitstringStatusListEntry[] {
  return entries.length === 1 ? entries[0]! : entries;
}

/** Options of {@link allocateStatus}. */
export interface AllocateStatusOptions {
  /** The id the credential will carry (`urn:uuid:…` or URL). */
  credentialId: string;
  /** Base URL the lists are published under (the service's public URL). */
  publicBaseUrl: string;
  /**
   * Purposes, default `['revocation']`. Open Badges 3.0 allows one `credentialStatus` object, so
   * an OB credential should use one purpose; two give an array (fine for plain VCs).
   */
  purposes?: readonly StatusPurpose[];
  /** Size of new lists; default and minimum 131,072. */
  listSize?: number;
}

/** What {@link allocateStatus} returns. */
export interface AllocatedStatus {
  /** Put this in the unsigned credential as `credentialStatus`, then sign. */
  credentialStatus: BitstringStatusListEntry | BitstringStatusListEntry[];
  /** The same entries, always as an array. */
  entries: BitstringStatusListEntry[];
  /** The raw positions. */
  allocations: StatusAllocation[];
}

/**
 * Allocates random, never reused positions for a credential (one per purpose) and returns the
 * `credentialStatus` to add before signing. Idempotent per credential id and purpose.
 *
 * @example
 * const { credentialStatus } = await allocateStatus(store, { credentialId: unsigned.id, publicBaseUrl: 'https://badges.example.edu' });
 * const signed = await suite.issue({ ...unsigned, credentialStatus }, { signer });
 */
export async function allocateStatus(store: Store, options: AllocateStatusOptions): Promise<AllocatedStatus> {
  const base = normaliseBaseUrl(options.publicBaseUrl);
  const allocations = await store.allocateStatus({
    credentialId: options.credentialId,
    purposes: options.purposes ?? ['revocation'],
    listSize: options.listSize,
  });
  const entries = allocations.map((a) => statusEntryFor({ publicBaseUrl: base, listId: a.listId, index: a.index, purpose: a.purpose }));
  return { credentialStatus: credentialStatusValue(entries), entries, allocations };
}
