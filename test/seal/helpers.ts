/**
 * Test fixtures for JAdES: a fake RFC 3161 time-stamp authority that issues real (CMS-signed)
 * tokens with a throw-away key, a test CA issuing seal certificates, and the EU signed sample.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCertificate, generateKeyPair, x509Sign } from '../../src/seal/certificate-builder.js';
import {
  bitString,
  explicit,
  generalizedTime,
  integer,
  nullValue,
  octetString,
  oid,
  seq,
  setOf,
  time,
  tlv,
} from '../../src/seal/der.js';
import { digest, toPem } from '../../src/seal/encoding.js';
import { OID } from '../../src/seal/oids.js';
import { encodeSubject, loadSealKey, parseSubject } from '../../src/seal/seal-key.js';
import type { JadesDocument, JadesSignature, SealAlgorithm, SealKey, TsaClient } from '../../src/seal/types.js';
import { parseCertificate } from '../../src/seal/x509.js';

/**
 * A fake TSA: real tokens over what it is asked, signed by a `timeStamping` certificate —
 * self-signed, or issued by `issuer` (a {@link testCa}); valid ±10 years unless told.
 */
export async function fakeTsa(
  options: { genTime?: () => Date; policy?: string; extraCertificates?: Uint8Array[]; name?: string; notBefore?: Date; notAfter?: Date; issuer?: TestCaHandle } = {},
) {
  const keys = await generateKeyPair('RS256');
  const name = encodeSubject(parseSubject(options.name ?? 'CN=Fake TSA,O=microcred tests,C=LU'));
  const now = Date.now();
  const certDer = await buildCertificate({
    subject: name,
    spki: keys.spki,
    ...(options.issuer ? { issuer: options.issuer } : { selfKey: { privateKey: keys.privateKey, algorithm: 'RS256' as const } }),
    notBefore: options.notBefore ?? new Date(now - 86_400_000 * 3650),
    notAfter: options.notAfter ?? new Date(now + 86_400_000 * 3650),
    keyUsage: ['digitalSignature'],
    extKeyUsage: [OID.kpTimeStamping],
  });
  const cert = parseCertificate(certDer);
  const calls: Array<{ digest: Uint8Array; algorithm: string; token: Uint8Array }> = [];
  let serial = 1;
  const client: TsaClient = {
    async timestamp(hash, algorithm) {
      const tstInfo = seq(
        integer(1),
        oid(options.policy ?? '1.2.3.4.5'),
        seq(seq(oid(OID.sha256), nullValue()), octetString(hash)),
        integer(serial++),
        generalizedTime(options.genTime?.() ?? new Date()),
      );
      const attribute = (type: string, value: Uint8Array) => seq(oid(type), setOf(value));
      const attributes = [
        attribute(OID.contentTypeAttr, oid(OID.tstInfo)),
        attribute(OID.messageDigestAttr, octetString(await digest('SHA-256', tstInfo))),
        attribute(OID.signingCertificateV2, seq(seq(seq(octetString(await digest('SHA-256', certDer)))))),
      ];
      const signedAttrs = setOf(...attributes);
      const signature = await x509Sign(keys.privateKey, 'RS256', signedAttrs);
      const signerInfo = seq(
        integer(1),
        seq(cert.issuerDer, tlv(0x02, cert.serial)),
        seq(oid(OID.sha256), nullValue()),
        Uint8Array.from([0xa0, ...signedAttrs.subarray(1)]),
        seq(oid(OID.sha256WithRSAEncryption), nullValue()),
        octetString(signature),
      );
      const signedData = seq(
        integer(3),
        setOf(seq(oid(OID.sha256), nullValue())),
        seq(oid(OID.tstInfo), explicit(0, octetString(tstInfo))),
        tlv(0xa0, certDer, ...(options.extraCertificates ?? [])),
        setOf(signerInfo),
      );
      const token = seq(oid(OID.signedData), explicit(0, signedData));
      calls.push({ digest: hash, algorithm, token });
      return token;
    },
  };
  return { client, calls, certificatePem: toPem('CERTIFICATE', certDer), certificate: cert };
}

export interface TestCaHandle {
  name: Uint8Array;
  privateKey: CryptoKey;
  algorithm: 'RS256';
  spki: Uint8Array;
}

/**
 * A test CA that issues seal certificates: a self-signed root, or an intermediate under `parent`.
 * `anchorPem` is its certificate.
 */
export async function testCa(
  name = 'CN=microcred Test Root CA,O=microcred tests,C=GE',
  options: { parent?: Awaited<ReturnType<typeof testCa>>; notBefore?: Date; notAfter?: Date } = {},
) {
  const keys = await generateKeyPair('RS256');
  const caName = encodeSubject(parseSubject(name));
  const now = Date.now();
  const caDer = await buildCertificate({
    subject: caName,
    spki: keys.spki,
    ...(options.parent ? { issuer: options.parent.handle } : { selfKey: { privateKey: keys.privateKey, algorithm: 'RS256' as const } }),
    notBefore: options.notBefore ?? new Date(now - 86_400_000),
    notAfter: options.notAfter ?? new Date(now + 86_400_000 * 3650),
    ca: true,
    keyUsage: ['keyCertSign', 'cRLSign'],
  });
  const handle: TestCaHandle = { name: caName, privateKey: keys.privateKey, algorithm: 'RS256', spki: keys.spki };
  return {
    handle,
    anchorPem: toPem('CERTIFICATE', caDer),
    /** Issues a seal certificate and returns a loaded SealKey (leaf + this CA in the chain). */
    async issueSeal(subject: string, algorithm: SealAlgorithm = 'RS256', validity: { notBefore?: Date; notAfter?: Date } = {}): Promise<SealKey> {
      const leafKeys = await generateKeyPair(algorithm);
      const leafDer = await buildCertificate({
        subject: encodeSubject(parseSubject(subject)),
        spki: leafKeys.spki,
        issuer: handle,
        notBefore: validity.notBefore ?? new Date(now - 60_000),
        notAfter: validity.notAfter ?? new Date(now + 86_400_000 * 365),
        keyUsage: ['digitalSignature', 'nonRepudiation'],
      });
      return loadSealKey({ pem: { key: toPem('PRIVATE KEY', leafKeys.pkcs8), certificates: [toPem('CERTIFICATE', leafDer), toPem('CERTIFICATE', caDer)] } });
    },
    /** A CRL signed by this CA listing `revoked` (serials as the certificates encode them). */
    async crl(revoked: Array<{ serial: Uint8Array; date: Date; reason?: number }>, thisUpdate = new Date()): Promise<Uint8Array> {
      const reasonExt = (code: number) => seq(seq(oid('2.5.29.21'), octetString(tlv(0x0a, Uint8Array.of(code)))));
      const entries = revoked.map((r) => seq(tlv(0x02, r.serial), time(r.date), ...(r.reason === undefined ? [] : [reasonExt(r.reason)])));
      const tbs = seq(integer(1), seq(oid(OID.sha256WithRSAEncryption), nullValue()), caName, time(thisUpdate), time(new Date(thisUpdate.getTime() + 86_400_000 * 7)), ...(entries.length ? [seq(...entries)] : []));
      const signature = await x509Sign(keys.privateKey, 'RS256', tbs);
      return seq(tbs, seq(oid(OID.sha256WithRSAEncryption), nullValue()), bitString(signature));
    },
  };
}

const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** `doc` with `component` (e.g. `{ xVals: [...] }`) appended to its etsiU, base64url-encoded. */
export function withComponent(doc: JadesDocument, component: Record<string, unknown>): JadesDocument {
  const entry = doc.signatures[0] as JadesSignature & { header?: { etsiU?: string[] } };
  const etsiU = [...(entry.header?.etsiU ?? []), b64url(JSON.stringify(component))];
  return { ...doc, signatures: [{ ...entry, header: { etsiU } }] } as JadesDocument;
}

/**
 * `doc` with an archive time-stamp appended (TS 119 182-1 §5.3.6.3, base64url etsiU): the TSA
 * time-stamps payload '.' protected '.' signature '.' and every etsiU element before it, concatenated.
 */
export async function withArchiveTimestamp(doc: JadesDocument, tsa: { client: TsaClient }): Promise<JadesDocument> {
  const entry = doc.signatures[0] as JadesSignature & { header?: { etsiU?: string[] } };
  const input = `${doc.payload}.${entry.protected}.${entry.signature}.${(entry.header?.etsiU ?? []).join('')}`;
  const token = await tsa.client.timestamp(await digest('SHA-256', new TextEncoder().encode(input)), 'SHA-256');
  return withComponent(doc, { arcTst: { tstTokens: [{ val: Buffer.from(token).toString('base64') }] } });
}

/** The EU's signed micro-credential sample, as text. */
export const euSignedSample = (specsDir: string): string => readFileSync(join(specsDir, 'elm/samples/Sample-MC-Annex1-signed.jsonld'), 'utf8');
export const euUnsignedSample = (specsDir: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(specsDir, 'elm/samples/Sample-MC-Annex1-unsigned.jsonld'), 'utf8')) as Record<string, unknown>;

/** The verification time at which the EU sample's certificate was valid (its sigT is 2023-09-27T11:54:17Z). */
export const EU_SAMPLE_AT = '2023-09-27T12:00:00Z';

/** Decodes the protected header of a JWS JSON object (general or flattened). */
export function protectedHeaderOf(jws: Record<string, unknown>): Record<string, unknown> {
  const entry = (Array.isArray(jws.signatures) ? jws.signatures[0] : jws) as { protected: string };
  return JSON.parse(Buffer.from(entry.protected, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** Decodes the etsiU components of a JWS JSON object. */
export function etsiUOf(jws: Record<string, unknown>): Array<Record<string, unknown>> {
  const entry = (Array.isArray(jws.signatures) ? jws.signatures[0] : jws) as { header?: { etsiU?: string[] } };
  return (entry.header?.etsiU ?? []).map((e) => JSON.parse(Buffer.from(e, 'base64url').toString('utf8')) as Record<string, unknown>);
}
