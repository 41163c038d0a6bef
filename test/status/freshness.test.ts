// Issue 10, item 5: a status list signed before a revocation must not make the revoked
// credential verify for ever. Lists are issued with validUntil and ttl, served fresh, and
// verifiers fail expired or too old lists and warn on lists that say nothing about their age.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { toOpenBadge } from '../../src/formats/ob3/to-open-badge.js';
import { generateKey } from '../../src/keys/generate.js';
import { signerFromKeyFile } from '../../src/keys/signer.js';
import type { KeyFile } from '../../src/keys/types.js';
import {
  DEFAULT_STATUS_LIST_TTL_SECONDS,
  DEFAULT_STATUS_LIST_VALIDITY_SECONDS,
  MIN_STATUS_LIST_BITS,
  type StatusService,
  checkCredentialStatus,
  createStatusService,
  encodeBitstring,
} from '../../src/status/index.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { createSuiteRegistry } from '../../src/suites/registry.js';
import type { SignedCredential } from '../../src/suites/types.js';
import { verify } from '../../src/verify/verify.js';
import { example } from '../helpers/fixtures.js';

type Json = Record<string, unknown>;
const BASE = 'https://badges.example.edu';
const suites = createSuiteRegistry();
const HOUR = 3600 * 1000;
const SKEW = 300 * 1000; // the default clockSkewSeconds

describe('status list freshness', () => {
  let dir: string;
  let store: Store;
  let key: KeyFile;
  let status: StatusService;

  async function issue(service = status): Promise<SignedCredential> {
    const mc = { ...example('am-data-analytics'), id: `urn:uuid:${globalThis.crypto.randomUUID()}` };
    const unsigned = toOpenBadge(mc, { issuer: key.controller }) as unknown as Json;
    const { credentialStatus } = await service.allocate(unsigned.id as string);
    const signed = (await suites.get('eddsa-rdfc-2022').issue({ ...unsigned, credentialStatus }, { signer: await signerFromKeyFile(key) })) as SignedCredential;
    await service.record(signed);
    return signed;
  }

  /** A list signed by hand, with the dates given (none when undefined), at the entry's URL. */
  async function signList(url: string, dates: { validFrom?: string; validUntil?: string; created?: string; revoked?: number }): Promise<SignedCredential> {
    const bits = new Uint8Array(MIN_STATUS_LIST_BITS / 8);
    if (dates.revoked !== undefined) bits[dates.revoked >> 3]! |= 0x80 >> (dates.revoked & 7);
    const credential: Json = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: url,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: key.controller,
      credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: await encodeBitstring(bits) },
    };
    if (dates.validFrom) credential.validFrom = dates.validFrom;
    if (dates.validUntil) credential.validUntil = dates.validUntil;
    return (await suites.get('eddsa-rdfc-2022').issue(credential, { signer: await signerFromKeyFile(key), ...(dates.created ? { created: dates.created } : {}) })) as SignedCredential;
  }

  const entryOf = (credential: SignedCredential) => credential.credentialStatus as Json;
  const urlOf = (credential: SignedCredential) => entryOf(credential).statusListCredential as string;
  const indexOf = (credential: SignedCredential) => Number(entryOf(credential).statusListIndex);
  const serve = (list: unknown) => async () => structuredClone(list);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'microcred-fresh-'));
    store = await openSqliteStore({ dataDir: dir });
    key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    status = await createStatusService({ store, key, publicBaseUrl: BASE });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('issues lists with validUntil (24 h by default) and the spec’s ttl in milliseconds', async () => {
    expect(DEFAULT_STATUS_LIST_VALIDITY_SECONDS).toBe(86_400);
    const list = (await status.resolveStatusList(urlOf(await issue()))) as Json;
    const from = Date.parse(list.validFrom as string);
    expect(Date.parse(list.validUntil as string) - from).toBe(DEFAULT_STATUS_LIST_VALIDITY_SECONDS * 1000);
    expect((list.credentialSubject as Json).ttl).toBe(DEFAULT_STATUS_LIST_TTL_SECONDS * 1000);

    const custom = await createStatusService({ store, key, publicBaseUrl: BASE, validitySeconds: 7200, ttlSeconds: 60 });
    const customList = (await custom.resolveStatusList(urlOf(await issue(custom)))) as Json;
    expect(Date.parse(customList.validUntil as string) - Date.parse(customList.validFrom as string)).toBe(7200 * 1000);
    expect((customList.credentialSubject as Json).ttl).toBe(60_000);

    for (const bad of [{ validitySeconds: 59 }, { validitySeconds: 400 * 86_400 }, { validitySeconds: 3600, ttlSeconds: 3601 }, { ttlSeconds: 0 }, { validitySeconds: Number.NaN }]) {
      await expect(createStatusService({ store, key, publicBaseUrl: BASE, ...bad })).rejects.toMatchObject({ code: 'ERR_STATUS_OPTIONS' });
    }
  });

  it('re-signs a served list once it is older than its ttl, so what is served is never expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const t0 = Date.parse('2026-03-01T12:00:00.000Z');
    vi.setSystemTime(t0);
    const url = urlOf(await issue());
    const first = (await status.resolveStatusList(url)) as Json;
    expect(first.validFrom).toBe(new Date(t0).toISOString());

    vi.setSystemTime(t0 + (DEFAULT_STATUS_LIST_TTL_SECONDS - 1) * 1000);
    expect(await status.resolveStatusList(url)).toEqual(first); // cached within the ttl

    // Hours without a change: every request gets a list at most ttl old and never expired.
    for (const later of [DEFAULT_STATUS_LIST_TTL_SECONDS * 1000, 5 * HOUR, 23.9 * HOUR, 25 * HOUR, 30 * 24 * HOUR]) {
      const now = t0 + later;
      vi.setSystemTime(now);
      const served = (await status.resolveStatusList(url)) as Json;
      expect(Date.parse(served.validFrom as string)).toBe(now);
      expect(Date.parse(served.validUntil as string)).toBeGreaterThan(now);
      // The refreshed signature is what the store keeps (not re-signed on every request).
      expect(await status.resolveStatusList(url)).toEqual(served);
      expect(JSON.parse((await store.getStatusList(url.split('/').pop()!))!.signed!)).toEqual(served);
    }
  });

  it('signs a list once per ttl in every suite (a VC-JWT list was re-signed on every request)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const t0 = Date.parse('2026-03-02T12:00:00.000Z');
    for (const suite of ['eddsa-rdfc-2022', 'eddsa-jcs-2022', 'ecdsa-rdfc-2019', 'Ed25519Signature2020', 'vc-jwt'] as const) {
      vi.setSystemTime(t0);
      const suiteKey = await generateKey({ suite });
      const inner = await signerFromKeyFile(suiteKey);
      let signatures = 0;
      const signer = { id: inner.id, algorithm: inner.algorithm, sign: (data: Uint8Array) => ((signatures += 1), inner.sign(data)) };
      const service = await createStatusService({ store, signer, issuer: suiteKey.controller, suite, publicBaseUrl: `${BASE}/${suite}` });
      const { credentialStatus } = await service.allocate(`urn:uuid:${globalThis.crypto.randomUUID()}`);
      const url = (credentialStatus as unknown as Json).statusListCredential as string;
      await service.resolveStatusList(url);
      vi.setSystemTime(t0 + 60_000);
      await service.resolveStatusList(url);
      expect({ suite, signatures }).toEqual({ suite, signatures: 1 });
      vi.setSystemTime(t0 + DEFAULT_STATUS_LIST_TTL_SECONDS * 1000);
      const refreshed = await service.resolveStatusList(url);
      await service.resolveStatusList(url);
      expect({ suite, signatures }).toEqual({ suite, signatures: 2 });
      const check = await checkCredentialStatus({ id: 'urn:uuid:z', issuer: suiteKey.controller, credentialStatus }, { resolveStatusList: serve(refreshed), maxAgeSeconds: DEFAULT_STATUS_LIST_TTL_SECONDS });
      expect({ suite, status: check.status }).toEqual({ suite, status: 'pass' });
    }
  });

  it('an old signed list, replayed after a revocation, fails once expired and when older than maxAgeSeconds; never passes after expiry', async () => {
    const credential = await issue();
    const url = urlOf(credential);
    const old = await status.resolveStatusList(url); // signed before the revocation
    await status.revoke(credential.id as string, 'Fraud');
    const now = Date.now();

    const current = await checkCredentialStatus(credential, { resolveStatusList: (u) => status.resolveStatusList(u) });
    expect(current).toMatchObject({ status: 'fail', code: 'ERR_STATUS_REVOKED' });

    // The replayed list still verifies within its validity, unless the verifier asks for fresh lists.
    expect((await checkCredentialStatus(credential, { resolveStatusList: serve(old) })).status).toBe('pass');
    const fresh = { resolveStatusList: serve(old), maxAgeSeconds: 600 };
    expect((await checkCredentialStatus(credential, { ...fresh, at: new Date(now + 60_000) })).status).toBe('pass');
    expect(await checkCredentialStatus(credential, { ...fresh, at: new Date(now + 20 * 60_000) })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_STALE' });

    // After validUntil (+ skew) it fails, whatever the verifier asked.
    const expired = new Date(Date.parse((old as Json).validUntil as string) + SKEW + 1000);
    expect(await checkCredentialStatus(credential, { resolveStatusList: serve(old), at: expired })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_EXPIRED' });
    const report = await verify(credential, { at: expired, status: { resolveStatusList: serve(old) } });
    expect(report.verified).toBe(false);
    expect(report.checks.find((c) => c.id === 'status')).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_EXPIRED' });
    // maxAgeSeconds reaches the status check through verify() too.
    const viaVerify = await verify(credential, { at: new Date(now + 20 * 60_000), status: { resolveStatusList: serve(old), maxAgeSeconds: 600 } });
    expect(viaVerify.checks.find((c) => c.id === 'status')).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_STALE' });
  });

  it('warns on a list without validUntil (a third-party list is not broken), unless a maximum age is asked', async () => {
    const credential = await issue();
    const url = urlOf(credential);
    const validFrom = new Date(Date.now() - HOUR).toISOString();
    const open = await signList(url, { validFrom });
    const check = await checkCredentialStatus(credential, { resolveStatusList: serve(open) });
    expect(check).toMatchObject({ status: 'warn', code: 'WARN_STATUS_LIST_NO_EXPIRY' });
    expect(check.message).toMatch(/no validUntil.*maxAgeSeconds/);
    expect((check.details as { entries: Json[] }).entries[0]).toMatchObject({ status: 'active', outcome: 'warn' });
    // A revocation on such a list is still a failure.
    const revoked = await signList(url, { validFrom, revoked: indexOf(credential) });
    expect(await checkCredentialStatus(credential, { resolveStatusList: serve(revoked) })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_REVOKED' });
    // With a maximum age, the age decides: no warning when young enough, a failure when not.
    expect((await checkCredentialStatus(credential, { resolveStatusList: serve(open), maxAgeSeconds: 2 * 3600 })).status).toBe('pass');
    expect(await checkCredentialStatus(credential, { resolveStatusList: serve(open), maxAgeSeconds: 1800 })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_STALE' });
  });

  it('takes the age from the proof’s created when the list has no validFrom, and fails a maximum age when it has neither', async () => {
    const credential = await issue();
    const url = urlOf(credential);
    const created = new Date(Date.now() - 2 * HOUR).toISOString();
    const undated = await signList(url, { created });
    expect(await checkCredentialStatus(credential, { resolveStatusList: serve(undated), maxAgeSeconds: 3600 })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_STALE' });
    expect((await checkCredentialStatus(credential, { resolveStatusList: serve(undated), maxAgeSeconds: 3 * 3600 })).status).toBe('pass');
    // A list that says neither (here a suite that accepts any proof): its age cannot be told.
    const anyProof = { detect: () => ({ verify: async (input: unknown) => ({ verified: true, credential: input }) }) } as unknown as ReturnType<typeof createSuiteRegistry>;
    const { proof: _proof, ...bare } = undated;
    const dateless = { ...bare, proof: { type: 'Stub' } };
    expect(await checkCredentialStatus(credential, { resolveStatusList: serve(dateless), suites: anyProof, maxAgeSeconds: 3 * 3600 })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_STALE' });
    expect(await checkCredentialStatus(credential, { resolveStatusList: serve(dateless), suites: anyProof })).toMatchObject({ status: 'warn', code: 'WARN_STATUS_LIST_NO_EXPIRY' });
  });

  it('holds the window edges exactly, with the clock skew on both ends', async () => {
    const credential = await issue();
    const url = urlOf(credential);
    const from = Date.parse('2026-05-01T00:00:00.000Z');
    const until = from + 24 * HOUR;
    const list = await signList(url, { validFrom: new Date(from).toISOString(), validUntil: new Date(until).toISOString() });
    const at = (ms: number, extra: object = {}) => checkCredentialStatus(credential, { resolveStatusList: serve(list), at: new Date(ms), ...extra });

    expect((await at(from - SKEW)).status).toBe('pass');
    expect(await at(from - SKEW - 1)).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_NOT_YET_VALID' });
    expect((await at(until + SKEW)).status).toBe('pass');
    expect(await at(until + SKEW + 1)).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_EXPIRED' });

    const maxAge = { maxAgeSeconds: 3600 };
    expect((await at(from + HOUR + SKEW, maxAge)).status).toBe('pass');
    expect(await at(from + HOUR + SKEW + 1, maxAge)).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_STALE' });
    // A larger or zero skew moves both edges.
    expect((await at(from + HOUR + 600_000, { ...maxAge, clockSkewSeconds: 600 })).status).toBe('pass');
    expect(await at(from + HOUR + 1, { ...maxAge, clockSkewSeconds: 0 })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_STALE' });
    expect(await at(until + 1, { clockSkewSeconds: 0 })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_EXPIRED' });
    // maxAgeSeconds 0: only a list issued within the skew of the verification time.
    expect((await at(from + SKEW, { maxAgeSeconds: 0 })).status).toBe('pass');

    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY, '60' as unknown as number]) {
      expect(await at(from, { maxAgeSeconds: bad })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_OPTIONS' });
    }
    expect(await at(from, { clockSkewSeconds: -5 })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_OPTIONS' });
  });
});
