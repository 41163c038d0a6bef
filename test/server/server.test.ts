import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toOpenBadge } from '../../src/formats/ob3/to-open-badge.js';
import { generateKey } from '../../src/keys/generate.js';
import type { KeyFile } from '../../src/keys/types.js';
import type { MicroCredential } from '../../src/model/types.generated.js';
import { validateMicroCredential } from '../../src/model/validate.js';
import { createDocumentLoader } from '../../src/loader/document-loader.js';
import { createServer, startService } from '../../src/server/index.js';
import { EXAMPLES_V2_CONTEXT } from '../../src/server/server.js';
import { checkCredentialStatus, decodeBitstring, encodeBitstring } from '../../src/status/index.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { createSuiteRegistry } from '../../src/suites/registry.js';
import { example } from '../helpers/fixtures.js';
import { dropSchema, reachablePostgres, testSchema } from '../helpers/postgres.js';
import { type Reply, call, selfSignedCertificate } from './helpers.js';

type Json = Record<string, any>;
const TOKEN = 'test-token-0123456789abcdef';
const suites = createSuiteRegistry();
const fresh = (name: 'ge-ai-research' | 'am-data-analytics'): MicroCredential => ({ ...example(name), id: `urn:uuid:${globalThis.crypto.randomUUID()}` });
const checkOf = (reply: Reply, id: string): Json | undefined => reply.body.checks.find((c: Json) => c.id === id);
const fetchJson = async (url: string): Promise<unknown> => (await fetch(url, { signal: AbortSignal.timeout(10_000) })).json();

interface Running {
  app: FastifyInstance;
  base: string;
  store: Store;
  key: KeyFile;
  logs: string[];
  close(): Promise<void>;
}

async function running(store: Store, extra: Record<string, unknown> = {}, cleanup: () => Promise<void> = async () => undefined): Promise<Running> {
  const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
  const logs: string[] = [];
  const app = await createServer({ store, key, apiToken: TOKEN, logger: { stream: { write: (line: string) => logs.push(line) } }, ...extra });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return {
    app,
    base: `${extra.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    store,
    key,
    logs,
    async close() {
      await app.close();
      await store.close();
      await cleanup();
    },
  };
}

/** The issue → verify → revoke → verify → reinstate → verify flow, over HTTP. */
async function lifecycle(s: Running): Promise<void> {
  const issued = await call(s.base, 'POST', '/micro-credentials?profile=ge', { body: fresh('ge-ai-research'), token: TOKEN });
  expect(issued.status).toBe(201);
  const vc = issued.body.verifiableCredential as Json;
  expect(vc.issuer.id).toBe(s.key.controller);
  expect(vc.credentialStatus).toMatchObject({
    type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation',
    statusListIndex: expect.stringMatching(/^\d+$/),
    statusListCredential: expect.stringMatching(new RegExp(`^${s.base}/status-lists/[A-Za-z0-9_-]+$`)),
  });

  const ok = await call(s.base, 'POST', '/credentials/verify', { body: { verifiableCredential: vc, options: {} } });
  expect(ok.status).toBe(200);
  expect(ok.body.verified).toBe(true);
  // The service recognises its own issuer, and tells its verification page so.
  expect(ok.body.verdict).toBe('verified');
  expect(checkOf(ok, 'status')).toMatchObject({ status: 'pass' });
  expect(await fetchJson(`${s.base}/verify/trust.json`)).toEqual({ trusted: [s.key.controller] });

  const revoked = await call(s.base, 'POST', '/credentials/status', {
    token: TOKEN,
    body: { credentialId: vc.id, credentialStatus: [{ type: 'BitstringStatusListEntry', status: 'revoked', reason: 'Issued in error' }] },
  });
  expect(revoked.status).toBe(200);
  expect(revoked.body).toMatchObject({ credentialId: vc.id, status: 'revoked', reason: 'Issued in error' });

  const failed = await call(s.base, 'POST', '/credentials/verify', { body: { verifiableCredential: vc } });
  expect(failed.status).toBe(400);
  expect(failed.body.verified).toBe(false);
  expect(checkOf(failed, 'status')).toMatchObject({ status: 'fail', code: 'ERR_STATUS_REVOKED', message: expect.stringMatching(/^The issuer has revoked this credential: Issued in error \(status list https?:\/\/\S+, index \d+\)\.$/) });
  expect(checkOf(failed, 'proof')!.status).toBe('pass');

  const reinstated = await call(s.base, 'POST', '/credentials/status', { token: TOKEN, body: { credentialId: vc.id, credentialStatus: [{ type: 'BitstringStatusListEntry', status: 'active' }] } });
  expect(reinstated.body).toMatchObject({ status: 'active' });
  const again = await call(s.base, 'POST', '/credentials/verify', { body: { verifiableCredential: vc } });
  expect(again.status).toBe(200);
}

describe('the service over HTTP (SQLite store)', () => {
  let dir: string;
  let s: Running;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'microcred-server-'));
    s = await running(await openSqliteStore({ dataDir: dir }), { bodyLimit: 64 * 1024 });
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers /healthz', async () => {
    expect(await call(s.base, 'GET', '/healthz')).toMatchObject({ status: 200, body: { status: 'ok', issuer: s.key.controller, store: 'sqlite' } });
  });

  it('issues a micro-credential with status; verify passes; revoked it fails with the reason; reinstated it passes', async () => {
    await lifecycle(s);
  });

  it('suspends and reinstates a credential issued with a suspension entry; revoking it is a 409', async () => {
    const issued = await call(s.base, 'POST', '/micro-credentials?profile=am&statusPurpose=suspension', { body: fresh('am-data-analytics'), token: TOKEN });
    expect(issued.status).toBe(201);
    const vc = issued.body.verifiableCredential as Json;
    expect(vc.credentialStatus.statusPurpose).toBe('suspension');
    const update = (status: string, reason?: string) =>
      call(s.base, 'POST', '/credentials/status', { token: TOKEN, body: { credentialId: vc.id, credentialStatus: [{ type: 'BitstringStatusListEntry', status, ...(reason ? { reason } : {}) }] } });
    expect((await update('suspended', 'Plagiarism inquiry')).body).toMatchObject({ status: 'suspended', reason: 'Plagiarism inquiry' });
    const suspended = await call(s.base, 'POST', '/credentials/verify', { body: { verifiableCredential: vc } });
    expect(suspended.status).toBe(400);
    expect(checkOf(suspended, 'status')).toMatchObject({ code: 'ERR_STATUS_SUSPENDED', message: expect.stringMatching(/^The issuer has suspended this credential: Plagiarism\ inquiry \(status list https?:\/\/\S+, index \d+\)\.$/) });
    expect(await update('revoked')).toMatchObject({ status: 409, body: { code: 'ERR_STATUS_PURPOSE_MISSING' } });
    await update('active');
    expect((await call(s.base, 'POST', '/credentials/verify', { body: { verifiableCredential: vc } })).status).toBe(200);
  });

  it('refuses bad status updates', async () => {
    const post = (body: unknown, token: string | undefined = TOKEN) => call(s.base, 'POST', '/credentials/status', { body, ...(token ? { token } : {}) });
    expect(await post({ credentialId: 'urn:uuid:nobody', credentialStatus: [{ type: 'BitstringStatusListEntry', status: 'revoked' }] })).toMatchObject({ status: 404, body: { code: 'ERR_STORE_NOT_FOUND' } });
    expect(await post({ credentialId: 'urn:uuid:x', credentialStatus: [{ type: 'BitstringStatusListEntry', status: 'vanished' }] })).toMatchObject({ status: 400, body: { code: 'ERR_STATUS_OPTIONS' } });
    expect(await post({ credentialId: 'urn:uuid:x', credentialStatus: [{ type: 'StatusList2021Entry', status: 'revoked' }] })).toMatchObject({ status: 400 });
    expect(await post({ credentialStatus: [{ status: 'revoked' }] })).toMatchObject({ status: 400, body: { code: 'ERR_INPUT_INVALID' } });
    expect(await post({ credentialId: 'urn:uuid:x', credentialStatus: [] })).toMatchObject({ status: 400 });
    expect(await post({ credentialId: 'urn:uuid:x', credentialStatus: [{ status: 'revoked' }] }, '')).toMatchObject({ status: 401 });
  });

  it('answers 422 with every validation error of a micro-credential', async () => {
    const document = fresh('ge-ai-research') as unknown as Json;
    delete document.title;
    document.workload = { ...document.workload, ects: 45 };
    document.level = { ...document.level, nqf: { framework: 'GE', level: 3 } };
    delete document.image;
    document.countries = ['XX'];
    const reply = await call(s.base, 'POST', '/micro-credentials?profile=ge', { body: document, token: TOKEN });
    expect(reply.status).toBe(422);
    const expected = validateMicroCredential(document, { profile: 'ge', maxIssues: 100_000 });
    expect(expected.errors.length).toBeGreaterThanOrEqual(4);
    expect(reply.body.code).toBe('ERR_MICROCREDENTIAL_INVALID');
    expect(reply.body.errors).toEqual(JSON.parse(JSON.stringify(expected.errors)));
    expect(reply.body.profile).toMatchObject({ id: 'ge' });
    expect(await call(s.base, 'POST', '/micro-credentials?profile=nope', { body: fresh('ge-ai-research'), token: TOKEN })).toMatchObject({ status: 400, body: { code: 'ERR_PROFILE_UNKNOWN' } });
  });

  it('requires the bearer token on issue, status and listing (401), not on verify or status lists', async () => {
    const body = { credential: toOpenBadge(fresh('am-data-analytics'), { issuer: s.key.controller }), options: {} };
    for (const path of ['/credentials/issue', '/micro-credentials', '/credentials/status']) {
      for (const headers of [{} as Record<string, string>, { authorization: `Bearer ${TOKEN}x` }, { authorization: `Bearer ${TOKEN.slice(0, -1)}` }, { authorization: `Basic ${TOKEN}` }, { authorization: TOKEN }]) {
        const reply = await call(s.base, 'POST', path, { body, headers });
        expect(reply.status).toBe(401);
        expect(reply.body.code).toBe('ERR_UNAUTHORIZED');
        expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
    }
    expect((await call(s.base, 'GET', '/credentials')).status).toBe(401);
    expect((await call(s.base, 'POST', '/credentials/verify', { body: { verifiableCredential: { '@context': [] } } })).status).toBe(400);
  });

  it('accepts JSON only (415 otherwise) and refuses bodies over the limit (413)', async () => {
    const json = JSON.stringify({ verifiableCredential: { a: 1 } });
    expect(await call(s.base, 'POST', '/credentials/verify', { raw: json, contentType: 'text/plain' })).toMatchObject({ status: 415, body: { code: 'ERR_UNSUPPORTED_MEDIA_TYPE' } });
    expect(await call(s.base, 'POST', '/credentials/verify', { raw: 'a=1', contentType: 'application/x-www-form-urlencoded' })).toMatchObject({ status: 415 });
    expect(await call(s.base, 'POST', '/credentials/verify', { raw: json, contentType: null })).toMatchObject({ status: 415 });
    expect(await call(s.base, 'POST', '/credentials/issue', { raw: json, contentType: 'text/plain', token: TOKEN })).toMatchObject({ status: 415 });
    expect((await call(s.base, 'POST', '/credentials/verify', { raw: json, contentType: 'application/ld+json' })).status).toBe(400);
    expect(await call(s.base, 'POST', '/credentials/verify', { raw: '{"verifiableCredential": ', contentType: 'application/json' })).toMatchObject({ status: 400, body: { code: 'ERR_INPUT_NOT_JSON' } });
    expect((await call(s.base, 'POST', '/credentials/verify', { raw: '{"__proto__": {"x": 1}}' })).status).toBe(400);
    const big = { verifiableCredential: { padding: 'x'.repeat(70 * 1024) } };
    expect(await call(s.base, 'POST', '/credentials/verify', { body: big })).toMatchObject({ status: 413, body: { code: 'ERR_BODY_TOO_LARGE' } });
    expect(await call(s.base, 'POST', '/credentials/issue', { body: { credential: big }, token: TOKEN })).toMatchObject({ status: 413 });
  });

  it('refuses JSON bodies that repeat a member name (400 ERR_DUPLICATE_KEY with a pointer)', async () => {
    const raw = '{"verifiableCredential": {"issuer": "did:example:a", "issuer": "did:example:b"}}';
    for (const contentType of ['application/json', 'application/ld+json']) {
      expect(await call(s.base, 'POST', '/credentials/verify', { raw, contentType })).toMatchObject({ status: 400, body: { code: 'ERR_DUPLICATE_KEY', pointer: '/verifiableCredential/issuer' } });
    }
  });

  it('POST /credentials/issue signs any valid VC 2.0 as the service, adding a revocation entry', async () => {
    const credential = {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
      type: ['VerifiableCredential', 'ExampleCredential'],
      issuer: { id: 'did:example:someone-else', name: 'Example University' },
      validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: { id: 'did:example:subject', name: 'Test' },
    };
    const reply = await call(s.base, 'POST', '/credentials/issue', { body: { credential, options: { unknownOption: true } }, token: TOKEN });
    expect(reply.status).toBe(201);
    const vc = reply.body.verifiableCredential as Json;
    expect(vc['@context']).toEqual(credential['@context']); // no context added
    expect(vc.issuer).toEqual({ id: s.key.controller, name: 'Example University' }); // object form kept, id replaced
    expect(vc.id).toMatch(/^urn:uuid:/);
    expect(vc.credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation' });
    expect(vc.proof).toEqual([expect.objectContaining({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' })]);
    const documentLoader = createDocumentLoader({ extraContexts: { [EXAMPLES_V2_CONTEXT]: { '@context': { '@vocab': 'https://www.w3.org/ns/credentials/examples#' } } } });
    expect((await suites.get('eddsa-rdfc-2022').verify(vc, { documentLoader })).verified).toBe(true);
    expect((await call(s.base, 'POST', '/credentials/issue', { body: { credential: vc }, token: TOKEN })).status).toBe(409); // same id again

    const both = await call(s.base, 'POST', '/credentials/issue', {
      token: TOKEN,
      body: { credential, options: { credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: ['revocation', 'suspension'] } } },
    });
    expect(both.body.verifiableCredential.credentialStatus.map((e: Json) => e.statusPurpose)).toEqual(['revocation', 'suspension']);

    const own = { ...credential, credentialStatus: { id: 'https://elsewhere.example/status/1#3', type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: '3', statusListCredential: 'https://elsewhere.example/status/1' } };
    expect((await call(s.base, 'POST', '/credentials/issue', { body: { credential: own }, token: TOKEN })).body.verifiableCredential.credentialStatus).toEqual(own.credentialStatus);

    const v1 = { '@context': ['https://www.w3.org/2018/credentials/v1'], type: ['VerifiableCredential'], issuer: 'did:example:x', issuanceDate: '2025-01-01T00:00:00Z', credentialSubject: { id: 'did:example:subject' } };
    const v1Reply = await call(s.base, 'POST', '/credentials/issue', { body: { credential: v1 }, token: TOKEN });
    expect(v1Reply.status).toBe(201);
    expect(v1Reply.body.verifiableCredential.issuer).toBe(s.key.controller);
    expect(v1Reply.body.verifiableCredential.credentialStatus).toBeUndefined();
    expect((await call(s.base, 'POST', '/credentials/issue', { body: { credential: v1, options: { credentialStatus: { type: 'BitstringStatusListEntry' } } }, token: TOKEN })).status).toBe(400);
  });

  it('POST /credentials/issue refuses invalid credentials with 400', async () => {
    const good = {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
      type: ['VerifiableCredential'],
      issuer: 'did:example:x',
      credentialSubject: { id: 'did:example:subject', name: 'Test' },
    };
    const bad: Array<[string, unknown]> = [
      ['not an object', 'credential'],
      ['no credentialSubject', { ...good, credentialSubject: undefined }],
      ['empty credentialSubject', { ...good, credentialSubject: {} }],
      ['no VerifiableCredential type', { ...good, type: ['ExampleCredential'] }],
      ['first context wrong', { ...good, '@context': ['https://www.w3.org/ns/credentials/examples/v2'] }],
      ['relative id', { ...good, id: 'credential-1' }],
      ['non-URL issuer', { ...good, issuer: 'Example University' }],
      ['date without time zone', { ...good, validFrom: '2025-01-01T00:00:00' }],
      ['validFrom after validUntil', { ...good, validFrom: '2026-01-01T00:00:00Z', validUntil: '2025-01-01T00:00:00Z' }],
      ['credentialSchema without type', { ...good, credentialSchema: { id: 'https://example.org/schema.json' } }],
      ['evidence without type', { ...good, evidence: [{ id: 'https://example.org/evidence/1' }] }],
      ['termsOfUse without type', { ...good, termsOfUse: { id: 'https://example.org/tos' } }],
      ['relatedResource without digest', { ...good, relatedResource: [{ id: 'https://example.org/resource' }] }],
      ['undefined term (no @vocab)', { ...good, '@context': ['https://www.w3.org/ns/credentials/v2'], credentialSubject: { id: 'did:example:s', undefinedTerm: 1 } }],
      ['unknown context', { ...good, '@context': ['https://www.w3.org/ns/credentials/v2', 'https://example.org/unknown-context.jsonld'] }],
      ['protected term redefined', { ...good, '@context': ['https://www.w3.org/ns/credentials/v2', { VerifiableCredential: 'https://example.org/Other' }] }],
    ];
    for (const [name, credential] of bad) {
      const reply = await call(s.base, 'POST', '/credentials/issue', { body: { credential }, token: TOKEN });
      expect([name, reply.status]).toEqual([name, 400]);
      expect(typeof reply.body.code).toBe('string');
    }
    expect((await call(s.base, 'POST', '/credentials/issue', { body: { credential: good }, token: TOKEN })).status).toBe(201);
  });

  it('verifies OB credentials issued through /credentials/issue, and answers 400 (never 200) otherwise', async () => {
    const unsigned = toOpenBadge(fresh('am-data-analytics'), { issuer: s.key.controller });
    const issued = await call(s.base, 'POST', '/credentials/issue', { body: { credential: unsigned }, token: TOKEN });
    const vc = issued.body.verifiableCredential as Json;
    expect((await call(s.base, 'POST', '/credentials/verify', { body: { verifiableCredential: vc } })).status).toBe(200);
    const tampered = await call(s.base, 'POST', '/credentials/verify', { body: { verifiableCredential: { ...vc, name: 'Altered' } } });
    expect(tampered.status).toBe(400);
    expect(checkOf(tampered, 'proof')!.status).toBe('fail');
    expect((await call(s.base, 'POST', '/credentials/verify', { body: { verifiableCredential: JSON.stringify(vc) } })).status).toBe(400);
    expect((await call(s.base, 'POST', '/credentials/verify', { body: { credential: vc } })).status).toBe(400);
    expect((await call(s.base, 'POST', '/credentials/verify', { body: { verifiableCredential: { ...vc, proof: null } } })).status).toBe(400);
    expect((await call(s.base, 'POST', '/credentials/verify', { body: { verifiableCredential: 42 } })).status).toBe(400);
  });

  it('serves signed status lists of at least 16 KB over HTTP that verify; a tampered list fails', async () => {
    const issued = await call(s.base, 'POST', '/micro-credentials?profile=am', { body: fresh('am-data-analytics'), token: TOKEN });
    const vc = issued.body.verifiableCredential as Json;
    const url = vc.credentialStatus.statusListCredential as string;
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const list = (await response.json()) as Json;
    expect(list).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: url,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: s.key.controller,
      validFrom: expect.any(String),
      credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: expect.stringMatching(/^u/) },
    });
    const bits = decodeBitstring(list.credentialSubject.encodedList);
    expect(bits.length).toBeGreaterThanOrEqual(16 * 1024);
    expect((await suites.get('eddsa-rdfc-2022').verify(list)).verified).toBe(true);

    // A verifier elsewhere, fetching the list over HTTP.
    expect((await checkCredentialStatus(vc, { resolveStatusList: fetchJson })).status).toBe('pass');
    await call(s.base, 'POST', '/credentials/status', { token: TOKEN, body: { credentialId: vc.id, credentialStatus: [{ type: 'BitstringStatusListEntry', status: 'revoked' }] } });
    const revokedList = (await fetchJson(url)) as Json;
    expect(Date.parse(revokedList.validFrom)).toBeGreaterThanOrEqual(Date.parse(list.validFrom));
    expect(await checkCredentialStatus(vc, { resolveStatusList: fetchJson })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_REVOKED' });

    const cleared = decodeBitstring(revokedList.credentialSubject.encodedList).fill(0);
    const tampered = { ...revokedList, credentialSubject: { ...revokedList.credentialSubject, encodedList: await encodeBitstring(cleared) } };
    expect(await checkCredentialStatus(vc, { resolveStatusList: async () => tampered })).toMatchObject({ status: 'fail', code: 'ERR_STATUS_LIST_UNVERIFIED' });

    expect((await call(s.base, 'GET', '/status-lists/nope')).status).toBe(404);
    expect((await call(s.base, 'GET', '/status-lists/..%2F..%2Fetc')).status).toBe(404);
  });

  it('lists what it issued (authenticated, paged, no documents); GET /credentials/:id is off by default', async () => {
    const page = await call(s.base, 'GET', '/credentials?limit=2', { token: TOKEN });
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.nextCursor).toEqual(expect.any(String));
    expect(page.body.items[0]).toMatchObject({ id: expect.any(String), issuedAt: expect.any(String), status: expect.any(String), statusEntries: expect.any(Array) });
    const next = await call(s.base, 'GET', `/credentials?limit=2&cursor=${encodeURIComponent(page.body.nextCursor)}`, { token: TOKEN });
    expect(next.body.items[0].id).not.toBe(page.body.items[0].id);
    expect((await call(s.base, 'GET', '/credentials?limit=5000', { token: TOKEN })).status).toBe(400);
    expect((await call(s.base, 'GET', `/credentials/${encodeURIComponent(page.body.items[0].id)}`)).status).toBe(404);
  });

  it('logs JSON lines without personal data or secrets', async () => {
    const learner = example('ge-ai-research').learner;
    expect(s.logs.length).toBeGreaterThan(10);
    for (const line of s.logs) {
      const entry = JSON.parse(line) as Json;
      expect(typeof entry.level).toBe('number');
      for (const secret of [learner.name!, learner.id!, learner.identifiers![0]!.value, TOKEN, 'urn:uuid:', 'remoteAddress', '127.0.0.1:']) {
        if (secret === '127.0.0.1:' && /Server listening/.test(String(entry.msg))) continue;
        expect(line).not.toContain(secret);
      }
    }
    expect(s.logs.some((line) => line.includes('"url":"/credentials/status"'))).toBe(true);
  });
});

describe('publication and HTTPS', () => {
  it('serves issued credentials at GET /credentials/:id when enabled, over HTTPS', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'microcred-https-'));
    const tls = selfSignedCertificate();
    const s = await running(await openSqliteStore({ dataDir: dir }), { tls, publishCredentials: true }, async () => rmSync(dir, { recursive: true, force: true }));
    try {
      const issued = await call(s.base, 'POST', '/micro-credentials?profile=ge', { body: fresh('ge-ai-research'), token: TOKEN, ca: tls.cert });
      const get = (path: string) => call(s.base, 'GET', path, { ca: tls.cert });
      expect(issued.status).toBe(201);
      const vc = issued.body.verifiableCredential as Json;
      expect(vc.credentialStatus.statusListCredential).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/status-lists\//);
      const published = await get(`/credentials/${encodeURIComponent(vc.id)}`);
      expect(published.status).toBe(200);
      expect(published.body).toEqual(vc);
      const list = await get(new URL(vc.credentialStatus.statusListCredential).pathname);
      expect(list.body.type).toContain('BitstringStatusListCredential');
      expect((await get('/credentials/urn%3Auuid%3Anobody')).status).toBe(404);
    } finally {
      await s.close();
    }
  });
});

describe('failures', () => {
  it('answers 503 when the signer fails or the store is closed, and logs no error message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'microcred-fail-'));
    const store = await openSqliteStore({ dataDir: dir });
    const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    const signer = { id: key.id, algorithm: key.alg, sign: async (): Promise<Uint8Array> => Promise.reject(new Error('HSM offline: secret-detail')) };
    const logs: string[] = [];
    const app = await createServer({ store, signer, apiToken: TOKEN, publicBaseUrl: 'https://badges.example.edu', logger: { stream: { write: (l: string) => logs.push(l) } } });
    try {
      const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
      const failed = await app.inject({ method: 'POST', url: '/micro-credentials?profile=am', headers, payload: fresh('am-data-analytics') });
      expect(failed.statusCode).toBe(503);
      expect(failed.json()).toMatchObject({ code: 'ERR_SIGNER_UNAVAILABLE' });
      await store.close();
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(503);
      const closed = await app.inject({ method: 'POST', url: '/credentials/status', headers, payload: { credentialId: 'urn:uuid:x', credentialStatus: [{ status: 'revoked' }] } });
      expect(closed.statusCode).toBe(503);
      expect(logs.join('')).not.toContain('secret-detail');
      expect(logs.some((l) => l.includes('"errorCode":"ERR_SIGNER_UNAVAILABLE"'))).toBe(true);
    } finally {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('startService', () => {
  it('generates an issuer key (0600) and an API token in the data directory on first start, reuses them later, and prints the DID', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'microcred-serve-'));
    try {
      const lines: string[] = [];
      // The public URL is written into credentials, so it must stay the same across restarts.
      const publicBaseUrl = 'https://badges.example.edu';
      const first = await startService({ port: 0, dataDir: dir, publicBaseUrl, logger: false, out: (l) => lines.push(l), env: {} });
      expect(first.issuer).toMatch(/^did:key:z6Mk/);
      expect(statSync(join(dir, 'issuer-key.json')).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, 'api-token')).mode & 0o777).toBe(0o600);
      expect(lines).toContain(`Issuer: ${first.issuer}`);
      expect(lines.some((l) => l.startsWith(`Listening on ${first.url}`))).toBe(true);
      const token = readFileSync(join(dir, 'api-token'), 'utf8').trim();
      expect(lines.join('\n')).not.toContain(token);
      const issued = await call(first.url, 'POST', '/micro-credentials?profile=am', { body: fresh('am-data-analytics'), token });
      expect(issued.status).toBe(201);
      await first.close();

      const again: string[] = [];
      const second = await startService({ port: 0, dataDir: dir, logger: false, out: (l) => again.push(l), env: { MICROCRED_PUBLIC_URL: publicBaseUrl } });
      expect(second.issuer).toBe(first.issuer);
      expect(again.some((l) => l.startsWith('Generated'))).toBe(false);
      expect((await call(second.url, 'POST', '/credentials/verify', { body: { verifiableCredential: issued.body.verifiableCredential } })).status).toBe(200);
      await second.close();

      const keyFile = join(dir, 'other-key.json');
      const other = await generateKey({ suite: 'eddsa-rdfc-2022' });
      writeFileSync(keyFile, JSON.stringify(other), { mode: 0o600 });
      const third = await startService({ port: 0, dataDir: dir, keyFile, logger: false, out: () => undefined, env: { MICROCRED_API_TOKEN: TOKEN } });
      expect(third.issuer).toBe(other.controller);
      expect((await call(third.url, 'GET', '/credentials', { token: TOKEN })).status).toBe(200);
      await third.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start without a token source, and with half a TLS configuration', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'microcred-notoken-'));
    const saved = process.env.MICROCRED_API_TOKEN;
    delete process.env.MICROCRED_API_TOKEN;
    const store = await openSqliteStore({ dataDir: dir });
    try {
      const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
      await expect(createServer({ store, key, logger: false })).rejects.toMatchObject({ code: 'ERR_API_TOKEN_REQUIRED' });
      await expect(createServer({ store, key, apiToken: 'short', logger: false })).rejects.toMatchObject({ code: 'ERR_API_TOKEN_INVALID' });
      await expect(createServer({ store, key, apiTokenFile: join(dir, 'missing'), logger: false })).rejects.toMatchObject({ code: 'ERR_API_TOKEN_FILE' });
      await expect(startService({ tlsCert: 'cert.pem', logger: false, out: () => undefined })).rejects.toMatchObject({ code: 'ERR_SERVER_OPTIONS' });
    } finally {
      if (saved !== undefined) process.env.MICROCRED_API_TOKEN = saved;
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const databaseUrl = await reachablePostgres();
describe.skipIf(databaseUrl === undefined)('the service over HTTP (PostgreSQL store)', () => {
  it('issues, revokes and verifies with a PostgreSQL store', async () => {
    const schema = testSchema('server_test');
    const s = await running(await openPostgresStore({ connectionString: databaseUrl!, schema }), {}, () => dropSchema(databaseUrl!, schema));
    try {
      expect((await call(s.base, 'GET', '/healthz')).body.store).toBe('postgres');
      await lifecycle(s);
    } finally {
      await s.close();
    }
  });
});
