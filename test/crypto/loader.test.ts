import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import canonicalizeModule from 'canonicalize';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { type EmbeddedProofSuite, createSuiteRegistry, signerFromKeyFile, verify } from '../../src/index.js';
import { generateKey, keyDocument } from '../../src/keys/index.js';
import { CONTEXTS, bundledContexts, createDocumentLoader, jsonLdOptions } from '../../src/loader/index.js';
import { describeWithSpecs } from '../helpers/shared-specs.js';
import { stubResolver } from './fixtures.js';

/**
 * SHA-256 of each bundled context's canonical JSON (RFC 8785). A dependency update that changes
 * a context's content fails here: contexts are part of what signatures cover.
 */
const PINNED: Record<string, string> = {
  'https://www.w3.org/ns/credentials/undefined-terms/v2': '3b11e1df8c618447e9f79f3737e3c30fc0841537eb95f36003742c633672bb9f',
  'https://www.w3.org/2018/credentials/v1': 'b01e671e873981f19a9102a9a57f666dbcaeb31b99e3e124378d143e71549247',
  'https://www.w3.org/ns/credentials/v2': 'b463c8d6a066214123ddd9827b135e1b50e1fc73322cc52a9b12a4f1fc7d86cf',
  'https://w3id.org/security/data-integrity/v1': '9505bf85338a4c2121ad03992ac90061bc85d43bcfa34d9d47b779381cf08b5f',
  'https://w3id.org/security/data-integrity/v2': '7ba3c50acf2689d5e07927267343eb353249c7c22a9f2d00307cc970e855e305',
  'https://w3id.org/security/multikey/v1': 'be20c3ee6af6e9c4102e66a85c26617831218e32216bdf050f870e389e737cdc',
  'https://w3id.org/security/suites/ed25519-2020/v1': 'fb517f09d990829aed734c9bad8cbbb2ac3d5063b865c7e3d81f246074bf5691',
  'https://www.w3.org/ns/did/v1': 'a7e146c40fcec005d3f0f14ae745665f446da58d7914a9d8f733746686fad82b',
  'https://imsglobal.github.io/openbadges-specification/ob_v3p0.html': 'f6c4c3b3b800cb9ffc87828d8105e3dd0d20692e5936d2cc4dead2b247e11a08',
  'https://w3c-ccg.github.io/vc-ed/plugfest-1-2022/jff-vc-edu-plugfest-1-context.json': 'f6c4c3b3b800cb9ffc87828d8105e3dd0d20692e5936d2cc4dead2b247e11a08',
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json': '2c54acaa1cffda2420be32ab61f0a2082051211131c6337686f36f2537aa859b',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json': '8bb2354552b70cbdf2066f6d3e24bc5c2be2619145737580ad2aebdc366e77d5',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json': 'bdd1d11a55a660322f24660862a1d430ee80cce584465f750909daa43684357c',
  // The 2024 content (with inLanguage and awardedDate), not the 2023 one served under the same URL.
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': 'c5e555a91a5cf48e32ae0a05674c61ddd5c053b680b5643b2f57f9965e386d99',
  // Equal to 1EdTech's copy in 1EdTech/digital-credentials-public-validator,
  // inspector-vc/src/main/resources/contexts/ob-v3p0-extensions.json.
  'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json': '15f4c347c6fe4380d9b6b93795859e33747ef48d5c55b91a71c52fb51c7bcbd7',
  // W3C Bitstring Status List v1.0, from @digitalbazaar/vc-bitstring-status-list-context@1.1.0.
  'https://www.w3.org/ns/credentials/status/v1': 'b2fcebfbaf4e6beae2be370fda8a5f9f99c28540c798a75a8cdccc0fb1a12492',
  // microcred's own extension context (contexts/microcred-v1.json): a change needs a new URL.
  'https://microcred.dev/contexts/microcred-v1.json': '575cadf782883198dad32c85591416ed6ff872f1f1cb299402da716001327e0f',
  // microcred's accreditation context (contexts/accreditation-v1.json): a change needs a new URL.
  'https://microcred.dev/contexts/accreditation-v1.json': 'b5b53f0fe43eb6ca6fe4d5e595d0ae1a1dea380a187a41aadf59ecc2b50af888',
};

// canonicalize is CommonJS and its typings declare an ES default export; at runtime the default is the function.
const canonicalize = canonicalizeModule as unknown as (value: unknown) => string;
const sha256 = (value: unknown): string => createHash('sha256').update(canonicalize(value)).digest('hex');

describe('bundled contexts', () => {
  it('serves exactly the pinned contexts, with the pinned content', () => {
    const bundled = bundledContexts();
    expect([...bundled.keys()].sort()).toEqual(Object.keys(PINNED).sort());
    for (const [url, context] of bundled) expect(sha256(context), url).toBe(PINNED[url]);
  });

  it('names every context in CONTEXTS', () => {
    for (const url of Object.values(CONTEXTS)) expect(PINNED).toHaveProperty([url]);
  });

  it('has the 2024 OB 3.0.3 terms inLanguage and awardedDate', () => {
    const text = JSON.stringify(bundledContexts().get(CONTEXTS.OB_V3_0_3));
    expect(text).toContain('"inLanguage"');
    expect(text).toContain('"awardedDate"');
  });

  it('defines the 1EdTech extension types', () => {
    const context = bundledContexts().get(CONTEXTS.OB_V3_EXTENSIONS) as { '@context': Record<string, unknown> };
    expect(Object.keys(context['@context'])).toEqual(
      expect.arrayContaining(['1EdTechJsonSchemaValidator2019', '1EdTechRevocationList', '1EdTechCredentialRefresh']),
    );
  });
});

describe('a VC 1.1 credential with a Bitstring Status List entry (status/v1 context)', () => {
  it('signs and verifies offline with the bundled context; the status entry is read', async () => {
    const key = await generateKey({ suite: 'Ed25519Signature2020' });
    const suite = createSuiteRegistry().get('Ed25519Signature2020') as EmbeddedProofSuite;
    const credential = {
      '@context': [CONTEXTS.CREDENTIALS_V1, CONTEXTS.OB_V3_0_3, CONTEXTS.BITSTRING_STATUS_LIST_V1, CONTEXTS.ED25519_2020_V1],
      id: 'urn:uuid:5c4b1e0a-1d7e-4f5e-8f0a-0a1b2c3d4e5f',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: 'Teamwork',
      issuer: { id: key.controller!, type: ['Profile'], name: 'Other issuer' },
      issuanceDate: '2024-01-01T00:00:00Z',
      credentialStatus: {
        id: 'https://other.example/status/1#7',
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '7',
        statusListCredential: 'https://other.example/status/1',
      },
      credentialSubject: {
        id: 'did:example:learner-1',
        type: ['AchievementSubject'],
        achievement: { id: 'urn:uuid:0e6f3c9a-8f1b-4c3e-9d2a-1b2c3d4e5f60', type: ['Achievement'], name: 'Teamwork', description: 'Works in teams.', criteria: { narrative: 'Peer review.' } },
      },
    };
    const signed = await suite.issue(credential, { signer: await signerFromKeyFile(key) });
    const report = await verify(signed);
    expect(report.checks.find((c) => c.id === 'proof')).toMatchObject({ status: 'pass' });
    // Offline there is no list to read: a warning that names the entry, never a pass.
    expect(report.checks.find((c) => c.id === 'status')?.status).toBe('warn');
    expect(report.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(report.verified).toBe(true);
  });
});

describeWithSpecs('OB 3.0.3 context against the 1EdTech spec copy', (specs) => {
  it('deep-equals ../shared/specs/ob3/context-3.0.3.json', () => {
    const official = JSON.parse(readFileSync(`${specs}/ob3/context-3.0.3.json`, 'utf8')) as unknown;
    expect(bundledContexts().get(CONTEXTS.OB_V3_0_3)).toEqual(official);
  });
});

describe('createDocumentLoader', () => {
  const loader = createDocumentLoader();

  it('returns bundled contexts tagged static, frozen against mutation', async () => {
    const result = await loader(CONTEXTS.CREDENTIALS_V2);
    expect(result).toMatchObject({ documentUrl: CONTEXTS.CREDENTIALS_V2, contextUrl: null, tag: 'static' });
    expect(Object.isFrozen(result.document)).toBe(true);
    expect(() => {
      (result.document['@context'] as Record<string, unknown>).id = 'hacked';
    }).toThrow(TypeError);
    expect(((await loader(CONTEXTS.CREDENTIALS_V2)).document['@context'] as Record<string, unknown>).id).toBe('@id');
  });

  it('refuses unknown URLs with ERR_CONTEXT_NOT_BUNDLED naming the URL', async () => {
    for (const url of ['https://example.com/my-context.jsonld', 'http://www.w3.org/2018/credentials/v1', 'urn:example:ctx']) {
      await expect(loader(url)).rejects.toMatchObject({ name: 'ResolutionError', code: 'ERR_CONTEXT_NOT_BUNDLED', message: expect.stringContaining(url) });
    }
  });

  it('serves extra contexts but never lets them replace a bundled one', async () => {
    const custom = { '@context': { ects: 'https://example.edu/vocab#ects' } };
    const withExtra = createDocumentLoader({ extraContexts: { 'https://example.edu/ctx.json': custom } });
    custom['@context'].ects = 'changed after creation';
    expect((await withExtra('https://example.edu/ctx.json')).document).toEqual({ '@context': { ects: 'https://example.edu/vocab#ects' } });
    expect(() => createDocumentLoader({ extraContexts: { [CONTEXTS.OB_V3_0_3]: custom } })).toThrow(
      expect.objectContaining({ code: 'ERR_CONTEXT_CONFLICT' }),
    );
  });

  it('resolves Ed25519 did:key documents and verification methods locally, in both forms', async () => {
    const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    const doc = (await loader(key.controller)).document;
    expect(doc).toMatchObject({ id: key.controller, assertionMethod: [key.id] });
    const vm = (await loader(key.id)).document;
    expect(vm).toMatchObject({ id: key.id, type: 'Multikey', controller: key.controller, publicKeyMultibase: key.publicKeyMultibase });
    expect(vm['@context']).toContain(CONTEXTS.MULTIKEY_V1);

    const legacy = createDocumentLoader({ didKeyFormat: 'Ed25519VerificationKey2020' });
    const vm2020 = (await legacy(key.id)).document;
    expect(vm2020).toMatchObject({ type: 'Ed25519VerificationKey2020', publicKeyMultibase: key.publicKeyMultibase });
    expect(vm2020['@context']).toContain(CONTEXTS.ED25519_2020_V1);
  });

  it('resolves P-256 and RSA did:keys', async () => {
    const p256 = await generateKey({ suite: 'ecdsa-rdfc-2019' });
    expect(p256.controller).toMatch(/^did:key:zDn/);
    expect((await loader(p256.id)).document).toMatchObject({ type: 'Multikey', publicKeyMultibase: p256.publicKeyMultibase });
    const rsa = await generateKey({ suite: 'vc-jwt', alg: 'RS256' });
    expect(rsa.controller).toMatch(/^did:key:z4MX/);
    expect((await loader(rsa.id)).document).toMatchObject({ type: 'JsonWebKey', publicKeyJwk: rsa.publicKeyJwk });
  });

  it('rejects malformed did:keys and other DID methods', async () => {
    await expect(loader('did:key:z6MkNOTBASE58!!')).rejects.toMatchObject({ code: 'ERR_DID_INVALID' });
    await expect(loader('did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi#other')).rejects.toMatchObject({ code: 'ERR_DID_INVALID' });
    await expect(loader('did:example:123')).rejects.toMatchObject({ code: 'ERR_DID_METHOD_UNSUPPORTED' });
  });

  it('needs a resolver for did:web and HTTPS keys', async () => {
    await expect(loader('did:web:example.edu#key-1')).rejects.toMatchObject({ code: 'ERR_RESOLVER_REQUIRED' });
    await expect(loader('https://example.edu/issuers/1#key-1')).rejects.toMatchObject({ code: 'ERR_RESOLVER_REQUIRED' });
  });

  it('selects a verification method from a resolved controller document', async () => {
    const key = await generateKey({ suite: 'eddsa-rdfc-2022', controller: 'https://example.edu/issuers/1' });
    const resolver = stubResolver({ 'https://example.edu/issuers/1': keyDocument(key) });
    const withResolver = createDocumentLoader({ resolver });
    const vm = (await withResolver(key.id)).document;
    expect(vm).toMatchObject({ id: key.id, controller: key.controller, type: 'Multikey' });
    expect(vm['@context']).toEqual(keyDocument(key)['@context']);
    await expect(withResolver('https://example.edu/issuers/1#nope')).rejects.toMatchObject({ code: 'ERR_VERIFICATION_METHOD_NOT_FOUND' });
  });

  it('accepts only documents about their own URL (so contexts are never fetched)', async () => {
    const resolver = stubResolver({
      'https://example.edu/issuers/1': { id: 'https://evil.example/issuer', assertionMethod: [] },
      'https://example.edu/context.json': { '@context': { name: 'https://schema.org/name' } },
    });
    const withResolver = createDocumentLoader({ resolver });
    await expect(withResolver('https://example.edu/issuers/1')).rejects.toMatchObject({ code: 'ERR_DOCUMENT_ID_MISMATCH' });
    await expect(withResolver('https://example.edu/context.json')).rejects.toMatchObject({ code: 'ERR_CONTEXT_NOT_BUNDLED' });
  });
});

describe('processed-context caching', () => {
  it('keeps one loader\'s contexts away from another loader', async () => {
    const url = 'https://example.edu/contexts/private.jsonld';
    const permissive = createDocumentLoader({ extraContexts: { [url]: { '@context': { ects: 'https://example.edu/vocab#ects' } } } });
    const doc = { '@context': [url], ects: 6 };
    const expanded = await jsonld.expand(doc, { ...jsonLdOptions(permissive), safe: true });
    expect(JSON.stringify(expanded)).toContain('https://example.edu/vocab#ects');
    await expect(jsonld.expand(doc, { ...jsonLdOptions(createDocumentLoader()), safe: true })).rejects.toMatchObject({
      details: { cause: expect.objectContaining({ code: 'ERR_CONTEXT_NOT_BUNDLED' }) },
    });
  });
});
