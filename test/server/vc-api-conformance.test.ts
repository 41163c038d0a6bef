/**
 * What the public W3C test suites for VC 2.0, eddsa-rdfc-2022 and Bitstring Status List (and the
 * CCG VC-API issuer/verifier suites) send to an issuer/verifier service, and what they expect —
 * over HTTPS, as those suites call it. The cases are written from the suites' descriptions; the
 * suites themselves are not run (they need the network).
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base58Decode } from '../../src/keys/multibase.js';
import { generateKey } from '../../src/keys/generate.js';
import { signerFromKeyFile } from '../../src/keys/signer.js';
import type { KeyFile } from '../../src/keys/types.js';
import { createDocumentLoader } from '../../src/loader/document-loader.js';
import { createServer } from '../../src/server/index.js';
import { EXAMPLES_V2_CONTEXT } from '../../src/server/server.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { createSuiteRegistry } from '../../src/suites/registry.js';
import type { EmbeddedProofSuite } from '../../src/suites/types.js';
import { type Reply, call, selfSignedCertificate } from './helpers.js';

type Json = Record<string, any>;
const TOKEN = 'conformance-token-0123456789';
const V2 = 'https://www.w3.org/ns/credentials/v2';
const V1 = 'https://www.w3.org/2018/credentials/v1';
const DI_V2 = 'https://w3id.org/security/data-integrity/v2';
const eddsa = createSuiteRegistry().get('eddsa-rdfc-2022') as EmbeddedProofSuite;
const documentLoader = createDocumentLoader({ extraContexts: { [EXAMPLES_V2_CONTEXT]: { '@context': { '@vocab': 'https://www.w3.org/ns/credentials/examples#' } } } });

describe('VC-API conformance (as the W3C test suites call the service, over HTTPS)', () => {
  let app: FastifyInstance;
  let base: string;
  let ca: string;
  let key: KeyFile;
  let dir: string;
  const post = (path: string, body: unknown, token?: string): Promise<Reply> => call(base, 'POST', path, { body, ca, ...(token ? { token } : {}) });
  const get = (url: string): Promise<Reply> => call(url, 'GET', '', { ca });
  const issue = (credential: unknown, options: Json = {}) => post('/credentials/issue', { credential, options }, TOKEN);
  const verifyVc = (verifiableCredential: unknown, options: Json = { checks: ['proof'] }) => post('/credentials/verify', { verifiableCredential, options });
  /** The suites stamp the manifest issuer id (the service's did:key) into every credential. */
  const minimal = (extra: Json = {}): Json => ({ '@context': [V2], type: ['VerifiableCredential'], issuer: key.controller, credentialSubject: { id: 'did:example:subject' }, ...extra });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'microcred-vcapi-'));
    const tls = selfSignedCertificate();
    ca = tls.cert;
    key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    app = await createServer({ store: await openSqliteStore({ dataDir: dir }), key, apiToken: TOKEN, tls, logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `https://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('issuer', () => {
    it('signs a VC 2.0 credential with eddsa-rdfc-2022 and its did:key, adding nothing the caller did not send', async () => {
      const credential = minimal({ id: `urn:uuid:${crypto.randomUUID()}`, credentialSubject: { id: 'did:example:subject', name: 'ExampleClaim' } });
      const reply = await issue(credential, { unknownOption: { nested: true } });
      expect(reply.status).toBe(201);
      const vc = reply.body.verifiableCredential;
      expect(vc['@context']).toEqual([V2]);
      expect(vc.credentialSubject).toEqual(credential.credentialSubject);
      // By default every credential gets a revocation entry (the one entry Open Badges allows).
      expect(vc.credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation' });
      const [proof] = vc.proof;
      expect(proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' });
      expect(proof.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(proof.verificationMethod).toMatch(/^did:key:(z6Mk[1-9A-HJ-NP-Za-km-z]+)#\1$/);
      expect(proof.proofValue).toMatch(/^z[1-9A-HJ-NP-Za-km-z]+$/);
      expect(base58Decode(proof.proofValue.slice(1))).toHaveLength(64);
      // The did:key resolves to a Multikey whose publicKeyMultibase is 0xed01 + 32 bytes.
      const method = (await documentLoader(proof.verificationMethod)).document as Json;
      expect(method.type).toBe('Multikey');
      expect(base58Decode(method.publicKeyMultibase.slice(1))).toHaveLength(34);
      expect((await verifyVc(vc)).status).toBe(200);
      expect((await verifyVc(vc)).body).toMatchObject({ verified: true, errors: [] });
    });

    it('signs VC 1.1 credentials (issuanceDate, 2018 context), adding only the Data Integrity context their proof needs', async () => {
      const credential = {
        '@context': [V1, { name: 'https://schema.org/name', description: 'https://schema.org/description' }],
        id: `urn:uuid:${crypto.randomUUID()}`,
        type: ['VerifiableCredential'],
        issuer: key.controller,
        issuanceDate: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        expirationDate: new Date(Date.now() + 365 * 86_400_000).toISOString(),
        credentialSubject: { id: `urn:uuid:${crypto.randomUUID()}`, name: 'Alice', description: 'A credential about Alice.' },
      };
      const reply = await issue(credential);
      expect(reply.status).toBe(201);
      const vc = reply.body.verifiableCredential;
      expect(vc['@context']).toEqual([...credential['@context'], DI_V2]);
      expect(vc.issuanceDate).toBe(credential.issuanceDate);
      expect(vc.proof[0]).toMatchObject({ cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' });
      expect((await verifyVc(vc)).status).toBe(200);
    });

    it('keeps an object-form issuer and replaces its id with its own (the documented rule)', async () => {
      const reply = await issue(minimal({ issuer: { id: 'did:example:other-issuer', name: 'Example University' }, validFrom: '2025-01-01T00:00:00Z' }));
      expect(reply.status).toBe(201);
      expect(reply.body.verifiableCredential.issuer).toEqual({ id: key.controller, name: 'Example University' });
      expect((await issue(minimal({ issuer: 'did:example:other-issuer' }))).body.verifiableCredential.issuer).toBe(key.controller);
    });

    it('issues what the VC 2.0 suite expects to be accepted', async () => {
      const digested = { id: V2, digestSRI: 'sha384-NSOcNpmd1NnRgYYlGBsWPiZ4qwBxUBD4i3FXePWCsjPUX+J0rGE3tUrqEnDHL6EB' };
      const accepted: Array<[string, Json]> = [
        ['subject with only an id', minimal()],
        ['several subjects', minimal({ credentialSubject: [{ id: 'did:example:a' }, { id: 'did:example:b' }] })],
        ['an extra type that is a URL', minimal({ type: ['VerifiableCredential', 'https://example.org/#ExampleType'] })],
        ['VerifiableCredential not first', minimal({ '@context': [V2, EXAMPLES_V2_CONTEXT], type: ['ExampleType', 'VerifiableCredential'] })],
        ['an inline type mapping', minimal({ '@context': [V2, { ExampleVerifiableCredential: 'https://example.org/#ExampleVerifiableCredential' }], type: ['VerifiableCredential', 'ExampleVerifiableCredential'] })],
        ['name as a string', minimal({ name: 'Example' })],
        ['name as a language value with a direction', minimal({ name: { '@value': 'Example', '@language': 'en', '@direction': 'ltr' } })],
        ['name in three languages', minimal({ description: [{ '@value': 'Example', '@language': 'en' }, { '@value': 'Exemple', '@language': 'fr' }, { '@value': 'Esempio', '@language': 'it' }] })],
        ['issuer name as a language value', minimal({ issuer: { id: key.controller, name: { '@value': 'Université', '@language': 'fr' } } })],
        ['validFrom with milliseconds', minimal({ validFrom: '2023-02-26T01:02:58.447Z' })],
        ['validFrom with an offset', minimal({ validFrom: '2023-02-25T19:10:39-06:00', validUntil: '2033-02-25T19:10:39-06:00' })],
        ['validFrom in the future', minimal({ validFrom: new Date(Date.now() + 365 * 86_400_000).toISOString() })],
        ['an unknown status type, mapped inline, without id', minimal({ '@context': [V2, { CredentialStatusList2017: 'https://example.org/#CredentialStatusList2017' }], credentialStatus: { type: 'CredentialStatusList2017' } })],
        ['typed evidence, terms of use, refresh service, schemas', minimal({
          '@context': [V2, EXAMPLES_V2_CONTEXT],
          evidence: [{ id: 'https://example.org/evidence/1', type: ['Evidence'] }],
          termsOfUse: { type: 'ExampleTermsOfUse' },
          refreshService: { type: 'ExampleRefresh', id: 'https://example.org/refresh' },
          credentialSchema: [{ id: 'https://example.org/schema.json', type: 'JsonSchema' }],
        })],
        ['relatedResource as one object', minimal({ relatedResource: digested })],
        ['relatedResource with a multibase digest', minimal({ relatedResource: [{ id: V2, digestMultibase: 'uEiAtDMm9fmJiJHn2ZmC9UkXBkk8i9H3PYOdHRW5kCHdqVg' }] })],
      ];
      for (const [name, credential] of accepted) {
        const reply = await issue(credential);
        expect([name, reply.status, reply.body.message]).toEqual([name, 201, undefined]);
      }
    });

    it('answers 400 to what the VC 2.0 and VC-API issuer suites expect to be refused', async () => {
      const minus = (name: string): Json => {
        const c = minimal();
        delete c[name];
        return c;
      };
      const digested = { id: V2, digestSRI: 'sha384-NSOcNpmd1NnRgYYlGBsWPiZ4qwBxUBD4i3FXePWCsjPUX+J0rGE3tUrqEnDHL6EB' };
      const refused: Array<[string, unknown]> = [
        ['no @context', minus('@context')],
        ...[4, false, null, []].map((v): [string, unknown] => [`@context ${JSON.stringify(v)}`, minimal({ '@context': v })]),
        ['a context URL with a space', minimal({ '@context': [V2, 'https ://not-a-url/contexts/example/v1'] })],
        ['a number in @context', minimal({ '@context': [V2, 123192875] })],
        ['an unloadable context', minimal({ '@context': [V2, 'https://example.org/unknown-context.jsonld'] })],
        ['base context not first', minimal({ '@context': [EXAMPLES_V2_CONTEXT, V2] })],
        ['no type', minus('type')],
        ...[4, null, true, []].map((v): [string, unknown] => [`type ${JSON.stringify(v)}`, minimal({ type: v })]),
        ['VerifiableCredential missing from type', minimal({ '@context': [V2, EXAMPLES_V2_CONTEXT], type: ['RelationshipCredential'] })],
        ['an undefined type (@vocab nulled)', minimal({ '@context': [V2, { '@vocab': null }], type: ['VerifiableCredential', 'ExampleTestCredential'] })],
        ['an undefined term', minimal({ credentialSubject: { id: 'did:example:s', undefinedTerm: 'x' } })],
        ['a type mapped to a non-URL', minimal({ '@context': [V2, { ExampleTestCredential: 'https ://not-a-url/#ExampleTestCredential' }], type: ['VerifiableCredential', 'ExampleTestCredential'] })],
        ['a protected term redefined', minimal({ '@context': [V2, { VerifiableCredential: 'https://example.org/#BadVerifiableCredential' }] })],
        ['a protected inline term redefined', minimal({
          '@context': [V2, { '@protected': true, ExampleVerifiableCredential: 'https://example.org/#A' }, { ExampleVerifiableCredential: 'https://example.org/#B' }],
          type: ['VerifiableCredential', 'ExampleVerifiableCredential'],
        })],
        ['id null', minimal({ id: null })],
        ['id a list', minimal({ id: ['urn:uuid:1', 'urn:uuid:2'] })],
        ['id not a URL', minimal({ id: 'credential-1' })],
        ['subject id a list', minimal({ credentialSubject: { id: ['did:example:a', 'did:example:b'] } })],
        ['no issuer', minus('issuer')],
        ...[null, true, 4, [], 'fake-issuer', { id: null }, { id: 'fake-issuer' }].map((v): [string, unknown] => [`issuer ${JSON.stringify(v)}`, minimal({ issuer: v })]),
        ['no credentialSubject', minus('credentialSubject')],
        ...[null, true, 4, [], {}, 'did:example:1234', [{ id: 'did:example:a' }, {}]].map((v): [string, unknown] => [`credentialSubject ${JSON.stringify(v)}`, minimal({ credentialSubject: v })]),
        ['a value object with an extra key', minimal({ name: { '@value': 'Example', '@language': 'en', url: 'did:example:x' } })],
        ['validFrom in prose', minimal({ validFrom: 'Sat 25 Feb 2023 07:16:31 PM CST' })],
        ['validUntil in RFC 2822', minimal({ validUntil: 'Sun, 26 Feb 2023 01:22:14 +0000' })],
        ['a timestamp without time zone', minimal({ validFrom: '2025-01-01T00:00:00' })],
        ['validFrom after validUntil', minimal({ validFrom: new Date(Date.now() + 365 * 86_400_000).toISOString(), validUntil: new Date(Date.now() - 365 * 86_400_000).toISOString() })],
        ['credentialStatus without type', minimal({ credentialStatus: { id: 'https://example.org/status/1#4' } })],
        ['credentialStatus with a numeric type', minimal({ credentialStatus: { id: 'https://example.org/status/1#4', type: 2 } })],
        ['credentialStatus with two ids', minimal({ credentialStatus: { id: ['did:example:status:1', 'did:example:status:2'], type: 'BitstringStatusListEntry' } })],
        ['credentialStatus id not a URL', minimal({ credentialStatus: { id: 'https ://not-a-url/statusList/4', type: 'ExampleStatus' } })],
        ['termsOfUse without type', minimal({ termsOfUse: { id: 'https://example.org/tos' } })],
        ['evidence without type', minimal({ evidence: [{ id: 'https://example.org/evidence/1' }] })],
        ['refreshService without type', minimal({ refreshService: { id: 'https://example.org/refresh' } })],
        ['credentialSchema without type', minimal({ credentialSchema: { id: 'https://example.org/schema.json' } })],
        ['credentialSchema without id', minimal({ credentialSchema: { type: 'https://example.org/#ExampleTestSuiteSchema' } })],
        ['credentialSchema id not a URL', minimal({ credentialSchema: { id: 'https ://not-a-url.org/schema', type: 'JsonSchema' } })],
        ['relatedResource as strings', minimal({ relatedResource: [V2] })],
        ['relatedResource without id', minimal({ relatedResource: [{ digestMultibase: 'uEiAtDMm9fmJiJHn2ZmC9UkXBkk8i9H3PYOdHRW5kCHdqVg' }] })],
        ['relatedResource listed twice', minimal({ relatedResource: [digested, { id: V2, digestMultibase: 'uEiAtDMm9fmJiJHn2ZmC9UkXBkk8i9H3PYOdHRW5kCHdqVg' }] })],
        ['relatedResource without digest', minimal({ relatedResource: [{ id: V2 }] })],
        ['relatedResource SRI in base64url', minimal({ relatedResource: [{ id: V2, digestSRI: 'sha384-_rCVIV7fSXXTNIvpiq26jRDyj8JG8TDjij-tD0ewLk4JpnXEz6a5AeeY_1qQ0d0P' }] })],
        ['a BitstringStatusListEntry with a boolean index, anywhere', minimal({ '@context': [V2, EXAMPLES_V2_CONTEXT], statusEntry: { type: 'BitstringStatusListEntry', statusListIndex: true, statusListCredential: 'https://example.com' } })],
        ['a BitstringStatusListEntry index with a leading zero', minimal({ credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: '007', statusListCredential: 'https://example.com/status/1' } })],
      ];
      for (const [name, credential] of refused) {
        const reply = await issue(credential);
        expect([name, reply.status]).toEqual([name, 400]);
        expect(typeof reply.body.code, name).toBe('string');
      }
      // The body itself: `verifiableCredential` where `credential` belongs, or no body at all.
      expect((await post('/credentials/issue', { verifiableCredential: minimal() }, TOKEN)).status).toBe(400);
      expect((await post('/credentials/issue', {}, TOKEN)).status).toBe(400);
    });
  });

  it('compares relatedResource digests with the content, when given the bytes', async () => {
    const bytes = new TextEncoder().encode('{"@context":{"@vocab":"https://example.org/#"}}');
    const url = 'https://example.org/context.jsonld';
    const sha384 = createHash('sha384').update(bytes).digest();
    const sha256 = createHash('sha256').update(bytes).digest();
    const dir2 = mkdtempSync(join(tmpdir(), 'microcred-related-'));
    const checking = await createServer({ store: await openSqliteStore({ dataDir: dir2 }), key, apiToken: TOKEN, logger: false, relatedResources: async (u) => (u === url ? bytes : undefined) });
    try {
      const send = async (relatedResource: unknown) =>
        (await checking.inject({ method: 'POST', url: '/credentials/issue', headers: { authorization: `Bearer ${TOKEN}` }, payload: { credential: minimal({ relatedResource }), options: { credentialStatus: false } } })).statusCode;
      const multihash = (code: number, hash: Buffer) => `u${Buffer.concat([Buffer.from([code, hash.length]), hash]).toString('base64url')}`;
      expect(await send({ id: url, digestSRI: `sha384-${sha384.toString('base64')}` })).toBe(201);
      expect(await send({ id: url, digestMultibase: multihash(0x12, sha256) })).toBe(201);
      expect(await send({ id: url, digestMultibase: `u${sha256.toString('base64url')}` })).toBe(201); // a bare digest, as published examples use
      expect(await send({ id: url, digestSRI: `sha256-${sha384.toString('base64').slice(0, 43)}=` })).toBe(400);
      expect(await send({ id: url, digestMultibase: multihash(0x20, createHash('sha384').update('other').digest()) })).toBe(400);
      expect(await send({ id: 'https://example.org/unknown', digestSRI: `sha384-${sha384.toString('base64')}` })).toBe(201); // no bytes: not compared
    } finally {
      await checking.close();
      rmSync(dir2, { recursive: true, force: true });
    }
  });

  describe('verifier', () => {
    let vc: Json;
    beforeAll(async () => {
      vc = (await issue(minimal({ id: `urn:uuid:${crypto.randomUUID()}`, credentialSubject: { id: 'did:example:subject', name: 'ExampleClaim' } }))).body.verifiableCredential;
    });
    const withProof = (change: (proof: Json) => void): Json => {
      const copy = structuredClone(vc);
      change(copy.proof[0]);
      return copy;
    };

    it('answers 200 only when verified, 400 with a JSON report otherwise — never 200 {verified:false}, never 500', async () => {
      const appendBytes = (value: string) => `z${Buffer.from([...base58Decode(value.slice(1))!, ...new Uint8Array(32).fill(7)]).toString('hex')}`;
      const cases: Array<[string, unknown, Json?]> = [
        ['proof removed', { ...vc, proof: undefined }],
        ['proof null', { ...vc, proof: null }],
        ...['type', 'cryptosuite', 'verificationMethod', 'proofPurpose', 'proofValue', 'created'].map((field): [string, unknown] => [`proof.${field} removed`, withProof((p) => delete p[field])]),
        ['proof.proofValue null', withProof((p) => (p.proofValue = null))],
        ['unknown proof type', withProof((p) => (p.type = 'UnknownProofType'))],
        ['unknown cryptosuite', withProof((p) => (p.cryptosuite = 'unknown-cryptosuite-2017'))],
        ['unknown proof purpose', withProof((p) => (p.proofPurpose = 'invalidPurpose'))],
        ['invalid verification method', withProof((p) => (p.verificationMethod = 'did:key:invalidVm'))],
        ['proofValue without multibase prefix', withProof((p) => (p.proofValue = p.proofValue.slice(1)))],
        ['proofValue too long', withProof((p) => (p.proofValue = appendBytes(p.proofValue)))],
        ['created not a date', withProof((p) => (p.created = 'invalidDate'))],
        ['created without time zone', withProof((p) => (p.created = p.created.replace('Z', '')))],
        ['expired proof', withProof((p) => (p.expires = new Date(Date.now() - 3_600_000).toISOString()))],
        ['a term added after signing', { ...vc, credentialSubject: { ...vc.credentialSubject, undefinedTerm: 'x' } }],
        ['a type added after signing', { ...vc, type: [...vc.type, 'UndefinedType'] }],
        ['a claim changed after signing', { ...vc, credentialSubject: { ...vc.credentialSubject, name: 'Changed' } }],
        ['the credential as a JSON string', JSON.stringify(vc)],
        ['a nonconforming document', { type: ['NonconformingDocument'] }],
        ['expected purpose authentication', vc, { checks: ['proof'], expectedProofPurpose: 'authentication' }],
        ...(['@context', 'type', 'issuer', 'credentialSubject'] as const).map((field): [string, unknown] => [`${field} removed`, { ...vc, [field]: undefined }]),
        ...['string', {}, null, 10, true, []].map((v): [string, unknown] => [`@context ${JSON.stringify(v)}`, { ...vc, '@context': v }]),
        ...['string', null, 10, true, []].map((v): [string, unknown] => [`credentialSubject ${JSON.stringify(v)}`, { ...vc, credentialSubject: v }]),
      ];
      for (const [name, input, options] of cases) {
        const reply = await verifyVc(JSON.parse(JSON.stringify(input ?? null)), options);
        expect([name, reply.status, reply.body.verified]).toEqual([name, 400, false]);
        expect(reply.body.errors.length, name).toBeGreaterThan(0);
      }
      expect((await post('/credentials/verify', { credential: vc })).status).toBe(400);
      const timing = await verifyVc(withProof((p) => (p.created = p.created.replace('Z', ''))));
      expect(timing.body.errors[0]).toMatchObject({ check: 'proof', code: 'ERR_PROOF_MALFORMED' });
      const expired = await verifyVc(withProof((p) => (p.expires = '2020-01-01T00:00:00Z')));
      expect(expired.body.errors[0]).toMatchObject({ check: 'proof', code: 'ERR_PROOF_EXPIRED' });
    });

    it('verifies did:key issuers of VC 1.1 and 2.0, proof sets and previousProof chains', async () => {
      const other = await generateKey({ suite: 'eddsa-rdfc-2022' });
      const signer = await signerFromKeyFile(other);
      const v2 = await eddsa.issue({ '@context': [V2], type: ['VerifiableCredential'], issuer: other.controller, credentialSubject: { name: 'Alice' } }, { signer, documentLoader });
      const v11 = await eddsa.issue(
        { '@context': [V1, { name: 'https://schema.org/name' }], type: ['VerifiableCredential'], issuer: other.controller, issuanceDate: '2024-01-01T00:00:00Z', credentialSubject: { id: 'urn:uuid:1', name: 'Alice' } },
        { signer, documentLoader },
      );
      expect((await verifyVc(v2)).status).toBe(200);
      expect((await verifyVc(v11)).status).toBe(200);
      // The service's credential, countersigned (proof chain) or co-signed (proof set) by another party.
      const own = await eddsa.issue(minimal({ credentialSubject: { name: 'Chained' } }), { signer: await signerFromKeyFile(key), proofId: 'urn:uuid:issuer-proof', documentLoader });
      const chained = await eddsa.issue(own, { signer, proofId: 'urn:uuid:countersignature', previousProof: 'urn:uuid:issuer-proof', documentLoader });
      const set = await eddsa.issue(own, { signer, documentLoader });
      expect((await verifyVc(chained)).status).toBe(200);
      expect((await verifyVc(set)).status).toBe(200);
      expect((await verifyVc({ ...chained, proof: [chained.proof[1]] })).status).toBe(400);
      // Signed by someone else in the issuer's name: no proof is the issuer's.
      const impostor = await verifyVc(await eddsa.issue(minimal({ credentialSubject: { name: 'X' } }), { signer, documentLoader }));
      expect(impostor.status).toBe(400);
      expect(impostor.body.errors[0]).toMatchObject({ check: 'proof', code: 'ERR_ISSUER_MISMATCH' });
    });

    it('verifies presentations: challenge, domain and the authentication proof', async () => {
      const holderKey = await generateKey({ suite: 'eddsa-rdfc-2022' });
      const holder = await signerFromKeyFile(holderKey);
      const challenge = `u${Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url')}`;
      const domain = 'github.com/w3c/vc-data-model-2.0-test-suite';
      const sign = (vp: Json, purpose: { challenge: string; domain?: string } = { challenge, domain }) =>
        eddsa.issue(vp, { signer: holder, purpose: { proofPurpose: 'authentication', ...purpose }, documentLoader });
      const verifyVp = (verifiablePresentation: unknown, options: Json = { challenge, domain }) => post('/presentations/verify', { verifiablePresentation, options });
      const empty = { '@context': [V2], type: ['VerifiablePresentation'], verifiableCredential: [] };
      const selfIssued = await eddsa.issue({ ...minimal(), issuer: holderKey.controller }, { signer: holder, documentLoader });
      const accepted: Array<[string, Json]> = [
        ['no credentials', await sign(empty)],
        ['an id and an extra type defined inline', await sign({ ...empty, '@context': [V2, { CredentialManagerPresentation: 'https://example.org/#CMP' }], id: 'urn:uuid:vp-1', type: ['VerifiablePresentation', 'CredentialManagerPresentation'] })],
        ['a self-issued credential, no holder', await sign({ ...empty, verifiableCredential: [selfIssued] })],
        ['a holder', await sign({ ...empty, holder: holderKey.controller, verifiableCredential: [vc, selfIssued] })],
        ['a holder object', await sign({ ...empty, holder: { id: holderKey.controller } })],
      ];
      for (const [name, vp] of accepted) {
        const reply = await verifyVp(vp);
        expect([name, reply.status, reply.body.verified, reply.body.errors]).toEqual([name, 200, true, []]);
      }
      const signed = accepted[0]![1];
      const refused: Array<[string, unknown, Json?]> = [
        ['a nonconforming document', { type: ['NonconformingDocument'] }],
        ['@context removed after signing', { ...signed, '@context': undefined }],
        ['@context changed after signing', { ...signed, '@context': [EXAMPLES_V2_CONTEXT, V2] }],
        ['another context added after signing', { ...signed, '@context': [V2, 'https://example.com'] }],
        ['no VerifiablePresentation type', { ...empty, type: ['CredentialManagerPresentation'] }],
        ['no type', { ...empty, type: undefined }],
        ['another challenge', signed, { challenge: 'other', domain }],
        ['another domain', signed, { challenge, domain: 'evil.example' }],
        ['unsigned, with a challenge asked', empty],
        ['a credential proof instead of an authentication proof', { ...empty, proof: vc.proof }],
        ['a tampered credential inside', await sign({ ...empty, verifiableCredential: [{ ...vc, name: 'Changed' }] })],
        ['signed without a domain that is asked', await sign(empty, { challenge })],
        ['the presentation as a string', JSON.stringify(signed)],
      ];
      for (const [name, vp, options] of refused) {
        const reply = await verifyVp(JSON.parse(JSON.stringify(vp)), options);
        expect([name, reply.status, reply.body.verified]).toEqual([name, 400, false]);
      }
      // No challenge asked: the holder's own challenge is accepted, with a warning.
      const unasked = await verifyVp(signed, {});
      expect(unasked.status).toBe(200);
      // (and, being empty, it is a holder authentication: the service allows it, with a warning)
      expect(unasked.body.warnings).toEqual([
        expect.objectContaining({ check: 'proof', code: 'ERR_NO_CHALLENGE' }),
        expect.objectContaining({ check: 'credentials', code: 'WARN_PRESENTATION_EMPTY' }),
      ]);
    });
  });

  describe('Bitstring Status List', () => {
    it('adds a status entry when asked, serves the list over HTTPS, and verify checks status by default', async () => {
      const credential = minimal({ id: `urn:uuid:${crypto.randomUUID()}`, credentialSubject: { id: 'did:key:z6MkhTNL7i2etLerDK8Acz5t528giE5KA4p75T6ka1E1D74r' } });
      const reply = await issue(credential, { credentialStatus: { type: 'BitstringStatusListEntry' } });
      expect(reply.status).toBe(201);
      const vc = reply.body.verifiableCredential;
      expect(vc.credentialSubject).toEqual(credential.credentialSubject);
      const entry = vc.credentialStatus;
      expect(entry).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation' });
      expect(typeof entry.statusListIndex).toBe('string');
      expect(String(Number.parseInt(entry.statusListIndex, 10))).toBe(entry.statusListIndex);
      expect(entry.statusListCredential).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/status-lists\//);
      expect(entry.id).not.toBe(entry.statusListCredential);

      const list = (await get(entry.statusListCredential)).body;
      expect(list.type).toEqual(expect.arrayContaining(['VerifiableCredential', 'BitstringStatusListCredential']));
      expect(typeof list.issuer).toBe('string');
      expect(list.issuer).toBe(key.controller);
      expect(list.credentialSubject.type).toBe('BitstringStatusList');
      expect(list.proof).toBeDefined();
      const bits = gunzipSync(Buffer.from(list.credentialSubject.encodedList.slice(1), 'base64url'));
      expect(list.credentialSubject.encodedList[0]).toBe('u');
      expect(bits.length).toBeGreaterThanOrEqual(16 * 1024);
      const bit = (bytes: Buffer, index: number) => (bytes[index >> 3]! >> (7 - (index % 8))) & 1;
      expect(bit(bits, Number(entry.statusListIndex))).toBe(0);
      expect((await verifyVc(vc)).body).toMatchObject({ verified: true });

      // The status suite's update: no `status` flag means "set this purpose"; then publish.
      expect((await post('/credentials/status', { credentialId: vc.id, credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: 'revocation' } }, TOKEN)).status).toBe(200);
      const listId = new URL(entry.statusListCredential).pathname.split('/').pop();
      expect((await post(`/status-lists/${listId}/publish`, {}, TOKEN)).status).toBe(204);
      expect((await post(`/status-lists/${listId}/publish`, {})).status).toBe(401);
      const revokedList = (await get(entry.statusListCredential)).body;
      expect(bit(gunzipSync(Buffer.from(revokedList.credentialSubject.encodedList.slice(1), 'base64url')), Number(entry.statusListIndex))).toBe(1);
      const failed = await verifyVc(vc, { checks: ['proof', 'credentialStatus'] });
      expect(failed.status).toBe(400);
      expect(failed.body).toMatchObject({ verified: false, errors: [expect.objectContaining({ check: 'status', code: 'ERR_STATUS_REVOKED' })] });

      // The VC-API (VCALM) shape: the issued entry, and `status: false` beside it, reinstates.
      expect((await post('/credentials/status', { credentialId: vc.id, credentialStatus: entry, status: false }, TOKEN)).status).toBe(200);
      expect((await verifyVc(vc)).status).toBe(200);
      expect((await post('/credentials/status', {}, TOKEN)).status).toBe(400);
    });

    it('fails verification when the status entry was altered', async () => {
      const vc = (await issue(minimal({ id: `urn:uuid:${crypto.randomUUID()}` }), { credentialStatus: { type: 'BitstringStatusListEntry' } })).body.verifiableCredential;
      for (const change of [{ statusListCredential: 'invalid-statusListCredential' }, { type: 'invalid-type' }]) {
        const reply = await verifyVc({ ...vc, credentialStatus: { ...vc.credentialStatus, ...change } });
        expect(reply.status).toBe(400);
        expect(reply.body.verified).toBe(false);
      }
    });
  });
});
