import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { Ed25519VerificationKey2020 } from '@digitalbazaar/ed25519-verification-key-2020';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { issue as vcIssue } from '@digitalbazaar/vc';
import { beforeAll, describe, expect, it } from 'vitest';
import { didWebDocument, generateKey, keyDocument, signerFromKeyFile, type KeyFile, type Signer } from '../../src/keys/index.js';
import { CONTEXTS, createDocumentLoader } from '../../src/loader/index.js';
import { createSuiteRegistry, type EmbeddedProofSuite, type JsonObject, type SignedCredential } from '../../src/suites/index.js';
import { V1, V2, leafPaths, obCredential, stubResolver, tamper, vc11Credential } from './fixtures.js';

const registry = createSuiteRegistry();
const loader = createDocumentLoader();
const EMBEDDED = ['eddsa-rdfc-2022', 'eddsa-jcs-2022', 'Ed25519Signature2020', 'ecdsa-rdfc-2019'] as const;
type EmbeddedName = (typeof EMBEDDED)[number];
const embedded = (name: string) => registry.get(name) as EmbeddedProofSuite;

const keys = {} as Record<EmbeddedName, { key: KeyFile; signer: Signer; signed: SignedCredential }>;

beforeAll(async () => {
  for (const name of EMBEDDED) {
    const key = await generateKey({ suite: name });
    const signer = await signerFromKeyFile(key);
    keys[name] = { key, signer, signed: await embedded(name).issue(obCredential(key.controller), { signer, documentLoader: loader }) };
  }
});

describe.each(EMBEDDED)('%s', (name) => {
  const suite = () => embedded(name);

  it('issues with proof as an array and verifies', async () => {
    const { key, signed } = keys[name];
    expect(Array.isArray(signed.proof)).toBe(true);
    expect(signed.proof).toHaveLength(1);
    expect(signed.proof[0]).toMatchObject({ verificationMethod: key.id, proofPurpose: 'assertionMethod' });
    const result = await suite().verify(signed, { documentLoader: loader });
    expect(result).toEqual({ verified: true, suite: name, verificationMethod: key.id, controller: key.controller, controllers: [key.controller] });
  });

  it('does not change its input', async () => {
    const { key, signer } = keys[name];
    const input = obCredential(key.controller);
    const before = structuredClone(input);
    await suite().issue(Object.freeze(input), { signer, documentLoader: loader });
    expect(input).toEqual(before);
  });

  it('fails when any field is tampered with', async () => {
    const { signed } = keys[name];
    const paths = leafPaths(signed, ['proof']);
    expect(paths.length).toBeGreaterThan(15);
    for (const path of paths) {
      const result = await suite().verify(tamper(signed, path), { documentLoader: loader });
      expect(result.verified, path.join('.')).toBe(false);
      expect(result.code, path.join('.')).toMatch(/^ERR_/);
    }
    for (const field of ['proofValue', 'created', 'verificationMethod']) {
      const result = await suite().verify(tamper(signed, ['proof', 0, field]), { documentLoader: loader });
      expect(result.verified, field).toBe(false);
    }
  });

  it('fails with the wrong key', async () => {
    const { key, signed } = keys[name];
    // Same issuer and verification method id, different key: the signature does not verify.
    const other = await signerFromKeyFile(await generateKey({ suite: name }));
    const impostor: Signer = { id: key.id, algorithm: other.algorithm, sign: (data) => other.sign(data) };
    const forged = await suite().issue(obCredential(key.controller), { signer: impostor, documentLoader: loader });
    expect(await suite().verify(forged, { documentLoader: loader })).toMatchObject({ verified: false, code: 'ERR_SIGNATURE_INVALID' });
    // A valid signature by a key that is not the issuer's.
    const stranger = await generateKey({ suite: name });
    const wrongIssuer = await suite().issue(obCredential(stranger.controller === key.controller ? 'did:example:x' : key.controller), {
      signer: await signerFromKeyFile(stranger),
      documentLoader: loader,
    });
    expect(await suite().verify(wrongIssuer, { documentLoader: loader })).toMatchObject({ verified: false, code: 'ERR_ISSUER_MISMATCH' });
    expect(signed.proof).toHaveLength(1);
  });

  it('fails on a context the loader does not bundle, naming it', async () => {
    const { key, signer } = keys[name];
    const url = 'https://example.edu/contexts/extra.jsonld';
    const credential = { ...obCredential(key.controller), '@context': [V2, CONTEXTS.OB_V3_0_3, url] };
    const permissive = createDocumentLoader({ extraContexts: { [url]: { '@context': {} } } });
    const signed = await suite().issue(credential, { signer, documentLoader: permissive });
    expect(await suite().verify(signed, { documentLoader: permissive })).toMatchObject({ verified: true });
    const result = await suite().verify(signed, { documentLoader: loader });
    expect(result).toMatchObject({ verified: false, code: 'ERR_CONTEXT_NOT_BUNDLED' });
    expect(result.reason).toContain(url);
    await expect(suite().issue(credential, { signer, documentLoader: loader })).rejects.toMatchObject({ code: 'ERR_CONTEXT_NOT_BUNDLED' });
  });

  it('never throws on bad input', async () => {
    const { signed } = keys[name];
    let deep: unknown = 'leaf';
    for (let i = 0; i < 5000; i++) deep = { a: deep };
    const proof = signed.proof[0] as JsonObject;
    const inputs: unknown[] = [
      null,
      undefined,
      'not a credential',
      42,
      [],
      {},
      { ...signed, proof: undefined },
      { ...signed, proof: 'z123' },
      { ...signed, proof: [null] },
      { ...signed, proof: [{ ...proof, proofPurpose: 'authentication' }] },
      { ...signed, proof: [{ ...proof, verificationMethod: 42 }] },
      { ...signed, proof: [{ ...proof, verificationMethod: 'did:key:zNotAKey#zNotAKey' }] },
      { ...signed, proof: [{ ...proof, verificationMethod: 'https://example.edu/keys/1' }] },
      { ...signed, proof: [{ ...proof, proofValue: 'not multibase' }] },
      { ...signed, proof: [{ ...proof, created: 'yesterday' }] },
      { ...signed, issuer: undefined },
      { ...signed, issuer: { name: 'no id' } },
      { ...signed, undefinedTerm: 'safe mode drops this' },
      { ...signed, type: ['VerifiableCredential', 'NotDefinedType'] },
      { ...signed, '@context': 'https://www.w3.org/ns/credentials/v2' },
      { ...signed, '@context': [{ '@version': 2 }] },
      JSON.parse(`{"__proto__": {"polluted": true}, "@context": ["${V2}"], "proof": ${JSON.stringify(proof)}}`),
      { ...signed, nested: deep },
      // Several proofs of this suite: every one must hold, not just one.
      { ...signed, proof: [proof, proof, { ...proof, proofValue: `${String(proof.proofValue).slice(0, -2)}11` }] },
    ];
    for (const [i, input] of inputs.entries()) {
      const result = await suite().verify(input, { documentLoader: loader });
      expect(result.verified, `input ${i}`).toBe(false);
      expect(result.code, `input ${i}`).toMatch(/^ERR_[A-Z_]+$/);
      expect(typeof result.reason, `input ${i}`).toBe('string');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives precise codes for wrong purpose, undefined terms and missing proofs', async () => {
    const { signed } = keys[name];
    const proof = signed.proof[0] as JsonObject;
    const verify = (input: unknown) => suite().verify(input, { documentLoader: loader });
    expect(await verify({ ...signed, proof: [{ ...proof, proofPurpose: 'authentication' }] })).toMatchObject({ code: 'ERR_PROOF_PURPOSE' });
    expect(await verify({ ...signed, proof: undefined })).toMatchObject({ code: 'ERR_PROOF_MISSING' });
    if (name !== 'eddsa-jcs-2022') {
      // JCS signs the JSON as is: only the RDF suites run JSON-LD safe mode.
      expect(await verify({ ...signed, undefinedTerm: 1 })).toMatchObject({ code: 'ERR_JSONLD_SAFE_MODE' });
    }
  });

  it('accepts the proof as a single object too (digitalbazaar output)', async () => {
    const { signed } = keys[name];
    expect(await suite().verify({ ...signed, proof: signed.proof[0] }, { documentLoader: loader })).toMatchObject({ verified: true });
  });

  it('issues and verifies VC 1.1 credentials, adding issuanceDate when missing', async () => {
    const { key, signer } = keys[name];
    const credential = vc11Credential(key.controller);
    delete credential.issuanceDate;
    // eddsa-jcs-2022 processes no JSON-LD, so it takes no inline context (the fixture has one).
    if (name === 'eddsa-jcs-2022') Object.assign(credential, { '@context': [V1], credentialSubject: { id: 'did:example:learner-7' } });
    const signed = await suite().issue(credential, { signer, documentLoader: loader });
    expect(signed.issuanceDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(signed['@context']).toContain(V1);
    expect(await suite().verify(signed, { documentLoader: loader })).toMatchObject({ verified: true });
  });
});

describe('other issuers and identifiers', () => {
  it('verifies Ed25519Signature2020 credentials made by digitalbazaar with Ed25519VerificationKey2020 did:keys', async () => {
    const keyPair = await Ed25519VerificationKey2020.generate();
    const did = `did:key:${keyPair.fingerprint()}`;
    keyPair.id = `${did}#${keyPair.fingerprint()}`;
    keyPair.controller = did;
    const suite = new Ed25519Signature2020({ signer: keyPair.signer() });
    const legacyLoader = createDocumentLoader({ didKeyFormat: 'Ed25519VerificationKey2020' });
    for (const credential of [vc11Credential(did), obCredential(did)]) {
      const signed = await vcIssue({ credential, suite, documentLoader: legacyLoader });
      for (const documentLoader of [legacyLoader, loader]) {
        expect(await registry.get('Ed25519Signature2020').verify(signed, { documentLoader })).toMatchObject({ verified: true, controller: did });
      }
    }
  });

  it('verifies eddsa-rdfc-2022 credentials made by digitalbazaar with Multikey did:keys', async () => {
    const keyPair = await Ed25519Multikey.generate();
    const did = `did:key:${keyPair.publicKeyMultibase}`;
    keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
    keyPair.controller = did;
    const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite: eddsaRdfc2022 });
    for (const credential of [vc11Credential(did), obCredential(did)]) {
      const signed = await vcIssue({ credential, suite, documentLoader: loader });
      expect(await registry.get('eddsa-rdfc-2022').verify(signed, { documentLoader: loader })).toMatchObject({ verified: true, controller: did });
    }
  });

  it('verifies did:web issuers through a resolver, and fails clearly without one', async () => {
    const key = await generateKey({ suite: 'eddsa-rdfc-2022', did: 'web', domain: 'example.edu' });
    const suite = embedded('eddsa-rdfc-2022');
    const signed = await suite.issue(obCredential(key.controller), { signer: await signerFromKeyFile(key), documentLoader: loader });
    const resolver = stubResolver({ 'did:web:example.edu': didWebDocument(key) });
    expect(await suite.verify(signed, { resolver })).toMatchObject({ verified: true, controller: 'did:web:example.edu' });
    expect(await suite.verify(signed, { documentLoader: loader })).toMatchObject({ verified: false, code: 'ERR_RESOLVER_REQUIRED' });
  });

  it('verifies HTTPS issuers with a hosted key document', async () => {
    const key = await generateKey({ suite: 'ecdsa-rdfc-2019', controller: 'https://example.edu/issuers/1' });
    const suite = embedded('ecdsa-rdfc-2019');
    const signed = await suite.issue(obCredential(key.controller), { signer: await signerFromKeyFile(key), documentLoader: loader });
    const resolver = stubResolver({ 'https://example.edu/issuers/1': keyDocument(key) });
    expect(await suite.verify(signed, { documentLoader: createDocumentLoader({ resolver }) })).toMatchObject({ verified: true });
    // A key document that does not list the key as an assertion method does not authorise it.
    const demoted = { ...keyDocument(key), assertionMethod: [] };
    const strict = createDocumentLoader({ resolver: stubResolver({ 'https://example.edu/issuers/1': demoted }) });
    expect(await suite.verify(signed, { documentLoader: strict })).toMatchObject({ verified: false, code: 'ERR_PROOF_PURPOSE' });
  });

  it('signs through any Signer, e.g. a KMS client', async () => {
    const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    const local = await signerFromKeyFile(key);
    const calls: number[] = [];
    const kms: Signer = { id: key.id, algorithm: 'EdDSA', sign: async (data) => (calls.push(data.length), local.sign(data)) };
    const signed = await embedded('eddsa-rdfc-2022').issue(obCredential(key.controller), { signer: kms, documentLoader: loader });
    expect(calls).toEqual([64]); // two SHA-256 hashes: proof options and document
    expect(await embedded('eddsa-rdfc-2022').verify(signed)).toMatchObject({ verified: true });
    await expect(embedded('ecdsa-rdfc-2019').issue(obCredential(key.controller), { signer: kms })).rejects.toMatchObject({
      code: 'ERR_SIGNER_ALGORITHM',
    });
    await expect(embedded('eddsa-rdfc-2022').issue(obCredential(key.controller), { signer: {} as Signer })).rejects.toMatchObject({
      code: 'ERR_SIGNER_INVALID',
    });
  });

  it('needs extensions.json for 1EdTech types (safe mode), and works with it', async () => {
    const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    const signer = await signerFromKeyFile(key);
    const schema = [{ id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json', type: '1EdTechJsonSchemaValidator2019' }];
    const without = { ...obCredential(key.controller), credentialSchema: schema };
    await expect(embedded('eddsa-rdfc-2022').issue(without, { signer })).rejects.toMatchObject({ name: 'SigningError', code: 'ERR_JSONLD_SAFE_MODE' });
    const withExtensions = { ...without, '@context': [V2, CONTEXTS.OB_V3_0_3, CONTEXTS.OB_V3_EXTENSIONS] };
    const signed = await embedded('eddsa-rdfc-2022').issue(withExtensions, { signer });
    expect(await embedded('eddsa-rdfc-2022').verify(signed)).toMatchObject({ verified: true });
  });

  it('keeps several proofs; each suite checks its own', async () => {
    const ed = keys['eddsa-rdfc-2022'];
    const key = await generateKey({ suite: 'ecdsa-rdfc-2019', controller: 'https://example.edu/issuers/2' });
    const issuer = 'https://example.edu/issuers/2';
    const edKey = await generateKey({ suite: 'eddsa-rdfc-2022', controller: issuer, fragment: 'ed' });
    const doc = keyDocument(key);
    (doc.verificationMethod as unknown[]).push(...(keyDocument(edKey).verificationMethod as unknown[]));
    (doc.assertionMethod as string[]).push(edKey.id);
    const documentLoader = createDocumentLoader({ resolver: stubResolver({ [issuer]: doc }) });
    const once = await embedded('eddsa-rdfc-2022').issue(obCredential(issuer), { signer: await signerFromKeyFile(edKey), documentLoader });
    const twice = await embedded('ecdsa-rdfc-2019').issue(once, { signer: await signerFromKeyFile(key), documentLoader });
    expect(twice.proof.map((p) => p.cryptosuite)).toEqual(['eddsa-rdfc-2022', 'ecdsa-rdfc-2019']);
    expect(await embedded('eddsa-rdfc-2022').verify(twice, { documentLoader })).toMatchObject({ verified: true, verificationMethod: edKey.id });
    expect(await embedded('ecdsa-rdfc-2019').verify(twice, { documentLoader })).toMatchObject({ verified: true, verificationMethod: key.id });
    expect(await embedded('eddsa-jcs-2022').verify(twice, { documentLoader })).toMatchObject({ code: 'ERR_PROOF_NOT_FOUND' });
    expect(ed.signed.proof).toHaveLength(1);
  });
});

describe('createSuiteRegistry', () => {
  it('has the built-in suites under their CLI names, eddsa-rdfc-2022 first', () => {
    expect(createSuiteRegistry().names()).toEqual(['eddsa-rdfc-2022', 'eddsa-jcs-2022', 'Ed25519Signature2020', 'ecdsa-rdfc-2019', 'vc-jwt']);
  });

  it('rejects unknown names with the list of known ones', () => {
    expect(() => createSuiteRegistry().get('RsaSignature2018')).toThrow(
      expect.objectContaining({ name: 'InvalidArgumentError', code: 'ERR_SUITE_UNKNOWN', message: expect.stringContaining('eddsa-rdfc-2022') }),
    );
  });

  it('registers custom suites per registry, without touching others', () => {
    const a = createSuiteRegistry();
    const b = createSuiteRegistry();
    const custom = { ...a.get('eddsa-rdfc-2022'), name: 'my-suite' } as EmbeddedProofSuite;
    a.register(custom);
    expect(a.has('my-suite')).toBe(true);
    expect(b.has('my-suite')).toBe(false);
    expect(() => a.register(custom)).toThrow(expect.objectContaining({ code: 'ERR_SUITE_EXISTS' }));
    a.register(custom, { replace: true });
    expect(() => a.register({ name: 'broken' } as unknown as EmbeddedProofSuite)).toThrow(expect.objectContaining({ code: 'ERR_SUITE_INVALID' }));
  });

  it('detects the suite of a credential or JWT', () => {
    expect(registry.detect(keys['ecdsa-rdfc-2019'].signed)?.name).toBe('ecdsa-rdfc-2019');
    expect(registry.detect(keys['Ed25519Signature2020'].signed)?.name).toBe('Ed25519Signature2020');
    expect(registry.detect('eyJhbGciOiJFZERTQSJ9.eyJ4IjoxfQ.c2ln')?.name).toBe('vc-jwt');
    expect(registry.detect({ proof: { type: 'RsaSignature2018' } })).toBeUndefined();
  });
});
