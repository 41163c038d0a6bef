/**
 * Builds X.509 v3 certificates (for self-signed test seals, and for test CAs and TSAs in the
 * test suite). Internal: not part of the public API.
 */
import {
  bitString,
  decodeDer,
  explicit,
  integer,
  nullValue,
  octetString,
  oid,
  seq,
  sequence,
  time,
  boolean as derBoolean,
} from './der.js';
import { digest } from './encoding.js';
import { OID } from './oids.js';
import type { SealAlgorithm } from './types.js';
import { KEY_USAGES, type KeyUsage, ecdsaRawToDer } from './x509.js';

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;


export interface CertificateTemplate {
  /** Subject Name DER. */
  subject: Uint8Array;
  /** Subject public key (SubjectPublicKeyInfo DER). */
  spki: Uint8Array;
  /** Issuer: its Name DER, key and algorithm. Absent: self-signed with `selfKey`. */
  issuer?: { name: Uint8Array; privateKey: CryptoKey; algorithm: SealAlgorithm; spki: Uint8Array };
  /** Private key of a self-signed certificate. */
  selfKey?: { privateKey: CryptoKey; algorithm: SealAlgorithm };
  notBefore: Date;
  notAfter: Date;
  ca?: boolean;
  /** basicConstraints pathLenConstraint (CA certificates only). */
  pathLength?: number;
  /** Key usages; an empty list omits the keyUsage extension. */
  keyUsage: KeyUsage[];
  /** Further Extension TLVs, appended as given (profiles, tests). */
  extraExtensions?: Uint8Array[];
  /** Extended key usages (critical), e.g. timeStamping. */
  extKeyUsage?: string[];
  serial?: Uint8Array;
}

/** SHA-1 of the subjectPublicKey bits (RFC 5280 §4.2.1.2 method 1). */
export async function keyIdentifier(spki: Uint8Array): Promise<Uint8Array> {
  const [, keyBits] = sequence(decodeDer(spki), 'SubjectPublicKeyInfo');
  return digest('SHA-1', keyBits!.value.subarray(1));
}

function keyUsageBits(usages: KeyUsage[]): Uint8Array {
  let value = 0;
  let highest = 0;
  for (const usage of usages) {
    const index = KEY_USAGES.indexOf(usage);
    value |= 1 << (15 - index);
    highest = Math.max(highest, index);
  }
  const bytes = highest >= 8 ? Uint8Array.of(value >> 8, value & 0xff) : Uint8Array.of(value >> 8);
  const unused = bytes.length * 8 - (highest + 1);
  return bitString(bytes, unused);
}

const signatureAlgorithm = (alg: SealAlgorithm) => (alg === 'RS256' ? seq(oid(OID.sha256WithRSAEncryption), nullValue()) : seq(oid(OID.ecdsaWithSHA256)));

/** Signs `data` as an X.509 signature value (ECDSA in DER form). */
export async function x509Sign(privateKey: CryptoKey, alg: SealAlgorithm, data: Uint8Array): Promise<Uint8Array> {
  const params = alg === 'RS256' ? { name: 'RSASSA-PKCS1-v1_5' } : { name: 'ECDSA', hash: 'SHA-256' };
  const raw = new Uint8Array(await subtle().sign(params, privateKey, data as BufferSource));
  return alg === 'ES256' ? ecdsaRawToDer(raw) : raw;
}

/** Issues a certificate from a template; returns its DER. */
export async function buildCertificate(t: CertificateTemplate): Promise<Uint8Array> {
  const signer = t.issuer ?? (t.selfKey ? { ...t.selfKey, name: t.subject, spki: t.spki } : undefined);
  if (signer === undefined) throw new Error('A certificate needs an issuer or a self-signing key.');
  const serial = t.serial ?? globalThis.crypto.getRandomValues(new Uint8Array(16));
  if (t.serial === undefined) serial[0] = (serial[0]! & 0x7f) | 0x40;
  const subjectKeyId = await keyIdentifier(t.spki);
  const authorityKeyId = await keyIdentifier(signer.spki);
  const extension = (o: string, critical: boolean, value: Uint8Array) => seq(oid(o), ...(critical ? [derBoolean(true)] : []), octetString(value));
  const extensions = [
    extension(OID.basicConstraints, true, t.ca ? seq(derBoolean(true), ...(t.pathLength === undefined ? [] : [integer(t.pathLength)])) : seq()),
    ...(t.keyUsage.length > 0 ? [extension(OID.keyUsage, true, keyUsageBits(t.keyUsage))] : []),
    ...(t.extKeyUsage ? [extension(OID.extKeyUsage, true, seq(...t.extKeyUsage.map((o) => oid(o))))] : []),
    extension(OID.subjectKeyIdentifier, false, octetString(subjectKeyId)),
    extension(OID.authorityKeyIdentifier, false, seq(Uint8Array.from([0x80, authorityKeyId.length, ...authorityKeyId]))),
    ...(t.extraExtensions ?? []),
  ];
  const sigAlg = signatureAlgorithm(signer.algorithm);
  const tbs = seq(
    explicit(0, integer(2)),
    integer(serial),
    sigAlg,
    signer.name,
    seq(time(t.notBefore), time(t.notAfter)),
    t.subject,
    t.spki,
    explicit(3, seq(...extensions)),
  );
  return seq(tbs, sigAlg, bitString(await x509Sign(signer.privateKey, signer.algorithm, tbs)));
}

/** Generates a key pair for an algorithm (extractable, so tests and PEM export can read it). */
export async function generateKeyPair(alg: SealAlgorithm): Promise<{ privateKey: CryptoKey; publicKey: CryptoKey; spki: Uint8Array; pkcs8: Uint8Array }> {
  const pair = (await subtle().generateKey(
    alg === 'RS256'
      ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', modulusLength: 2048, publicExponent: Uint8Array.of(1, 0, 1) }
      : { name: 'ECDSA', namedCurve: 'P-256' },
    true,
    ['sign', 'verify'],
  )) as CryptoKeyPair;
  return {
    privateKey: pair.privateKey,
    publicKey: pair.publicKey,
    spki: new Uint8Array(await subtle().exportKey('spki', pair.publicKey)),
    pkcs8: new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey)),
  };
}
