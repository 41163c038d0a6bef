/**
 * X.509 certificates, parsed with the strict DER reader and checked with WebCrypto: enough for
 * JAdES (names, serials, validity, key type, a few extensions, signature checks). Portable: no
 * node:crypto, no reflection polyfills.
 */
import {
  DerError,
  type DerNode,
  TAG,
  bitStringBytes,
  bitStringFlags,
  bytesEqual,
  childrenOf,
  decodeBoolean,
  decodeDer,
  decodeOid,
  decodeString,
  decodeTime,
  expectTag,
  integer,
  integerBytes,
  seq,
  sequence,
  smallInteger,
} from './der.js';
import { type DigestName, decodeBase64Strict, digest, encodeBase64, parsePem, toHex, toPem } from './encoding.js';
import { DIGEST_BY_OID, NAME_ATTRIBUTES, OID } from './oids.js';

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

export interface AlgorithmIdentifier {
  oid: string;
  /** The whole AlgorithmIdentifier TLV. */
  tlv?: Uint8Array;
  /** The parameters TLV, when present (NULL included). */
  parameters?: Uint8Array;
}

export interface NameAttribute {
  oid: string;
  /** Short name (`CN`, `O`, `organizationIdentifier`, …) or the dotted OID. */
  type: string;
  value: string;
}

export type Curve = 'P-256' | 'P-384' | 'P-521';

export interface PublicKeyInfo {
  kind: 'RSA' | 'EC' | 'Ed25519' | 'other';
  oid: string;
  curve?: Curve;
  modulusBits?: number;
  /** RSA public exponent size in bits. */
  exponentBits?: number;
}

/** A parsed certificate. Byte fields are views into `der`. */
export interface Certificate {
  der: Uint8Array;
  tbs: Uint8Array;
  version: number;
  /** Contents of the serialNumber INTEGER (two's complement, as encoded). */
  serial: Uint8Array;
  /** Serial number as upper-case hex without sign padding, e.g. `03378F4D568B289FB8ED0C03`. */
  serialHex: string;
  tbsSignatureAlgorithm: AlgorithmIdentifier;
  signatureAlgorithm: AlgorithmIdentifier;
  signature: Uint8Array;
  /** The issuer Name exactly as encoded (TLV). */
  issuerDer: Uint8Array;
  issuer: NameAttribute[];
  subjectDer: Uint8Array;
  subject: NameAttribute[];
  notBefore: Date;
  notAfter: Date;
  /** SubjectPublicKeyInfo TLV. */
  spki: Uint8Array;
  publicKey: PublicKeyInfo;
  basicConstraints?: { ca: boolean; pathLength?: number };
  keyUsage?: KeyUsage[];
  extKeyUsage?: string[];
  subjectKeyIdentifier?: Uint8Array;
  authorityKeyIdentifier?: Uint8Array;
  /** OIDs of every extension, with their criticality. */
  extensions: Array<{ oid: string; critical: boolean }>;
}

export type KeyUsage =
  | 'digitalSignature'
  | 'nonRepudiation'
  | 'keyEncipherment'
  | 'dataEncipherment'
  | 'keyAgreement'
  | 'keyCertSign'
  | 'cRLSign'
  | 'encipherOnly'
  | 'decipherOnly';

export const KEY_USAGES: readonly KeyUsage[] = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
];

const SHORT_NAME = new Map(NAME_ATTRIBUTES.map(([name, oid]) => [oid, name]));

export function parseAlgorithmIdentifier(node: DerNode | undefined, what: string): AlgorithmIdentifier {
  const parts = sequence(node, what);
  if (parts.length < 1 || parts.length > 2) throw new DerError(`Malformed ${what}.`);
  const oid = decodeOid(parts[0]!);
  const tlv = node!.tlv;
  return parts[1] === undefined ? { oid, tlv } : { oid, tlv, parameters: parts[1].tlv };
}

/** Parses a Name (RDNSequence). */
export function parseName(node: DerNode, what = 'Name'): NameAttribute[] {
  const attributes: NameAttribute[] = [];
  for (const rdn of sequence(node, what)) {
    const set = sequence(rdn, `${what} RDN`, TAG.SET);
    if (set.length === 0) throw new DerError(`Empty RDN in ${what}.`);
    for (const atv of set) {
      const [typeNode, valueNode, extra] = sequence(atv, `${what} attribute`);
      if (typeNode === undefined || valueNode === undefined || extra !== undefined) throw new DerError(`Malformed attribute in ${what}.`);
      const oid = decodeOid(typeNode);
      let value: string;
      try {
        value = decodeString(valueNode);
      } catch {
        value = `#${toHex(valueNode.tlv)}`;
      }
      attributes.push({ oid, type: SHORT_NAME.get(oid) ?? oid, value });
    }
  }
  return attributes;
}

/** The first value of an attribute in a name. */
export const nameValue = (name: NameAttribute[], oid: string): string | undefined => name.find((a) => a.oid === oid)?.value;

/** RFC 4514-style text, most specific first: `CN=TEST SEAL, O=ORGANIZACION TEST, C=ES`. */
export function formatName(name: NameAttribute[]): string {
  return [...name]
    .reverse()
    .map((a) => `${a.type}=${a.value.replace(/([,+"\\<>;])/g, '\\$1')}`)
    .join(', ');
}

function parsePublicKey(spki: DerNode): PublicKeyInfo {
  const [algNode, keyNode, extra] = sequence(spki, 'SubjectPublicKeyInfo');
  if (extra !== undefined || keyNode === undefined) throw new DerError('Malformed SubjectPublicKeyInfo.');
  const alg = parseAlgorithmIdentifier(algNode, 'public key algorithm');
  const key = bitStringBytes(keyNode);
  if (alg.oid === OID.rsaEncryption) {
    const [n, e] = childrenOf(expectTag(decodeDer(key), TAG.SEQUENCE, 'RSAPublicKey'));
    if (n === undefined || e === undefined) throw new DerError('Malformed RSAPublicKey.');
    const modulus = integerBytes(n);
    const start = modulus[0] === 0 ? 1 : 0;
    const bits = (modulus.length - start) * 8 - Math.clz32(modulus[start] ?? 0) + 24;
    const exponent = integerBytes(e);
    const eStart = exponent[0] === 0 ? 1 : 0;
    const exponentBits = (exponent.length - eStart) * 8 - Math.clz32(exponent[eStart] ?? 0) + 24;
    return { kind: 'RSA', oid: alg.oid, modulusBits: bits, exponentBits };
  }
  if (alg.oid === OID.ecPublicKey) {
    if (alg.parameters === undefined) throw new DerError('EC key without curve parameters.');
    const curveOid = decodeOid(decodeDer(alg.parameters));
    const curve: Curve | undefined = curveOid === OID.p256 ? 'P-256' : curveOid === OID.p384 ? 'P-384' : curveOid === OID.p521 ? 'P-521' : undefined;
    return curve === undefined ? { kind: 'other', oid: `${alg.oid}/${curveOid}` } : { kind: 'EC', oid: alg.oid, curve };
  }
  if (alg.oid === OID.ed25519) return { kind: 'Ed25519', oid: alg.oid };
  return { kind: 'other', oid: alg.oid };
}

function serialToHex(serial: Uint8Array): string {
  const start = serial.length > 1 && serial[0] === 0 ? 1 : 0;
  return toHex(serial.subarray(start)).toUpperCase();
}

/**
 * Parses a DER certificate. Throws DerError when it is not a well-formed X.509 v1–v3 certificate.
 */
export function parseCertificate(der: Uint8Array): Certificate {
  const root = decodeDer(der);
  const [tbsNode, sigAlgNode, sigNode, extra] = sequence(root, 'Certificate');
  if (extra !== undefined || sigNode === undefined) throw new DerError('Malformed Certificate.');
  const tbsParts = sequence(tbsNode, 'TBSCertificate');
  let i = 0;
  let version = 1;
  if (tbsParts[0]?.tag === 0xa0) {
    const [v, more] = childrenOf(tbsParts[0]);
    if (v === undefined || more !== undefined) throw new DerError('Malformed certificate version.');
    version = smallInteger(v) + 1;
    if (version < 2 || version > 3) throw new DerError(`Unsupported certificate version ${version}.`);
    i = 1;
  }
  const serial = integerBytes(expectTag(tbsParts[i++], TAG.INTEGER, 'serialNumber'));
  const tbsSignatureAlgorithm = parseAlgorithmIdentifier(tbsParts[i++], 'signature algorithm');
  const issuerNode = expectTag(tbsParts[i++], TAG.SEQUENCE, 'issuer');
  const [nb, na, vExtra] = sequence(tbsParts[i++], 'validity');
  if (nb === undefined || na === undefined || vExtra !== undefined) throw new DerError('Malformed validity.');
  const subjectNode = expectTag(tbsParts[i++], TAG.SEQUENCE, 'subject');
  const spkiNode = expectTag(tbsParts[i++], TAG.SEQUENCE, 'subjectPublicKeyInfo');
  const cert: Certificate = {
    der,
    tbs: tbsNode!.tlv,
    version,
    serial,
    serialHex: serialToHex(serial),
    tbsSignatureAlgorithm,
    signatureAlgorithm: parseAlgorithmIdentifier(sigAlgNode, 'signatureAlgorithm'),
    signature: bitStringBytes(sigNode),
    issuerDer: issuerNode.tlv,
    issuer: parseName(issuerNode, 'issuer'),
    subjectDer: subjectNode.tlv,
    subject: parseName(subjectNode, 'subject'),
    notBefore: decodeTime(nb),
    notAfter: decodeTime(na),
    spki: spkiNode.tlv,
    publicKey: parsePublicKey(spkiNode),
    extensions: [],
  };
  // RFC 5280 §4.1.1.2: the same algorithm identifier, byte for byte (the outer one is not signed).
  if (!bytesEqual(cert.tbsSignatureAlgorithm.tlv!, cert.signatureAlgorithm.tlv!)) throw new DerError('The two signature algorithm fields of the certificate differ.');
  for (; i < tbsParts.length; i++) {
    const part = tbsParts[i]!;
    if (part.tag === 0x81 || part.tag === 0x82) continue; // issuer/subject unique ids
    if (part.tag !== 0xa3 || version !== 3) throw new DerError('Unexpected field in TBSCertificate.');
    const [list, more] = childrenOf(part);
    if (more !== undefined) throw new DerError('Malformed extensions.');
    for (const ext of sequence(list, 'extensions')) parseExtension(cert, ext);
  }
  return cert;
}

function parseExtension(cert: Certificate, ext: DerNode): void {
  const parts = sequence(ext, 'extension');
  const oid = decodeOid(parts[0]!);
  let critical = false;
  let valueNode = parts[1];
  if (valueNode?.tag === TAG.BOOLEAN) {
    critical = decodeBoolean(valueNode);
    valueNode = parts[2];
  }
  const value = expectTag(valueNode, TAG.OCTET_STRING, 'extnValue').value;
  if (parts.length !== (valueNode === parts[2] ? 3 : 2)) throw new DerError(`Malformed extension ${oid}.`);
  if (cert.extensions.some((e) => e.oid === oid)) throw new DerError(`Duplicate extension ${oid}.`);
  cert.extensions.push({ oid, critical });
  switch (oid) {
    case OID.basicConstraints: {
      // BasicConstraints ::= SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLenConstraint INTEGER OPTIONAL }
      const items = sequence(decodeDer(value), 'basicConstraints');
      let ca = false;
      let pathLength: number | undefined;
      let k = 0;
      if (items[k]?.tag === TAG.BOOLEAN) ca = decodeBoolean(items[k++]!);
      if (items[k]?.tag === TAG.INTEGER) pathLength = smallInteger(items[k++]!);
      if (k !== items.length) throw new DerError('Malformed basicConstraints.');
      cert.basicConstraints = pathLength === undefined ? { ca } : { ca, pathLength };
      break;
    }
    case OID.keyUsage: {
      const flags = bitStringFlags(decodeDer(value));
      cert.keyUsage = KEY_USAGES.filter((_, index) => flags[index] === true);
      break;
    }
    case OID.extKeyUsage:
      cert.extKeyUsage = sequence(decodeDer(value), 'extKeyUsage').map(decodeOid);
      break;
    case OID.subjectKeyIdentifier:
      cert.subjectKeyIdentifier = expectTag(decodeDer(value), TAG.OCTET_STRING, 'subjectKeyIdentifier').value;
      break;
    case OID.authorityKeyIdentifier: {
      const keyId = sequence(decodeDer(value), 'authorityKeyIdentifier').find((n) => n.tag === 0x80);
      if (keyId) cert.authorityKeyIdentifier = keyId.value;
      break;
    }
    default:
      break;
  }
}

/** Parses a certificate given as PEM, base64 DER, or DER bytes. Throws DerError. */
export function parseCertificateInput(input: string | Uint8Array): Certificate {
  if (input instanceof Uint8Array) return parseCertificate(input);
  if (typeof input !== 'string') throw new DerError('A certificate must be PEM text, base64 DER or bytes.');
  if (input.includes('-----BEGIN')) {
    const blocks = parsePem(input).filter((b) => b.label === 'CERTIFICATE');
    if (blocks.length !== 1) throw new DerError(`Expected one CERTIFICATE PEM block, found ${blocks.length}.`);
    return parseCertificate(blocks[0]!.der);
  }
  const der = decodeBase64Strict(input.replace(/\s+/g, ''));
  if (der === undefined) throw new DerError('The certificate is neither PEM nor base64 DER.');
  return parseCertificate(der);
}

/** Every certificate in a PEM text (CERTIFICATE blocks), or in a list of PEM / base64 strings. */
export function parseCertificates(input: string | readonly string[]): Certificate[] {
  if (typeof input === 'string') {
    const blocks = parsePem(input).filter((b) => b.label === 'CERTIFICATE');
    if (blocks.length === 0) throw new DerError('No CERTIFICATE PEM block found.');
    return blocks.map((b) => parseCertificate(b.der));
  }
  return input.flatMap((item) => (item.includes('-----BEGIN') ? parseCertificates(item) : [parseCertificateInput(item)]));
}

export const certificateToPem = (cert: Certificate | Uint8Array): string => toPem('CERTIFICATE', cert instanceof Uint8Array ? cert : cert.der);
export const certificateToBase64 = (cert: Certificate): string => encodeBase64(cert.der);

/** A certificate summary for reports (plain JSON). */
export interface CertificateSummary {
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  /** organizationIdentifier (2.5.4.97), e.g. `VATES-A00000000`, when present. */
  organizationIdentifier?: string;
  /** Subject country (C). */
  country?: string;
  selfSigned: boolean;
  /** SHA-256 of the DER, base64url (the `x5t#S256` value). */
  sha256?: string;
}

export function summarize(cert: Certificate): CertificateSummary {
  const summary: CertificateSummary = {
    subject: formatName(cert.subject),
    issuer: formatName(cert.issuer),
    serialNumber: cert.serialHex,
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString(),
    selfSigned: isSelfIssued(cert),
  };
  const orgId = nameValue(cert.subject, OID.organizationIdentifier);
  if (orgId !== undefined) summary.organizationIdentifier = orgId;
  const country = nameValue(cert.subject, OID.countryName);
  if (country !== undefined) summary.country = country;
  return summary;
}

/** A short label for messages: `TEST SEAL (ORGANIZACION TEST)`, or the full name when there is no CN. */
export function shortName(name: NameAttribute[]): string {
  const cn = nameValue(name, OID.commonName);
  const o = nameValue(name, OID.organizationName);
  if (cn === undefined) return formatName(name);
  return o !== undefined && o !== cn ? `${cn} (${o})` : cn;
}

/** Subject and issuer are the same name. */
export const isSelfIssued = (cert: Certificate): boolean => namesMatch(cert.subjectDer, cert.issuerDer);

interface NameAtom {
  oid: string;
  tlv: Uint8Array;
  /** Case-folded, whitespace-collapsed text for PrintableString / UTF8String values. */
  folded?: string;
}

/** A Name as RDNs, each a set of (type, value) pairs. Throws DerError. */
function rdnSets(der: Uint8Array): NameAtom[][] {
  return sequence(decodeDer(der), 'Name').map((rdn) => {
    const set = sequence(rdn, 'RDN', TAG.SET);
    if (set.length === 0) throw new DerError('Empty RDN.');
    return set.map((atv) => {
      const [typeNode, valueNode, extra] = sequence(atv, 'attribute');
      if (typeNode === undefined || valueNode === undefined || extra !== undefined) throw new DerError('Malformed attribute.');
      const atom: NameAtom = { oid: decodeOid(typeNode), tlv: valueNode.tlv };
      if (valueNode.tag === TAG.PRINTABLE_STRING || valueNode.tag === TAG.UTF8_STRING) {
        atom.folded = decodeString(valueNode).trim().replace(/\s+/g, ' ').toLowerCase();
      }
      return atom;
    });
  });
}

const atomsMatch = (a: NameAtom, b: NameAtom) =>
  a.oid === b.oid && (bytesEqual(a.tlv, b.tlv) || (a.folded !== undefined && a.folded === b.folded));

/** Two RDNs match when they hold the same (type, value) pairs, in any order (a SET). */
const rdnsMatch = (a: NameAtom[], b: NameAtom[]) =>
  a.length === b.length && a.every((x) => b.some((y) => atomsMatch(x, y))) && b.every((y) => a.some((x) => atomsMatch(x, y)));

/**
 * RFC 5280 §7.1 name comparison: byte-equal, or the same sequence of RDNs where each RDN is the
 * same set of (type, value) pairs; PrintableString/UTF8String values compare case-insensitively
 * with whitespace collapsed, other values byte for byte. Names are never joined into text, so no
 * value can pose as a separator.
 */
export function namesMatch(a: Uint8Array, b: Uint8Array): boolean {
  if (bytesEqual(a, b)) return true;
  try {
    const x = rdnSets(a);
    const y = rdnSets(b);
    return x.length === y.length && x.every((rdn, i) => rdnsMatch(rdn, y[i]!));
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Signatures

/** ECDSA-Sig-Value (DER) → IEEE P1363 r||s. */
export function ecdsaDerToRaw(der: Uint8Array, size: number): Uint8Array {
  const [r, s, extra] = sequence(decodeDer(der), 'ECDSA-Sig-Value');
  if (r === undefined || s === undefined || extra !== undefined) throw new DerError('Malformed ECDSA signature.');
  const out = new Uint8Array(size * 2);
  [integerBytes(r), integerBytes(s)].forEach((v, index) => {
    const trimmed = v[0] === 0 ? v.subarray(1) : v;
    if (trimmed.length > size || (v[0]! & 0x80) !== 0) throw new DerError('ECDSA signature value out of range.');
    out.set(trimmed, index * size + size - trimmed.length);
  });
  return out;
}

/** IEEE P1363 r||s → ECDSA-Sig-Value (DER). */
export function ecdsaRawToDer(raw: Uint8Array): Uint8Array {
  const half = raw.length / 2;
  return seq(integer(raw.subarray(0, half)), integer(raw.subarray(half)));
}

/** RSA keys beyond these sizes verify nothing (bounds the CPU of one signature check). */
export const MAX_RSA_EXPONENT_BITS = 32;
export const MAX_RSA_MODULUS_BITS = 8192;

export const CURVE_SIZE: Readonly<Record<Curve, number>> = { 'P-256': 32, 'P-384': 48, 'P-521': 66 };

const RSA_PKCS1_HASH: Readonly<Record<string, DigestName>> = {
  [OID.sha1WithRSAEncryption]: 'SHA-1',
  [OID.sha256WithRSAEncryption]: 'SHA-256',
  [OID.sha384WithRSAEncryption]: 'SHA-384',
  [OID.sha512WithRSAEncryption]: 'SHA-512',
};

const ECDSA_HASH: Readonly<Record<string, DigestName>> = {
  [OID.ecdsaWithSHA1]: 'SHA-1',
  [OID.ecdsaWithSHA256]: 'SHA-256',
  [OID.ecdsaWithSHA384]: 'SHA-384',
  [OID.ecdsaWithSHA512]: 'SHA-512',
};

/** The hash a signature algorithm identifier implies (undefined for rsaEncryption / Ed25519 / unknown). */
export function signatureHash(alg: AlgorithmIdentifier): DigestName | undefined {
  return RSA_PKCS1_HASH[alg.oid] ?? ECDSA_HASH[alg.oid] ?? (alg.oid === OID.rsassaPss ? pssParams(alg)?.hash : undefined);
}

function pssParams(alg: AlgorithmIdentifier): { hash: DigestName; saltLength: number } | undefined {
  let hash: DigestName = 'SHA-1';
  let mgfHash: DigestName = 'SHA-1';
  let saltLength = 20;
  if (alg.parameters !== undefined) {
    for (const field of sequence(decodeDer(alg.parameters), 'RSASSA-PSS-params')) {
      const [inner] = childrenOf(field);
      if (field.tag === 0xa0) {
        const h = DIGEST_BY_OID[parseAlgorithmIdentifier(inner, 'hashAlgorithm').oid];
        if (h === undefined) return undefined;
        hash = h;
      } else if (field.tag === 0xa1) {
        const mgf = parseAlgorithmIdentifier(inner, 'maskGenAlgorithm');
        if (mgf.oid !== OID.mgf1 || mgf.parameters === undefined) return undefined;
        const h = DIGEST_BY_OID[parseAlgorithmIdentifier(decodeDer(mgf.parameters), 'MGF1 hash').oid];
        if (h === undefined) return undefined;
        mgfHash = h;
      } else if (field.tag === 0xa2) {
        saltLength = smallInteger(inner!);
      } else if (field.tag === 0xa3) {
        if (smallInteger(inner!) !== 1) return undefined;
      }
    }
  }
  return hash === mgfHash ? { hash, saltLength } : undefined;
}

/**
 * Verifies an X.509/CMS-style signature (`alg` as in a certificate or SignerInfo) with the key in
 * `spki`. `digestHint` is the hash for `rsaEncryption` (CMS). Never throws: false on any problem.
 */
export async function verifyWithSpki(
  alg: AlgorithmIdentifier,
  spki: Uint8Array,
  key: PublicKeyInfo,
  data: Uint8Array,
  signature: Uint8Array,
  digestHint?: DigestName,
): Promise<boolean> {
  try {
    let importParams: RsaHashedImportParams | EcKeyImportParams | Algorithm;
    let verifyParams: Algorithm | EcdsaParams | RsaPssParams;
    let sig = signature;
    const params = alg.parameters;
    const isNull = params !== undefined && params.length === 2 && params[0] === TAG.NULL && params[1] === 0;
    // A huge exponent or modulus makes one verification cost like a private-key operation.
    if (key.kind === 'RSA' && ((key.exponentBits ?? 0) > MAX_RSA_EXPONENT_BITS || (key.modulusBits ?? 0) > MAX_RSA_MODULUS_BITS)) return false;
    const pkcs1 = RSA_PKCS1_HASH[alg.oid] ?? (alg.oid === OID.rsaEncryption ? digestHint : undefined);
    if (pkcs1 !== undefined) {
      if (key.kind !== 'RSA' || (params !== undefined && !isNull)) return false;
      importParams = { name: 'RSASSA-PKCS1-v1_5', hash: pkcs1 };
      verifyParams = { name: 'RSASSA-PKCS1-v1_5' };
    } else if (alg.oid === OID.rsassaPss) {
      const pss = pssParams(alg);
      if (key.kind !== 'RSA' || pss === undefined) return false;
      importParams = { name: 'RSA-PSS', hash: pss.hash };
      verifyParams = { name: 'RSA-PSS', saltLength: pss.saltLength } as RsaPssParams;
    } else if (ECDSA_HASH[alg.oid] !== undefined) {
      if (key.kind !== 'EC' || key.curve === undefined || params !== undefined) return false;
      importParams = { name: 'ECDSA', namedCurve: key.curve };
      verifyParams = { name: 'ECDSA', hash: ECDSA_HASH[alg.oid]! };
      sig = ecdsaDerToRaw(signature, CURVE_SIZE[key.curve]);
    } else if (alg.oid === OID.ed25519) {
      if (key.kind !== 'Ed25519' || params !== undefined) return false;
      importParams = { name: 'Ed25519' };
      verifyParams = { name: 'Ed25519' };
    } else {
      return false;
    }
    const cryptoKey = await subtle().importKey('spki', spki as BufferSource, importParams, false, ['verify']);
    return await subtle().verify(verifyParams, cryptoKey, sig as BufferSource, data as BufferSource);
  } catch {
    return false;
  }
}

/** True when `issuer`'s key verifies `cert`'s signature. */
export function verifyIssuedBy(cert: Certificate, issuer: Certificate): Promise<boolean> {
  return verifyWithSpki(cert.signatureAlgorithm, issuer.spki, issuer.publicKey, cert.tbs, cert.signature);
}

/** SHA-256 of the certificate DER. */
export const certificateSha256 = (cert: Certificate): Promise<Uint8Array> => digest('SHA-256', cert.der);

/** `a` and `b` hold the same key (byte-equal SubjectPublicKeyInfo). */
export const sameKey = (a: Certificate, b: Certificate): boolean =>
  a.spki.length === b.spki.length && a.spki.every((x, i) => x === b.spki[i]);
