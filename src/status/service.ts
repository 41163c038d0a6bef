/**
 * The issuer side of status lists: allocate entries, revoke / suspend / reinstate, and publish
 * each list as a `BitstringStatusListCredential` signed by the issuer through the suite registry.
 */
import { createCredential, BitstringStatusList } from '@digitalbazaar/vc-bitstring-status-list';
import { InvalidArgumentError, StatusError } from '../errors.js';
import { decodeBase64UrlStrict } from '../seal/encoding.js';
import type { KeyFile, Signer, SuiteName } from '../keys/types.js';
import { signerFromKeyFile } from '../keys/signer.js';
import { defaultDocumentLoader } from '../loader/default.js';
import type { DocumentLoader } from '../loader/document-loader.js';
import type { CredentialRecord, StatusChangeResult, StatusListRecord, StatusPurpose, Store } from '../store/types.js';
import { DEFAULT_SUITE, type SuiteRegistry, createSuiteRegistry } from '../suites/registry.js';
import type { SignedCredential } from '../suites/types.js';
import { type AllocatedStatus, allocateStatus, listIdFromUrl, normaliseBaseUrl, statusListUrl } from './entry.js';
import { type RecordOptions, recordFor } from './records.js';

/** A signed status list: a credential object with embedded proof, or a compact VC-JWT. */
export type SignedStatusList = SignedCredential | string;

/** Options of {@link createStatusService}. */
export interface StatusServiceOptions {
  store: Store;
  /**
   * Public base URL lists are published under (`<base>/status-lists/<id>`). A function is asked
   * each time, for servers that learn their address only once listening.
   */
  publicBaseUrl: string | (() => string);
  /** Issuer key file. Give this or `signer`. */
  key?: KeyFile;
  /** Your own signer (KMS/HSM); its `id` is the verification method. */
  signer?: Signer;
  /** Issuer id of the lists; default the key's controller (or the signer id before `#`). */
  issuer?: string;
  /** Suite signing the lists; default the key's suite, else `eddsa-rdfc-2022`. */
  suite?: SuiteName;
  suites?: SuiteRegistry;
  documentLoader?: DocumentLoader;
  /** Size of new lists; default and minimum 131,072 entries. */
  listSize?: number;
  /**
   * Signed lists carry `validUntil` = `validFrom` + this many seconds, so that a list signed
   * before a revocation stops verifying at the latest this long after it. Served lists are
   * re-signed before they run out, so a served list is never expired. Default 86,400 (24 h);
   * 60 s to 366 days.
   */
  validitySeconds?: number;
  /**
   * The list's `ttl` (published in milliseconds, as Bitstring Status List v1.0 defines it): how
   * long a verifier may cache it. A cached signature older than this is replaced on the next
   * request, so a list is at most this old when served (verifiers may ask for it with
   * `status.maxAgeSeconds`). Default 300 (5 min); at most `validitySeconds`.
   */
  ttlSeconds?: number;
}

/** Default validity of a signed status list, in seconds (24 h). */
export const DEFAULT_STATUS_LIST_VALIDITY_SECONDS = 86_400;
/** Default `ttl` of a signed status list, in seconds (5 min). */
export const DEFAULT_STATUS_LIST_TTL_SECONDS = 300;
const MAX_VALIDITY_SECONDS = 366 * 86_400;

/** Options of {@link StatusService.allocate}. */
export interface AllocateEntryOptions {
  /** Default `['revocation']` (one entry, as Open Badges 3.0 wants). */
  purposes?: readonly StatusPurpose[];
}

/** Issuer-side status operations, bound to one store and one signing key. */
export interface StatusService {
  readonly store: Store;
  /** Issuer id the lists are signed as. */
  readonly issuer: string;
  /** The current public base URL. */
  baseUrl(): string;
  /** Allocates the entries for a credential id; put `credentialStatus` in the unsigned credential. */
  allocate(credentialId: string, options?: AllocateEntryOptions): Promise<AllocatedStatus>;
  /** Records an issued credential (see `recordFor` for what is kept). */
  record(signed: Record<string, unknown>, options?: RecordOptions & { document?: string }): Promise<CredentialRecord>;
  /**
   * Revokes: sets the revocation bit, re-signs the list (new `validFrom`). The change is durable
   * once the store has it: should re-signing fail (signer down), the error is thrown but the list
   * is re-signed on its next request.
   * @throws StoreError `ERR_STORE_NOT_FOUND` / `ERR_STATUS_PURPOSE_MISSING`.
   */
  revoke(credentialId: string, reason?: string): Promise<StatusChangeResult>;
  /** Suspends: sets the suspension bit, re-signs the list. */
  suspend(credentialId: string, reason?: string): Promise<StatusChangeResult>;
  /** Makes the credential active again: clears its bits, re-signs the lists. */
  reinstate(credentialId: string): Promise<StatusChangeResult>;
  /** The signed list credential of `listId` at its current version (cached; re-signed after each change). @throws StatusError `ERR_STATUS_LIST_UNKNOWN`. */
  statusListCredential(listId: string): Promise<SignedStatusList>;
  /** Resolves this service's own list URLs offline; rejects (`ERR_STATUS_LIST_UNKNOWN`) for any other URL. */
  resolveStatusList(url: string): Promise<SignedStatusList>;
}

/** Re-sign a cached list when less than this share of its validity is left. */
const REFRESH_SHARE = 0.1;

/** Milliseconds of a dateTime string or JWT NumericDate, if it is one. */
const timeOf = (value: unknown): number | undefined => {
  const ms = typeof value === 'string' ? Date.parse(value) : typeof value === 'number' ? value * 1000 : Number.NaN;
  return Number.isNaN(ms) ? undefined : ms;
};

/** What a cached signed list says about itself: its id, signing key and validity. */
function describeSigned(signed: string): { id?: string; verificationMethod?: string; validFrom?: number; validUntil?: number; ttl?: unknown } {
  try {
    if (signed.startsWith('{')) {
      const doc = JSON.parse(signed) as Record<string, unknown>;
      const proofs = Array.isArray(doc.proof) ? doc.proof : [doc.proof];
      const vm = (proofs[0] as Record<string, unknown> | undefined)?.verificationMethod;
      return {
        ...(typeof doc.id === 'string' ? { id: doc.id } : {}),
        ...(typeof vm === 'string' ? { verificationMethod: vm } : {}),
        validFrom: timeOf(doc.validFrom),
        validUntil: timeOf(doc.validUntil),
        ttl: (doc.credentialSubject as Record<string, unknown> | undefined)?.ttl,
      };
    }
    // Header and payload only: the third part is the signature, not JSON.
    const [header, payload] = signed
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(new TextDecoder().decode(decodeBase64UrlStrict(part) ?? new Uint8Array())) as Record<string, unknown>);
    const vc = (payload?.vc as Record<string, unknown> | undefined) ?? payload ?? {};
    const id = vc.id ?? payload?.jti;
    return {
      ...(typeof id === 'string' ? { id } : {}),
      ...(typeof header?.kid === 'string' ? { verificationMethod: header.kid } : {}),
      validFrom: timeOf(vc.validFrom ?? payload?.nbf ?? payload?.iat),
      validUntil: timeOf(vc.validUntil ?? payload?.exp),
      ttl: (vc.credentialSubject as Record<string, unknown> | undefined)?.ttl,
    };
  } catch {
    return {};
  }
}

/**
 * Creates the issuer-side status service.
 *
 * @example
 * const status = await createStatusService({ store, key, publicBaseUrl: 'https://badges.example.edu' });
 * const { credentialStatus } = await status.allocate(unsigned.id);
 * const signed = await suite.issue({ ...unsigned, credentialStatus }, { signer });
 * await status.record(signed);
 * await status.revoke(unsigned.id, 'Issued in error');
 */
export async function createStatusService(options: StatusServiceOptions): Promise<StatusService> {
  const { store } = options;
  if (!store || typeof store.allocateStatus !== 'function') throw new InvalidArgumentError('ERR_STATUS_OPTIONS', 'createStatusService needs a store.');
  if (!options.signer && !options.key) throw new InvalidArgumentError('ERR_KEY_REQUIRED', 'createStatusService needs a key (options.key) or a signer (options.signer).');
  const baseUrl = () => normaliseBaseUrl(typeof options.publicBaseUrl === 'function' ? options.publicBaseUrl() : options.publicBaseUrl);
  if (typeof options.publicBaseUrl === 'string') baseUrl();
  const validitySeconds = options.validitySeconds ?? DEFAULT_STATUS_LIST_VALIDITY_SECONDS;
  if (!(Number.isFinite(validitySeconds) && validitySeconds >= 60 && validitySeconds <= MAX_VALIDITY_SECONDS)) {
    throw new InvalidArgumentError('ERR_STATUS_OPTIONS', `validitySeconds must be from 60 to ${MAX_VALIDITY_SECONDS} (366 days).`);
  }
  const ttlSeconds = options.ttlSeconds ?? Math.min(DEFAULT_STATUS_LIST_TTL_SECONDS, validitySeconds);
  if (!(Number.isFinite(ttlSeconds) && ttlSeconds >= 1 && ttlSeconds <= validitySeconds)) {
    throw new InvalidArgumentError('ERR_STATUS_OPTIONS', 'ttlSeconds must be from 1 to validitySeconds.');
  }
  const signer = options.signer ?? (await signerFromKeyFile(options.key));
  const issuer = options.issuer ?? options.key?.controller ?? signer.id.split('#')[0]!;
  const suite = (options.suites ?? createSuiteRegistry()).get(options.suite ?? options.key?.suite ?? DEFAULT_SUITE);
  const documentLoader = options.documentLoader ?? defaultDocumentLoader();
  const inFlight = new Map<string, Promise<SignedStatusList>>();

  async function sign(list: StatusListRecord): Promise<SignedStatusList> {
    const id = statusListUrl(baseUrl(), list.id);
    const unsigned = await createCredential({ id, list: new BitstringStatusList({ buffer: new Uint8Array(list.bits) }), statusPurpose: list.purpose });
    const now = Date.now();
    const credential: Record<string, unknown> = {
      ...unsigned,
      issuer,
      validFrom: new Date(now).toISOString(),
      validUntil: new Date(now + validitySeconds * 1000).toISOString(),
      credentialSubject: { ...(unsigned.credentialSubject as Record<string, unknown>), ttl: Math.round(ttlSeconds * 1000) },
    };
    return suite.issue(credential, { signer, documentLoader });
  }

  /**
   * A cached signature is reused only for the same version, URL, key, validity and ttl, while it
   * is younger than the ttl and valid long enough: what is served is never expired and at most
   * ttl old.
   */
  function fresh(list: StatusListRecord): boolean {
    if (list.signed === undefined || list.signedVersion !== list.version) return false;
    const cached = describeSigned(list.signed);
    if (cached.id !== statusListUrl(baseUrl(), list.id) || cached.verificationMethod !== signer.id) return false;
    const now = Date.now();
    if (cached.validFrom === undefined || cached.validUntil === undefined || cached.ttl !== Math.round(ttlSeconds * 1000)) return false;
    if (cached.validUntil - cached.validFrom !== validitySeconds * 1000) return false;
    if (cached.validFrom > now || now - cached.validFrom >= ttlSeconds * 1000) return false;
    return cached.validUntil - now > validitySeconds * 1000 * REFRESH_SHARE;
  }

  async function current(listId: string): Promise<SignedStatusList> {
    const list = await store.getStatusList(listId);
    if (!list) throw new StatusError('ERR_STATUS_LIST_UNKNOWN', `No status list "${listId}".`);
    if (fresh(list)) return list.signed!.startsWith('{') ? (JSON.parse(list.signed!) as SignedCredential) : list.signed!;
    // One signature per list version at a time, however many requests ask.
    const key = `${list.id}@${list.version}`;
    let pending = inFlight.get(key);
    if (!pending) {
      pending = (async () => {
        const signed = await sign(list);
        await store.saveSignedStatusList(list.id, list.version, typeof signed === 'string' ? signed : JSON.stringify(signed));
        return signed;
      })().finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  }

  async function change(id: string, status: 'active' | 'revoked' | 'suspended', reason?: string): Promise<StatusChangeResult> {
    const result = await store.setStatus(id, { status, reason });
    await Promise.all(result.changedLists.map((l) => current(l.id)));
    return result;
  }

  const service: StatusService = {
    store,
    issuer,
    baseUrl,
    allocate: (credentialId, allocateOptions = {}) =>
      allocateStatus(store, { credentialId, publicBaseUrl: baseUrl(), purposes: allocateOptions.purposes, listSize: options.listSize }),
    async record(signed, recordOptions = {}) {
      const secret = recordOptions.learnerRef === undefined ? await store.learnerRefSecret() : undefined;
      return store.recordCredential(recordFor(signed, { ...recordOptions, secret }));
    },
    revoke: (id, reason) => change(id, 'revoked', reason),
    suspend: (id, reason) => change(id, 'suspended', reason),
    reinstate: (id) => change(id, 'active'),
    statusListCredential: current,
    async resolveStatusList(url) {
      const listId = listIdFromUrl(baseUrl(), url);
      if (listId === undefined) throw new StatusError('ERR_STATUS_LIST_UNKNOWN', `${url} is not a status list of this service.`);
      return current(listId);
    },
  };
  return Object.freeze(service);
}
