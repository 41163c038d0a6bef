// Issue 10 item 6: the JSON a verifier reads must be what was signed. Each mutation below keeps
// the proof valid (RDF suites sign the graph, not the JSON) or is signed as such by a hostile
// issuer (JCS, JWT), and was accepted before; now each fails with its own code.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type KeyFile, type SignedCredential, createMicroCredential, createSuiteRegistry, generateKey, signerFromKeyFile, verify, toOpenBadge } from '../../src/index.js';
import { signedShapeProblem } from '../../src/suites/signed-shape.js';
import { microCredentialArb } from '../helpers/arbitraries.js';
import { example } from '../helpers/fixtures.js';

type Report = Awaited<ReturnType<typeof verify>>;
type Json = Record<string, any>;

const failed = (report: Report) => report.checks.filter((c) => c.status === 'fail').map((c) => [c.id, c.code]);

function expectFailure(report: Report, check: string, code: string) {
  expect(report.verified).toBe(false);
  expect(failed(report)).toContainEqual([check, code]);
}

const VC_CREDENTIAL_SUBJECT = 'https://www.w3.org/2018/credentials#credentialSubject';

describe('RDF suites: a different JSON spelling of the signed graph fails', () => {
  const signedBy: Record<string, SignedCredential> = {};
  beforeAll(async () => {
    for (const suite of ['eddsa-rdfc-2022', 'ecdsa-rdfc-2019', 'Ed25519Signature2020'] as const) {
      signedBy[suite] = (await createMicroCredential(example('ge-ai-research'), { profile: 'ge', key: await generateKey({ suite }) })) as SignedCredential;
    }
  });

  const edit = (vc: SignedCredential, change: (copy: Json) => void): Json => {
    const copy = structuredClone(vc) as Json;
    change(copy);
    return copy;
  };

  const cases: Array<[string, (vc: Json) => void, string, string]> = [
    ['credentialSubject.id written as @id', (vc) => {
      vc.credentialSubject['@id'] = vc.credentialSubject.id;
      delete vc.credentialSubject.id;
    }, 'proof', 'ERR_JSONLD_KEYWORD'],
    ['a string wrapped in @value', (vc) => {
      vc.credentialSubject.achievement.name = { '@value': vc.credentialSubject.achievement.name };
    }, 'proof', 'ERR_JSONLD_KEYWORD'],
    ['an @index on a node', (vc) => {
      vc.credentialSubject.achievement['@index'] = 'unsigned data';
    }, 'proof', 'ERR_JSONLD_KEYWORD'],
    ['an array wrapped in @set', (vc) => {
      vc.type = { '@set': vc.type };
    }, 'proof', 'ERR_JSONLD_KEYWORD'],
    ['a null value', (vc) => {
      vc.credentialSubject.achievement.description = null;
    }, 'proof', 'ERR_JSONLD_NULL'],
    ['an empty array', (vc) => {
      vc.credentialSubject.achievement.alignment = [];
    }, 'proof', 'ERR_JSONLD_EMPTY_ARRAY'],
    ['a term written as its IRI', (vc) => {
      vc[VC_CREDENTIAL_SUBJECT] = vc.credentialSubject;
      delete vc.credentialSubject;
    }, 'proof', 'ERR_JSONLD_TERM'],
    ['an appended inline @vocab', (vc) => {
      vc['@context'] = [...vc['@context'], { '@vocab': 'https://evil.example/#' }];
    }, 'proof', 'ERR_CONTEXT_INLINE'],
    ['an appended inline @base', (vc) => {
      vc['@context'] = [...vc['@context'], { '@base': 'https://evil.example/' }];
    }, 'proof', 'ERR_CONTEXT_INLINE'],
    ['an inline alias for credentialSubject', (vc) => {
      vc['@context'] = [...vc['@context'], { learner: VC_CREDENTIAL_SUBJECT }];
      vc.learner = vc.credentialSubject;
      delete vc.credentialSubject;
    }, 'proof', 'ERR_CONTEXT_INLINE'],
    ['achievement.microCredential wrapped in a one-element array', (vc) => {
      vc.credentialSubject.achievement.microCredential = [vc.credentialSubject.achievement.microCredential];
    }, 'profile', 'ERR_EXTENSION_SHAPE'],
    ['credentialSubject.microCredentialAward wrapped in a one-element array', (vc) => {
      vc.credentialSubject.microCredentialAward = [vc.credentialSubject.microCredentialAward];
    }, 'profile', 'ERR_EXTENSION_SHAPE'],
  ];

  it('verifies the credentials as issued', async () => {
    for (const vc of Object.values(signedBy)) expect((await verify(vc)).verified).toBe(true);
  });

  for (const [name, change, check, code] of cases) {
    it(`eddsa-rdfc-2022: ${name} → ${code}`, async () => {
      expectFailure(await verify(edit(signedBy['eddsa-rdfc-2022']!, change)), check, code);
    });
  }

  it('ecdsa-rdfc-2019 and Ed25519Signature2020 apply the same rules', async () => {
    for (const suite of ['ecdsa-rdfc-2019', 'Ed25519Signature2020']) {
      for (const [, change, check, code] of [cases[0]!, cases[4]!, cases[7]!, cases[10]!]) {
        expectFailure(await verify(edit(signedBy[suite]!, change)), check, code);
      }
    }
  });

  it('the wrapped microCredential keeps the proof (so only the shape check catches it)', async () => {
    const report = await verify(edit(signedBy['eddsa-rdfc-2022']!, cases[10]![1]));
    expect(report.checks.find((c) => c.id === 'proof')?.status).toBe('pass');
  });
});

describe('duplicate member names in JSON text', () => {
  it('fail with ERR_DUPLICATE_KEY and a pointer', async () => {
    const vc = (await createMicroCredential(example('ge-ai-research'), { profile: 'ge', key: await generateKey({ suite: 'eddsa-rdfc-2022' }) })) as SignedCredential;
    const text = JSON.stringify(vc);
    expect((await verify(text)).verified).toBe(true);
    // A first-value parser would read the learner as did:example:someone-else; JSON.parse reads the signed one.
    const twice = text.replace('"credentialSubject":{', '"credentialSubject":{"id":"did:example:someone-else",');
    expect(JSON.parse(twice).credentialSubject.id).toBe((vc.credentialSubject as Json).id);
    const report = await verify(twice);
    expect(report.verified).toBe(false);
    expect(report.checks[0]).toMatchObject({ id: 'parse', status: 'fail', code: 'ERR_DUPLICATE_KEY' });
    expect(report.checks[0]!.message).toContain('/credentialSubject/id');
  });
});

describe('JSON-signing suites (eddsa-jcs-2022, vc-jwt) are held to the same context policy', () => {
  const suites = createSuiteRegistry();
  let jcsKey: KeyFile;
  let jwtKey: KeyFile;
  let jcs: SignedCredential;
  let jwt: string;
  beforeAll(async () => {
    jcsKey = await generateKey({ suite: 'eddsa-jcs-2022' });
    jwtKey = await generateKey({ suite: 'vc-jwt', alg: 'EdDSA' });
    jcs = (await createMicroCredential(example('ge-ai-research'), { profile: 'ge', key: jcsKey })) as SignedCredential;
    jwt = (await createMicroCredential(example('ge-ai-research'), { profile: 'ge', key: jwtKey })) as string;
  });

  /** What a hostile issuer would sign: the credential changed, then properly signed. */
  async function resignJcs(change: (vc: Json) => void) {
    const { proof: _proof, ...unsigned } = structuredClone(jcs) as Json;
    change(unsigned);
    return suites.get('eddsa-jcs-2022').issue(unsigned, { signer: await signerFromKeyFile(jcsKey) });
  }

  async function resignJwt(change: (vc: Json) => void) {
    const credential = structuredClone((await verify(jwt)).credential) as Json;
    change(credential);
    return suites.get('vc-jwt').issue(credential, { signer: await signerFromKeyFile(jwtKey) }) as Promise<string>;
  }

  it('verifies them as issued', async () => {
    expect((await verify(jcs)).verified).toBe(true);
    expect((await verify(jwt)).verified).toBe(true);
  });

  const changes: Array<[string, (vc: Json) => void, string]> = [
    ['an appended inline alias', (vc) => {
      vc['@context'] = [...vc['@context'], { learner: VC_CREDENTIAL_SUBJECT }];
    }, 'ERR_CONTEXT_INLINE'],
    ['an appended @vocab', (vc) => {
      vc['@context'] = [...vc['@context'], { '@vocab': 'https://evil.example/#' }];
    }, 'ERR_CONTEXT_INLINE'],
    ['a redefinition', (vc) => {
      vc['@context'] = [...vc['@context'], { name: 'https://evil.example/#name' }];
    }, 'ERR_CONTEXT_INLINE'],
    ['credentialSubject.id as @id', (vc) => {
      vc.credentialSubject['@id'] = vc.credentialSubject.id;
      delete vc.credentialSubject.id;
    }, 'ERR_JSONLD_KEYWORD'],
    ['a @json literal', (vc) => {
      vc.credentialSubject.achievement.name = { '@type': '@json', '@value': { hidden: true } };
    }, 'ERR_JSONLD_KEYWORD'],
  ];

  for (const [name, change, code] of changes) {
    it(`eddsa-jcs-2022: ${name} → ${code}`, async () => {
      expectFailure(await verify(await resignJcs(change)), 'proof', code);
    });
    it(`vc-jwt: ${name} → ${code}`, async () => {
      expectFailure(await verify(await resignJwt(change)), 'proof', code);
    });
  }

  it('a plain W3C credential under JCS may not carry an inline context either (RDF suites process it in safe mode)', async () => {
    const signer = await signerFromKeyFile(jcsKey);
    const plain = {
      '@context': ['https://www.w3.org/ns/credentials/v2', { Example: 'https://example.org/#Example' }],
      type: ['VerifiableCredential', 'Example'],
      issuer: jcsKey.controller,
      credentialSubject: { id: 'did:example:subject' },
    };
    const signed = await suites.get('eddsa-jcs-2022').issue(plain, { signer });
    expectFailure(await verify(signed), 'proof', 'ERR_CONTEXT_INLINE');
  });
});

describe('what microcred issues is always in the plain form it verifies', () => {
  it('toOpenBadge of any valid micro-credential passes the signed-shape rules (property)', () => {
    fc.assert(
      fc.property(microCredentialArb, fc.constantFrom('2.0', '1.1'), (doc, vcVersion) => {
        const vc = toOpenBadge(doc, { issuer: 'did:web:university.example.ge', vcVersion: vcVersion as '2.0' | '1.1' });
        expect(signedShapeProblem(vc as Json, 'refuse')).toBeUndefined();
      }),
      { numRuns: 300, seed: 610 },
    );
  });
});

describe('issue 10 item 6: fuzz findings after the first fixes', () => {
  it('eddsa-jcs-2022: a context URL appended after signing fails (ERR_CONTEXT_MISMATCH)', async () => {
    const { createMicroCredential, generateKey, verify: check, CONTEXTS: C } = await import('../../src/index.js');
    const { readFileSync } = await import('node:fs');
    const doc = JSON.parse(readFileSync(new URL('../../examples/ge-ai-research.json', import.meta.url), 'utf8'));
    const key = await generateKey({ suite: 'eddsa-jcs-2022' });
    const signed = (await createMicroCredential(doc, { key })) as Record<string, any>;
    expect((await check(signed)).verified).toBe(true);
    const appended = { ...signed, '@context': [...signed['@context'], C.ED25519_2020_V1] };
    const report = await check(appended);
    expect(report.verified).toBe(false);
    expect(report.checks.find((c) => c.id === 'proof')).toMatchObject({ status: 'fail', code: 'ERR_CONTEXT_MISMATCH' });
  });

  it('a baked credential whose JSON repeats a member name fails (ERR_DUPLICATE_KEY)', async () => {
    const { createMicroCredential, generateKey, verify: check } = await import('../../src/index.js');
    const { bake } = await import('../../src/bake.js');
    const { readFileSync } = await import('node:fs');
    const doc = JSON.parse(readFileSync(new URL('../../examples/ge-ai-research.json', import.meta.url), 'utf8'));
    const key = await generateKey({ suite: 'eddsa-jcs-2022' });
    const signed = (await createMicroCredential(doc, { key })) as Record<string, any>;
    const text = JSON.stringify(signed).replace('{', '{"id":"urn:uuid:forged",');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';
    const baked = bake(text, svg);
    const report = await check(baked);
    expect(report.verified).toBe(false);
    expect(report.checks[0]).toMatchObject({ id: 'parse', status: 'fail', code: 'ERR_DUPLICATE_KEY' });
  });
});

describe('issue 10 item 6: keywords in the proof options', () => {
  it('a proof carrying @index (unsigned under RDF canonicalization) fails with ERR_JSONLD_KEYWORD', async () => {
    const { createMicroCredential, generateKey, verify: check } = await import('../../src/index.js');
    const { readFileSync } = await import('node:fs');
    const doc = JSON.parse(readFileSync(new URL('../../examples/ge-ai-research.json', import.meta.url), 'utf8'));
    for (const suite of ['eddsa-rdfc-2022', 'ecdsa-rdfc-2019'] as const) {
      const signed = (await createMicroCredential(doc, { key: await generateKey({ suite }) })) as Record<string, any>;
      const report = await check({ ...signed, proof: [{ ...signed.proof[0], '@index': 'x' }] });
      expect(report.checks.find((c) => c.id === 'proof')).toMatchObject({ status: 'fail', code: 'ERR_JSONLD_KEYWORD' });
    }
  });
});
