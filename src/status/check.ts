/**
 * The verifier side: the `status` check of a verification report. Handles W3C Bitstring Status
 * List entries (revocation and suspension) and the 1EdTech Revocation List
 * (`1EdTechRevocationList`, https://www.imsglobal.org/spec/vcrl/v1p0/).
 */
import type { CheckCode } from '../errors.js';
import { defaultDocumentLoader } from '../loader/default.js';
import type { DocumentLoader } from '../loader/document-loader.js';
import type { Store } from '../store/types.js';
import { type SuiteRegistry, createSuiteRegistry } from '../suites/registry.js';
import type { Check } from '../verify/report.js';
import { EncodedListError, MAX_DECODED_BYTES, MAX_ENCODED_LENGTH, decodeBitstring } from './bitstring.js';
import { isJsonObject as isObject } from '../json.js';

type Json = Record<string, unknown>;

/** Options of {@link checkCredentialStatus}. */
export interface CheckStatusOptions {
  /**
   * Fetches a status list by URL: the `statusListCredential` of a Bitstring entry (a signed
   * credential object, or a compact VC-JWT string) or the `id` of a 1EdTech revocation list (a
   * JSON object). Use an allow-listed fetch (`statusListResolver(createResolver(…))`) or, offline,
   * a local store (`statusService.resolveStatusList`). Without it, status cannot be checked.
   */
  resolveStatusList?: (url: string) => Promise<unknown>;
  /** Loader for the list's verification method; default the bundled offline loader (did:key). */
  documentLoader?: DocumentLoader;
  /** Suites the list's proof is checked with; default the built-in ones. */
  suites?: SuiteRegistry;
  /** Verification time. Default now. */
  at?: Date | string;
  /** Allowed clock difference for the list's validity dates, in seconds. Default 300. */
  clockSkewSeconds?: number;
  /** The issuer's own store, when there is one: revocation reasons are read from it. */
  store?: Pick<Store, 'getCredential'>;
  /** Largest bitstring accepted, in bytes; inflating stops as soon as it is passed. Default 16 MiB. */
  maxListBytes?: number;
  /** Longest `encodedList` accepted, in characters. Default 4 MiB. */
  maxEncodedListLength?: number;
  /**
   * Oldest status list accepted, in seconds: a list whose `validFrom` (else `issuanceDate`, else
   * its proof's `created`) is more than this (plus the clock skew) before the verification time
   * fails with `ERR_STATUS_LIST_STALE`, so a list signed before a revocation cannot be replayed
   * for longer. Without it, only the list's own `validUntil` bounds its age, and a list without
   * one gets `WARN_STATUS_LIST_NO_EXPIRY`. microcred's service serves lists at most their `ttl`
   * (5 min by default) old.
   */
  maxAgeSeconds?: number;
  /**
   * Fail (`ERR_STATUS_LIST_UNAVAILABLE`, `ERR_STATUS_NOT_CHECKED`) when a status list cannot be
   * fetched or no `resolveStatusList` is given, instead of warning. Default false.
   */
  requireStatus?: boolean;
}

/** The outcome for one `credentialStatus` entry (in `Check.details.entries`). */
export interface StatusEntryResult {
  type: string;
  statusPurpose?: string;
  statusListCredential?: string;
  statusListIndex?: string;
  /** `active`, `revoked`, `suspended`, or `unknown` when it could not be checked. */
  status: 'active' | 'revoked' | 'suspended' | 'unknown';
  /** Check status this entry contributes. */
  outcome: 'pass' | 'fail' | 'warn';
  code?: CheckCode;
  message: string;
  reason?: string;
}

/** Minimum bitstring length a list must have (W3C: 131,072 entries, herd privacy). */
export const MIN_STATUS_LIST_BITS = 131_072;

const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : isObject(value) && typeof value.id === 'string' ? value.id : undefined;
const typesOf = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).filter((t): t is string => typeof t === 'string');

/** Adapts a microcred `Resolver` (allow-listed HTTPS fetch) to `resolveStatusList`. */
export function statusListResolver(resolver: { resolve(url: string): Promise<{ document: Readonly<Record<string, unknown>> }> }): (url: string) => Promise<unknown> {
  return async (url) => structuredClone((await resolver.resolve(url)).document) as unknown;
}

interface Context {
  credential: Json;
  issuer: string | undefined;
  options: CheckStatusOptions;
  at: number;
  skewMs: number;
  suites: SuiteRegistry;
  documentLoader: DocumentLoader;
  lists: Map<string, Promise<VerifiedList>>;
}

type VerifiedList = { ok: true; credential: Json; warning?: string } | { ok: false; code: CheckCode; message: string; outcome?: 'warn' };

/** When the list says it was issued: validFrom / issuanceDate, else its (single) proof's `created`. */
function issuedAtOf(list: Json, from: unknown): number | undefined {
  if (typeof from === 'string') return Date.parse(from);
  const proofs = Array.isArray(list.proof) ? list.proof : [list.proof];
  const created = proofs.length === 1 && isObject(proofs[0]) ? proofs[0].created : undefined;
  const ms = typeof created === 'string' ? Date.parse(created) : Number.NaN;
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * A list that could not be fetched: revocation is unknown — a warning that names the list (never
 * a pass), or a failure when the verifier requires status.
 */
function unavailable(ctx: Context, url: string, error: unknown): { ok: false; code: CheckCode; message: string; outcome?: 'warn' } {
  const why = `The status list ${url} could not be retrieved (${(error as Error)?.message ?? String(error)}), so whether the issuer revoked this credential is unknown.`;
  if (ctx.options.requireStatus) return { ok: false, code: 'ERR_STATUS_LIST_UNAVAILABLE', message: `${why} Status is required: not verified.` };
  return { ok: false, code: 'WARN_STATUS_LIST_UNAVAILABLE', message: `${why} Try again later, or ask the issuer.`, outcome: 'warn' };
}

const unknown = (entry: Partial<StatusEntryResult>, code: CheckCode, message: string, outcome: 'fail' | 'warn' = 'fail'): StatusEntryResult => ({
  type: entry.type ?? 'unknown',
  ...entry,
  status: 'unknown',
  outcome,
  code,
  message,
});

async function fetchList(ctx: Context, url: string): Promise<unknown> {
  if (!ctx.options.resolveStatusList) throw Object.assign(new Error('no status list resolver is configured'), { code: 'ERR_STATUS_LIST_UNAVAILABLE' });
  return ctx.options.resolveStatusList(url);
}

/** Fetches and verifies a BitstringStatusListCredential once per URL. */
function verifiedList(ctx: Context, url: string): Promise<VerifiedList> {
  let pending = ctx.lists.get(url);
  if (!pending) {
    pending = loadAndVerify(ctx, url);
    ctx.lists.set(url, pending);
  }
  return pending;
}

async function loadAndVerify(ctx: Context, url: string): Promise<VerifiedList> {
  let fetched: unknown;
  try {
    fetched = await fetchList(ctx, url);
  } catch (error) {
    return unavailable(ctx, url, error);
  }
  if (typeof fetched === 'string') fetched = fetched.trim();
  if (!(isObject(fetched) || typeof fetched === 'string')) {
    return { ok: false, code: 'ERR_STATUS_LIST_MALFORMED', message: `The status list ${url} is not a credential.` };
  }
  const suite = ctx.suites.detect(fetched);
  if (!suite) return { ok: false, code: 'ERR_STATUS_LIST_UNVERIFIED', message: `The status list ${url} carries no proof of a supported suite.` };
  const proof = await suite.verify(fetched, { documentLoader: ctx.documentLoader });
  if (!proof.verified) {
    return { ok: false, code: 'ERR_STATUS_LIST_UNVERIFIED', message: `The status list ${url} does not verify: ${proof.reason ?? proof.code ?? 'bad proof'}.` };
  }
  const list = typeof fetched === 'string' ? proof.credential : fetched;
  if (!isObject(list)) return { ok: false, code: 'ERR_STATUS_LIST_MALFORMED', message: `The status list ${url} is not a credential.` };
  if (!typesOf(list.type).includes('BitstringStatusListCredential')) {
    return { ok: false, code: 'ERR_STATUS_LIST_MALFORMED', message: `${url} is not a BitstringStatusListCredential.` };
  }
  const listIssuer = idOf(list.issuer);
  if (!ctx.issuer || listIssuer !== ctx.issuer) {
    return {
      ok: false,
      code: 'ERR_STATUS_LIST_ISSUER_MISMATCH',
      message: `The status list ${url} is issued by ${listIssuer ?? 'nobody'}, not by the credential's issuer ${ctx.issuer ?? '(none)'}.`,
    };
  }
  if (typeof list.id === 'string' && list.id.split('#')[0] !== url.split('#')[0]) {
    return { ok: false, code: 'ERR_STATUS_LIST_MISMATCH', message: `The list fetched from ${url} says it is ${list.id}.` };
  }
  const from = list.validFrom ?? list.issuanceDate;
  const until = list.validUntil ?? list.expirationDate;
  if (from !== undefined) {
    const start = typeof from === 'string' ? Date.parse(from) : Number.NaN;
    if (Number.isNaN(start)) return { ok: false, code: 'ERR_STATUS_LIST_MALFORMED', message: `The status list ${url} has a bad validFrom.` };
    if (start - ctx.skewMs > ctx.at) return { ok: false, code: 'ERR_STATUS_LIST_NOT_YET_VALID', message: `The status list ${url} is not valid before ${String(from)}.` };
  }
  if (until !== undefined) {
    const end = typeof until === 'string' ? Date.parse(until) : Number.NaN;
    if (Number.isNaN(end)) return { ok: false, code: 'ERR_STATUS_LIST_MALFORMED', message: `The status list ${url} has a bad validUntil.` };
    if (end + ctx.skewMs < ctx.at) {
      return { ok: false, code: 'ERR_STATUS_LIST_EXPIRED', message: `The status list ${url} expired on ${String(until)}: fetch a fresh one from the issuer.` };
    }
  }
  const maxAge = ctx.options.maxAgeSeconds;
  if (maxAge !== undefined) {
    const issuedAt = issuedAtOf(list, from);
    if (issuedAt === undefined) {
      return { ok: false, code: 'ERR_STATUS_LIST_STALE', message: `The status list ${url} says neither when it was issued nor signed, so its age (at most ${maxAge} s asked) cannot be told.` };
    }
    if (ctx.at - issuedAt > maxAge * 1000 + ctx.skewMs) {
      return {
        ok: false,
        code: 'ERR_STATUS_LIST_STALE',
        message: `The status list ${url} was issued ${new Date(issuedAt).toISOString()}, more than ${maxAge} s before the verification time: it may predate a revocation. Fetch a fresh one.`,
      };
    }
    return { ok: true, credential: list };
  }
  if (until === undefined) {
    return {
      ok: true,
      credential: list,
      warning: `The status list ${url} has no validUntil: it could be an old copy from before a revocation (set status.maxAgeSeconds to refuse old lists).`,
    };
  }
  return { ok: true, credential: list };
}

async function reasonFor(ctx: Context, expected: 'revoked' | 'suspended'): Promise<string | undefined> {
  const id = ctx.credential.id;
  if (!ctx.options.store || typeof id !== 'string') return undefined;
  try {
    const record = await ctx.options.store.getCredential(id);
    return record?.status === expected ? record.statusReason : undefined;
  } catch {
    return undefined;
  }
}

async function checkBitstringEntry(ctx: Context, entry: Json): Promise<StatusEntryResult> {
  const base: Partial<StatusEntryResult> = { type: 'BitstringStatusListEntry' };
  const purpose = entry.statusPurpose;
  const url = entry.statusListCredential;
  const rawIndex = entry.statusListIndex;
  if (typeof purpose === 'string') base.statusPurpose = purpose;
  if (typeof url === 'string') base.statusListCredential = url;
  if (typeof rawIndex === 'string' || typeof rawIndex === 'number') base.statusListIndex = String(rawIndex);
  if (typeof purpose !== 'string' || purpose === '') return unknown(base, 'ERR_STATUS_ENTRY_INVALID', 'The status entry has no statusPurpose.');
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return unknown(base, 'ERR_STATUS_ENTRY_INVALID', 'The status entry has no statusListCredential URL.');
  if (entry.id !== undefined && entry.id === url) return unknown(base, 'ERR_STATUS_ENTRY_INVALID', 'The status entry id must differ from its statusListCredential.');
  const indexText = typeof rawIndex === 'number' && Number.isSafeInteger(rawIndex) ? String(rawIndex) : rawIndex;
  if (typeof indexText !== 'string' || !/^(0|[1-9][0-9]{0,15})$/.test(indexText)) {
    return unknown(base, 'ERR_STATUS_ENTRY_INVALID', `statusListIndex must be a base-10 integer string; got ${JSON.stringify(rawIndex)}.`);
  }
  const index = Number(indexText);
  if (purpose !== 'revocation' && purpose !== 'suspension') {
    return unknown(base, 'WARN_STATUS_UNSUPPORTED', `Status purpose "${purpose}" is not checked by this verifier.`, 'warn');
  }
  if (entry.statusSize !== undefined && entry.statusSize !== 1 && entry.statusSize !== '1') {
    return unknown(base, 'WARN_STATUS_UNSUPPORTED', `statusSize ${JSON.stringify(entry.statusSize)} is not supported for "${purpose}" (only 1).`, 'warn');
  }
  const verified = await verifiedList(ctx, url);
  if (!verified.ok) return unknown(base, verified.code, verified.message, verified.outcome);
  const subject = verified.credential.credentialSubject;
  const listSubject = Array.isArray(subject) ? subject[0] : subject;
  if (!isObject(listSubject) || !typesOf(listSubject.type).includes('BitstringStatusList')) {
    return unknown(base, 'ERR_STATUS_LIST_MALFORMED', `The status list ${url} has no BitstringStatusList subject.`);
  }
  const listPurposes = typesOf(listSubject.statusPurpose);
  if (!listPurposes.includes(purpose)) {
    return unknown(base, 'ERR_STATUS_PURPOSE_MISMATCH', `The status list ${url} is for "${listPurposes.join(', ')}", not "${purpose}".`);
  }
  let bits: Uint8Array;
  try {
    bits = decodeBitstring(listSubject.encodedList, {
      maxBytes: ctx.options.maxListBytes ?? MAX_DECODED_BYTES,
      maxEncodedLength: ctx.options.maxEncodedListLength ?? MAX_ENCODED_LENGTH,
    });
  } catch (error) {
    if (error instanceof EncodedListError) return unknown(base, error.code, `The status list ${url}: ${error.message}`);
    return unknown(base, 'ERR_STATUS_LIST_MALFORMED', `The status list ${url}: encodedList cannot be decoded.`);
  }
  if (bits.length * 8 < MIN_STATUS_LIST_BITS) {
    return unknown(base, 'ERR_STATUS_LIST_TOO_SHORT', `The status list ${url} has ${bits.length * 8} entries, fewer than the ${MIN_STATUS_LIST_BITS} required.`);
  }
  if (index >= bits.length * 8) return unknown(base, 'ERR_STATUS_INDEX_OUT_OF_RANGE', `statusListIndex ${index} is beyond the list's ${bits.length * 8} entries.`);
  const set = ((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
  if (!set) {
    const message = `Not ${purpose === 'revocation' ? 'revoked' : 'suspended'} (${url}, entry ${index}).`;
    if (verified.warning) return { ...base, type: 'BitstringStatusListEntry', status: 'active', outcome: 'warn', code: 'WARN_STATUS_LIST_NO_EXPIRY', message: `${message} ${verified.warning}` };
    return { ...base, type: 'BitstringStatusListEntry', status: 'active', outcome: 'pass', message };
  }
  const state = purpose === 'revocation' ? 'revoked' : 'suspended';
  const reason = await reasonFor(ctx, state);
  const result: StatusEntryResult = {
    ...base,
    type: 'BitstringStatusListEntry',
    status: state,
    outcome: 'fail',
    code: state === 'revoked' ? 'ERR_STATUS_REVOKED' : 'ERR_STATUS_SUSPENDED',
    message: `The issuer has ${state} this credential${reason ? `: ${reason}` : ''} (status list ${url}, index ${index}).`,
  };
  if (reason) result.reason = reason;
  return result;
}

async function check1EdTechEntry(ctx: Context, entry: Json): Promise<StatusEntryResult> {
  const base: Partial<StatusEntryResult> = { type: '1EdTechRevocationList' };
  const url = entry.id;
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return unknown(base, 'ERR_STATUS_ENTRY_INVALID', 'The 1EdTechRevocationList entry has no id URL.');
  base.statusListCredential = url;
  let list: unknown;
  try {
    list = await fetchList(ctx, url);
  } catch (error) {
    // 1EdTech's verification rules: an unreachable revocation list is a warning, not an error.
    const down = unavailable(ctx, url, error);
    return unknown(base, down.code, down.message, down.outcome ?? 'fail');
  }
  if (!isObject(list)) return unknown(base, 'ERR_STATUS_LIST_MALFORMED', `The revocation list ${url} is not a JSON object.`);
  const listIssuer = idOf(list.issuer);
  if (listIssuer !== undefined && listIssuer !== ctx.issuer) {
    return unknown(base, 'ERR_STATUS_LIST_ISSUER_MISMATCH', `The revocation list ${url} is issued by ${listIssuer}, not by the credential's issuer.`);
  }
  const items = list.revokedCredentials ?? list.revokedCredential ?? [];
  if (!Array.isArray(items)) return unknown(base, 'ERR_STATUS_LIST_MALFORMED', `The revocation list ${url} has no revokedCredentials array.`);
  const id = ctx.credential.id;
  const hit = typeof id === 'string' ? items.find((item) => isObject(item) && item.id === id && item.revoked !== false) : undefined;
  if (!hit) return { ...base, type: '1EdTechRevocationList', status: 'active', outcome: 'pass', message: `Not on the revocation list ${url}.` };
  const reason = isObject(hit) && typeof hit.revocationReason === 'string' && hit.revocationReason !== '' ? hit.revocationReason.slice(0, 1000) : undefined;
  const result: StatusEntryResult = {
    ...base,
    type: '1EdTechRevocationList',
    status: 'revoked',
    outcome: 'fail',
    code: 'ERR_STATUS_REVOKED',
    message: `The issuer has revoked this credential${reason ? `: ${reason}` : ''} (revocation list ${url}).`,
  };
  if (reason) result.reason = reason;
  return result;
}

/**
 * The `status` check of a credential: for each `credentialStatus` entry, fetches the list
 * through `resolveStatusList`, verifies a Bitstring list's own proof, that its issuer is the
 * credential's issuer and that it is within its validity period, decodes it and reads the bit.
 * Fails revoked (`ERR_STATUS_REVOKED`) and suspended (`ERR_STATUS_SUSPENDED`) credentials with
 * the reason when known; fails when a list cannot be fetched (`ERR_STATUS_LIST_UNAVAILABLE`) or
 * trusted (`ERR_STATUS_LIST_UNVERIFIED`, `ERR_STATUS_LIST_ISSUER_MISMATCH`,
 * `ERR_STATUS_LIST_EXPIRED`, `ERR_STATUS_LIST_STALE` (older than `maxAgeSeconds`),
 * `ERR_STATUS_LIST_MALFORMED`, `ERR_STATUS_LIST_TOO_LARGE`, …). A list without `validUntil` (and
 * no `maxAgeSeconds` asked) can be an old copy: an active entry on it is a warning
 * (`WARN_STATUS_LIST_NO_EXPIRY`), never a pass. Never throws.
 *
 * @example
 * const check = await checkCredentialStatus(credential, { resolveStatusList: statusListResolver(createResolver({ allow: ['badges.example.edu'] })) });
 */
export async function checkCredentialStatus(credential: Record<string, unknown>, options: CheckStatusOptions = {}): Promise<Check> {
  try {
    return await run(credential, options);
  } catch (error) {
    return { id: 'status', status: 'fail', code: 'ERR_STATUS_CHECK_FAILED', message: `Status could not be checked: ${(error as Error)?.message ?? String(error)}` };
  }
}

const MAX_ENTRIES = 16;

async function run(credential: Record<string, unknown>, options: CheckStatusOptions): Promise<Check> {
  const raw = credential?.credentialStatus;
  if (raw === undefined || raw === null) return { id: 'status', status: 'pass', message: 'The credential has no status entry (it cannot be revoked).' };
  const entries = Array.isArray(raw) ? raw : [raw];
  if (entries.length === 0) return { id: 'status', status: 'pass', message: 'The credential has no status entry (it cannot be revoked).' };
  if (entries.length > MAX_ENTRIES) return { id: 'status', status: 'fail', code: 'ERR_STATUS_ENTRY_INVALID', message: `More than ${MAX_ENTRIES} status entries.` };
  if (!options.resolveStatusList) {
    const lists = entries.map((e) => (isObject(e) ? (e.statusListCredential ?? e.id) : undefined)).filter((u): u is string => typeof u === 'string');
    const message =
      `The credential has a status entry${lists.length ? ` (${lists.join(', ')})` : ''}, but verification was offline: whether the issuer revoked it was not checked. ` +
      'To check it, let microcred fetch the status list: verify(credential, { online: true }), or run microcred verify without --offline.';
    return options.requireStatus
      ? { id: 'status', status: 'fail', code: 'ERR_STATUS_NOT_CHECKED', message: `${message} Status is required: not verified.` }
      : { id: 'status', status: 'warn', code: 'WARN_STATUS_NOT_CHECKED', message };
  }
  const at = options.at === undefined ? Date.now() : new Date(options.at).getTime();
  if (Number.isNaN(at)) return { id: 'status', status: 'fail', code: 'ERR_BAD_TIME', message: `Bad verification time ${String(options.at)}.` };
  const { maxAgeSeconds, clockSkewSeconds = 300 } = options;
  if (maxAgeSeconds !== undefined && !(typeof maxAgeSeconds === 'number' && Number.isFinite(maxAgeSeconds) && maxAgeSeconds >= 0)) {
    return { id: 'status', status: 'fail', code: 'ERR_STATUS_OPTIONS', message: 'status.maxAgeSeconds must be a non-negative number of seconds.' };
  }
  if (!(typeof clockSkewSeconds === 'number' && Number.isFinite(clockSkewSeconds) && clockSkewSeconds >= 0)) {
    return { id: 'status', status: 'fail', code: 'ERR_STATUS_OPTIONS', message: 'clockSkewSeconds must be a non-negative number of seconds.' };
  }
  const ctx: Context = {
    credential,
    issuer: idOf(credential.issuer),
    options,
    at,
    skewMs: clockSkewSeconds * 1000,
    suites: options.suites ?? createSuiteRegistry(),
    documentLoader: options.documentLoader ?? defaultDocumentLoader(),
    lists: new Map(),
  };
  const results = await Promise.all(
    entries.map(async (entry): Promise<StatusEntryResult> => {
      if (!isObject(entry)) return unknown({}, 'ERR_STATUS_ENTRY_INVALID', 'A credentialStatus entry is not an object.');
      const [type] = typesOf(entry.type);
      if (type === 'BitstringStatusListEntry') return checkBitstringEntry(ctx, entry);
      if (type === '1EdTechRevocationList') return check1EdTechEntry(ctx, entry);
      return unknown({ type: type ?? 'unknown' }, 'WARN_STATUS_UNSUPPORTED', `Status type "${type ?? '(none)'}" is not checked by this verifier.`, 'warn');
    }),
  );
  const failed = results.find((r) => r.outcome === 'fail' && r.status !== 'unknown') ?? results.find((r) => r.outcome === 'fail');
  const details = { entries: results };
  if (failed) return { id: 'status', status: 'fail', code: failed.code!, message: failed.message, details };
  const warned = results.find((r) => r.outcome === 'warn');
  if (warned) return { id: 'status', status: 'warn', code: warned.code!, message: warned.message, details };
  return {
    id: 'status',
    status: 'pass',
    message: results.length === 1 ? results[0]!.message : `Checked ${results.length} status entries: ${results.map((r) => r.message).join(' ')}`,
    details,
  };
}
