import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { toElm } from '../../src/formats/elm/index.js';
import { type GeneratedSealKey, generateSealKey, prepareForSeal, sealJades } from '../../src/seal/index.js';
import { decodeBase64Strict, toPem } from '../../src/seal/encoding.js';
import { parseCertificateInput } from '../../src/seal/x509.js';
import { verify } from '../../src/verify/verify.js';
import { elmSpecs } from '../elm/elm-specs.js';
import { example } from '../helpers/fixtures.js';
import { describeWithSpecs } from '../helpers/shared-specs.js';
import { EU_SAMPLE_AT, euSignedSample, euUnsignedSample, testCa } from '../seal/helpers.js';

type Report = Awaited<ReturnType<typeof verify>>;
const checkOf = (report: Report, id: string) => report.checks.find((c) => c.id === id);
const statuses = (report: Report) => report.checks.map((c) => [c.id, c.status]);

describe('verify(): European Digital Credentials sealed by microcred', () => {
  let key: GeneratedSealKey;
  let edc: Record<string, unknown>;
  let sealedAt: Date;
  let sealed: Awaited<ReturnType<typeof sealJades>>;
  beforeAll(async () => {
    key = await generateSealKey({ subject: 'CN=ESU eSeal,O=Example State University,C=GE', organizationIdentifier: 'NTRGE-204864548' });
    sealedAt = new Date();
    edc = prepareForSeal(toElm(example('ge-ai-research')) as unknown as Record<string, unknown>, key, sealedAt);
    sealed = await sealJades(edc, { key, signingTime: sealedAt });
  });

  it('runs parse, format, seal, status, validity-period, profile, issuer-trust (format elm, suite jades)', async () => {
    const report = await verify(sealed, { trust: { certificates: [key.certificatePem] } });
    expect(report.format).toBe('elm');
    expect(report.suite).toBe('jades');
    expect(statuses(report)).toEqual([
      ['parse', 'pass'], ['format', 'pass'], ['seal', 'pass'], ['status', 'pass'], ['validity-period', 'pass'], ['profile', 'pass'], ['issuer-trust', 'pass'],
    ]);
    expect(report.verified).toBe(true);
    expect(report.credential).toEqual(edc);
    expect(report.microCredential).toEqual(example('ge-ai-research'));
    expect(checkOf(report, 'seal')!.message).toMatch(/^Sealed by ESU eSeal \(Example State University, NTRGE-204864548\)/);
    expect(report.issuer?.id).toBe((edc.issuer as { id: string }).id);
  });

  it('accepts the seal as JSON text too', async () => {
    expect((await verify(JSON.stringify(sealed), { trust: { certificates: [key.certificatePem] } })).verified).toBe(true);
  });

  it('warns without trust anchors or a trust list; fails under foreign anchors', async () => {
    const bare = await verify(sealed);
    expect(bare.verified).toBe(true);
    expect(checkOf(bare, 'seal')).toMatchObject({ status: 'warn', code: 'WARN_NO_TRUST_ANCHORS' });
    expect(checkOf(bare, 'issuer-trust')).toMatchObject({ status: 'warn', code: 'WARN_ISSUER_NOT_CHECKED' });
    expect(bare.verdict).toBe('authentic-unrecognised-issuer');
    const other = await testCa();
    const foreign = await verify(sealed, { trust: { certificates: [other.anchorPem] } });
    expect(foreign.verified).toBe(false);
    expect(checkOf(foreign, 'seal')).toMatchObject({ status: 'fail', code: 'ERR_CERT_UNTRUSTED' });
  });

  it('trust list entries: the issuer id, or the eIDAS identifier of the sealing certificate — only for an anchored seal', async () => {
    const issuerId = (edc.issuer as { id: string }).id;
    // Without an anchor the name is only a claim: a self-made certificate could carry it.
    const unanchored = await verify(sealed, { trust: { trusted: ['NTRGE-204864548'] } });
    expect(checkOf(unanchored, 'issuer-trust')).toMatchObject({ status: 'warn', code: 'WARN_SEAL_NOT_ANCHORED' });
    expect(unanchored.verdict).toBe('authentic-unrecognised-issuer');
    expect(checkOf(await verify(sealed, { trust: { trusted: [issuerId] } }), 'issuer-trust')).toMatchObject({ status: 'warn', code: 'WARN_SEAL_NOT_ANCHORED' });
    const anchors = [key.certificatePem];
    expect(checkOf(await verify(sealed, { trust: { trusted: [issuerId], certificates: anchors } }), 'issuer-trust')!.status).toBe('pass');
    expect(checkOf(await verify(sealed, { trust: { trusted: ['NTRGE-204864548'], certificates: anchors } }), 'issuer-trust')!.status).toBe('pass');
    expect(checkOf(await verify(sealed, { trust: { trusted: ['did:web:other.example'], certificates: anchors } }), 'issuer-trust')).toMatchObject({ status: 'pass' }); // the anchor vouches
    expect(checkOf(await verify(sealed, { trust: { trusted: ['did:web:other.example'] } }), 'issuer-trust')).toMatchObject({ status: 'warn', code: 'WARN_ISSUER_UNKNOWN' });
    const distrusted = await verify(sealed, { trust: { distrusted: ['NTRGE-204864548'] } });
    expect(distrusted.verified).toBe(false);
    expect(checkOf(distrusted, 'issuer-trust')).toMatchObject({ status: 'fail', code: 'ERR_ISSUER_DISTRUSTED' });
  });

  it('checks the profile asked for', async () => {
    const report = await verify(sealed, { profile: 'am' });
    expect(checkOf(report, 'profile')).toMatchObject({ status: 'fail', code: 'ERR_PROFILE' });
  });

  it('validity period: the earlier of validUntil and expirationDate, at the given time', async () => {
    const expiring = prepareForSeal({ ...edc, validUntil: '2030-01-01T00:00:00Z', expirationDate: '2029-01-01T00:00:00Z' }, key, sealedAt);
    const sealedExpiring = await sealJades(expiring, { key, signingTime: sealedAt });
    const report = await verify(sealedExpiring, { at: '2029-06-01T00:00:00Z' });
    expect(checkOf(report, 'validity-period')).toMatchObject({ status: 'fail', code: 'ERR_EXPIRED' });
    expect(checkOf(report, 'validity-period')!.message).toContain('2029-01-01');
    // the test seal also expired by then
    expect(checkOf(report, 'seal')).toMatchObject({ status: 'fail', code: 'ERR_CERT_EXPIRED' });
    expect((await verify(sealedExpiring, { at: 'nonsense' })).checks.find((c) => c.id === 'validity-period')).toMatchObject({ code: 'ERR_BAD_TIME' });
  });

  it('a changed payload, header or signature fails the seal (property, 60 runs)', async () => {
    const text = JSON.stringify(sealed);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: text.length - 1 }), fc.constantFrom(...'AZaz09-_"{}:,.\\'), async (index, char) => {
        fc.pre(text[index] !== char);
        const report = await verify(text.slice(0, index) + char + text.slice(index + 1));
        expect(report.verified).toBe(false);
      }),
      { numRuns: 60, seed: 1017 },
    );
  });

  it('an unsealed EDC: format checked as a draft, seal fails with "no eSeal"', async () => {
    const report = await verify(toElm(example('am-data-analytics')));
    expect(report.format).toBe('elm');
    expect(report.suite).toBeUndefined();
    expect(checkOf(report, 'format')!.status).toBe('pass');
    expect(checkOf(report, 'seal')).toMatchObject({ status: 'fail', code: 'ERR_NO_SEAL' });
    expect(checkOf(report, 'seal')!.message).toContain('no eSeal');
    expect(report.microCredential).toEqual(example('am-data-analytics'));
  });

  it('a malformed EDC fails the format check', async () => {
    const { credentialSubject: _subject, ...broken } = edc;
    const report = await verify(await sealJades(broken, { key, signingTime: sealedAt }));
    expect(checkOf(report, 'format')).toMatchObject({ status: 'fail', code: 'ERR_FORMAT' });
    expect(checkOf(report, 'seal')!.status).toBe('warn'); // the seal itself is intact
  });

  it('hostile JAdES-looking input fails with reasons, never throws', async () => {
    const cases: unknown[] = [
      { payload: '{', signatures: [] },
      { payload: 'not json', signatures: [{ protected: 'e30', signature: 'AA' }] },
      { payload: JSON.stringify(edc), signatures: [{ protected: 'e30', signature: 'AA' }] },
      { payload: JSON.stringify(edc), signature: 'AA', protected: '!!' },
      { payload: JSON.stringify(edc), signatures: [{ protected: sealed.signatures[0].protected, signature: sealed.signatures[0].signature, header: { etsiU: 'x' } }] },
      { type: 'EuropeanDigitalCredential' },
      { type: ['VerifiableCredential', 'EuropeanDigitalCredential'], issuer: { id: 1 }, validFrom: 42 },
      `{"payload":"{}","signatures":[${'['.repeat(100)}${']'.repeat(100)}]}`,
    ];
    for (const input of cases) {
      const report = await verify(input);
      expect(report.verified, JSON.stringify(input).slice(0, 80)).toBe(false);
      expect(report.checks.some((c) => c.status === 'fail' && c.message.length > 0)).toBe(true);
    }
  });
});

describeWithSpecs('verify(): the EU signed sample', (specs) => {
  let text: string;
  let anfCa: string;
  beforeAll(() => {
    text = euSignedSample(specs);
    const document = JSON.parse(text) as { signatures: Array<{ header: { etsiU: string[] } }> };
    const xVals = (JSON.parse(Buffer.from(document.signatures[0]!.header.etsiU[1]!, 'base64url').toString()) as { xVals: Array<{ x509Cert: { val: string } }> }).xVals;
    anfCa = xVals
      .map((x) => toPem('CERTIFICATE', decodeBase64Strict(x.x509Cert.val)!))
      .find((pem) => parseCertificateInput(pem).subject.some((a) => a.value === 'ANF AC Qualified Certificates for eSeal'))!;
  });

  it(`verifies at ${EU_SAMPLE_AT}`, async () => {
    const report = await verify(text, { at: EU_SAMPLE_AT });
    expect(report.verified).toBe(true);
    expect(report.format).toBe('elm');
    expect(statuses(report)).toEqual([
      ['parse', 'pass'], ['format', 'pass'], ['seal', 'warn'], ['status', 'pass'], ['validity-period', 'pass'], ['profile', 'skip'], ['issuer-trust', 'warn'],
    ]);
    expect(checkOf(report, 'seal')!.message).toMatch(/^Sealed by TEST SEAL \(ORGANIZACION TEST, VATES-A00000000\) on 2023-09-27T11:54:17Z; not tampered \(JAdES B-LTA, 3 time-stamp\(s\) verified\)/);
    expect(report.issuer).toEqual({ id: 'urn:epass:org:1f0de2587-9348-4fa9-b4d7-a77e34a9ac8a', name: 'ORGANIZACION TEST' });
    expect(report.microCredential?.title).toBeDefined();
  });

  it('fails now with the expiry of its seal certificate', async () => {
    const report = await verify(text);
    expect(report.verified).toBe(false);
    expect(checkOf(report, 'seal')).toMatchObject({ status: 'fail', code: 'ERR_CERT_EXPIRED' });
    expect(checkOf(report, 'seal')!.message).toMatch(/^The eSeal has expired: .*expired on 2025-05-10/);
    expect(report.checks.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual(['seal']);
  });

  it('with the issuing CA as trust anchor: seal and issuer trust pass', async () => {
    const report = await verify(text, { at: EU_SAMPLE_AT, trust: { certificates: [anfCa] } });
    expect(checkOf(report, 'seal')!.status).toBe('pass');
    expect(checkOf(report, 'issuer-trust')!.status).toBe('pass');
    expect((await verify(text, { at: EU_SAMPLE_AT, trust: { trusted: ['VATES-A00000000'], certificates: [anfCa] } })).checks.find((c) => c.id === 'issuer-trust')!.status).toBe('pass');
    // The eIDAS identifier alone, without the CA: a claim anyone's certificate could make.
    expect((await verify(text, { at: EU_SAMPLE_AT, trust: { trusted: ['VATES-A00000000'] } })).checks.find((c) => c.id === 'issuer-trust')).toMatchObject({ status: 'warn', code: 'WARN_SEAL_NOT_ANCHORED' });
  });

  it('profile eu asked: the parsed Annex I sample is judged', async () => {
    const report = await verify(text, { at: EU_SAMPLE_AT, profile: 'eu' });
    expect(checkOf(report, 'profile')!.status).not.toBe('skip');
  });

  it('the EU unsigned sample: no eSeal', async () => {
    const report = await verify(euUnsignedSample(specs), { at: EU_SAMPLE_AT });
    expect(checkOf(report, 'seal')).toMatchObject({ status: 'fail', code: 'ERR_NO_SEAL' });
  });

  it('runs the official SHACL shapes in the format check when given them', async () => {
    const { shapes, contexts } = elmSpecs(specs);
    const report = await verify(text, { at: EU_SAMPLE_AT, shapes, shaclContexts: contexts });
    const format = checkOf(report, 'format')!;
    expect(format.status, format.message).not.toBe('fail');
    expect(format.message).toContain('Conforms to the EDC SHACL shapes');
    const half = await verify(text, { at: EU_SAMPLE_AT, shapes });
    expect(checkOf(half, 'format')).toMatchObject({ status: 'warn', code: 'WARN_SHACL_NOT_RUN' });
  });

  it('an EDC prepared and sealed by microcred conforms to the official shapes', async () => {
    const { shapes, contexts } = elmSpecs(specs);
    const key = await generateSealKey({ subject: 'CN=ESU eSeal,O=Example State University,C=GE', organizationIdentifier: 'NTRGE-204864548', algorithm: 'ES256' });
    const at = new Date();
    const sealed = await sealJades(prepareForSeal(toElm(example('am-data-analytics')) as unknown as Record<string, unknown>, key, at), { key, signingTime: at });
    const report = await verify(sealed, { shapes, shaclContexts: contexts, trust: { certificates: [key.certificatePem] } });
    expect(checkOf(report, 'format')!.message).toContain('Conforms to the EDC SHACL shapes');
    expect(report.verified).toBe(true);
    expect(statuses(report).filter(([, s]) => s !== 'pass')).toEqual([]);
  });

  it('byte-level tampers fail through verify() too (property, 60 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: text.length - 1 }), fc.constantFrom(...'AZaz09+/-_"{}:,.\\'), async (index, char) => {
        fc.pre(text[index] !== char);
        const report = await verify(text.slice(0, index) + char + text.slice(index + 1), { at: EU_SAMPLE_AT });
        expect(report.verified).toBe(false);
      }),
      { numRuns: 60, seed: 1018 },
    );
  });
});
