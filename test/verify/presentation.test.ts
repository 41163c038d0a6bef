import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type EmbeddedProofSuite,
  type JsonObject,
  type KeyFile,
  type PresentationVerificationReport,
  type SignedCredential,
  type Signer,
  createMicroCredential,
  createSuiteRegistry,
  generateKey,
  signPresentation,
  signerFromKeyFile,
  verifyPresentation,
} from '../../src/index.js';
import { V1, V2, leafPaths, vc11Credential } from '../crypto/fixtures.js';
import { example } from '../helpers/fixtures.js';

const suites = createSuiteRegistry();
const eddsa = suites.get('eddsa-rdfc-2022') as EmbeddedProofSuite;
const summary = (r: PresentationVerificationReport) => r.checks.map((c) => `${c.id}:${c.status}${c.code ? `:${c.code}` : ''}`);

describe('verifyPresentation()', () => {
  let holderKey: KeyFile;
  let holder: Signer;
  let credential: SignedCredential;
  let unsigned: JsonObject;
  let signed: SignedCredential;
  const challenge = '7b0c2d1e-challenge';
  const domain = 'admissions.example.am';
  beforeAll(async () => {
    const issuerKey = await generateKey({ suite: 'eddsa-rdfc-2022' });
    holderKey = await generateKey({ suite: 'eddsa-rdfc-2022' });
    holder = await signerFromKeyFile(holderKey);
    credential = (await createMicroCredential(example('am-data-analytics'), { profile: 'am', key: issuerKey })) as SignedCredential;
    unsigned = { '@context': [V2], type: ['VerifiablePresentation'], holder: holderKey.controller, verifiableCredential: [credential] };
    signed = await eddsa.issue(unsigned, { signer: holder, purpose: { proofPurpose: 'authentication', challenge, domain } });
  });

  it('verifies a presentation signed by its holder for the verifier’s challenge and domain, and every credential in it', async () => {
    expect(signed.proof[0]).toMatchObject({ proofPurpose: 'authentication', challenge, domain, cryptosuite: 'eddsa-rdfc-2022' });
    const report = await verifyPresentation(signed, { challenge, domain });
    expect(report.verified).toBe(true);
    expect(summary(report)).toEqual(['parse:pass', 'proof:pass', 'holder:pass', 'credentials:pass']);
    expect(report.holder).toBe(holderKey.controller);
    expect(report.credentials).toHaveLength(1);
    expect(report.credentials[0]!.microCredential).toEqual(example('am-data-analytics'));
    expect((await verifyPresentation(JSON.stringify(signed), { challenge, domain: [domain] })).verified).toBe(true);
  });

  it('fails a wrong or missing challenge or domain, another signer than the holder, and a credential-style proof', async () => {
    const cases: Array<[string, unknown, Parameters<typeof verifyPresentation>[1], string]> = [
      ['other challenge', signed, { challenge: 'replayed', domain }, 'proof:fail:ERR_CHALLENGE_MISMATCH'],
      ['other domain', signed, { challenge, domain: 'evil.example' }, 'proof:fail:ERR_DOMAIN_MISMATCH'],
      ['challenge asked, presentation unsigned', unsigned, { challenge }, 'proof:fail:ERR_NO_PROOF'],
      ['proof required', unsigned, { requireProof: true }, 'proof:fail:ERR_NO_PROOF'],
      ['holder swapped after signing', { ...signed, holder: 'did:example:someone-else' }, { challenge }, 'proof:fail:ERR_SIGNATURE_INVALID'],
      ['challenge in proof edited', { ...signed, proof: [{ ...signed.proof[0], challenge: 'replayed' }] }, { challenge: 'replayed' }, 'proof:fail:ERR_SIGNATURE_INVALID'],
      ['assertionMethod proof on a presentation', { ...unsigned, proof: credential.proof }, { challenge }, 'proof:fail:ERR_PROOF_PURPOSE'],
    ];
    for (const [name, input, options, expected] of cases) {
      const report = await verifyPresentation(input, options);
      expect([name, report.verified, summary(report)[1]]).toEqual([name, false, expected]);
    }
  });

  it('fails when the holder is not who signed', async () => {
    const other = await generateKey({ suite: 'eddsa-rdfc-2022' });
    const byOther = await eddsa.issue(unsigned, { signer: await signerFromKeyFile(other), purpose: { proofPurpose: 'authentication', challenge } });
    const report = await verifyPresentation(byOther, { challenge });
    expect(report.verified).toBe(false);
    expect(report.checks.find((c) => c.id === 'holder')).toMatchObject({ status: 'fail', code: 'ERR_HOLDER_MISMATCH' });
  });

  it('warns when no challenge was asked; fails an unsigned presentation unless allowUnsigned, then still checks its credentials', async () => {
    const noChallenge = await verifyPresentation(signed);
    expect(noChallenge.verified).toBe(true);
    expect(noChallenge.checks.find((c) => c.id === 'proof')).toMatchObject({ status: 'warn', code: 'ERR_NO_CHALLENGE' });
    const refused = await verifyPresentation(unsigned);
    expect(refused.verified).toBe(false);
    expect(refused.verdict).toBe('not-verified');
    expect(summary(refused)).toEqual(['parse:pass', 'proof:fail:ERR_PRESENTATION_UNSIGNED', 'credentials:pass']);
    const bare = await verifyPresentation(unsigned, { allowUnsigned: true });
    expect(bare.verified).toBe(true);
    expect(summary(bare)).toEqual(['parse:pass', 'proof:warn:WARN_PRESENTATION_UNSIGNED', 'credentials:pass']);
    const tampered = structuredClone(unsigned) as { verifiableCredential: JsonObject[] };
    tampered.verifiableCredential[0]!.name = 'Altered';
    const report = await verifyPresentation(tampered, { allowUnsigned: true });
    expect(report.verified).toBe(false);
    expect(report.checks.at(-1)).toMatchObject({ id: 'credentials', status: 'fail', code: 'ERR_CREDENTIAL_NOT_VERIFIED' });
    expect(report.credentials[0]!.checks.find((c) => c.id === 'proof')!.status).toBe('fail');
  });

  it('no vacuous pass: an empty presentation fails unless allowEmpty, signed or not', async () => {
    const empty = { '@context': [V2], type: ['VerifiablePresentation'], holder: holderKey.controller };
    const unsignedEmpty = await verifyPresentation(empty);
    expect(unsignedEmpty.verified).toBe(false);
    expect(summary(unsignedEmpty)).toEqual(['parse:pass', 'proof:fail:ERR_PRESENTATION_UNSIGNED', 'credentials:fail:ERR_PRESENTATION_EMPTY']);
    // Even allowing both, an unsigned empty presentation proves nothing a verifier can rely on: it is authentic of no one.
    const both = await verifyPresentation(empty, { allowUnsigned: true, allowEmpty: true });
    expect(both.verified).toBe(true);
    expect(both.verdict).toBe('authentic-unrecognised-issuer');
    const signedEmpty = await eddsa.issue(empty, { signer: holder, purpose: { proofPurpose: 'authentication', challenge } });
    expect(summary(await verifyPresentation(signedEmpty, { challenge }))).toEqual(['parse:pass', 'proof:pass', 'holder:pass', 'credentials:fail:ERR_PRESENTATION_EMPTY']);
    const auth = await verifyPresentation(signedEmpty, { challenge, allowEmpty: true });
    expect(summary(auth)).toEqual(['parse:pass', 'proof:pass', 'holder:pass', 'credentials:warn:WARN_PRESENTATION_EMPTY']);
    expect(auth.verified).toBe(true);
  });

  it('verifies enveloped VC-JWTs and VC 1.1 presentations', async () => {
    const jwtKey = await generateKey({ suite: 'vc-jwt' });
    const jwt = (await createMicroCredential(example('ge-ai-research'), { key: jwtKey })) as string;
    const enveloped = { ...unsigned, verifiableCredential: [{ '@context': V2, type: 'EnvelopedVerifiableCredential', id: `data:application/vc+jwt,${jwt}` }] };
    const report = await verifyPresentation(enveloped, { allowUnsigned: true });
    expect(report.verified).toBe(true);
    expect(report.credentials[0]!.suite).toBe('vc-jwt');

    const issuerKey = await generateKey({ suite: 'eddsa-rdfc-2022' });
    const vc11 = await eddsa.issue(vc11Credential(issuerKey.controller!), { signer: await signerFromKeyFile(issuerKey) });
    const legacy = await eddsa.issue({ '@context': [V1], type: ['VerifiablePresentation'], holder: holderKey.controller, verifiableCredential: [vc11] }, { signer: holder, purpose: { proofPurpose: 'authentication', challenge } });
    expect(legacy['@context']).toEqual([V1, 'https://w3id.org/security/data-integrity/v2']);
    const legacyReport = await verifyPresentation(legacy, { challenge });
    expect(summary(legacyReport)).toEqual(['parse:pass', 'proof:pass', 'holder:pass', 'credentials:pass']);
  });

  it('signPresentation() signs as the holder, and refuses to without a key, a challenge or an embedded suite', async () => {
    const vp = await signPresentation(unsigned, { key: holderKey, challenge, domain });
    expect((await verifyPresentation(vp, { challenge, domain })).verified).toBe(true);
    await expect(signPresentation(unsigned, { challenge } as never)).rejects.toMatchObject({ code: 'ERR_KEY_REQUIRED' });
    await expect(signPresentation(unsigned, { key: holderKey, challenge: '' })).rejects.toMatchObject({ code: 'ERR_PROOF_OPTIONS' });
    await expect(signPresentation(unsigned, { key: holderKey, challenge, suite: 'vc-jwt' })).rejects.toMatchObject({ code: 'ERR_SUITE_NOT_EMBEDDED' });
  });

  it('refuses what is not a presentation with a parse failure, never throws', async () => {
    const inputs: unknown[] = [
      undefined, null, 42, 'not json', [], {}, credential,
      { ...unsigned, type: ['VerifiableCredential'] },
      { ...unsigned, '@context': ['https://example.org/context'] },
      { ...unsigned, holder: 'not a url' },
      { ...unsigned, id: 'relative' },
      { ...unsigned, verifiableCredential: ['not a credential'] },
      { ...unsigned, verifiableCredential: Array.from({ length: 101 }, () => ({})) },
      'eyJhbGciOiJFZERTQSJ9.eyJ2cCI6e319.c2ln',
    ];
    for (const input of inputs) {
      const report = await verifyPresentation(input);
      expect(report.verified).toBe(false);
      expect(report.checks[0]).toMatchObject({ id: 'parse', status: 'fail' });
    }
  });

  it('never verifies a signed presentation with any value changed or deleted (property)', async () => {
    const paths = leafPaths(signed, ['verifiableCredential']);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.oneof(fc.constant(undefined), fc.string({ maxLength: 8 }), fc.integer()), async (path, next) => {
        const original = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], signed);
        fc.pre(next !== original);
        const copy = structuredClone(signed) as unknown as Record<string | number, unknown>;
        let node = copy;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
        if (next === undefined) delete node[path[path.length - 1]!];
        else node[path[path.length - 1]!] = next;
        expect((await verifyPresentation(copy, { challenge, domain })).verified).toBe(false);
      }),
      { numRuns: 60, seed: 1016 },
    );
  });
});
