/**
 * Writing Open Badges 2.0: toOpenBadge2 output expands under the bundled OB 2.0 context with
 * JSON-LD safe mode; `serve --publish` hosts it under /ob2 and it verifies through verify()
 * (hosted, over loopback HTTPS) and reads back with fromOpenBadge2; signed with an RSA key it
 * verifies too; revocation shows as 410 Gone.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OB_V2_CONTEXT, OB_V2_CONTEXT_DOCUMENT, fromOpenBadge2, generateKey, openBadge2PublicKeyPem, signOpenBadge2, toOpenBadge2, verify, type MicroCredential,
} from '../../src/index.js';
import { createPinnedFetch } from '../../src/resolver/pinned-fetch.js';
import { createResolver } from '../../src/resolver/resolver.js';
import { createServer } from '../../src/server/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { scratch } from '../helpers/cli.js';
import { repoRoot } from '../helpers/fixtures.js';
import { call, selfSignedCertificate } from '../server/helpers.js';
import { type Lms, startLms } from './lms.js';

const TOKEN = 'test-token-0123456789abcdef';
const example = (): MicroCredential => ({ ...JSON.parse(readFileSync(join(repoRoot, 'examples/ge-ai-research.json'), 'utf8')), learner: { name: 'Nino Beridze', email: 'nino@example.ge' } });
const check = (report: { checks: Array<{ id: string; status: string; code?: string; message: string }> }, id: string) => report.checks.find((c) => c.id === id)!;

/** Expands under the bundled OB 2.0 context only, failing on any term it does not define (safe mode). */
async function expandSafely(document: object): Promise<unknown[]> {
  const documentLoader = async (url: string) => {
    if (url !== OB_V2_CONTEXT) throw new Error(`no network in tests: ${url}`);
    return { contextUrl: null, documentUrl: url, document: OB_V2_CONTEXT_DOCUMENT };
  };
  return jsonld.expand(structuredClone(document) as never, { documentLoader: documentLoader as never, safe: true } as never) as Promise<unknown[]>;
}

/** The Annex I elements a round trip through OB 2.0 must keep (the learner becomes a hashed e-mail; ids are new). */
const annex = (mc: MicroCredential) => {
  const { id: _id, learner: _learner, related: _related, achievementId: _a, ...rest } = mc;
  return rest;
};

describe('toOpenBadge2', () => {
  it('the bundled OB 2.0 context is pinned by content', () => {
    const bytes = readFileSync(join(repoRoot, 'contexts/openbadges-v2.json'));
    expect(createHash('sha256').update(bytes).digest('hex')).toMatchInlineSnapshot(`"ee8c373cb831e92f0033b7f26b61a43b2719932a20da2c396e5dad48ec429b2d"`);
  });

  it('puts the Annex I elements where 2.0 has a place, and expands under the OB 2.0 context with safe mode', async () => {
    const { assertion, badge, issuer } = toOpenBadge2(example(), { baseUrl: 'https://badges.tsu.ge' });
    expect(assertion.id).toBe('https://badges.tsu.ge/ob2/assertions/urn%3Auuid%3A4c2b6a2e-8f0e-4d7a-9a51-2f6f1b0c9e11');
    expect(badge.issuer).toBe(issuer.id);
    expect(issuer.id).toBe('https://badges.tsu.ge/ob2/issuer');
    expect(badge.description).toContain('Workload: 7 ECTS, 175 hours');
    expect(badge.description).toContain('Level: EQF 7');
    expect((badge.criteria as { narrative: string }).narrative).toContain('- Describes the main artificial intelligence');
    expect(badge.alignment?.map((a) => a.targetUrl)).toEqual(['http://data.europa.eu/snb/eqf/7', 'http://data.europa.eu/snb/isced-f/0111']);
    expect(badge.tags).toEqual(['micro-credential', '7 ECTS', 'EQF 7', 'ISCED-F 0111', 'online']);
    expect(assertion.recipient).toMatchObject({ type: 'email', hashed: true });
    expect(JSON.stringify(assertion)).not.toContain('nino@example.ge');
    expect(JSON.stringify(assertion)).not.toContain('Nino Beridze');
    for (const document of [assertion, badge, issuer]) {
      const expanded = await expandSafely(document);
      expect(expanded).toHaveLength(1);
    }
    const [expandedBadge] = (await expandSafely(badge)) as Array<Record<string, unknown>>;
    expect(Object.keys(expandedBadge!)).toContain('https://w3id.org/openbadges/extensions#MicroCredentialExtension');
    // A term the context does not define fails safe mode: the check above has teeth.
    await expect(expandSafely({ ...badge, workloadHours: 175 })).rejects.toThrow();
  });

  it('refuses what 2.0 cannot say: no id, no recipient identity', () => {
    const { id: _id, ...noId } = example();
    expect(() => toOpenBadge2(noId as MicroCredential, { baseUrl: 'https://badges.tsu.ge' })).toThrow(expect.objectContaining({ code: 'ERR_ID_REQUIRED' }));
    expect(() => toOpenBadge2({ ...example(), learner: { name: 'Nino' } }, { baseUrl: 'https://badges.tsu.ge' })).toThrow(expect.objectContaining({ code: 'ERR_OB2_RECIPIENT_REQUIRED' }));
  });
});

describe('serve --publish: /ob2/assertions/:id, /ob2/badges/:id, /ob2/issuer', () => {
  const tmp = scratch();
  const tls = selfSignedCertificate();
  let base: string;
  let close: () => Promise<void>;
  const resolver = createResolver({ allow: ['*'], allowPrivateNetwork: true, fetch: createPinnedFetch({ ca: tls.cert }), cacheTtlMs: 0 });
  beforeAll(async () => {
    const store = await openSqliteStore({ path: tmp.path('store.db') });
    const app = await createServer({ store, key: await generateKey(), apiToken: TOKEN, logger: false, publishCredentials: true, tls });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `https://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    close = async () => {
      await app.close();
      await store.close();
    };
  });
  afterAll(() => close?.());

  it('publishes the hosted assertion, badge and issuer; verify() checks it and fromOpenBadge2 reads it back', async () => {
    const issued = await call(base, 'POST', '/micro-credentials?profile=ge', { body: example(), token: TOKEN, ca: tls.cert });
    expect(issued.status).toBe(201);
    const id = issued.body.verifiableCredential.id as string;
    const published = await call(base, 'GET', `/ob2/assertions/${encodeURIComponent(id)}`, { ca: tls.cert });
    expect(published.status).toBe(200);
    expect(published.headers.get('content-type')).toContain('application/ld+json');
    const assertion = published.body;
    expect(assertion.id).toBe(`${base}/ob2/assertions/${encodeURIComponent(id)}`);
    expect((await call(base, 'GET', new URL(assertion.badge).pathname, { ca: tls.cert })).body.type).toBe('BadgeClass');
    expect((await call(base, 'GET', '/ob2/issuer', { ca: tls.cert })).body.type).toBe('Issuer');

    const report = await verify(assertion, { resolver, recipient: 'nino@example.ge' });
    expect(report.format).toBe('ob2');
    expect(report.checks.filter((c) => c.status === 'fail' || (c.status === 'warn' && c.id !== 'issuer-trust')), JSON.stringify(report.checks)).toEqual([]);
    expect(report.verified).toBe(true);
    const back = fromOpenBadge2(report.credential!);
    expect(annex(back)).toEqual(annex({ ...example(), dateOfIssuing: '2025-10-20T00:00:00Z' }));
    expect(back.related?.[0]?.id).toBe(assertion.id);

    expect((await call(base, 'GET', `/ob2/assertions/${encodeURIComponent('urn:uuid:00000000-0000-4000-8000-000000000000')}`, { ca: tls.cert })).status).toBe(404);
    expect([404, 414]).toContain((await call(base, 'GET', `/ob2/badges/${'x'.repeat(3000)}`, { ca: tls.cert })).status);

    const revoked = await call(base, 'POST', '/credentials/status', { token: TOKEN, ca: tls.cert, body: { credentialId: id, credentialStatus: [{ type: 'BitstringStatusListEntry', status: 'revoked', reason: 'Issued in error' }] } });
    expect(revoked.status).toBe(200);
    const gone = await call(base, 'GET', `/ob2/assertions/${encodeURIComponent(id)}`, { ca: tls.cert });
    expect(gone.status).toBe(410);
    expect(gone.body).toMatchObject({ revoked: true, revocationReason: 'Issued in error' });
    const after = await verify(assertion, { resolver });
    expect(check(after, 'status')).toMatchObject({ status: 'fail', code: 'ERR_REVOKED' });
  });
});

describe('signed OB 2.0 with an RSA key', () => {
  let lms: Lms;
  beforeAll(async () => {
    lms = await startLms();
  });
  afterAll(() => lms?.close());

  it('signOpenBadge2 makes an RS256 JWS that verify() checks against the published issuer key; round-trips', async () => {
    const key = await generateKey({ suite: 'vc-jwt' });
    expect(key.alg).toBe('RS256');
    const mc = example();
    const docs = toOpenBadge2(mc, { baseUrl: lms.base, verification: 'signed', publicKey: { publicKeyPem: await openBadge2PublicKeyPem(key) } });
    lms.put(new URL(docs.badge.id).pathname, docs.badge);
    lms.put('/ob2/issuer', docs.issuer);
    const jws = await signOpenBadge2(docs.assertion, key);
    const report = await verify(jws, { resolver: lms.resolver, recipient: 'nino@example.ge' });
    expect(report.checks.filter((c) => c.status === 'fail' || (c.status === 'warn' && c.id !== 'issuer-trust')), JSON.stringify(report.checks)).toEqual([]);
    expect(report.suite).toBe('RS256');
    const back = fromOpenBadge2(report.credential!, { jws });
    expect(annex(back)).toEqual(annex({ ...mc, dateOfIssuing: '2025-10-20T00:00:00Z' }));
    expect(back.related?.[0]).toMatchObject({ id: mc.id, mediaType: 'application/jws' });

    await expect(signOpenBadge2(docs.assertion, await generateKey())).rejects.toMatchObject({ code: 'ERR_OB2_KEY_ALGORITHM' });
    const hosted = toOpenBadge2(mc, { baseUrl: lms.base });
    await expect(signOpenBadge2(hosted.assertion, key)).rejects.toMatchObject({ code: 'ERR_OB2_OPTIONS' });
  });
});
