/**
 * Every failure says what is wrong and what to do, with a stable code per cause (issue 11,
 * item 5). Each case failed before with a code or words a verifier could not act on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { toElm } from '../../src/formats/elm/index.js';
import { type KeyFile, type SignedCredential, createMicroCredential, generateKey, verify } from '../../src/index.js';
import { example } from '../helpers/fixtures.js';

type Json = Record<string, any>;
const checkOf = (report: Awaited<ReturnType<typeof verify>>, id: string) => report.checks.find((c) => c.id === id);

describe('verify(): reasons a verifier can act on', () => {
  let key: KeyFile;
  let signed: Json;
  let proof: Json;
  let didKey: string;
  let fragment: string;
  beforeAll(async () => {
    key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    signed = (await createMicroCredential(example('ge-ai-research'), { profile: 'ge', key })) as SignedCredential as Json;
    proof = Array.isArray(signed.proof) ? signed.proof[0] : signed.proof;
    [didKey, fragment] = (proof.verificationMethod as string).split('#') as [string, string];
  });
  const withProof = (changes: Json) => ({ ...signed, proof: { ...proof, ...changes } });

  it('a malformed verification method id is ERR_VERIFICATION_METHOD_MALFORMED, not "not a bundled JSON-LD context"', async () => {
    for (const method of [fragment, `urn:uuid:1b2c3d4e-0000-4000-8000-000000000000#${fragment}`, 42]) {
      const check = checkOf(await verify(withProof({ verificationMethod: method })), 'proof')!;
      expect(check, String(method)).toMatchObject({ status: 'fail', code: 'ERR_VERIFICATION_METHOD_MALFORMED' });
      expect(check.message).not.toMatch(/JSON-LD context/);
    }
    const check = checkOf(await verify(withProof({ verificationMethod: fragment })), 'proof')!;
    expect(check.message).toContain(`did:key:${fragment}#${fragment}`);
  });

  it('a bare did:key method (no fragment) is explained', async () => {
    const check = checkOf(await verify(withProof({ verificationMethod: didKey })), 'proof')!;
    expect(check).toMatchObject({ status: 'fail', code: 'ERR_VERIFICATION_METHOD_MALFORMED' });
    expect(check.message).toContain(`${didKey}#${fragment}`);
    expect(check.message).not.toContain('publicKeyMultibase');
  });

  it('a did:web or https key offline names the document needed and how to let microcred fetch it', async () => {
    const web = checkOf(await verify(withProof({ verificationMethod: 'did:web:university.example.ge#key-1' })), 'proof')!;
    expect(web).toMatchObject({ status: 'fail', code: 'ERR_VERIFICATION_METHOD_UNRESOLVABLE' });
    expect(web.message).toContain('https://university.example.ge/.well-known/did.json');
    expect(web.message).toContain('online: true');
    expect(web.message).toContain('--offline');
    const https = checkOf(await verify(withProof({ verificationMethod: 'https://university.example.ge/keys/1' })), 'proof')!;
    expect(https).toMatchObject({ code: 'ERR_VERIFICATION_METHOD_UNRESOLVABLE', message: expect.stringContaining('https://university.example.ge/keys/1') });
    // Online, but the host refuses: what went wrong fetching it.
    const online = checkOf(await verify(withProof({ verificationMethod: 'did:web:university.example.ge#key-1' }), { online: { allow: ['other.example'] } }), 'proof')!;
    expect(online).toMatchObject({ code: 'ERR_VERIFICATION_METHOD_UNRESOLVABLE', message: expect.stringContaining('not on the resolver allow-list') });
  });

  it('an unbundled context is reported as such, not as an unresolvable key', async () => {
    const withContext = { ...signed, '@context': [...signed['@context'], 'https://contexts.example.org/extra.jsonld'] };
    const check = checkOf(await verify(withContext), 'proof')!;
    expect(check.code).toBe('ERR_CONTEXT_NOT_BUNDLED');
  });

  it('an unsupported proof suite is ERR_PROOF_SUITE_UNSUPPORTED naming it, distinct from ERR_NO_PROOF', async () => {
    const { cryptosuite: _cryptosuite, ...legacy } = proof;
    for (const [changes, name] of [
      [{ ...legacy, type: 'RsaSignature2018' }, 'RsaSignature2018'],
      [{ cryptosuite: 'ecdsa-sd-2023' }, 'ecdsa-sd-2023'],
      [{ cryptosuite: 'eddsa-2022' }, 'eddsa-2022'],
    ] as const) {
      const check = checkOf(await verify({ ...signed, proof: 'type' in changes && changes.type === 'RsaSignature2018' ? changes : { ...proof, ...changes } }), 'proof')!;
      expect(check, name).toMatchObject({ status: 'fail', code: 'ERR_PROOF_SUITE_UNSUPPORTED' });
      expect(check.message).toContain(name);
    }
    const { proof: _proof, ...unsigned } = signed;
    const none = await verify(unsigned);
    expect(checkOf(none, 'proof')).toMatchObject({ status: 'fail', code: 'ERR_NO_PROOF' });
    expect(none.verdict).toBe('not-verified');
  });

  it('expired and not yet valid say so, and what to do', async () => {
    const early = checkOf(await verify(signed, { at: '2020-01-01T00:00:00Z' }), 'validity-period')!;
    expect(early).toMatchObject({ code: 'ERR_NOT_YET_VALID', message: expect.stringContaining('Not valid before') });
    const expiring = (await createMicroCredential({ ...example('am-data-analytics'), validUntil: '2026-06-30' }, { key })) as Json;
    const late = checkOf(await verify(expiring, { at: '2026-07-01T00:00:00Z' }), 'validity-period')!;
    expect(late).toMatchObject({ code: 'ERR_EXPIRED', message: expect.stringContaining('ask the holder for a current credential') });
  });

  it('a presentation given to verify() is reported as a presentation, not with credential rules', async () => {
    const vp = { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiablePresentation'], verifiableCredential: [signed] };
    const report = await verify(vp);
    expect(report.checks).toEqual([expect.objectContaining({ id: 'parse', status: 'fail', code: 'ERR_PRESENTATION_NOT_CREDENTIAL' })]);
    expect(report.checks[0]!.message).toContain('verifyPresentation');
    expect(JSON.stringify(report)).not.toMatch(/validFrom/);
  });
});

describe('verify(): status of European Digital Credentials is read or warned about, never "absent"', () => {
  let edc: Json;
  beforeAll(() => {
    edc = toElm(example('ge-ai-research')) as unknown as Json;
  });
  const entry = { id: 'https://university.example.ge/status/1#94567', type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: '94567', statusListCredential: 'https://university.example.ge/status/1' };

  it('credentialStatus and the EDC "status" form are read like any status entry', async () => {
    for (const field of ['credentialStatus', 'status']) {
      const offline = checkOf(await verify({ ...edc, [field]: [entry] }), 'status')!;
      expect(offline, field).toMatchObject({ status: 'warn', code: 'WARN_STATUS_NOT_CHECKED' });
      expect(offline.message).toContain('https://university.example.ge/status/1');
      expect(offline.message).not.toMatch(/no status entry/);
      const unreachable = checkOf(await verify({ ...edc, [field]: [entry] }, { status: { resolveStatusList: async () => Promise.reject(new Error('HTTP 503')) } }), 'status')!;
      expect(unreachable, field).toMatchObject({ status: 'warn', code: 'WARN_STATUS_LIST_UNAVAILABLE' });
      const required = checkOf(await verify({ ...edc, [field]: [entry] }, { requireStatus: true }), 'status')!;
      expect(required, field).toMatchObject({ status: 'fail', code: 'ERR_STATUS_NOT_CHECKED' });
    }
  });

  it('a "status" of another form is warned about', async () => {
    const check = checkOf(await verify({ ...edc, status: 'revoked' }), 'status')!;
    expect(check).toMatchObject({ status: 'warn', code: 'WARN_STATUS_NOT_CHECKED' });
    expect(checkOf(await verify(edc), 'status')).toMatchObject({ status: 'pass', message: expect.stringContaining('no status entry') });
  });
});
