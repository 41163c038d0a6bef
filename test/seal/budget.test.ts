/**
 * CPU bounds of JAdES verification: certificate caps (x5c, xVals, time-stamp tokens) and one
 * budget of signature checks per verifyJades() call, shared by chain building and time-stamps.
 * Counts, never timings.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SIGNATURE_BUDGET, MAX_CERTIFICATES } from '../../src/seal/budget.js';
import { buildCertificate, generateKeyPair } from '../../src/seal/certificate-builder.js';
import { digest, encodeBase64, encodeBase64Url } from '../../src/seal/encoding.js';
import { type JadesDocument, generateSealKey, sealJades, verifyJades } from '../../src/seal/index.js';
import { encodeSubject, parseSubject } from '../../src/seal/seal-key.js';
import { fakeTsa } from './helpers.js';

const credential = {
  '@context': ['https://www.w3.org/2018/credentials/v1', 'http://data.europa.eu/snb/model/context/edc-ap'],
  id: 'urn:credential:1',
  type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
  issuer: { id: 'urn:epass:org:1', type: 'Organisation' },
  validFrom: '2025-01-01T00:00:00Z',
};

/** K certificates that all name each other as issuer (so every pair is a candidate link), none verifying another. */
async function junk(k: number): Promise<Uint8Array[]> {
  const keys = await generateKeyPair('ES256');
  const name = encodeSubject(parseSubject('CN=Junk,O=microcred tests'));
  const issuer = { name, privateKey: (await generateKeyPair('ES256')).privateKey, algorithm: 'ES256' as const, spki: keys.spki };
  return Promise.all(
    Array.from({ length: k }, (_, i) =>
      buildCertificate({ subject: name, spki: keys.spki, issuer, serial: Uint8Array.of(0x10, i >> 8, i & 0xff), notBefore: new Date(0), notAfter: new Date(4e12), keyUsage: ['keyCertSign'], ca: true }),
    ),
  );
}

/** `sealed` with its etsiU replaced by one sigTst from `tsa` over its signature (the unprotected header is not signed). */
async function withSigTst(sealed: JadesDocument, tsa: Awaited<ReturnType<typeof fakeTsa>>, copies = 1, components = 1): Promise<JadesDocument> {
  const entry = sealed.signatures[0]!;
  const token = await tsa.client.timestamp(await digest('SHA-256', new TextEncoder().encode(entry.signature)), 'SHA-256');
  const component = { sigTst: { tstTokens: Array.from({ length: copies }, () => ({ val: encodeBase64(token) })) } };
  const raw = encodeBase64Url(new TextEncoder().encode(JSON.stringify(component)));
  return { ...sealed, signatures: [{ ...entry, header: { etsiU: Array.from({ length: components }, () => raw) } }] } as JadesDocument;
}

const etsiU = (doc: JadesDocument) => (doc.signatures[0] as { header?: { etsiU?: string[] } }).header!.etsiU!;

describe('JAdES verification CPU bounds', () => {
  let key: Awaited<ReturnType<typeof generateSealKey>>;
  beforeAll(async () => {
    key = await generateSealKey({ subject: 'CN=Budget Seal,O=microcred tests,C=LU', algorithm: 'ES256' });
  });

  it('refuses a time-stamp token carrying 400 junk certificates, within the signature budget', async () => {
    const tsa = await fakeTsa({ extraCertificates: await junk(400) });
    const sealed = await withSigTst(await sealJades(credential, { key }), tsa);
    const result = await verifyJades(sealed);
    expect(result).toMatchObject({ verified: false, signatureValid: true, code: 'ERR_SEAL_TOO_MANY_CERTIFICATES' });
    expect(result.signatureChecks).toBeLessThanOrEqual(DEFAULT_SIGNATURE_BUDGET);
  });

  it('stops at the signature budget when many capped tokens each link junk certificates', async () => {
    const tsa = await fakeTsa({ extraCertificates: await junk(MAX_CERTIFICATES - 1) });
    // One sigTst holding the same (valid) token 8 times, repeated in 60 etsiU components.
    const hostile = await withSigTst(await sealJades(credential, { key }), tsa, 8, 60);
    const result = await verifyJades(hostile);
    expect(result.verified).toBe(false);
    expect(result.problems.map((p) => p.code)).toContain('ERR_SEAL_BUDGET_EXCEEDED');
    expect(result.signatureChecks).toBe(DEFAULT_SIGNATURE_BUDGET);
    // A smaller budget, as an option.
    const small = await verifyJades(hostile, { maxSignatureChecks: 5 });
    expect(small.signatureChecks).toBe(5);
    expect(small.problems.map((p) => p.code)).toContain('ERR_SEAL_BUDGET_EXCEEDED');
  });

  it('a plain time-stamped seal stays well inside the budget', async () => {
    const tsa = await fakeTsa();
    const result = await verifyJades(await sealJades(credential, { key, timestamp: tsa.client }));
    expect(result.verified).toBe(true);
    expect(result.signatureChecks).toBeLessThanOrEqual(3);
  });

  it('refuses more than the capped number of certificates in x5c and xVals', async () => {
    const many = (await junk(MAX_CERTIFICATES + 1)).map(encodeBase64);
    const sealed = await sealJades(credential, { key });
    const xVals = encodeBase64Url(new TextEncoder().encode(JSON.stringify({ xVals: [...many, ...many].map((val) => ({ x509Cert: { val } })) })));
    const result = await verifyJades({ ...sealed, signatures: [{ ...sealed.signatures[0], header: { etsiU: [xVals] } }] } as JadesDocument);
    expect(result.code).toBe('ERR_SEAL_TOO_MANY_CERTIFICATES');
    await expect(verifyJades(sealed, { maxSignatureChecks: 0 })).resolves.toMatchObject({ code: 'ERR_BAD_OPTION' });
  });
});

describe('RSA key size bounds on one signature check', () => {
  it('a key with a huge public exponent verifies nothing', async () => {
    const { generateKeyPairSync, sign } = await import('node:crypto');
    const { verifyWithSpki, MAX_RSA_EXPONENT_BITS } = await import('../../src/seal/x509.js');
    const { seq, integer, oid, nullValue, bitString, decodeDer, childrenOf } = await import('../../src/seal/der.js');
    const { parseCertificate } = await import('../../src/seal/x509.js');
    const cert = parseCertificate(await buildCertificate({ subject: encodeSubject(parseSubject('CN=e')), spki: (await generateKeyPair('RS256')).spki, selfKey: { privateKey: (await generateKeyPair('RS256')).privateKey, algorithm: 'RS256' }, notBefore: new Date(0), notAfter: new Date(4e12), keyUsage: [] }));
    expect(cert.publicKey.exponentBits).toBe(17); // 65537
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const data = new TextEncoder().encode('data');
    const signature = new Uint8Array(sign('sha256', data, privateKey));
    const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
    const alg = { oid: '1.2.840.113549.1.1.11', parameters: nullValue() };
    // Same modulus, exponent 2^40+1: refused before any arithmetic.
    const [, keyBits] = childrenOf(decodeDer(spki));
    const [n] = childrenOf(decodeDer(keyBits!.value.subarray(1)));
    const big = seq(seq(oid('1.2.840.113549.1.1.1'), nullValue()), bitString(seq(n!.tlv, integer(Uint8Array.of(1, 0, 0, 0, 0, 1)))));
    expect(await verifyWithSpki(alg, spki, { kind: 'RSA', oid: '1.2.840.113549.1.1.1', modulusBits: 2048, exponentBits: 17 }, data, signature)).toBe(true);
    expect(await verifyWithSpki(alg, big, { kind: 'RSA', oid: '1.2.840.113549.1.1.1', modulusBits: 2048, exponentBits: MAX_RSA_EXPONENT_BITS + 9 }, data, signature)).toBe(false);
  });
});
