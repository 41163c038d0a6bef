import { type KeyObject, constants, createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type GeneratedSealKey, type JadesDocument, type SealKey, generateSealKey, sealJades, verifyJades } from '../../src/seal/index.js';
import { decodeBase64Strict, digest, encodeBase64, encodeBase64Url, toPem } from '../../src/seal/encoding.js';
import { buildCertificate } from '../../src/seal/certificate-builder.js';
import { kidFor } from '../../src/seal/issuer-serial.js';
import { encodeSubject, parseSubject } from '../../src/seal/seal-key.js';
import { parseCertificateInput } from '../../src/seal/x509.js';
import { describeWithSpecs } from '../helpers/shared-specs.js';
import { EU_SAMPLE_AT, euSignedSample, fakeTsa, protectedHeaderOf, testCa } from './helpers.js';

const credential = {
  '@context': ['https://www.w3.org/2018/credentials/v1', 'http://data.europa.eu/snb/model/context/edc-ap'],
  id: 'urn:credential:1',
  type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
  issuer: { id: 'urn:epass:org:1', type: 'Organisation' },
  validFrom: '2025-01-01T00:00:00Z',
};
const SUBJECT = 'CN=Test Seal,O=Test University,C=GE';
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Signs an arbitrary protected header and payload with a seal key: lets tests reach checks behind the signature. */
async function signRaw(key: SealKey, header: Record<string, unknown>, payload = JSON.stringify(credential)): Promise<JadesDocument> {
  const protectedB64 = encodeBase64Url(utf8(JSON.stringify(header)));
  const signature = await key.signer.sign(utf8(`${protectedB64}.${payload}`));
  return { payload, signatures: [{ protected: protectedB64, signature: encodeBase64Url(signature) }] };
}

async function baseHeader(key: SealKey, sigT = new Date().toISOString().replace(/\.\d+Z$/, 'Z')): Promise<Record<string, unknown>> {
  const leaf = parseCertificateInput(key.certificateChain[0]!);
  return {
    alg: key.algorithm,
    cty: 'octet-stream',
    kid: kidFor(leaf),
    'x5t#S256': encodeBase64Url(await digest('SHA-256', leaf.der)),
    x5c: [...key.certificateChain],
    typ: 'jose+json',
    b64: false,
    sigT,
    crit: ['b64', 'sigT'],
  };
}

describe('verifyJades: header rules (each case re-signed, so only the rule can fail it)', () => {
  let key: GeneratedSealKey;
  let other: GeneratedSealKey;
  beforeAll(async () => {
    [key, other] = await Promise.all([generateSealKey({ subject: SUBJECT }), generateSealKey({ subject: SUBJECT, algorithm: 'ES256' })]);
  });

  it('accepts the well-formed header, general and flattened', async () => {
    const sealed = await signRaw(key, await baseHeader(key));
    expect((await verifyJades(sealed)).verified).toBe(true);
    const { payload, signatures } = sealed;
    expect((await verifyJades({ payload, ...signatures[0] })).verified).toBe(true);
  });

  it('refuses each broken rule with its code', async () => {
    const base = await baseHeader(key);
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['alg none', { ...base, alg: 'none' }, 'ERR_JADES_ALG_NONE'],
      ['HS256', { ...base, alg: 'HS256' }, 'ERR_JADES_ALG_NOT_ALLOWED'],
      ['EdDSA', { ...base, alg: 'EdDSA' }, 'ERR_JADES_ALG_NOT_ALLOWED'],
      ['alg for another key type', { ...base, alg: 'ES256' }, 'ERR_JADES_ALG_KEY_MISMATCH'],
      ['b64 missing', { ...base, b64: undefined, crit: ['sigT'] }, 'ERR_JADES_B64'],
      ['b64 true', { ...base, b64: true }, 'ERR_JADES_B64'],
      ['b64 not critical', { ...base, crit: ['sigT'] }, 'ERR_JADES_CRIT'],
      ['unknown crit', { ...base, crit: ['b64', 'sigT', 'sigPId'], sigPId: {} }, 'ERR_JADES_CRIT_UNKNOWN'],
      ['crit lists an absent name', { ...base, crit: ['b64', 'sigT', 'adoTst'] }, 'ERR_JADES_CRIT'],
      ['crit lists alg', { ...base, crit: ['b64', 'alg'] }, 'ERR_JADES_CRIT'],
      ['crit not an array', { ...base, crit: 'b64' }, 'ERR_JADES_CRIT'],
      ['x5t#S256 of another certificate', { ...base, 'x5t#S256': encodeBase64Url(new Uint8Array(32)) }, 'ERR_JADES_X5T_MISMATCH'],
      ['kid of another certificate', { ...base, kid: kidFor(parseCertificateInput(other.certificatePem)) }, 'ERR_JADES_KID_MISMATCH'],
      ['kid not an IssuerSerial', { ...base, kid: 'key-1' }, 'ERR_JADES_KID_MISMATCH'],
      ['no x5c', { ...base, x5c: undefined }, 'ERR_JADES_X5C'],
      ['x5c not base64', { ...base, x5c: ['***'] }, 'ERR_JADES_X5C'],
      ['x5c of another key', { ...base, x5c: [...other.certificateChain], kid: undefined, 'x5t#S256': undefined, alg: 'ES256' }, 'ERR_JADES_SIGNATURE_INVALID'],
      ['sigT missing', { ...base, sigT: undefined, crit: ['b64'] }, 'ERR_JADES_SIGT'],
      ['sigT not a date', { ...base, sigT: '27.09.2023' }, 'ERR_JADES_SIGT'],
      ['sigT in the future', { ...base, sigT: '2999-01-01T00:00:00Z' }, 'ERR_CERT_NOT_VALID_AT_SIGNING_TIME'],
      ['typ of a compact JWT', { ...base, typ: 'JWT' }, 'ERR_JADES_HEADER'],
      ['detached', { ...base, sigD: { mId: 'http://uri.etsi.org/19182/HttpHeaders', pars: [] } }, 'ERR_JADES_DETACHED'],
    ];
    for (const [name, header, code] of cases) {
      const sealed = await signRaw(key, JSON.parse(JSON.stringify(header)) as Record<string, unknown>);
      const result = await verifyJades(sealed);
      expect(result.verified, name).toBe(false);
      expect(result.code, name).toBe(code);
    }
  });

  it('refuses non-canonical encodings, unknown members and stray unprotected parameters', async () => {
    const sealed = await signRaw(key, await baseHeader(key));
    const [entry] = sealed.signatures;
    const sig = entry.signature;
    // flip the unused low bits of the last base64url character: same bytes, different text
    const last = sig.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const twin = alphabet[alphabet.indexOf(last) ^ 1]!;
    expect(Buffer.from(sig.slice(0, -1) + twin, 'base64url')).toEqual(Buffer.from(sig, 'base64url'));
    const cases: Array<[string, unknown, string]> = [
      ['non-canonical signature', { ...sealed, signatures: [{ ...entry, signature: sig.slice(0, -1) + twin }] }, 'ERR_JADES_MALFORMED'],
      ['padded signature', { ...sealed, signatures: [{ ...entry, signature: `${sig}=` }] }, 'ERR_JADES_MALFORMED'],
      ['unknown top-level member', { ...sealed, extra: 1 }, 'ERR_JADES_MALFORMED'],
      ['unknown signature member', { ...sealed, signatures: [{ ...entry, extra: 1 }] }, 'ERR_JADES_MALFORMED'],
      ['x5c in the unprotected header', { ...sealed, signatures: [{ ...entry, header: { x5c: [] } }] }, 'ERR_JADES_HEADER'],
      ['etsiU not base64url', { ...sealed, signatures: [{ ...entry, header: { etsiU: ['{}'] } }] }, 'ERR_JADES_ETSIU_MALFORMED'],
      ['etsiU clear JSON', { ...sealed, signatures: [{ ...entry, header: { etsiU: [{ sigTst: {} }] } }] }, 'ERR_JADES_ETSIU_UNSUPPORTED'],
      ['unknown etsiU component', { ...sealed, signatures: [{ ...entry, header: { etsiU: [encodeBase64Url(utf8('{"foo":1}'))] } }] }, 'ERR_JADES_ETSIU_UNKNOWN'],
      ['two signatures', { ...sealed, signatures: [entry, entry] }, 'ERR_JADES_MULTIPLE_SIGNATURES'],
      ['no signature', { ...sealed, signatures: [] }, 'ERR_JADES_NO_SIGNATURE'],
      ['detached payload', { ...sealed, payload: '' }, 'ERR_JADES_DETACHED'],
      ['payload not a string', { ...sealed, payload: credential }, 'ERR_JADES_MALFORMED'],
    ];
    for (const [name, input, code] of cases) {
      const result = await verifyJades(input as object);
      expect(result.verified, name).toBe(false);
      expect(result.code, name).toBe(code);
    }
  });

  it('never throws on hostile input', async () => {
    const deep = JSON.parse(`${'['.repeat(5000)}${']'.repeat(5000)}`) as unknown;
    const cyclic: Record<string, unknown> = { payload: 'x' };
    cyclic.signatures = [cyclic];
    const inputs: unknown[] = [
      undefined, null, 42, true, '', ' ', '{', 'null', '[]', '"x"', '{}', [], {}, deep, cyclic,
      'x'.repeat(9 * 1024 * 1024),
      JSON.parse('{"__proto__":{"polluted":true},"payload":"{}","signatures":[]}'),
      { payload: '{}', signatures: [{ protected: 'e30', signature: 'AA' }] },
      { payload: '{}', signatures: [{ protected: encodeBase64Url(utf8('{"alg":"RS256","b64":false,"crit":["b64"],"sigT":"2024-01-01T00:00:00Z","x5c":["MIIB"]}')), signature: 'AA' }] },
      { payload: '{}', signatures: [{ protected: encodeBase64Url(utf8('[1,2]')), signature: 'AA' }] },
      { payload: '{}', signatures: [{ protected: encodeBase64Url(Uint8Array.of(0xff, 0xfe)), signature: 'AA' }] },
      { payload: '{}', signatures: 'nope' },
      { payload: 1, signature: 2, protected: 3 },
      Object.create({ payload: '{}' }),
    ];
    for (const input of inputs) {
      const result = await verifyJades(input as string);
      expect(result.verified).toBe(false);
      expect(result.code).toMatch(/^ERR_/);
      expect(result.reason!.length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await verifyJades(await signRaw(key, await baseHeader(key)), { at: 'not a date' })).code).toBe('ERR_BAD_TIME');
    expect((await verifyJades(await signRaw(key, await baseHeader(key)), { trustAnchors: ['garbage'] })).code).toBe('ERR_TRUST_ANCHOR_INVALID');
  });

  it('refuses a payload that is not a JSON object, even when signed', async () => {
    const result = await verifyJades(await signRaw(key, await baseHeader(key), '[1,2,3]'));
    expect(result).toMatchObject({ verified: false, signatureValid: true, code: 'ERR_JADES_PAYLOAD' });
  });
});

describe('verifyJades: algorithms of seals made elsewhere', () => {
  it('accepts RS384, RS512, PS256 and ES384 (with a key of the right type)', async () => {
    const ca = await testCa();
    const rsa = await generateSealKey({ subject: SUBJECT });
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    const p384Cert = await buildCertificate({
      subject: encodeSubject(parseSubject('CN=P-384 Seal,C=GE')),
      spki: new Uint8Array(p384.publicKey.export({ type: 'spki', format: 'der' })),
      issuer: ca.handle,
      notBefore: new Date(Date.now() - 60_000),
      notAfter: new Date(Date.now() + 86_400_000),
      keyUsage: ['digitalSignature'],
    });
    const cases: Array<[string, string, KeyObject, (data: Buffer, key: KeyObject) => Buffer]> = [
      ['RS384', rsa.certificateChain[0]!, createPrivateKey(rsa.privateKeyPem), (d, k) => sign('sha384', d, k)],
      ['RS512', rsa.certificateChain[0]!, createPrivateKey(rsa.privateKeyPem), (d, k) => sign('sha512', d, k)],
      ['PS256', rsa.certificateChain[0]!, createPrivateKey(rsa.privateKeyPem), (d, k) => sign('sha256', d, { key: k, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 })],
      ['ES384', encodeBase64(p384Cert), p384.privateKey, (d, k) => sign('sha384', d, { key: k, dsaEncoding: 'ieee-p1363' })],
    ];
    for (const [alg, certificate, privateKey, signWith] of cases) {
      const signer = { algorithm: 'RS256' as const, sign: async (data: Uint8Array) => new Uint8Array(signWith(Buffer.from(data), privateKey)) };
      const key = { type: 'SealKey' as const, algorithm: 'RS256' as const, signer, certificateChain: [certificate] };
      const sealed = await signRaw(key, { ...(await baseHeader(key)), alg });
      const result = await verifyJades(sealed, { trustAnchors: [ca.anchorPem, rsa.certificatePem] });
      expect(result, alg).toMatchObject({ verified: true, algorithm: alg, trusted: true });
      // the same signature under another algorithm name fails
      const renamed = await verifyJades({ ...sealed, signatures: [{ ...sealed.signatures[0], protected: encodeBase64Url(utf8(JSON.stringify({ ...(await baseHeader(key)), alg: alg === 'ES384' ? 'ES256' : 'RS256' }))) }] });
      expect(renamed.verified, alg).toBe(false);
    }
  });
});

describe('verifyJades: certificate validity and trust anchors', () => {
  it('checks the certificate at the verification time and at sigT', async () => {
    const key = await generateSealKey({ subject: SUBJECT, notBefore: new Date('2024-01-01T00:00:00Z'), validityDays: 365 });
    const sealed = await sealJades(credential, { key, signingTime: new Date('2024-06-01T00:00:00Z') });
    expect((await verifyJades(sealed, { at: '2024-07-01T00:00:00Z' })).verified).toBe(true);
    expect(await verifyJades(sealed, { at: '2025-07-01T00:00:00Z' })).toMatchObject({ verified: false, signatureValid: true, code: 'ERR_CERT_EXPIRED' });
    expect((await verifyJades(sealed, { at: '2023-07-01T00:00:00Z' })).problems.map((p) => p.code)).toEqual(['ERR_CERT_NOT_YET_VALID', 'ERR_JADES_SIGT_FUTURE']);
    // allowed clock skew
    expect((await verifyJades(sealed, { at: '2024-12-31T00:03:00Z', clockSkewSeconds: 300 })).verified).toBe(true);
    expect((await verifyJades(sealed, { at: '2024-12-31T00:03:00Z', clockSkewSeconds: 0 })).code).toBe('ERR_CERT_EXPIRED');
    const late = await sealJades(credential, { key, signingTime: new Date('2025-06-01T00:00:00Z') });
    expect((await verifyJades(late, { at: '2024-07-01T00:00:00Z' })).problems.map((p) => p.code)).toContain('ERR_CERT_NOT_VALID_AT_SIGNING_TIME');
  });

  it('trusted chain passes, untrusted chain fails, no anchors warns', async () => {
    const [ca, otherCa] = await Promise.all([testCa(), testCa('CN=Some Other Root,O=Elsewhere,C=AM')]);
    const key = await ca.issueSeal(SUBJECT, 'ES256');
    const sealed = await sealJades(credential, { key });
    expect(await verifyJades(sealed, { trustAnchors: [ca.anchorPem] })).toMatchObject({ verified: true, trusted: true, warnings: [] });
    expect(await verifyJades(sealed, { trustAnchors: [otherCa.anchorPem] })).toMatchObject({ verified: false, trusted: false, code: 'ERR_CERT_UNTRUSTED' });
    const unanchored = await verifyJades(sealed);
    expect(unanchored).toMatchObject({ verified: true, warnings: [{ code: 'WARN_NO_TRUST_ANCHORS' }] });
    expect(unanchored.trusted).toBeUndefined();
    expect((await verifyJades(sealed, { trustAnchors: [] })).warnings[0]!.code).toBe('WARN_NO_TRUST_ANCHORS');
    // the seal certificate itself as the anchor; several anchors in one PEM text
    expect((await verifyJades(sealed, { trustAnchors: [toPem('CERTIFICATE', decodeBase64Strict(key.certificateChain[0])!)] })).trusted).toBe(true);
    expect((await verifyJades(sealed, { trustAnchors: [`${otherCa.anchorPem}${ca.anchorPem}`] })).trusted).toBe(true);
    // x5c with the leaf only: the chain is built through the anchor
    const leafOnly = await sealJades(credential, { key: { signer: key.signer, certificateChain: key.certificateChain.slice(0, 1) } });
    expect((await verifyJades(leafOnly, { trustAnchors: [ca.anchorPem] })).trusted).toBe(true);
    // a CA certificate in x5c that does not sign the leaf does not make it trusted
    const forged = await sealJades(credential, { key: { signer: key.signer, certificateChain: [key.certificateChain[0]!, encodeBase64(decodeBase64Strict(otherCa.anchorPem.replace(/-----[^-]+-----|\s/g, ''))!)] } });
    expect((await verifyJades(forged, { trustAnchors: [otherCa.anchorPem] })).code).toBe('ERR_CERT_UNTRUSTED');
  });

  it('an expired intermediate breaks a trusted chain', async () => {
    const root = await testCa();
    const day = 86_400_000;
    const intermediate = await testCa('CN=microcred Test Issuing CA,O=microcred tests,C=GE', { parent: root, notAfter: new Date(Date.now() + 30 * day) });
    const key = await intermediate.issueSeal(SUBJECT, 'ES256', { notAfter: new Date(Date.now() + 365 * day) });
    expect(key.certificateChain).toHaveLength(2);
    const sealed = await sealJades(credential, { key });
    const ok = await verifyJades(sealed, { trustAnchors: [root.anchorPem] });
    expect(ok).toMatchObject({ verified: true, trusted: true });
    expect(ok.chain).toHaveLength(3);
    const later = await verifyJades(sealed, { trustAnchors: [root.anchorPem], at: new Date(Date.now() + 60 * day) });
    expect(later).toMatchObject({ verified: false, trusted: true, code: 'ERR_CHAIN_CERT_EXPIRED' });
    // the intermediate itself as the anchor is fine (anchors are name + key)
    expect((await verifyJades(sealed, { trustAnchors: [intermediate.anchorPem], at: new Date(Date.now() + 60 * day) })).verified).toBe(true);
  });
});

describe('verifyJades: time-stamps', () => {
  it('checks the signature time-stamp token against the signature it claims to cover', async () => {
    const key = await generateSealKey({ subject: SUBJECT });
    const tsa = await fakeTsa();
    const a = await sealJades(credential, { key, timestamp: tsa.client });
    const b = await sealJades({ ...credential, id: 'urn:credential:2' }, { key, timestamp: tsa.client });
    expect((await verifyJades(a)).verified).toBe(true);
    // b's signature time-stamp moved onto a: imprint mismatch
    const swapped = { ...a, signatures: [{ ...a.signatures[0], header: b.signatures[0].header }] };
    expect(await verifyJades(swapped as JadesDocument)).toMatchObject({ verified: false, signatureValid: true, code: 'ERR_TST_IMPRINT' });
  });

  it('refuses a time-stamp made before the claimed signing time, or after the verification time', async () => {
    const key = await generateSealKey({ subject: SUBJECT, notBefore: new Date('2020-01-01T00:00:00Z'), validityDays: 3650 });
    const early = await fakeTsa({ genTime: () => new Date('2024-01-01T00:00:00Z') });
    const sealed = await sealJades(credential, { key, timestamp: early.client, signingTime: new Date('2024-06-01T00:00:00Z') });
    expect((await verifyJades(sealed, { at: '2024-07-01T00:00:00Z' })).code).toBe('ERR_TST_ORDER');
    const late = await fakeTsa({ genTime: () => new Date('2024-08-01T00:00:00Z') });
    const sealed2 = await sealJades(credential, { key, timestamp: late.client, signingTime: new Date('2024-06-01T00:00:00Z') });
    expect((await verifyJades(sealed2, { at: '2024-07-01T00:00:00Z' })).code).toBe('ERR_TST_FUTURE');
    expect((await verifyJades(sealed2, { at: '2024-09-01T00:00:00Z' })).verified).toBe(true);
  });
});

describeWithSpecs('verifyJades: the EU signed sample (Sample-MC-Annex1-signed.jsonld)', (specs) => {
  let text: string;
  beforeAll(() => {
    text = euSignedSample(specs);
  });

  it(`verifies at ${EU_SAMPLE_AT} (B-LTA, all three time-stamps checked)`, async () => {
    const result = await verifyJades(text, { at: EU_SAMPLE_AT });
    expect(result).toMatchObject({
      verified: true,
      signatureValid: true,
      algorithm: 'RS256',
      level: 'B-LTA',
      signingTime: '2023-09-27T11:54:17Z',
      certificate: { organizationIdentifier: 'VATES-A00000000', country: 'ES', serialNumber: '03378F4D568B289FB8ED0C03' },
      revocation: 'not-checked',
    });
    expect(result.timestamps.map((t) => [t.type, t.verified, t.tsa])).toEqual([
      ['adoTst', true, 'C=LU, OU=PKI-TEST, O=Nowina Solutions, CN=good-tsa'],
      ['sigTst', true, 'C=LU, OU=PKI-TEST, O=Nowina Solutions, CN=good-tsa'],
      ['arcTst', true, 'C=LU, OU=PKI-TEST, O=Nowina Solutions, CN=good-tsa'],
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual(['WARN_NO_TRUST_ANCHORS']);
    expect(result.credential).toMatchObject({ id: 'urn:credential:1018d05f-21d5-4555-b7f0-8fabfd22ca75', type: ['VerifiableCredential', 'EuropeanDigitalCredential'] });
    expect(result.chain!.map((c) => c.subject)).toEqual([expect.stringContaining('CN=TEST SEAL'), expect.stringContaining('CN=ANF AC Qualified Certificates for eSeal')]);
  });

  it('fails now: its certificate expired on 2025-05-10', async () => {
    const result = await verifyJades(text);
    expect(result).toMatchObject({ verified: false, signatureValid: true, code: 'ERR_CERT_EXPIRED' });
    expect(result.reason).toMatch(/expired on 2025-05-10T14:31:15Z/);
  });

  it('is trusted with its issuing CA as trust anchor, and untrusted under another anchor', async () => {
    const document = JSON.parse(text) as { signatures: Array<{ header: { etsiU: string[] } }> };
    const xVals = (JSON.parse(Buffer.from(document.signatures[0]!.header.etsiU[1]!, 'base64url').toString()) as { xVals: Array<{ x509Cert: { val: string } }> }).xVals;
    const anfCa = xVals.map((x) => toPem('CERTIFICATE', decodeBase64Strict(x.x509Cert.val)!)).find((pem) => parseCertificateInput(pem).subject.some((a) => a.value === 'ANF AC Qualified Certificates for eSeal'))!;
    expect(await verifyJades(text, { at: EU_SAMPLE_AT, trustAnchors: [anfCa] })).toMatchObject({ verified: true, trusted: true, warnings: [] });
    const other = await testCa();
    expect(await verifyJades(text, { at: EU_SAMPLE_AT, trustAnchors: [other.anchorPem] })).toMatchObject({ verified: false, code: 'ERR_CERT_UNTRUSTED' });
  });

  it('every byte-level tamper fails — anywhere in the file (property, 300 runs)', async () => {
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_=.,:{}[]"\\ \u00e9';
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: text.length - 1 }), fc.constantFrom(...chars), async (index, char) => {
        fc.pre(text[index] !== char);
        const result = await verifyJades(text.slice(0, index) + char + text.slice(index + 1), { at: EU_SAMPLE_AT });
        expect(result.verified).toBe(false);
        expect(result.code).toMatch(/^ERR_/);
      }),
      { numRuns: 300, seed: 1022 },
    );
  });

  it('every tamper of the protected header, the signature, and the unprotected time-stamps fails (property, 3 × 100 runs)', async () => {
    const document = JSON.parse(text) as { signatures: Array<{ protected: string; signature: string; header: { etsiU: string[] } }> };
    const entry = document.signatures[0]!;
    const regions = [entry.protected, entry.signature, entry.header.etsiU.at(-1)!].map((part) => {
      const start = text.indexOf(part);
      return [start, start + part.length] as const;
    });
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (const [start, end] of regions) {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: start, max: end - 1 }), fc.constantFrom(...alphabet), async (index, char) => {
          fc.pre(text[index] !== char);
          const result = await verifyJades(text.slice(0, index) + char + text.slice(index + 1), { at: EU_SAMPLE_AT });
          expect(result.verified).toBe(false);
        }),
        { numRuns: 100, seed: 1023 },
      );
    }
  });

  it('every bit flip of the payload fails (property, 100 runs)', async () => {
    const document = JSON.parse(text) as { payload: string };
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: document.payload.length - 1 }), fc.integer({ min: 0, max: 6 }), async (index, bit) => {
        const code = document.payload.charCodeAt(index) ^ (1 << bit);
        const payload = document.payload.slice(0, index) + String.fromCharCode(code) + document.payload.slice(index + 1);
        const result = await verifyJades({ ...(JSON.parse(text) as object), payload }, { at: EU_SAMPLE_AT });
        expect(result.verified).toBe(false);
        expect(result.code).toBe('ERR_JADES_SIGNATURE_INVALID');
      }),
      { numRuns: 100, seed: 1024 },
    );
  });

  it('reads the sample as text or object, with surrounding whitespace', async () => {
    expect((await verifyJades(`\n  ${text}\n`, { at: EU_SAMPLE_AT })).verified).toBe(true);
    expect((await verifyJades(JSON.parse(text) as object, { at: EU_SAMPLE_AT })).verified).toBe(true);
    expect(protectedHeaderOf(JSON.parse(text) as Record<string, unknown>).crit).toEqual(['b64', 'sigT', 'adoTst']);
  });
});
