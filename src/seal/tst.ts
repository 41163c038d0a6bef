/**
 * RFC 3161 time-stamp tokens (CMS SignedData over a TSTInfo): strict parsing and offline checks —
 * message imprint, CMS signature, ESS signing-certificate binding, CMS algorithm protection, the
 * TSA certificate's key purpose and validity at the time stamped. Whether the TSA itself is trusted
 * is not decided here (no TSA trust list is configured in microcred).
 */
import type { CheckCode } from '../errors.js';
import type { TimestampErrorCode } from '../errors.js';
import { BUDGET_EXCEEDED, MAX_CERTIFICATES, MAX_CRLS, SignatureBudget, TOO_MANY_CERTIFICATES } from './budget.js';
import { type Crl, parseCrl } from './crl.js';
import {
  DerError,
  type DerNode,
  TAG,
  bitStringBytes,
  bytesEqual,
  childrenOf,
  decodeDer,
  decodeOid,
  decodeTime,
  expectTag,
  integerBytes,
  sequence,
  smallInteger,
} from './der.js';
import { type DigestName, digest, toHex } from './encoding.js';
import { parseIssuerSerial } from './issuer-serial.js';
import { DIGEST_BY_OID, DIGEST_LENGTH, OID } from './oids.js';
import { type AlgorithmIdentifier, type Certificate, namesMatch, parseAlgorithmIdentifier, parseCertificate, signatureHash, verifyWithSpki } from './x509.js';

export interface TimestampSignerInfo {
  sid: { issuerDer: Uint8Array; serial: Uint8Array } | { subjectKeyIdentifier: Uint8Array };
  digestAlgorithm: DigestName;
  digestAlgorithmOid: string;
  /** The signed attributes re-tagged as `SET OF` — the bytes the TSA signed. */
  signedAttributes: Uint8Array;
  attributes: Map<string, DerNode[]>;
  signatureAlgorithm: AlgorithmIdentifier;
  signature: Uint8Array;
}

export interface TimestampToken {
  der: Uint8Array;
  policy: string;
  serialNumber: string;
  genTime: Date;
  imprint: { algorithm: DigestName; hash: Uint8Array };
  /** The TSTInfo DER (the signed content). */
  tstInfo: Uint8Array;
  digestAlgorithms: string[];
  certificates: Certificate[];
  /** CRLs the token carries (rare): each must verify with a known certificate. */
  crls: Crl[];
  signer: TimestampSignerInfo;
}

/** Why a token was refused. */
export class TimestampError extends Error {
  constructor(
    readonly code: TimestampErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function knownDigest(alg: AlgorithmIdentifier, what: string): DigestName {
  const name = DIGEST_BY_OID[alg.oid];
  if (name === undefined) throw new DerError(`Unknown ${what} ${alg.oid}.`);
  if (alg.parameters !== undefined && !bytesEqual(alg.parameters, Uint8Array.of(TAG.NULL, 0))) throw new DerError(`Unexpected parameters on ${what}.`);
  return name;
}

function parseTstInfo(der: Uint8Array): Pick<TimestampToken, 'policy' | 'serialNumber' | 'genTime' | 'imprint'> {
  const parts = sequence(decodeDer(der), 'TSTInfo');
  if (smallInteger(expectTag(parts[0], TAG.INTEGER, 'TSTInfo version')) !== 1) throw new DerError('TSTInfo version must be 1.');
  const policy = decodeOid(expectTag(parts[1], TAG.OID, 'TSA policy'));
  const [algNode, hashNode, extra] = sequence(parts[2], 'messageImprint');
  if (extra !== undefined) throw new DerError('Malformed messageImprint.');
  const algorithm = knownDigest(parseAlgorithmIdentifier(algNode, 'messageImprint algorithm'), 'imprint algorithm');
  const hash = expectTag(hashNode, TAG.OCTET_STRING, 'hashedMessage').value;
  if (hash.length !== DIGEST_LENGTH[algorithm]) throw new DerError('The message imprint has the wrong length for its algorithm.');
  const serialNumber = toHex(integerBytes(expectTag(parts[3], TAG.INTEGER, 'TSTInfo serialNumber'))).toUpperCase();
  const genTime = decodeTime(expectTag(parts[4], TAG.GENERALIZED_TIME, 'genTime'));
  return { policy, serialNumber, genTime, imprint: { algorithm, hash } };
}

function parseSignerInfo(node: DerNode): TimestampSignerInfo {
  const parts = sequence(node, 'SignerInfo');
  let i = 0;
  const version = smallInteger(expectTag(parts[i++], TAG.INTEGER, 'SignerInfo version'));
  const sidNode = parts[i++];
  let sid: TimestampSignerInfo['sid'];
  if (sidNode?.tag === TAG.SEQUENCE) {
    if (version !== 1) throw new DerError('SignerInfo version must be 1 with issuerAndSerialNumber.');
    const [name, serial, extra] = childrenOf(sidNode);
    if (extra !== undefined) throw new DerError('Malformed issuerAndSerialNumber.');
    sid = { issuerDer: expectTag(name, TAG.SEQUENCE, 'issuer').tlv, serial: integerBytes(expectTag(serial, TAG.INTEGER, 'serial')) };
  } else if (sidNode?.tag === 0x80) {
    if (version !== 3) throw new DerError('SignerInfo version must be 3 with subjectKeyIdentifier.');
    sid = { subjectKeyIdentifier: sidNode.value };
  } else {
    throw new DerError('Malformed SignerInfo sid.');
  }
  const digestAlg = parseAlgorithmIdentifier(parts[i++], 'digestAlgorithm');
  const digestAlgorithm = knownDigest(digestAlg, 'digest algorithm');
  const attrsNode = expectTag(parts[i++], 0xa0, 'signedAttrs (RFC 3161 requires them)');
  const attributes = new Map<string, DerNode[]>();
  for (const attr of childrenOf(attrsNode)) {
    const [typeNode, values, extra] = sequence(attr, 'Attribute');
    if (extra !== undefined) throw new DerError('Malformed Attribute.');
    const type = decodeOid(typeNode!);
    if (attributes.has(type)) throw new DerError(`Signed attribute ${type} appears twice.`);
    attributes.set(type, sequence(values, 'attribute values', TAG.SET));
  }
  const signedAttributes = Uint8Array.from(attrsNode.tlv);
  signedAttributes[0] = TAG.SET;
  const signatureAlgorithm = parseAlgorithmIdentifier(parts[i++], 'signatureAlgorithm');
  const signature = expectTag(parts[i++], TAG.OCTET_STRING, 'signature').value;
  if (parts[i] !== undefined && parts[i]!.tag !== 0xa1) throw new DerError('Unexpected field in SignerInfo.');
  if (parts.length > i + 1) throw new DerError('Trailing fields in SignerInfo.');
  return { sid, digestAlgorithm, digestAlgorithmOid: digestAlg.oid, signedAttributes, attributes, signatureAlgorithm, signature };
}

/** Parses a DER TimeStampToken. Throws TimestampError (`ERR_TST_MALFORMED`). */
export function parseTimestampToken(der: Uint8Array): TimestampToken {
  try {
    const [typeNode, contentNode, extra] = sequence(decodeDer(der), 'ContentInfo');
    if (extra !== undefined || decodeOid(typeNode!) !== OID.signedData) throw new DerError('Not a CMS SignedData.');
    const [signedData, more] = childrenOf(expectTag(contentNode, 0xa0, 'content'));
    if (more !== undefined) throw new DerError('Malformed ContentInfo.');
    const parts = sequence(signedData, 'SignedData');
    let i = 0;
    if (smallInteger(expectTag(parts[i++], TAG.INTEGER, 'SignedData version')) !== 3) throw new DerError('SignedData version must be 3 for a TSTInfo.');
    const digestAlgorithms = sequence(parts[i++], 'digestAlgorithms', TAG.SET).map((n) => {
      const alg = parseAlgorithmIdentifier(n, 'digestAlgorithm');
      knownDigest(alg, 'digest algorithm');
      return alg.oid;
    });
    const [eType, eContentWrapper, eExtra] = sequence(parts[i++], 'encapContentInfo');
    if (eExtra !== undefined || decodeOid(eType!) !== OID.tstInfo) throw new DerError('The signed content is not a TSTInfo.');
    const [eContent, eMore] = childrenOf(expectTag(eContentWrapper, 0xa0, 'eContent'));
    if (eMore !== undefined) throw new DerError('Malformed eContent.');
    const tstInfo = expectTag(eContent, TAG.OCTET_STRING, 'eContent OCTET STRING').value;
    const certificates: Certificate[] = [];
    if (parts[i]?.tag === 0xa0) {
      const list = childrenOf(parts[i++]!);
      if (list.length > MAX_CERTIFICATES) throw new TimestampError(TOO_MANY_CERTIFICATES, `A time-stamp token may carry at most ${MAX_CERTIFICATES} certificates; this one carries ${list.length}.`);
      for (const c of list) {
        if (c.tag !== TAG.SEQUENCE) throw new DerError('Only X.509 certificates are supported in a time-stamp token.');
        certificates.push(parseCertificate(c.tlv));
      }
    }
    const crls: Crl[] = [];
    if (parts[i]?.tag === 0xa1) {
      const list = childrenOf(parts[i++]!);
      if (list.length > MAX_CRLS) throw new TimestampError(TOO_MANY_CERTIFICATES, `A time-stamp token may carry at most ${MAX_CRLS} CRLs; this one carries ${list.length}.`);
      for (const c of list) crls.push(parseCrl(c));
    }
    const signerInfos = sequence(parts[i++], 'signerInfos', TAG.SET);
    if (parts.length !== i) throw new DerError('Trailing fields in SignedData.');
    if (signerInfos.length !== 1) throw new DerError(`A time-stamp token has exactly one SignerInfo; found ${signerInfos.length}.`);
    const signer = parseSignerInfo(signerInfos[0]!);
    if (!digestAlgorithms.includes(signer.digestAlgorithmOid)) throw new DerError('digestAlgorithms does not list the signer digest algorithm.');
    return { der, ...parseTstInfo(tstInfo), tstInfo, digestAlgorithms, certificates, crls, signer };
  } catch (error) {
    if (error instanceof TimestampError) throw error;
    throw new TimestampError('ERR_TST_MALFORMED', `Malformed time-stamp token: ${(error as Error).message}`);
  }
}

function single(attributes: Map<string, DerNode[]>, oid: string, name: string): DerNode {
  const values = attributes.get(oid);
  if (values === undefined) throw new TimestampError('ERR_TST_CMS', `The time-stamp token lacks the signed ${name} attribute.`);
  if (values.length !== 1) throw new TimestampError('ERR_TST_CMS', `The ${name} attribute must have exactly one value.`);
  return values[0]!;
}

function findSigner(token: TimestampToken, pool: readonly Certificate[]): Certificate | undefined {
  const { sid } = token.signer;
  return [...token.certificates, ...pool].find((c) =>
    'subjectKeyIdentifier' in sid
      ? c.subjectKeyIdentifier !== undefined && bytesEqual(c.subjectKeyIdentifier, sid.subjectKeyIdentifier)
      : bytesEqual(c.issuerDer, sid.issuerDer) && bytesEqual(c.serial, sid.serial),
  );
}

/** Checks the ESS signing-certificate(-v2) attribute binds `cert`. */
async function checkEssBinding(token: TimestampToken, cert: Certificate): Promise<void> {
  const { attributes } = token.signer;
  const v2 = attributes.get(OID.signingCertificateV2);
  const v1 = attributes.get(OID.signingCertificate);
  if (v2 === undefined && v1 === undefined) throw new TimestampError('ERR_TST_CMS', 'The time-stamp token does not identify its signing certificate (ESS signing-certificate attribute missing).');
  const value = single(attributes, v2 ? OID.signingCertificateV2 : OID.signingCertificate, 'signing-certificate');
  const [certs] = sequence(value, 'SigningCertificate');
  const [first] = sequence(certs, 'ESSCertID list');
  const fields = sequence(first, 'ESSCertID');
  let hashAlg: DigestName = v2 ? 'SHA-256' : 'SHA-1';
  let f = 0;
  if (v2 && fields[0]?.tag === TAG.SEQUENCE) hashAlg = knownDigest(parseAlgorithmIdentifier(fields[f++], 'ESSCertIDv2 hashAlgorithm'), 'ESS hash algorithm');
  const certHash = expectTag(fields[f++], TAG.OCTET_STRING, 'certHash').value;
  if (!bytesEqual(certHash, await digest(hashAlg, cert.der))) {
    throw new TimestampError('ERR_TST_CMS', 'The time-stamp token\'s signing certificate does not match the ESS certificate hash.');
  }
  const issuerSerial = fields[f];
  if (issuerSerial !== undefined) {
    const { issuerDer, serial } = parseIssuerSerial(issuerSerial.tlv);
    if (!bytesEqual(issuerDer, cert.issuerDer) || !bytesEqual(serial, cert.serial)) {
      throw new TimestampError('ERR_TST_CMS', 'The ESS issuerSerial does not match the time-stamp signing certificate.');
    }
  }
}

function sameAlgorithm(a: AlgorithmIdentifier, b: AlgorithmIdentifier): boolean {
  const nul = Uint8Array.of(TAG.NULL, 0);
  return a.oid === b.oid && bytesEqual(a.parameters ?? nul, b.parameters ?? nul);
}

/** Result of {@link verifyTimestampToken}. */
export type TimestampVerification =
  | { ok: true; token: TimestampToken; tsa: Certificate }
  | { ok: false; code: CheckCode; reason: string; token?: TimestampToken };

/**
 * Verifies a token offline against the data it claims to time-stamp: message imprint, CMS
 * signature, ESS binding of the TSA certificate, algorithm protection, and the TSA certificate's
 * `timeStamping` key purpose and validity at `genTime`. `pool` holds extra certificates to find
 * the TSA certificate in when the token does not carry it. Never throws.
 */
export async function verifyTimestampToken(
  der: Uint8Array,
  data: Uint8Array,
  pool: readonly Certificate[] = [],
  budget: SignatureBudget = new SignatureBudget(),
): Promise<TimestampVerification> {
  const outOfBudget = (): TimestampVerification => ({ ok: false, code: BUDGET_EXCEEDED, reason: `Gave up after ${budget.limit} signature checks.`, ...(token ? { token } : {}) });
  let token: TimestampToken | undefined;
  try {
    token = parseTimestampToken(der);
    if (!bytesEqual(await digest(token.imprint.algorithm, data), token.imprint.hash)) {
      return { ok: false, code: 'ERR_TST_IMPRINT', reason: 'The time-stamp token does not time-stamp this data (message imprint mismatch).', token };
    }
    const { signer } = token;
    if (decodeOid(single(signer.attributes, OID.contentTypeAttr, 'content-type')) !== OID.tstInfo) {
      throw new TimestampError('ERR_TST_CMS', 'The signed content-type attribute is not TSTInfo.');
    }
    const messageDigest = expectTag(single(signer.attributes, OID.messageDigestAttr, 'message-digest'), TAG.OCTET_STRING, 'messageDigest').value;
    if (!bytesEqual(messageDigest, await digest(signer.digestAlgorithm, token.tstInfo))) {
      throw new TimestampError('ERR_TST_CMS', 'The time-stamp token\'s message-digest attribute does not match its TSTInfo.');
    }
    const protection = signer.attributes.get(OID.cmsAlgorithmProtection);
    if (protection !== undefined) {
      const [value, more] = protection;
      if (more !== undefined) throw new TimestampError('ERR_TST_CMS', 'CMSAlgorithmProtection must have one value.');
      const fields = sequence(value, 'CMSAlgorithmProtection');
      const digestAlg = parseAlgorithmIdentifier(fields[0], 'protected digestAlgorithm');
      const sigField = fields.find((n) => n.tag === 0xa1);
      const sigAlg = sigField && parseAlgorithmIdentifier({ ...sigField, tag: TAG.SEQUENCE, constructed: true }, 'protected signatureAlgorithm');
      if (digestAlg.oid !== signer.digestAlgorithmOid || sigAlg === undefined || !sameAlgorithm(sigAlg, signer.signatureAlgorithm)) {
        throw new TimestampError('ERR_TST_CMS', 'The time-stamp token\'s algorithms differ from the ones its CMSAlgorithmProtection attribute protects.');
      }
    }
    const implied = signatureHash(signer.signatureAlgorithm);
    if (implied !== undefined && implied !== signer.digestAlgorithm) {
      throw new TimestampError('ERR_TST_CMS', 'The time-stamp token\'s signature and digest algorithms disagree.');
    }
    const tsa = findSigner(token, pool);
    if (tsa === undefined) return { ok: false, code: 'ERR_TST_SIGNER_UNKNOWN', reason: 'The time-stamp token\'s signing certificate is not available.', token };
    await checkEssBinding(token, tsa);
    if (!budget.take()) return outOfBudget();
    const valid = await verifyWithSpki(signer.signatureAlgorithm, tsa.spki, tsa.publicKey, signer.signedAttributes, signer.signature, signer.digestAlgorithm);
    if (!valid) return { ok: false, code: 'ERR_TST_SIGNATURE', reason: 'The time-stamp token\'s signature does not verify.', token };
    for (const crl of token.crls) {
      let ok = false;
      for (const issuer of [...token.certificates, ...pool]) {
        if (!namesMatch(issuer.subjectDer, crl.issuerDer)) continue;
        if (!budget.take()) return outOfBudget();
        if ((await verifyWithSpki(crl.signatureAlgorithm, issuer.spki, issuer.publicKey, crl.tbs, crl.signature))) {
          ok = true;
          break;
        }
      }
      if (!ok) return { ok: false, code: 'ERR_TST_CMS', reason: 'The time-stamp token carries a CRL that does not verify.', token };
    }
    if (!tsa.extKeyUsage?.includes(OID.kpTimeStamping)) {
      return { ok: false, code: 'ERR_TST_CERT', reason: 'The time-stamp token is signed by a certificate without the timeStamping key purpose.', token };
    }
    if (token.genTime < tsa.notBefore || token.genTime > tsa.notAfter) {
      return { ok: false, code: 'ERR_TST_CERT', reason: `The TSA certificate was not valid at the time stamped (${token.genTime.toISOString()}).`, token };
    }
    return { ok: true, token, tsa };
  } catch (error) {
    if (error instanceof TimestampError) return { ok: false, code: error.code, reason: error.message, ...(token ? { token } : {}) };
    return { ok: false, code: token ? 'ERR_TST_CMS' : 'ERR_TST_MALFORMED', reason: `Malformed time-stamp token: ${(error as Error).message}`, ...(token ? { token } : {}) };
  }
}
