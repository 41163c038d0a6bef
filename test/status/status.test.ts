import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { toOpenBadge } from '../../src/formats/ob3/to-open-badge.js';
import { generateKey } from '../../src/keys/generate.js';
import { signerFromKeyFile } from '../../src/keys/signer.js';
import type { KeyFile } from '../../src/keys/types.js';
import {
  EncodedListError,
  MAX_DECODED_BYTES,
  MAX_ENCODED_LENGTH,
  MIN_STATUS_LIST_BITS,
  type StatusService,
  checkCredentialStatus,
  createStatusService,
  credentialStatusValue,
  decodeBitstring,
  encodeBitstring,
  issueWithStatus,
  learnerKeyOf,
  learnerRefFor,
  listIdFromUrl,
  recordFor,
  statusEntryFor,
  statusListUrl,
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

describe('status entries and URLs', () => {
  it('builds a BitstringStatusListEntry with a base-10 string index and an id', () => {
    expect(statusEntryFor({ publicBaseUrl: `${BASE}/`, listId: 'abc_-1', index: 94567, purpose: 'revocation' })).toEqual({
      id: `${BASE}/status-lists/abc_-1#94567`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '94567',
      statusListCredential: `${BASE}/status-lists/abc_-1`,
    });
    const one = statusEntryFor({ publicBaseUrl: BASE, listId: 'a', index: 0, purpose: 'revocation' });
    const two = statusEntryFor({ publicBaseUrl: BASE, listId: 'b', index: 1, purpose: 'suspension' });
    expect(credentialStatusValue([one])).toBe(one); // one object, as the OB 3.0 schema wants
    expect(credentialStatusValue([one, two])).toEqual([one, two]);
  });

  it('recognises its own list URLs only', () => {
    expect(listIdFromUrl(BASE, statusListUrl(BASE, 'k3y'))).toBe('k3y');
    expect(listIdFromUrl(BASE, `${BASE}/status-lists/k3y#12`)).toBe('k3y');
    expect(listIdFromUrl(BASE, 'https://other.example/status-lists/k3y')).toBeUndefined();
    expect(listIdFromUrl(BASE, `${BASE}/status-lists/../../etc`)).toBeUndefined();
    expect(() => statusListUrl('not a url', 'x')).toThrow(expect.objectContaining({ code: 'ERR_STATUS_OPTIONS' }));
  });
});

describe('encodedList', () => {
  it('round-trips: u + base64url(GZIP(bits)), 16 KB uncompressed', async () => {
    const bits = new Uint8Array(MIN_STATUS_LIST_BITS / 8);
    bits[3] = 0b0001_0000; // index 27
    const encoded = await encodeBitstring(bits);
    expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/);
    expect(gzipSync(Buffer.alloc(1)).subarray(0, 2)).toEqual(Buffer.from(Buffer.from(encoded.slice(1), 'base64url').subarray(0, 2)));
    expect(decodeBitstring(encoded)).toEqual(bits);
  });

  it('refuses what is not a GZIP multibase list, and lists that inflate beyond the limit', () => {
    expect(() => decodeBitstring('H4sIAAAA')).toThrow(/starting with "u"/);
    expect(() => decodeBitstring('u!!!')).toThrow(/base64url/);
    expect(() => decodeBitstring(`u${Buffer.from('not gzip').toString('base64url')}`)).toThrow(/GZIP/);
    const bomb = `u${gzipSync(Buffer.alloc(4 * 1024 * 1024)).toString('base64url')}`;
    expect(bomb.length).toBeLessThan(10_000);
    expect(() => decodeBitstring(bomb, 1024 * 1024)).toThrow(/inflates beyond/);
  });

  // Regression (issue 10, item 4): fflate inflated everything it was given before the cap was
  // looked at, so ~1 MB of GZIP cost gigabytes and seconds before it was refused.
  const MiB = 1024 * 1024;
  const zeros64 = gzipSync(Buffer.alloc(64 * MiB)); // ~64 KiB of GZIP
  const refusal = (encoded: string, limits?: Parameters<typeof decodeBitstring>[1]) => {
    try {
      decodeBitstring(encoded, limits);
    } catch (error) {
      return error as EncodedListError;
    }
    throw new Error('decoded');
  };

  it('stops inflating a GZIP bomb at the cap (16 MiB default), not after it', () => {
    // 16 members of 64 MiB of zeros: 1 GiB from a ~1.4 MB encodedList.
    const bomb = `u${Buffer.concat(Array.from({ length: 16 }, () => zeros64)).toString('base64url')}`;
    expect(bomb.length).toBeLessThan(MAX_ENCODED_LENGTH);
    const error = refusal(bomb);
    expect(error).toBeInstanceOf(EncodedListError);
    expect(error.code).toBe('ERR_STATUS_LIST_TOO_LARGE');
    // At most one inflate step (DEFLATE's 1032:1 of 1 KiB, plus the 32 KiB window) beyond the cap.
    expect(error.inflatedBytes).toBeGreaterThan(MAX_DECODED_BYTES);
    expect(error.inflatedBytes).toBeLessThanOrEqual(MAX_DECODED_BYTES + 1.1 * MiB);
  });

  it('keeps memory near a small cap while refusing 64 MiB of zeros', () => {
    const bomb = `u${zeros64.toString('base64url')}`;
    const before = process.memoryUsage().arrayBuffers;
    const error = refusal(bomb, { maxBytes: MiB });
    const grown = process.memoryUsage().arrayBuffers - before;
    expect(error.code).toBe('ERR_STATUS_LIST_TOO_LARGE');
    expect(error.inflatedBytes).toBeLessThanOrEqual(2.1 * MiB);
    // Inflating it whole allocates 64 MiB and more; stopping at the cap, a few MiB at most.
    expect(grown).toBeLessThan(16 * MiB);
  });

  it('accepts a list of exactly the cap and refuses one byte over it', () => {
    const cap = 256 * 1024;
    const at = `u${gzipSync(Buffer.alloc(cap, 0x5a)).toString('base64url')}`;
    expect(decodeBitstring(at, { maxBytes: cap }).length).toBe(cap);
    const over = `u${gzipSync(Buffer.alloc(cap + 1, 0x5a)).toString('base64url')}`;
    expect(refusal(over, { maxBytes: cap }).code).toBe('ERR_STATUS_LIST_TOO_LARGE');
  });

  it('refuses an encodedList longer than the encoded limit before decoding it', () => {
    const long = `u${'A'.repeat(MAX_ENCODED_LENGTH)}`;
    const error = refusal(long);
    expect(error.code).toBe('ERR_STATUS_LIST_TOO_LARGE');
    expect(error.inflatedBytes).toBeUndefined();
    expect(refusal(`u${zeros64.toString('base64url')}`, { maxEncodedLength: 1000 }).code).toBe('ERR_STATUS_LIST_TOO_LARGE');
    expect(refusal('u!!!').code).toBe('ERR_STATUS_LIST_MALFORMED');
  });
});

describe('learner references', () => {
  const secret = new Uint8Array(32).fill(7);
  it('uses the subject id, else a non-name identifier, else the name; keyed hash only', () => {
    expect(learnerKeyOf({ credentialSubject: { id: 'did:example:learner' } })).toBe('id:did:example:learner');
    expect(
      learnerKeyOf({
        credentialSubject: { identifier: [{ identityType: 'name', identityHash: 'Nino Beridze' }, { identityType: 'studentId', identityHash: 'S-123' }] },
      }),
    ).toBe('studentId:S-123');
    expect(learnerKeyOf({ credentialSubject: { identifier: [{ identityType: 'name', identityHash: 'Nino Beridze' }] } })).toBe('name:Nino Beridze');
    expect(learnerKeyOf({ credentialSubject: {} })).toBeUndefined();
    const ref = learnerRefFor('studentId:S-123', secret);
    expect(ref).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
    expect(ref).toBe(learnerRefFor('studentId:S-123', secret));
    expect(ref).not.toBe(learnerRefFor('studentId:S-123', new Uint8Array(32)));
  });

  it('records no name, e-mail or identifier in clear', () => {
    const credential = toOpenBadge(example('ge-ai-research'), { issuer: 'did:example:issuer' }) as unknown as Json;
    const record = recordFor(credential, { secret });
    const text = JSON.stringify(record);
    const learner = example('ge-ai-research').learner;
    expect(record.learnerRef).toMatch(/^hmac-sha256:/);
    if (learner.name) expect(text).not.toContain(learner.name);
    for (const identifier of learner.identifiers ?? []) expect(text).not.toContain(identifier.value);
    expect(Object.keys(record).sort()).toEqual(['achievementId', 'id', 'issuedAt', 'learnerRef', 'title']);
    expect(recordFor(credential, { learnerRef: 'sis:opaque-7' }).learnerRef).toBe('sis:opaque-7');
    expect(recordFor(credential, { publish: true, secret }).document).toBe(JSON.stringify(credential));
  });
});

describe('status service and checkCredentialStatus', () => {
  let dir: string;
  let store: Store;
  let key: KeyFile;
  let status: StatusService;
  let resolve: (url: string) => Promise<unknown>;

  async function issue(purposes: Array<'revocation' | 'suspension'> = ['revocation'], service = status, issuerKey = key): Promise<SignedCredential> {
    const mc = { ...example('am-data-analytics'), id: `urn:uuid:${globalThis.crypto.randomUUID()}` };
    const unsigned = toOpenBadge(mc, { issuer: issuerKey.controller }) as unknown as Json;
    const { credentialStatus } = await service.allocate(unsigned.id as string, { purposes });
    const signed = (await suites.get('eddsa-rdfc-2022').issue({ ...unsigned, credentialStatus }, { signer: await signerFromKeyFile(issuerKey) })) as SignedCredential;
    await service.record(signed);
    return signed;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'microcred-status-'));
    store = await openSqliteStore({ dataDir: dir });
    key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    status = await createStatusService({ store, key, publicBaseUrl: BASE });
    resolve = (url) => status.resolveStatusList(url);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes an active credential, fails it once revoked (with the reason), passes it again once reinstated', async () => {
    const credential = await issue();
    const entry = credential.credentialStatus as Json;
    expect(entry).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: expect.stringMatching(/^\d+$/) });
    expect(await checkCredentialStatus(credential, { resolveStatusList: resolve })).toMatchObject({ id: 'status', status: 'pass' });

    await status.revoke(credential.id as string, 'Issued in error');
    const revoked = await checkCredentialStatus(credential, { resolveStatusList: resolve, store });
    expect(revoked).toMatchObject({ status: 'fail', code: 'ERR_STATUS_REVOKED', message: expect.stringMatching(/^The issuer has revoked this credential: Issued in error \(status list https?:\/\/\S+, index \d+\)\.$/) });
    // A verifier without the issuer's store sees the revocation, without the reason.
    expect(await checkCredentialStatus(credential, { resolveStatusList: resolve })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_REVOKED' });

    await status.reinstate(credential.id as string);
    expect((await checkCredentialStatus(credential, { resolveStatusList: resolve, store })).status).toBe('pass');
  });

  it('suspends and reinstates a credential issued with a suspension entry; revoking it is refused', async () => {
    const credential = await issue(['suspension']);
    await status.suspend(credential.id as string, 'Under review');
    expect(await checkCredentialStatus(credential, { resolveStatusList: resolve, store })).toMatchObject({
      status: 'fail',
      code: 'ERR_STATUS_SUSPENDED',
      message: expect.stringMatching(/^The issuer has suspended this credential: Under\ review \(status list https?:\/\/\S+, index \d+\)\.$/),
    });
    await expect(status.revoke(credential.id as string)).rejects.toMatchObject({ code: 'ERR_STATUS_PURPOSE_MISSING' });
    await status.reinstate(credential.id as string);
    expect((await checkCredentialStatus(credential, { resolveStatusList: resolve })).status).toBe('pass');
  });

  it('checks every entry of a credential with both purposes', async () => {
    const credential = await issue(['revocation', 'suspension']);
    expect(credential.credentialStatus).toHaveLength(2);
    expect(await checkCredentialStatus(credential, { resolveStatusList: resolve })).toMatchObject({ status: 'pass', message: expect.stringContaining('Checked 2 status entries') });
    await status.suspend(credential.id as string);
    expect(await checkCredentialStatus(credential, { resolveStatusList: resolve })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_SUSPENDED' });
  });

  it('publishes signed, verifiable lists of at least 131,072 entries; re-signs (newer validFrom) after each change, caches otherwise', async () => {
    const credential = await issue();
    const url = (credential.credentialStatus as Json).statusListCredential as string;
    const before = (await status.resolveStatusList(url)) as SignedCredential & Json;
    expect(before).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: url,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: key.controller,
      credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation' },
    });
    expect(decodeBitstring((before.credentialSubject as Json).encodedList).length * 8).toBeGreaterThanOrEqual(131_072);
    expect((await suites.get('eddsa-rdfc-2022').verify(before)).verified).toBe(true);
    expect(await status.resolveStatusList(url)).toEqual(before); // unchanged list: the cached signature

    // A later clock instead of a sleep: only Date is faked, timers and I/O stay real.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 1000 });
    try {
      await status.revoke(credential.id as string);
    } finally {
      vi.useRealTimers();
    }
    const after = (await status.resolveStatusList(url)) as SignedCredential;
    expect(Date.parse(after.validFrom as string)).toBeGreaterThan(Date.parse(before.validFrom as string));
    expect((after.credentialSubject as Json).encodedList).not.toBe((before.credentialSubject as Json).encodedList);
    expect((await suites.get('eddsa-rdfc-2022').verify(after)).verified).toBe(true);
    await expect(status.resolveStatusList('https://elsewhere.example/status-lists/x')).rejects.toMatchObject({ code: 'ERR_STATUS_LIST_UNKNOWN' });
    await expect(status.statusListCredential('no-such-list')).rejects.toMatchObject({ code: 'ERR_STATUS_LIST_UNKNOWN' });
  });

  it('allocates positions at random, never twice', async () => {
    const indexes: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const { allocations } = await status.allocate(`urn:uuid:random-${i}`);
      indexes.push(allocations[0]!.index);
    }
    expect(new Set(indexes).size).toBe(1000);
    const quarters = [0, 0, 0, 0];
    for (const index of indexes) quarters[Math.floor((index / 131_072) * 4)]!++;
    for (const count of quarters) expect(count).toBeGreaterThan(180); // ~250 each when uniform
  });

  it('fails a tampered list, a list swapped for another issuer’s, and a list re-signed by another key', async () => {
    const credential = await issue();
    await status.revoke(credential.id as string);
    const url = (credential.credentialStatus as Json).statusListCredential as string;
    const list = (await status.resolveStatusList(url)) as SignedCredential;

    // Clear the revoked bit but keep the proof.
    const bits = decodeBitstring((list.credentialSubject as Json).encodedList);
    bits.fill(0);
    const tampered = { ...list, credentialSubject: { ...(list.credentialSubject as Json), encodedList: await encodeBitstring(bits) } };
    expect(await checkCredentialStatus(credential, { resolveStatusList: async () => tampered })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_UNVERIFIED' });

    // Same content, signed by someone else.
    const other = await generateKey({ suite: 'eddsa-rdfc-2022' });
    const { proof: _proof, ...unsigned } = { ...tampered, issuer: other.controller };
    const forged = await suites.get('eddsa-rdfc-2022').issue(unsigned, { signer: await signerFromKeyFile(other) });
    expect(await checkCredentialStatus(credential, { resolveStatusList: async () => forged })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_ISSUER_MISMATCH' });

    // Issuer rewritten without re-signing: the proof breaks.
    expect(await checkCredentialStatus(credential, { resolveStatusList: async () => ({ ...list, issuer: other.controller }) })).toMatchObject({ status: 'fail' });
    // No proof at all.
    const { proof: _p, ...bare } = list;
    expect(await checkCredentialStatus(credential, { resolveStatusList: async () => bare })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_UNVERIFIED' });
    // A list served under another URL than the entry names.
    const elsewhere = await issue();
    const elsewhereList = await status.resolveStatusList((elsewhere.credentialStatus as Json).statusListCredential as string);
    const wrongUrl = { ...credential, credentialStatus: { ...(credential.credentialStatus as Json), statusListCredential: `${BASE}/status-lists/someOtherList` } };
    expect(await checkCredentialStatus(wrongUrl, { resolveStatusList: async () => elsewhereList })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_MISMATCH' });
  });

  it('checks the list’s validity period', async () => {
    const timed = await createStatusService({ store, key, publicBaseUrl: BASE, validitySeconds: 3600 });
    const credential = await issue(['revocation'], timed);
    const opts = { resolveStatusList: (url: string) => timed.resolveStatusList(url) };
    expect((await checkCredentialStatus(credential, opts)).status).toBe('pass');
    const later = new Date(Date.now() + 2 * 3600 * 1000);
    expect(await checkCredentialStatus(credential, { ...opts, at: later })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_EXPIRED' });
    const earlier = new Date(Date.now() - 3600 * 1000);
    expect(await checkCredentialStatus(credential, { ...opts, at: earlier })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_NOT_YET_VALID' });
  });

  it('fails lists shorter than 131,072 entries, entries beyond the list, and purpose mismatches', async () => {
    const signer = await signerFromKeyFile(key);
    const short = await suites.get('eddsa-rdfc-2022').issue(
      {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        id: `${BASE}/status-lists/short`,
        type: ['VerifiableCredential', 'BitstringStatusListCredential'],
        issuer: key.controller,
        validFrom: new Date().toISOString(),
        credentialSubject: { id: `${BASE}/status-lists/short#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: await encodeBitstring(new Uint8Array(128)) },
      },
      { signer },
    );
    const entry = { id: `${BASE}/status-lists/short#5`, type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: '5', statusListCredential: `${BASE}/status-lists/short` };
    const credential = { id: 'urn:uuid:x', issuer: { id: key.controller }, credentialStatus: entry };
    expect(await checkCredentialStatus(credential, { resolveStatusList: async () => short })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_TOO_SHORT' });

    // A signed list whose encodedList is a GZIP bomb: a failed check with the cap's code, never a crash.
    const bomb = await suites.get('eddsa-rdfc-2022').issue(
      {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        id: `${BASE}/status-lists/short`,
        type: ['VerifiableCredential', 'BitstringStatusListCredential'],
        issuer: key.controller,
        validFrom: new Date().toISOString(),
        credentialSubject: { id: `${BASE}/status-lists/short#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: `u${gzipSync(Buffer.alloc(8 * 1024 * 1024)).toString('base64url')}` },
      },
      { signer },
    );
    expect(await checkCredentialStatus(credential, { resolveStatusList: async () => bomb, maxListBytes: 1024 * 1024 })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_TOO_LARGE' });
    expect(await checkCredentialStatus(credential, { resolveStatusList: async () => bomb, maxEncodedListLength: 100 })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_TOO_LARGE' });

    const real = await issue();
    const realEntry = real.credentialStatus as Json;
    const list = await status.resolveStatusList(realEntry.statusListCredential as string);
    const beyond = { ...real, credentialStatus: { ...realEntry, statusListIndex: '131072' } };
    expect(await checkCredentialStatus(beyond, { resolveStatusList: async () => list })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_INDEX_OUT_OF_RANGE' });
    const mismatch = { ...real, credentialStatus: { ...realEntry, statusPurpose: 'suspension' } };
    expect(await checkCredentialStatus(mismatch, { resolveStatusList: async () => list })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_PURPOSE_MISMATCH' });
  });

  it('fails malformed entries and unreachable lists; warns on unsupported types and without a resolver', async () => {
    const base = { id: 'urn:uuid:y', issuer: key.controller };
    const entry = { type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: '7', statusListCredential: `${BASE}/status-lists/a` };
    for (const statusListIndex of ['abc', '-1', '01', '1e3', '', 1.5]) {
      expect(await checkCredentialStatus({ ...base, credentialStatus: { ...entry, statusListIndex } }, { resolveStatusList: resolve })).toMatchObject({
        status: 'fail',
        code: 'ERR_STATUS_ENTRY_INVALID',
      });
    }
    expect(await checkCredentialStatus({ ...base, credentialStatus: { ...entry, statusListCredential: 'ftp://x' } }, { resolveStatusList: resolve })).toMatchObject({ code: 'ERR_STATUS_ENTRY_INVALID' });
    expect(await checkCredentialStatus({ ...base, credentialStatus: 'revoked' }, { resolveStatusList: resolve })).toMatchObject({ code: 'ERR_STATUS_ENTRY_INVALID' });
    const unreachable = await checkCredentialStatus({ ...base, credentialStatus: entry }, { resolveStatusList: async () => Promise.reject(new Error('connection refused')) });
    // Unreachable: a warning naming the list, never a pass; a failure when status is required.
    expect(unreachable).toMatchObject({ status: 'warn', code: 'WARN_STATUS_LIST_UNAVAILABLE', message: expect.stringContaining('connection refused') });
    expect(unreachable.message).toContain(String(entry.statusListCredential));
    const required = await checkCredentialStatus({ ...base, credentialStatus: entry }, { requireStatus: true, resolveStatusList: async () => Promise.reject(new Error('connection refused')) });
    expect(required).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_UNAVAILABLE' });
    expect(await checkCredentialStatus({ ...base, credentialStatus: entry }, { requireStatus: true })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_NOT_CHECKED' });
    expect(await checkCredentialStatus({ ...base, credentialStatus: { ...entry, type: 'StatusList2021Entry' } }, { resolveStatusList: resolve })).toMatchObject({ status: 'warn', code: 'WARN_STATUS_UNSUPPORTED' });
    expect(await checkCredentialStatus({ ...base, credentialStatus: { ...entry, statusPurpose: 'message' } }, { resolveStatusList: resolve })).toMatchObject({ status: 'warn', code: 'WARN_STATUS_UNSUPPORTED' });
    expect(await checkCredentialStatus({ ...base, credentialStatus: entry })).toMatchObject({ status: 'warn', code: 'WARN_STATUS_NOT_CHECKED', message: expect.stringContaining('online: true') });
    expect(await checkCredentialStatus(base, {})).toMatchObject({ status: 'pass' });
  });

  it('signs lists as VC-JWTs when the issuer key is a vc-jwt key', async () => {
    const jwtKey = await generateKey({ suite: 'vc-jwt', alg: 'EdDSA' });
    const jwtStore = await openSqliteStore({ dataDir: join(dir, 'jwt') });
    const jwtStatus = await createStatusService({ store: jwtStore, key: jwtKey, publicBaseUrl: BASE });
    const credential = { id: 'urn:uuid:jwt-1', issuer: jwtKey.controller, credentialStatus: (await jwtStatus.allocate('urn:uuid:jwt-1')).credentialStatus };
    await jwtStore.recordCredential({ id: 'urn:uuid:jwt-1', issuedAt: new Date().toISOString() });
    const opts = { resolveStatusList: (url: string) => jwtStatus.resolveStatusList(url) };
    expect(typeof (await opts.resolveStatusList((credential.credentialStatus as unknown as Json).statusListCredential as string))).toBe('string');
    expect((await checkCredentialStatus(credential, opts)).status).toBe('pass');
    await jwtStatus.revoke('urn:uuid:jwt-1');
    expect(await checkCredentialStatus(credential, opts)).toMatchObject({ status: 'fail', code: 'ERR_STATUS_REVOKED' });
    await jwtStore.close();
  });

  it('re-signs a cached list when the issuer key changed (key rotation)', async () => {
    const credential = await issue();
    const url = (credential.credentialStatus as Json).statusListCredential as string;
    const old = (await status.resolveStatusList(url)) as SignedCredential;
    const rotated = await generateKey({ suite: 'eddsa-rdfc-2022' });
    const next = await createStatusService({ store, key: rotated, publicBaseUrl: BASE });
    const fresh = (await next.resolveStatusList(url)) as SignedCredential;
    expect(fresh.issuer).toBe(rotated.controller);
    expect(old.issuer).toBe(key.controller);
  });

  it('issueWithStatus: allocates, signs and records in one call', async () => {
    const signer = await signerFromKeyFile(key);
    const suite = suites.get('eddsa-rdfc-2022');
    const unsigned = toOpenBadge({ ...example('ge-ai-research'), id: undefined } as never, { issuer: key.controller }) as unknown as Json;
    delete unsigned.id;
    const { verifiableCredential, record } = await issueWithStatus(unsigned, { status, suite, signer, learnerRef: 'sis:77' });
    const vc = verifiableCredential as SignedCredential;
    expect(vc.id).toMatch(/^urn:uuid:/);
    expect(vc.credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation' });
    expect(record).toMatchObject({ id: vc.id, learnerRef: 'sis:77', status: 'active', title: 'AI for Enhancing Research Skills in Higher Education' });
    expect(record!.document).toBeUndefined();
    await expect(issueWithStatus({ ...unsigned, id: vc.id }, { status, suite, signer })).rejects.toMatchObject({ code: 'ERR_STORE_DUPLICATE' });
    const v1 = toOpenBadge(example('am-data-analytics'), { issuer: key.controller, vcVersion: '1.1', id: 'urn:uuid:v1-x' }) as unknown as Json;
    await expect(issueWithStatus({ ...v1, id: 'urn:uuid:v1-x' }, { status, suite, signer })).rejects.toMatchObject({ code: 'ERR_STATUS_UNSUPPORTED' });
    const plain = await issueWithStatus({ ...v1, id: 'urn:uuid:v1-y' }, { status, suite, signer, purposes: [], publish: true });
    expect((plain.verifiableCredential as Json).credentialStatus).toBeUndefined();
    expect(plain.record!.document).toBe(JSON.stringify(plain.verifiableCredential));
    expect((await checkCredentialStatus(vc, { resolveStatusList: resolve })).status).toBe('pass');
  });

  it('keeps the credential valid under the Open Badges 3.0 schema (one credentialStatus object)', async () => {
    const credential = await issue();
    const report = await verify(credential);
    expect(report.checks.find((c) => c.id === 'schema')?.status).toBe('pass');
    expect(report.checks.find((c) => c.id === 'proof')?.status).toBe('pass');
  });
});

describe('1EdTech revocation list', () => {
  const issuer = 'did:web:university.example.edu';
  const credential = { id: 'urn:uuid:5b1a', issuer: { id: issuer }, credentialStatus: { id: 'https://university.example.edu/revocations', type: '1EdTechRevocationList' } };
  const list = (items: unknown[], extra: Json = {}) => async () => ({ id: 'https://university.example.edu/revocations', issuer, revokedCredentials: items, ...extra });

  it('fails a listed credential with its reason, passes others', async () => {
    expect(await checkCredentialStatus(credential, { resolveStatusList: list([{ id: 'urn:uuid:5b1a', revocationReason: 'Plagiarism' }]) })).toMatchObject({
      status: 'fail',
      code: 'ERR_STATUS_REVOKED',
      message: 'The issuer has revoked this credential: Plagiarism (revocation list https://university.example.edu/revocations).',
    });
    expect((await checkCredentialStatus(credential, { resolveStatusList: list([{ id: 'urn:uuid:other' }]) })).status).toBe('pass');
    expect((await checkCredentialStatus(credential, { resolveStatusList: list([{ id: 'urn:uuid:5b1a', revoked: false }]) })).status).toBe('pass');
    expect((await checkCredentialStatus(credential, { resolveStatusList: list([]) })).status).toBe('pass');
    // 1EdTech's own validator reads the singular key: accept both.
    const singular = async () => ({ revokedCredential: [{ id: 'urn:uuid:5b1a' }] });
    expect((await checkCredentialStatus(credential, { resolveStatusList: singular })).code).toBe('ERR_STATUS_REVOKED');
  });

  it('fails a list of another issuer or of the wrong shape; warns when unreachable', async () => {
    expect(await checkCredentialStatus(credential, { resolveStatusList: list([], { issuer: 'did:web:evil.example' }) })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_ISSUER_MISMATCH' });
    expect(await checkCredentialStatus(credential, { resolveStatusList: list([], { revokedCredentials: 'all' }) })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_MALFORMED' });
    expect(await checkCredentialStatus(credential, { resolveStatusList: async () => Promise.reject(new Error('timeout')) })).toMatchObject({ status: 'warn', code: 'WARN_STATUS_LIST_UNAVAILABLE' });
  });
});

describe('the GZIP trailer of an encodedList', () => {
  it('is checked: a list whose CRC-32 or ISIZE disagrees with its content is malformed', async () => {
    const { gzipSync } = await import('node:zlib');
    const { decodeBitstring: decode } = await import('../../src/status/bitstring.js');
    const bits = new Uint8Array(16 * 1024);
    bits[100] = 0x80;
    const good = gzipSync(bits);
    expect(decode(`u${good.toString('base64url')}`)).toEqual(bits);
    for (const offset of [8, 4]) { // CRC-32, then ISIZE
      const bad = Buffer.from(good);
      bad[bad.length - offset] = bad[bad.length - offset]! ^ 0x01;
      expect(() => decode(`u${bad.toString('base64url')}`)).toThrow(expect.objectContaining({ code: 'ERR_STATUS_LIST_MALFORMED' }));
    }
    const twoMembers = Buffer.concat([gzipSync(bits.subarray(0, 8192)), gzipSync(bits.subarray(8192))]);
    expect(() => decode(`u${twoMembers.toString('base64url')}`)).toThrow(expect.objectContaining({ code: 'ERR_STATUS_LIST_MALFORMED' }));
  });
});
