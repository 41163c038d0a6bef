/**
 * Seal keys: loading a key and certificate chain from PEM or PKCS#12, generating a self-signed
 * TEST seal, and the JSON key-file form.
 */
import type * as Forge from 'node-forge';
import { KeyError } from '../errors.js';
import {
  DerError,
  TAG,
  bytesEqual,
  childrenOf,
  decodeDer,
  decodeOid,
  ia5String,
  integer,
  nullValue,
  octetString,
  oid,
  printableString,
  seq,
  sequence,
  setOf,
  utf8String,
} from './der.js';
import { type PemBlock, encodeBase64, parsePem, toPem } from './encoding.js';
import { buildCertificate, generateKeyPair } from './certificate-builder.js';
import { NAME_ATTRIBUTES, OID } from './oids.js';
import type { SealAlgorithm, SealKey, SealKeyFile, SealSigner } from './types.js';
import { type Certificate, type CertificateSummary, namesMatch, parseCertificate, parseCertificates, summarize } from './x509.js';

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

const IMPORT_PARAMS: Readonly<Record<SealAlgorithm, RsaHashedImportParams | EcKeyImportParams>> = {
  RS256: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
  ES256: { name: 'ECDSA', namedCurve: 'P-256' },
};
const SIGN_PARAMS: Readonly<Record<SealAlgorithm, Algorithm | EcdsaParams>> = {
  RS256: { name: 'RSASSA-PKCS1-v1_5' },
  ES256: { name: 'ECDSA', hash: 'SHA-256' },
};

const isSealAlgorithm = (alg: unknown): alg is SealAlgorithm => alg === 'RS256' || alg === 'ES256';

/** A {@link SealSigner} over a WebCrypto private key. */
export function sealSignerFromCryptoKey(privateKey: CryptoKey, algorithm: SealAlgorithm): SealSigner {
  return Object.freeze({
    algorithm,
    async sign(data: Uint8Array): Promise<Uint8Array> {
      return new Uint8Array(await subtle().sign(SIGN_PARAMS[algorithm], privateKey, data as BufferSource));
    },
  });
}

/** The seal algorithm a certificate's key calls for, or undefined. */
export function algorithmForCertificate(cert: Certificate): SealAlgorithm | undefined {
  if (cert.publicKey.kind === 'RSA' && (cert.publicKey.modulusBits ?? 0) >= 2048) return 'RS256';
  if (cert.publicKey.kind === 'EC' && cert.publicKey.curve === 'P-256') return 'ES256';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Private keys

/** PKCS#8 DER of a PEM private key (PKCS#8, PKCS#1 RSA, SEC1 EC, or encrypted PKCS#8 with a password). */
async function pkcs8FromPem(block: PemBlock, password: string | undefined): Promise<Uint8Array> {
  switch (block.label) {
    case 'PRIVATE KEY':
      return block.der;
    case 'RSA PRIVATE KEY':
      return seq(integer(0), seq(oid(OID.rsaEncryption), nullValue()), octetString(block.der));
    case 'EC PRIVATE KEY': {
      const params = sequence(decodeDer(block.der), 'ECPrivateKey').find((n) => n.tag === 0xa0);
      const [curve] = params ? childrenOf(params) : [];
      if (curve === undefined) throw new KeyError('ERR_SEAL_KEY_INVALID', 'The EC private key does not name its curve; convert it to PKCS#8.');
      return seq(integer(0), seq(oid(OID.ecPublicKey), curve.tlv), octetString(block.der));
    }
    case 'ENCRYPTED PRIVATE KEY': {
      if (password === undefined) throw new KeyError('ERR_SEAL_KEY_PASSWORD', 'The private key is encrypted: pass its password.');
      const forge = (await import('node-forge')).default;
      let info: ReturnType<typeof forge.pki.decryptPrivateKeyInfo> | null;
      try {
        info = forge.pki.decryptPrivateKeyInfo(forge.asn1.fromDer(binaryString(block.der)), password);
      } catch (cause) {
        throw new KeyError('ERR_SEAL_KEY_INVALID', `Cannot decrypt the private key: ${(cause as Error).message}`, { cause });
      }
      if (!info) throw new KeyError('ERR_SEAL_KEY_PASSWORD', 'Cannot decrypt the private key: wrong password?');
      return bytesOf(forge.asn1.toDer(info).getBytes());
    }
    default:
      throw new KeyError('ERR_SEAL_KEY_INVALID', `Unsupported private key PEM block "${block.label}".`);
  }
}

function binaryString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

const bytesOf = (binary: string): Uint8Array => Uint8Array.from(binary, (c) => c.charCodeAt(0));

/** The seal algorithm a PKCS#8 key is for. */
function algorithmOfPkcs8(pkcs8: Uint8Array): SealAlgorithm {
  try {
    const [, algNode] = sequence(decodeDer(pkcs8), 'PrivateKeyInfo');
    const [algOid, params] = sequence(algNode, 'privateKeyAlgorithm');
    const keyOid = decodeOid(algOid!);
    if (keyOid === OID.rsaEncryption) return 'RS256';
    if (keyOid === OID.ecPublicKey && params?.tag === TAG.OID && decodeOid(params) === OID.p256) return 'ES256';
  } catch (cause) {
    throw new KeyError('ERR_SEAL_KEY_INVALID', 'The private key is not a well-formed PKCS#8 key.', { cause });
  }
  throw new KeyError('ERR_SEAL_KEY_UNSUPPORTED', 'Unsupported seal key: use RSA (2048 bits or more, RS256) or EC P-256 (ES256).');
}

async function publicJwkOf(key: CryptoKey): Promise<JsonWebKey> {
  const jwk = await subtle().exportKey('jwk', key);
  return jwk.kty === 'RSA' ? { kty: 'RSA', n: jwk.n, e: jwk.e } : { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
}

const sameJwk = (a: JsonWebKey, b: JsonWebKey) => JSON.stringify(a) === JSON.stringify(b);

/** Orders certificates into a chain starting at `leaf`; certificates that do not link are dropped. */
function orderChain(leaf: Certificate, certs: readonly Certificate[]): Certificate[] {
  const chain = [leaf];
  const rest = certs.filter((c) => !bytesEqual(c.der, leaf.der));
  for (let current = leaf; !namesMatch(current.issuerDer, current.subjectDer); ) {
    const index = rest.findIndex((c) => namesMatch(c.subjectDer, current.issuerDer));
    if (index < 0) break;
    current = rest.splice(index, 1)[0]!;
    chain.push(current);
  }
  return chain;
}

/** Builds a SealKey from PKCS#8 DER and candidate certificates (the one with the same key is the seal). */
async function sealKeyFrom(pkcs8: Uint8Array, certificates: readonly Certificate[]): Promise<SealKey & { certificate: CertificateSummary }> {
  const algorithm = algorithmOfPkcs8(pkcs8);
  let probe: CryptoKey;
  let privateKey: CryptoKey;
  try {
    probe = await subtle().importKey('pkcs8', pkcs8 as BufferSource, IMPORT_PARAMS[algorithm], true, ['sign']);
    privateKey = await subtle().importKey('pkcs8', pkcs8 as BufferSource, IMPORT_PARAMS[algorithm], false, ['sign']);
  } catch (cause) {
    throw new KeyError('ERR_SEAL_KEY_INVALID', `Cannot import the ${algorithm === 'RS256' ? 'RSA' : 'EC'} private key.`, { cause });
  }
  const publicJwk = await publicJwkOf(probe);
  let leaf: Certificate | undefined;
  for (const cert of certificates) {
    if (algorithmForCertificate(cert) !== algorithm) continue;
    try {
      const key = await subtle().importKey('spki', cert.spki as BufferSource, IMPORT_PARAMS[algorithm], true, ['verify']);
      if (sameJwk(await publicJwkOf(key), publicJwk)) {
        leaf = cert;
        break;
      }
    } catch {
      // not this one
    }
  }
  if (leaf === undefined) throw new KeyError('ERR_SEAL_KEY_MISMATCH', 'None of the certificates holds the public key of this private key.');
  if (algorithm === 'RS256' && (leaf.publicKey.modulusBits ?? 0) < 2048) {
    throw new KeyError('ERR_SEAL_KEY_UNSUPPORTED', 'RSA seal keys must have at least 2048 bits.');
  }
  const chain = orderChain(leaf, certificates);
  return Object.freeze({
    type: 'SealKey' as const,
    algorithm,
    signer: sealSignerFromCryptoKey(privateKey, algorithm),
    certificateChain: Object.freeze(chain.map((c) => encodeBase64(c.der))),
    certificate: summarize(leaf),
  });
}

/** Where {@link loadSealKey} reads the key and certificates from. Give exactly one source. */
export interface LoadSealKeyOptions {
  /** PEM texts: the private key (PKCS#8, PKCS#1, SEC1, or encrypted PKCS#8 with `password`) and one or more certificates. */
  pem?: { key: string; certificates: string | readonly string[]; password?: string };
  /** A PKCS#12 (.p12/.pfx) file and its password. */
  pkcs12?: { data: Uint8Array; password: string };
  /** A key file (see {@link parseSealKeyFile}). */
  keyFile?: SealKeyFile | unknown;
}

/**
 * Loads a seal key: the private key and its certificate chain, from PEM texts, a PKCS#12 file or
 * a key file. The certificate holding the key's public key becomes the sealing certificate; the
 * others are ordered into its chain (unrelated ones are dropped).
 *
 * @example
 * const key = await loadSealKey({ pkcs12: { data: await readFile('seal.p12'), password } });
 * const sealed = await sealJades(credential, { key });
 *
 * @throws KeyError `ERR_SEAL_KEY_INVALID`, `ERR_SEAL_KEY_UNSUPPORTED`, `ERR_SEAL_KEY_MISMATCH`,
 *   `ERR_SEAL_KEY_PASSWORD`, `ERR_SEAL_CERT_INVALID`, `ERR_PKCS12_INVALID`, `ERR_PKCS12_PASSWORD`,
 *   `ERR_SEAL_KEY_FILE_INVALID`.
 */
export async function loadSealKey(options: LoadSealKeyOptions): Promise<SealKey & { certificate: CertificateSummary }> {
  const sources = [options?.pem, options?.pkcs12, options?.keyFile].filter((s) => s !== undefined);
  if (sources.length !== 1) throw new KeyError('ERR_SEAL_KEY_OPTIONS', 'Pass exactly one of "pem", "pkcs12" or "keyFile".');
  if (options.keyFile !== undefined) {
    const file = parseSealKeyFile(options.keyFile);
    const key = await loadSealKey({ pem: { key: file.privateKeyPem, certificates: file.certificateChainPem } });
    if (key.algorithm !== file.alg) throw new KeyError('ERR_SEAL_KEY_FILE_INVALID', `The key file says ${file.alg} but holds a ${key.algorithm} key.`, { pointer: '/alg' });
    return key;
  }
  if (options.pkcs12 !== undefined) return loadPkcs12(options.pkcs12.data, options.pkcs12.password);
  const { key, certificates, password } = options.pem!;
  if (typeof key !== 'string') throw new KeyError('ERR_SEAL_KEY_INVALID', 'pem.key must be PEM text.');
  let blocks: PemBlock[];
  let certs: Certificate[];
  try {
    blocks = parsePem(key).filter((b) => b.label.endsWith('PRIVATE KEY'));
  } catch (cause) {
    throw new KeyError('ERR_SEAL_KEY_INVALID', `Cannot read the private key PEM: ${(cause as Error).message}`, { cause });
  }
  if (blocks.length !== 1) throw new KeyError('ERR_SEAL_KEY_INVALID', `Expected one private key PEM block, found ${blocks.length}.`);
  try {
    certs = parseCertificates(certificates);
  } catch (cause) {
    throw new KeyError('ERR_SEAL_CERT_INVALID', `Cannot read the certificates: ${(cause as Error).message}`, { cause });
  }
  let pkcs8: Uint8Array;
  try {
    pkcs8 = await pkcs8FromPem(blocks[0]!, password);
  } catch (cause) {
    if (cause instanceof KeyError) throw cause;
    throw new KeyError('ERR_SEAL_KEY_INVALID', `Cannot read the private key: ${(cause as Error).message}`, { cause });
  }
  return sealKeyFrom(pkcs8, certs);
}

async function loadPkcs12(data: Uint8Array, password: string): Promise<SealKey & { certificate: CertificateSummary }> {
  if (!(data instanceof Uint8Array) || typeof password !== 'string') throw new KeyError('ERR_PKCS12_INVALID', 'pkcs12 needs { data: Uint8Array, password: string }.');
  const forge = (await import('node-forge')).default;
  let p12: ReturnType<typeof forge.pkcs12.pkcs12FromAsn1>;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(binaryString(data)), true, password);
  } catch (cause) {
    const message = (cause as Error)?.message ?? String(cause);
    if (/password|MAC could not be verified/i.test(message)) throw new KeyError('ERR_PKCS12_PASSWORD', 'Cannot open the PKCS#12 file: wrong password?', { cause });
    throw new KeyError('ERR_PKCS12_INVALID', `Cannot read the PKCS#12 file: ${message}`, { cause });
  }
  const keys: Uint8Array[] = [];
  const certs: Certificate[] = [];
  for (const type of [forge.pki.oids.pkcs8ShroudedKeyBag!, forge.pki.oids.keyBag!]) {
    for (const bag of p12.getBags({ bagType: type })[type] ?? []) {
      const asn1 = bag.key ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key)) : (bag as { asn1?: Forge.asn1.Asn1 }).asn1;
      if (asn1) keys.push(bytesOf(forge.asn1.toDer(asn1).getBytes()));
    }
  }
  const certType = forge.pki.oids.certBag!;
  for (const bag of p12.getBags({ bagType: certType })[certType] ?? []) {
    const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : (bag as { asn1?: Forge.asn1.Asn1 }).asn1;
    if (!asn1) continue;
    try {
      certs.push(parseCertificate(bytesOf(forge.asn1.toDer(asn1).getBytes())));
    } catch (cause) {
      throw new KeyError('ERR_SEAL_CERT_INVALID', `A certificate in the PKCS#12 file is malformed: ${(cause as Error).message}`, { cause });
    }
  }
  if (keys.length === 0) throw new KeyError('ERR_PKCS12_INVALID', 'The PKCS#12 file holds no private key.');
  if (certs.length === 0) throw new KeyError('ERR_PKCS12_INVALID', 'The PKCS#12 file holds no certificate.');
  let lastError: unknown;
  for (const key of keys) {
    try {
      return await sealKeyFrom(key, certs);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

// ---------------------------------------------------------------------------------------------
// Key files

function fileError(pointer: string, message: string): never {
  throw new KeyError('ERR_SEAL_KEY_FILE_INVALID', `Invalid seal key file: ${message}`, { pointer });
}

const KEY_FILE_MEMBERS = new Set(['type', 'version', 'suite', 'alg', 'privateKeyPem', 'certificateChainPem', 'testOnly', 'created']);

/**
 * Validates a seal key file (JSON text or parsed value) and returns a normalised copy: structure,
 * PEM blocks, that the certificates parse and that the sealing certificate's key fits `alg`.
 * (That the private key matches the certificate is checked by {@link loadSealKey}.)
 *
 * @throws KeyError `ERR_SEAL_KEY_FILE_INVALID` with a JSON Pointer to the offending member.
 */
export function parseSealKeyFile(input: unknown): SealKeyFile {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      fileError('', 'not valid JSON');
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fileError('', 'expected a JSON object');
  const file = value as Record<string, unknown>;
  if (file.type !== 'MicrocredSealKey') fileError('/type', 'expected "type": "MicrocredSealKey"');
  for (const key of Object.keys(file)) if (!KEY_FILE_MEMBERS.has(key)) fileError(`/${key}`, `unknown member "${key}"`);
  if (file.version !== undefined && file.version !== 1) fileError('/version', 'unsupported version (expected 1)');
  if (file.suite !== 'jades') fileError('/suite', 'expected "suite": "jades"');
  if (!isSealAlgorithm(file.alg)) fileError('/alg', 'expected "RS256" or "ES256"');
  if (typeof file.privateKeyPem !== 'string') fileError('/privateKeyPem', 'expected PEM text');
  let keyBlocks: PemBlock[] = [];
  try {
    keyBlocks = parsePem(file.privateKeyPem).filter((b) => b.label.endsWith('PRIVATE KEY'));
  } catch {
    fileError('/privateKeyPem', 'malformed PEM');
  }
  if (keyBlocks.length !== 1) fileError('/privateKeyPem', 'expected exactly one PRIVATE KEY block');
  const chain = file.certificateChainPem;
  if (!Array.isArray(chain) || chain.length === 0) fileError('/certificateChainPem', 'expected a non-empty array of PEM certificates');
  chain.forEach((pem, index) => {
    if (typeof pem !== 'string') fileError(`/certificateChainPem/${index}`, 'expected PEM text');
    let certs: Certificate[] = [];
    try {
      certs = parseCertificates(pem);
    } catch (error) {
      fileError(`/certificateChainPem/${index}`, (error as Error).message);
    }
    if (certs.length !== 1) fileError(`/certificateChainPem/${index}`, 'expected exactly one certificate per entry');
    if (index === 0 && algorithmForCertificate(certs[0]!) !== file.alg) {
      fileError('/alg', `the sealing certificate's key does not fit ${String(file.alg)}`);
    }
  });
  if (file.testOnly !== undefined && typeof file.testOnly !== 'boolean') fileError('/testOnly', 'expected a boolean');
  if (file.created !== undefined && (typeof file.created !== 'string' || Number.isNaN(Date.parse(file.created)))) fileError('/created', 'expected a date-time');
  const out: SealKeyFile = {
    type: 'MicrocredSealKey',
    version: 1,
    suite: 'jades',
    alg: file.alg,
    privateKeyPem: file.privateKeyPem,
    certificateChainPem: [...(chain as string[])],
  };
  if (file.testOnly !== undefined) out.testOnly = file.testOnly as boolean;
  if (file.created !== undefined) out.created = file.created as string;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Test seals

/** Options of {@link generateSealKey}. */
export interface GenerateSealKeyOptions {
  /** Subject distinguished name, RFC 4514 style (`CN=…,O=…,C=GE`) or OpenSSL style (`/C=GE/O=…/CN=…`). Needs C and CN or O. */
  subject: string;
  /** RS256 (RSA-2048, default) or ES256 (P-256). */
  algorithm?: SealAlgorithm;
  /** Validity in days from now (default 365, at most 3650). */
  validityDays?: number;
  /** ETSI EN 319 412-1 organizationIdentifier (2.5.4.97), e.g. `VATGE-123456789` or `NTRGE-404123456`. */
  organizationIdentifier?: string;
  /** Start of validity (default: now, minus five minutes for clock skew). For tests. */
  notBefore?: Date;
}

/** A generated TEST seal: the key, its self-signed certificate, PEM forms and the key file. */
export interface GeneratedSealKey extends SealKey {
  readonly testOnly: true;
  readonly privateKeyPem: string;
  readonly certificatePem: string;
  readonly certificate: CertificateSummary;
  readonly keyFile: SealKeyFile;
}

const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]*$/;
const ATTRIBUTE_BY_NAME = new Map<string, string>([
  ...NAME_ATTRIBUTES.map(([name, o]) => [name.toUpperCase(), o] as [string, string]),
  ['S', OID.stateOrProvinceName],
  ['GIVENNAME', OID.givenName],
  ['SURNAME', OID.surname],
  ['EMAILADDRESS', OID.emailAddress],
  ['EMAIL', OID.emailAddress],
]);

function subjectError(message: string): never {
  throw new KeyError('ERR_SEAL_SUBJECT_INVALID', message);
}

/** Parses a subject string into attributes in DER order (country first, as RFC 4514 text lists it last). */
export function parseSubject(subject: string): Array<{ oid: string; value: string }> {
  if (typeof subject !== 'string' || subject.trim() === '') subjectError('The subject must be a distinguished name like "CN=…,O=…,C=GE".');
  const text = subject.trim();
  const slashForm = text.startsWith('/');
  const parts: string[] = [];
  let current = '';
  const separator = slashForm ? '/' : ',';
  for (let i = slashForm ? 1 : 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      current += text[++i];
      continue;
    }
    if (ch === separator) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  const attributes = parts.map((part) => {
    const eq = part.indexOf('=');
    if (eq <= 0) subjectError(`Cannot read "${part.trim()}" in the subject: expected TYPE=value.`);
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    const o = /^\d+(\.\d+)+$/.test(name) ? name : ATTRIBUTE_BY_NAME.get(name.toUpperCase());
    if (o === undefined) subjectError(`Unknown attribute "${name}" in the subject (use CN, O, OU, C, L, ST, serialNumber, organizationIdentifier, …).`);
    if (value === '') subjectError(`Empty value for ${name} in the subject.`);
    if (value.length > 128) subjectError(`The value of ${name} is too long.`);
    return { oid: o, value };
  });
  return slashForm ? attributes : attributes.reverse();
}

function encodeAttributeValue(attribute: { oid: string; value: string }): Uint8Array {
  const { oid: o, value } = attribute;
  if (o === OID.countryName) {
    if (!/^[A-Z]{2}$/.test(value)) subjectError(`C must be an ISO 3166-1 alpha-2 code like "GE"; got "${value}".`);
    return printableString(value);
  }
  if (o === OID.serialNumber || o === OID.organizationIdentifier) {
    if (!PRINTABLE.test(value)) subjectError(`${o === OID.serialNumber ? 'serialNumber' : 'organizationIdentifier'} must use printable characters only.`);
    return printableString(value);
  }
  if (o === OID.emailAddress || o === OID.domainComponent) return ia5String(value);
  return utf8String(value);
}

/** DER Name from parsed subject attributes (one attribute per RDN). */
export function encodeSubject(attributes: ReadonlyArray<{ oid: string; value: string }>): Uint8Array {
  return seq(...attributes.map((a) => setOf(seq(oid(a.oid), encodeAttributeValue(a)))));
}

const ORG_ID = /^(?:[A-Z]{3}[A-Z]{2}|[A-Z]{2}:[A-Z]{2})-\S+$/;

/**
 * Generates a self-signed **TEST** seal: a fresh RSA-2048 (RS256) or P-256 (ES256) key and a
 * self-signed certificate for `subject`.
 *
 * ⚠ TEST ONLY. A self-signed certificate is not an advanced or qualified electronic seal:
 * `verifyJades`/`verify()` report it untrusted unless you list it as a trust anchor yourself, and
 * the EU's EDC viewer fails its SEAL check. For production, obtain a qualified seal from a
 * qualified trust service provider and load it with {@link loadSealKey}.
 *
 * @throws KeyError `ERR_SEAL_SUBJECT_INVALID`, `ERR_SEAL_KEY_OPTIONS`.
 */
export async function generateSealKey(options: GenerateSealKeyOptions): Promise<GeneratedSealKey> {
  const algorithm = options?.algorithm ?? 'RS256';
  if (!isSealAlgorithm(algorithm)) throw new KeyError('ERR_SEAL_KEY_OPTIONS', `Unsupported algorithm "${String(algorithm)}"; use RS256 or ES256.`);
  const validityDays = options.validityDays ?? 365;
  if (!Number.isInteger(validityDays) || validityDays < 1 || validityDays > 3650) {
    throw new KeyError('ERR_SEAL_KEY_OPTIONS', 'validityDays must be a whole number from 1 to 3650.');
  }
  const attributes = parseSubject(options.subject);
  if (options.organizationIdentifier !== undefined) {
    if (typeof options.organizationIdentifier !== 'string' || !ORG_ID.test(options.organizationIdentifier)) {
      subjectError('organizationIdentifier must look like "VATGE-123456789" or "NTRGE-404123456" (ETSI EN 319 412-1).');
    }
    if (attributes.some((a) => a.oid === OID.organizationIdentifier)) subjectError('organizationIdentifier is given twice (subject and option).');
    attributes.push({ oid: OID.organizationIdentifier, value: options.organizationIdentifier });
  }
  if (!attributes.some((a) => a.oid === OID.countryName)) subjectError('The subject needs a country (C=GE, …): the eIDAS identifier of the issuer is derived from it.');
  if (!attributes.some((a) => a.oid === OID.commonName || a.oid === OID.organizationName)) subjectError('The subject needs a CN or an O.');
  const name = encodeSubject(attributes);
  const keys = await generateKeyPair(algorithm);
  const notBefore = options.notBefore ?? new Date(Date.now() - 5 * 60_000);
  const der = await buildCertificate({
    subject: name,
    spki: keys.spki,
    selfKey: { privateKey: keys.privateKey, algorithm },
    notBefore,
    notAfter: new Date(notBefore.getTime() + validityDays * 86_400_000),
    keyUsage: ['digitalSignature', 'nonRepudiation'],
  });
  const privateKey = await subtle().importKey('pkcs8', keys.pkcs8 as BufferSource, IMPORT_PARAMS[algorithm], false, ['sign']);
  let cert: Certificate;
  try {
    cert = parseCertificate(der);
  } catch (cause) {
    throw new KeyError('ERR_SEAL_KEY_GENERATION', `Generated an unreadable certificate: ${(cause as DerError).message}`, { cause });
  }
  const privateKeyPem = toPem('PRIVATE KEY', keys.pkcs8);
  const certificatePem = toPem('CERTIFICATE', der);
  const keyFile: SealKeyFile = {
    type: 'MicrocredSealKey',
    version: 1,
    suite: 'jades',
    alg: algorithm,
    privateKeyPem,
    certificateChainPem: [certificatePem],
    testOnly: true,
    created: new Date().toISOString(),
  };
  return Object.freeze({
    type: 'SealKey' as const,
    algorithm,
    signer: sealSignerFromCryptoKey(privateKey, algorithm),
    certificateChain: Object.freeze([encodeBase64(der)]),
    testOnly: true as const,
    privateKeyPem,
    certificatePem,
    certificate: summarize(cert),
    keyFile,
  });
}
