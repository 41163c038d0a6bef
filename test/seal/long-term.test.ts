/**
 * Long-term validation of JAdES seals (ETSI EN 319 102-1 past signature validation): a seal whose
 * certificate has expired or been revoked since passes when a trusted signature or archive
 * time-stamp proves it was made while the certificate was valid — and only then.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type JadesDocument, type SealKey, generateSealKey, prepareForSeal, sealJades, verifyJades } from '../../src/seal/index.js';
import { decodeBase64Strict, digest, encodeBase64, toPem } from '../../src/seal/encoding.js';
import { MAX_CRL_ENTRIES } from '../../src/seal/crl.js';
import { parseCertificateInput } from '../../src/seal/x509.js';
import { toElm } from '../../src/formats/elm/index.js';
import { sealCheck } from '../../src/verify/elm.js';
import { verify } from '../../src/verify/verify.js';
import { example } from '../helpers/fixtures.js';
import { describeWithSpecs } from '../helpers/shared-specs.js';
import { EU_SAMPLE_AT, euSignedSample, fakeTsa, testCa, withArchiveTimestamp, withComponent } from './helpers.js';

const credential = {
  '@context': ['https://www.w3.org/2018/credentials/v1', 'http://data.europa.eu/snb/model/context/edc-ap'],
  id: 'urn:credential:ltv',
  type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
  issuer: { id: 'urn:epass:org:1', type: 'Organisation' },
  validFrom: '2025-01-01T00:00:00Z',
};
const DAY = 86_400_000;
const NOW = Math.floor(Date.now() / 1000) * 1000;
const ago = (days: number, seconds = 0) => new Date(NOW - days * DAY + seconds * 1000);
const iso = (d: Date) => d.toISOString().replace(/\.000Z$/, 'Z');
const codes = (r: { problems: Array<{ code: string }> }) => r.problems.map((p) => p.code);

/** A TSA whose clock the test sets before each token. */
async function tsaWith(name: string, validity: { notBefore?: Date; notAfter?: Date; issuer?: Awaited<ReturnType<typeof testCa>> } = {}) {
  const clock = { at: new Date(NOW) };
  const tsa = await fakeTsa({
    name: `CN=${name},O=microcred tests,C=LU`,
    genTime: () => clock.at,
    ...(validity.notBefore ? { notBefore: validity.notBefore } : {}),
    ...(validity.notAfter ? { notAfter: validity.notAfter } : {}),
    ...(validity.issuer ? { issuer: validity.issuer.handle } : {}),
  });
  return { ...tsa, at(date: Date) { clock.at = date; return tsa; } };
}

/** Seals with sigT `signedAt` and, when given, a sigTst from `tsa` at `stampedAt`. */
async function seal(key: SealKey, signedAt: Date, tsa?: Awaited<ReturnType<typeof tsaWith>>, stampedAt = new Date(signedAt.getTime() + 5000)): Promise<JadesDocument> {
  return sealJades(credential, { key, signingTime: signedAt, ...(tsa ? { timestamp: tsa.at(stampedAt).client } : {}) });
}

describe('JAdES long-term validation', () => {
  let root: Awaited<ReturnType<typeof testCa>>;
  let expired: SealKey; // valid from 400 to 200 days ago
  let tsaGood: Awaited<ReturnType<typeof tsaWith>>; // valid now
  let tsaOld: Awaited<ReturnType<typeof tsaWith>>; // valid from 500 to 100 days ago
  let tsaMid: Awaited<ReturnType<typeof tsaWith>>; // valid from 600 to 20 days ago
  let anchors: string[];
  beforeAll(async () => {
    root = await testCa('CN=LTV Root CA,O=microcred tests,C=GE', { notBefore: ago(1000) });
    [expired, tsaGood, tsaOld, tsaMid] = await Promise.all([
      root.issueSeal('CN=Expired Seal,O=Test University,C=GE', 'ES256', { notBefore: ago(400), notAfter: ago(200) }),
      tsaWith('TSA Good'),
      tsaWith('TSA Old', { notBefore: ago(500), notAfter: ago(100) }),
      tsaWith('TSA Mid', { notBefore: ago(600), notAfter: ago(20) }),
    ]);
    anchors = [root.anchorPem, tsaGood.certificatePem, tsaOld.certificatePem, tsaMid.certificatePem];
  });

  it('B-T: a trusted signature time-stamp from while the certificate was valid proves the seal, and says when', async () => {
    const sealed = await seal(expired, ago(300), tsaGood);
    const result = await verifyJades(sealed, { trustAnchors: anchors });
    expect(result).toMatchObject({ verified: true, trusted: true, level: 'B-T', problems: [] });
    expect(result.longTerm).toMatchObject({ status: 'proven', provenAt: iso(ago(300, 5)), timestamp: 'sigTst', tsa: expect.stringContaining('CN=TSA Good') });
    expect(result.longTerm!.message).toContain(`expired on ${iso(ago(200))}`);
    expect(result.longTerm!.message).toContain(`proves the seal existed on ${iso(ago(300, 5))}`);
    const check = sealCheck(result);
    expect(check.status).toBe('pass');
    expect(check.message).toContain(`Long-term validation (ETSI EN 319 102-1): the sigTst time-stamp by TSA Good (microcred tests), a trusted TSA, proves the seal existed on ${iso(ago(300, 5))}`);
    // While the certificate was valid, plain validation passes: no long-term validation needed.
    const then = await verifyJades(sealed, { trustAnchors: anchors, at: ago(250) });
    expect(then.verified).toBe(true);
    expect(then.longTerm).toBeUndefined();
  });

  it('verify() of a sealed EDC whose self-signed seal expired since: the seal check passes and says when it was proven', async () => {
    const key = await generateSealKey({ subject: 'CN=ESU eSeal,O=Example State University,C=GE', organizationIdentifier: 'NTRGE-204864548', notBefore: ago(400), validityDays: 200 });
    const edc = prepareForSeal(toElm(example('ge-ai-research')) as unknown as Record<string, unknown>, key, ago(300));
    const sealed = await sealJades(edc, { key, signingTime: ago(300), timestamp: tsaGood.at(ago(300, 2)).client });
    const report = await verify(sealed, { trust: { certificates: [key.certificatePem, tsaGood.certificatePem] } });
    const check = report.checks.find((c) => c.id === 'seal')!;
    expect(check).toMatchObject({ status: 'pass' });
    expect(check.message).toContain(`proves the seal existed on ${iso(ago(300, 2))}`);
    const withoutTsa = await verify(sealed, { trust: { certificates: [key.certificatePem] } });
    expect(withoutTsa.checks.find((c) => c.id === 'seal')).toMatchObject({ status: 'fail', code: 'ERR_CERT_EXPIRED' });
    expect(withoutTsa.verified).toBe(false);
  });

  it('fails with the reason when no trusted time-stamp proves it: B-B, TSA not trusted, no anchors', async () => {
    const plain = await verifyJades(await seal(expired, ago(300)), { trustAnchors: anchors });
    expect(plain).toMatchObject({ verified: false, code: 'ERR_CERT_EXPIRED', longTerm: { status: 'not-proven', code: 'ERR_LTV_NO_TIMESTAMP' } });
    expect(codes(plain)).toEqual(['ERR_CERT_EXPIRED', 'ERR_LTV_NO_TIMESTAMP']);
    const sealed = await seal(expired, ago(300), tsaGood);
    const untrustedTsa = await verifyJades(sealed, { trustAnchors: [root.anchorPem] });
    expect(codes(untrustedTsa)).toEqual(['ERR_CERT_EXPIRED', 'ERR_LTV_TSA_UNTRUSTED']);
    expect(untrustedTsa.reason).toMatch(/expired on .*No time-stamp proves the seal was made while its certificate was valid: the sigTst time-stamp .* by TSA Good \(microcred tests\): its TSA does not chain to a configured trust anchor/);
    const none = await verifyJades(sealed);
    expect(codes(none)).toEqual(['ERR_CERT_EXPIRED', 'ERR_LTV_TSA_UNTRUSTED']);
    expect(none.reason).toMatch(/No trust anchors are configured/);
    expect(sealCheck(none)).toMatchObject({ status: 'fail', code: 'ERR_CERT_EXPIRED' });
    // A self-made TSA named like the trusted one is not it.
    const impostor = await tsaWith('TSA Good');
    const forged = await verifyJades(await seal(expired, ago(300), impostor), { trustAnchors: anchors });
    expect(codes(forged)).toEqual(['ERR_CERT_EXPIRED', 'ERR_LTV_TSA_UNTRUSTED']);
  });

  it('a time-stamp made after the certificate expired proves nothing (boundary: the expiry second itself counts)', async () => {
    const notAfter = ago(200);
    const late = await verifyJades(await seal(expired, ago(300), tsaGood, new Date(notAfter.getTime() + 1000)), { trustAnchors: anchors, clockSkewSeconds: 3600 });
    expect(codes(late)).toEqual(['ERR_CERT_EXPIRED', 'ERR_LTV_TIMESTAMP_TOO_LATE']);
    expect(late.reason).toContain(`is too late: by then Expired Seal (Test University) expired on ${iso(notAfter)}`);
    const onTime = await verifyJades(await seal(expired, ago(300), tsaGood, notAfter), { trustAnchors: anchors });
    expect(onTime.longTerm).toMatchObject({ status: 'proven', provenAt: iso(notAfter) });
  });

  it('a time-stamp over different bytes is refused, and long-term validation is not tried', async () => {
    const a = await seal(expired, ago(300), tsaGood);
    const b = await sealJades({ ...credential, id: 'urn:credential:other' }, { key: expired, signingTime: ago(300), timestamp: tsaGood.at(ago(300, 5)).client });
    const swapped = { ...a, signatures: [{ ...a.signatures[0], header: b.signatures[0].header }] } as JadesDocument;
    const result = await verifyJades(swapped, { trustAnchors: anchors });
    expect(result).toMatchObject({ verified: false, code: 'ERR_TST_IMPRINT' });
    expect(result.longTerm).toBeUndefined();
  });

  it('B-LTA: an archive time-stamp made while the first TSA was valid carries the proof past its expiry', async () => {
    const bt = await seal(expired, ago(300), tsaOld);
    // B-T alone: TSA Old has expired by now, and nothing later covers its token.
    const alone = await verifyJades(bt, { trustAnchors: anchors });
    expect(codes(alone)).toEqual(['ERR_CERT_EXPIRED', 'ERR_LTV_TSA_NOT_VALID']);
    expect(alone.reason).toMatch(/the TSA's TSA Old \(microcred tests\) expired on .*, before now .*with no later archive time-stamp covering it/);
    const lta = await withArchiveTimestamp(bt, tsaGood.at(ago(150)));
    const result = await verifyJades(lta, { trustAnchors: anchors });
    expect(result).toMatchObject({ verified: true, level: 'B-LTA', longTerm: { status: 'proven', provenAt: iso(ago(300, 5)), timestamp: 'sigTst' } });
    expect(result.timestamps.map((t) => [t.type, t.verified])).toEqual([['sigTst', true], ['arcTst', true]]);
    // The archive time-stamp's own TSA must be trusted.
    expect(codes(await verifyJades(lta, { trustAnchors: [root.anchorPem, tsaOld.certificatePem] }))).toEqual(['ERR_CERT_EXPIRED', 'ERR_LTV_TSA_NOT_VALID']);
    // Made after TSA Old expired: covers nothing in time, and is itself after the seal certificate expired.
    const tooLate = await verifyJades(await withArchiveTimestamp(bt, tsaGood.at(ago(50))), { trustAnchors: anchors });
    expect(codes(tooLate)).toEqual(['ERR_CERT_EXPIRED', 'ERR_LTV_TSA_NOT_VALID']);
    expect(tooLate.reason).toContain('the arcTst time-stamp');
    expect(tooLate.reason).toContain('is too late');
  });

  it('B-LTA: an archive time-stamp alone, made before expiry, proves the seal', async () => {
    const bb = await seal(expired, ago(300));
    const result = await verifyJades(await withArchiveTimestamp(bb, tsaGood.at(ago(250))), { trustAnchors: anchors });
    expect(result).toMatchObject({ verified: true, level: 'B-LTA', longTerm: { status: 'proven', provenAt: iso(ago(250)), timestamp: 'arcTst' } });
  });

  it('a tampered archive time-stamp, or a change to what it covers, fails', async () => {
    const bt = await seal(expired, ago(300), tsaOld);
    const lta = await withArchiveTimestamp(bt, tsaGood.at(ago(150)));
    const entry = lta.signatures[0] as { protected: string; signature: string; header: { etsiU: string[] } };
    const [sigTst, arcTst] = entry.header.etsiU;
    const variant = (etsiU: string[]) => ({ ...lta, signatures: [{ ...entry, header: { etsiU } }] }) as JadesDocument;
    // 1. A byte of the archive token changed (inside the base64url of its JSON).
    const arcJson = JSON.parse(Buffer.from(arcTst!, 'base64url').toString()) as { arcTst: { tstTokens: Array<{ val: string }> } };
    const der = decodeBase64Strict(arcJson.arcTst.tstTokens[0]!.val)!;
    der[der.length - 40]! ^= 0x01;
    const flipped = Buffer.from(JSON.stringify({ arcTst: { tstTokens: [{ val: encodeBase64(der) }] } })).toString('base64url');
    // 2. The covered signature time-stamp replaced by another valid one over the same signature.
    const token = await tsaOld.at(ago(299)).client.timestamp(await digest('SHA-256', new TextEncoder().encode(entry.signature)), 'SHA-256');
    const otherSigTst = Buffer.from(JSON.stringify({ sigTst: { tstTokens: [{ val: encodeBase64(token) }] } })).toString('base64url');
    // 3. A component inserted before the archive time-stamp after it was made.
    const xVals = Buffer.from(JSON.stringify({ xVals: [{ x509Cert: { val: encodeBase64(parseCertificateInput(tsaGood.certificatePem).der) } }] })).toString('base64url');
    const cases: Array<[string, string[]]> = [
      ['token byte flipped', [sigTst!, flipped]],
      ['covered sigTst replaced', [otherSigTst, arcTst!]],
      ['component inserted', [sigTst!, xVals, arcTst!]],
      ['covered sigTst removed', [arcTst!]],
      ['order swapped', [arcTst!, sigTst!]],
    ];
    for (const [name, etsiU] of cases) {
      const result = await verifyJades(variant(etsiU), { trustAnchors: anchors });
      expect(result.verified, name).toBe(false);
      expect(result.code, name).toMatch(/^ERR_TST_/);
      expect(result.longTerm?.status, name).not.toBe('proven');
    }
    // The protected header, payload or signature changed under the archive time-stamp: the seal itself breaks first.
    const payloadChanged = await verifyJades({ ...lta, payload: lta.payload.replace('ltv', 'LTV') }, { trustAnchors: anchors });
    expect(payloadChanged.code).toBe('ERR_JADES_SIGNATURE_INVALID');
  });

  it('nested archive time-stamps: each one proves the TSA of the one before it was valid when it was covered', async () => {
    const bt = await seal(expired, ago(300), tsaOld);
    const first = await withArchiveTimestamp(bt, tsaMid.at(ago(150))); // TSA Mid expires 20 days ago
    const alone = await verifyJades(first, { trustAnchors: anchors });
    expect(codes(alone)).toEqual(['ERR_CERT_EXPIRED', 'ERR_LTV_TSA_NOT_VALID']);
    const renewed = await withArchiveTimestamp(first, tsaGood.at(ago(30)));
    const result = await verifyJades(renewed, { trustAnchors: anchors });
    expect(result).toMatchObject({ verified: true, longTerm: { status: 'proven', provenAt: iso(ago(300, 5)), timestamp: 'sigTst' } });
    expect(result.timestamps.map((t) => t.type)).toEqual(['sigTst', 'arcTst', 'arcTst']);
    // Renewed too late (TSA Mid had already expired): the chain of proofs is broken.
    const renewedLate = await verifyJades(await withArchiveTimestamp(first, tsaGood.at(ago(10))), { trustAnchors: anchors });
    expect(renewedLate.verified).toBe(false);
    expect(renewedLate.longTerm?.status).toBe('not-proven');
    // Without TSA Good trusted, the newest archive time-stamp proves nothing.
    const untrusted = await verifyJades(renewed, { trustAnchors: [root.anchorPem, tsaOld.certificatePem, tsaMid.certificatePem] });
    expect(untrusted.verified).toBe(false);
    expect(untrusted.reason).toContain('by TSA Good (microcred tests): its TSA does not chain to a configured trust anchor');
  });

  describe('revocation lists carried in the seal (rVals)', () => {
    let revocable: SealKey; // valid from 400 days ago to 100 days ahead, revoked 250 days ago
    let crl: Uint8Array;
    beforeAll(async () => {
      revocable = await root.issueSeal('CN=Revoked Seal,O=Test University,C=GE', 'ES256', { notBefore: ago(400), notAfter: ago(-100) });
      const serial = parseCertificateInput(revocable.certificateChain[0]!).serial;
      crl = await root.crl([{ serial, date: ago(250), reason: 1 }], ago(249));
    });
    const withCrl = (doc: JadesDocument, der: Uint8Array) => withComponent(doc, { rVals: { crlVals: [{ val: encodeBase64(der) }] } });

    it('a CRL signed by the issuer that lists the certificate fails the seal — unless a time-stamp from before the revocation proves it', async () => {
      const plain = await verifyJades(withCrl(await seal(revocable, ago(300)), crl), { trustAnchors: anchors });
      expect(codes(plain)).toEqual(['ERR_CERT_REVOKED', 'ERR_LTV_NO_TIMESTAMP']);
      expect(plain.reason).toMatch(new RegExp(`Revoked Seal \\(Test University\\) was revoked on ${iso(ago(250))} \\(keyCompromise\\), according to a revocation list the seal carries`));
      const before = await verifyJades(withCrl(await seal(revocable, ago(300), tsaGood), crl), { trustAnchors: anchors });
      expect(before).toMatchObject({ verified: true, level: 'B-LT', longTerm: { status: 'proven', provenAt: iso(ago(300, 5)) } });
      expect(before.longTerm!.message).toContain('not revoked by any revocation list the seal carries');
      const after = await verifyJades(withCrl(await seal(revocable, ago(300), tsaGood, ago(240)), crl), { trustAnchors: anchors });
      expect(codes(after)).toEqual(['ERR_CERT_REVOKED', 'ERR_LTV_TIMESTAMP_TOO_LATE']);
      // Before the revocation date, the seal is plainly valid.
      expect((await verifyJades(withCrl(await seal(revocable, ago(300)), crl), { trustAnchors: anchors, at: ago(260) })).verified).toBe(true);
    });

    it('a CRL not signed by the certificate issuer is not believed', async () => {
      const impostor = await testCa('CN=LTV Root CA,O=microcred tests,C=GE');
      const forged = await impostor.crl([{ serial: parseCertificateInput(revocable.certificateChain[0]!).serial, date: ago(250) }]);
      const result = await verifyJades(withCrl(await seal(revocable, ago(300)), forged), { trustAnchors: anchors });
      expect(result).toMatchObject({ verified: true, problems: [] });
      expect(result.longTerm).toBeUndefined();
    });

    it('a TSA revoked before its token is covered proves nothing; an archive time-stamp from before the revocation restores the proof', async () => {
      const tsaRevoked = await tsaWith('TSA Revoked', { issuer: root });
      const tsaCrl = await root.crl([{ serial: tsaRevoked.certificate.serial, date: ago(100) }], ago(99));
      const bt = withCrl(await seal(expired, ago(300), tsaRevoked), tsaCrl);
      const result = await verifyJades(bt, { trustAnchors: anchors });
      expect(codes(result)).toEqual(['ERR_CERT_EXPIRED', 'ERR_LTV_TSA_NOT_VALID']);
      expect(result.reason).toContain(`TSA Revoked (microcred tests) was revoked on ${iso(ago(100))}`);
      const lta = await verifyJades(await withArchiveTimestamp(bt, tsaGood.at(ago(150))), { trustAnchors: anchors });
      expect(lta).toMatchObject({ verified: true, longTerm: { status: 'proven', provenAt: iso(ago(300, 5)) } });
    });

    it('bounds and strictness: at most 10 CRLs, and each must be a well-formed CRL', async () => {
      const sealed = await seal(revocable, ago(300));
      const many = withComponent(sealed, { rVals: { crlVals: Array.from({ length: 11 }, () => ({ val: encodeBase64(crl) })) } });
      expect((await verifyJades(many)).code).toBe('ERR_SEAL_TOO_MANY_CERTIFICATES');
      const ten = withComponent(sealed, { rVals: { crlVals: Array.from({ length: 10 }, () => ({ val: encodeBase64(crl) })) } });
      expect(codes(await verifyJades(ten, { trustAnchors: anchors }))).toEqual(['ERR_CERT_REVOKED', 'ERR_LTV_NO_TIMESTAMP']);
      const notCrl = withComponent(sealed, { rVals: { crlVals: [{ val: encodeBase64(parseCertificateInput(tsaGood.certificatePem).der) }] } });
      expect((await verifyJades(notCrl)).code).toBe('ERR_JADES_ETSIU_MALFORMED');
      // At most 10,000 entries per CRL.
      const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ serial: Uint8Array.of(0x40, i >> 8, i & 0xff), date: ago(10) }));
      const huge = await verifyJades(withCrl(sealed, await root.crl(entries(MAX_CRL_ENTRIES + 1))));
      expect(huge.code).toBe('ERR_JADES_ETSIU_MALFORMED');
      expect(huge.reason).toContain(`more than ${MAX_CRL_ENTRIES}`);
      expect((await verifyJades(withCrl(sealed, await root.crl(entries(MAX_CRL_ENTRIES))), { trustAnchors: anchors })).verified).toBe(true);
    });
  });

  it('stays inside the signature budget: a small budget fails the seal, never proves it', async () => {
    const tsaIssued = await tsaWith('TSA Issued', { issuer: root }); // its chain costs a check
    const lta = await withArchiveTimestamp(await seal(expired, ago(300), tsaOld), tsaIssued.at(ago(150)));
    const full = await verifyJades(lta, { trustAnchors: anchors });
    expect(full.verified).toBe(true);
    expect(full.signatureChecks).toBe(5); // seal, sigTst, arcTst, seal chain, arcTst TSA chain
    const short = await verifyJades(lta, { trustAnchors: anchors, maxSignatureChecks: 4 });
    expect(short.longTerm).toMatchObject({ status: 'not-proven', code: 'ERR_SEAL_BUDGET_EXCEEDED' });
    for (let limit = 1; limit < full.signatureChecks!; limit++) {
      const result = await verifyJades(lta, { trustAnchors: anchors, maxSignatureChecks: limit });
      expect(result.verified, `budget ${limit}`).toBe(false);
      expect(codes(result), `budget ${limit}`).toContain('ERR_SEAL_BUDGET_EXCEEDED');
      expect(result.longTerm?.status).not.toBe('proven');
    }
  });
});

describeWithSpecs('JAdES long-term validation: the EU signed sample', (specs) => {
  let text: string;
  let anfCa: string;
  let nowinaRoot: string;
  beforeAll(() => {
    text = euSignedSample(specs);
    const document = JSON.parse(text) as { signatures: Array<{ header: { etsiU: string[] } }> };
    const xVals = (JSON.parse(Buffer.from(document.signatures[0]!.header.etsiU[1]!, 'base64url').toString()) as { xVals: Array<{ x509Cert: { val: string } }> }).xVals;
    const pems = xVals.map((x) => toPem('CERTIFICATE', decodeBase64Strict(x.x509Cert.val)!));
    const named = (cn: string) => pems.find((pem) => parseCertificateInput(pem).subject.some((a) => a.value === cn))!;
    anfCa = named('ANF AC Qualified Certificates for eSeal');
    nowinaRoot = named('root-ca');
  });

  it(`verifies at ${EU_SAMPLE_AT}, without long-term validation`, async () => {
    const result = await verifyJades(text, { at: EU_SAMPLE_AT, trustAnchors: [anfCa, nowinaRoot] });
    expect(result).toMatchObject({ verified: true, level: 'B-LTA', problems: [] });
    expect(result.longTerm).toBeUndefined();
  });

  it('fails now: its archive time-stamp authority (Nowina test PKI) expired in 2023–2024, before its certificate did', async () => {
    const unanchored = await verifyJades(text);
    expect(codes(unanchored)).toEqual(['ERR_CERT_EXPIRED', 'ERR_LTV_TSA_UNTRUSTED']);
    const anchored = await verifyJades(text, { trustAnchors: [anfCa, nowinaRoot] });
    expect(codes(anchored)).toEqual(['ERR_CERT_EXPIRED', 'ERR_LTV_TSA_NOT_VALID']);
    expect(anchored.reason).toMatch(/the arcTst time-stamp of 2023-09-27T11:54:20Z by good-tsa \(Nowina Solutions\): the TSA's .* expired on 2023-12-13T16:03:43Z/);
    // Its issuing CA alone trusted: the TSA is not.
    expect(codes(await verifyJades(text, { trustAnchors: [anfCa] }))).toEqual(['ERR_CERT_EXPIRED', 'ERR_LTV_TSA_UNTRUSTED']);
  });
});
