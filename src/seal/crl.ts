/**
 * X.509 CRLs (RFC 5280 §5) as JAdES carries them (`rVals.crlVals`, and inside time-stamp tokens):
 * strict parsing, and the one question long-term validation asks of them — was this certificate
 * revoked, and when? A CRL is believed only when the certificate's own issuer signed it (no
 * indirect CRLs, no delta CRLs), and only as evidence of revocation: a CRL that does not list a
 * certificate proves nothing here (freshness is not judged).
 */
import { BUDGET_EXCEEDED, type SignatureBudget } from './budget.js';
import { DerError, type DerNode, TAG, bitStringBytes, bytesEqual, childrenOf, decodeDer, decodeOid, decodeTime, expectTag, integerBytes, sequence } from './der.js';
import { type AlgorithmIdentifier, type Certificate, namesMatch, parseAlgorithmIdentifier, verifyWithSpki } from './x509.js';

/** Most entries read from one CRL: beyond it the CRL is refused (CPU bound on hostile input). */
export const MAX_CRL_ENTRIES = 10_000;

const REASON_CODE = '2.5.29.21';
const REASONS = [
  'unspecified', 'keyCompromise', 'cACompromise', 'affiliationChanged', 'superseded',
  'cessationOfOperation', 'certificateHold', 'unused', 'removeFromCRL', 'privilegeWithdrawn', 'aACompromise',
];

export interface CrlEntry {
  /** Contents of the userCertificate INTEGER (as encoded, like `Certificate.serial`). */
  serial: Uint8Array;
  revocationDate: Date;
  /** CRLReason name, when the entry gives one. */
  reason?: string;
}

/** A signed CRL. */
export interface Crl {
  tbs: Uint8Array;
  issuerDer: Uint8Array;
  signatureAlgorithm: AlgorithmIdentifier;
  signature: Uint8Array;
  thisUpdate: Date;
  nextUpdate?: Date;
  entries: CrlEntry[];
}

function parseEntry(node: DerNode): CrlEntry {
  const [serialNode, dateNode, extensions, extra] = sequence(node, 'revoked certificate');
  if (extra !== undefined || dateNode === undefined) throw new DerError('Malformed CRL entry.');
  const entry: CrlEntry = { serial: integerBytes(expectTag(serialNode, TAG.INTEGER, 'userCertificate')), revocationDate: decodeTime(dateNode) };
  for (const ext of extensions ? sequence(extensions, 'crlEntryExtensions') : []) {
    const parts = sequence(ext, 'Extension');
    if (decodeOid(parts[0]!) !== REASON_CODE) continue;
    const value = decodeDer(expectTag(parts.at(-1), TAG.OCTET_STRING, 'extnValue').value);
    if (value.tag !== 0x0a || value.value.length !== 1) throw new DerError('Malformed CRL reason code.');
    entry.reason = REASONS[value.value[0]!] ?? `reason ${value.value[0]}`;
  }
  return entry;
}

/** Parses a DER CertificateList (a node or its bytes). Throws DerError. */
export function parseCrl(input: DerNode | Uint8Array): Crl {
  const node = input instanceof Uint8Array ? decodeDer(input) : input;
  const [tbsNode, algNode, sigNode, extra] = sequence(node, 'CertificateList');
  if (extra !== undefined || sigNode === undefined) throw new DerError('Malformed CertificateList.');
  const tbs = sequence(tbsNode, 'TBSCertList');
  let i = 0;
  if (tbs[i]?.tag === TAG.INTEGER) i++;
  const inner = parseAlgorithmIdentifier(tbs[i++], 'CRL signature');
  const issuer = expectTag(tbs[i++], TAG.SEQUENCE, 'CRL issuer');
  const thisUpdate = decodeTime(tbs[i++]!);
  let nextUpdate: Date | undefined;
  if (tbs[i]?.tag === TAG.UTC_TIME || tbs[i]?.tag === TAG.GENERALIZED_TIME) nextUpdate = decodeTime(tbs[i++]!);
  const entries: CrlEntry[] = [];
  if (tbs[i]?.tag === TAG.SEQUENCE) {
    const list = childrenOf(tbs[i++]!);
    if (list.length > MAX_CRL_ENTRIES) throw new DerError(`The CRL lists more than ${MAX_CRL_ENTRIES} certificates.`);
    for (const entry of list) entries.push(parseEntry(entry));
  }
  if (tbs[i]?.tag === 0xa0) i++;
  if (tbs.length !== i) throw new DerError('Trailing fields in TBSCertList.');
  const outer = parseAlgorithmIdentifier(algNode, 'CRL signatureAlgorithm');
  if (!bytesEqual(inner.tlv!, outer.tlv!)) throw new DerError('The two signature algorithm fields of the CRL differ.');
  const crl: Crl = { tbs: tbsNode!.tlv, issuerDer: issuer.tlv, signatureAlgorithm: outer, signature: bitStringBytes(sigNode), thisUpdate, entries };
  if (nextUpdate) crl.nextUpdate = nextUpdate;
  return crl;
}

/** Verifies `crl`'s signature with `issuer`'s key (one budgeted check). */
export async function crlSignedBy(crl: Crl, issuer: Certificate, budget: SignatureBudget): Promise<boolean | typeof BUDGET_EXCEEDED> {
  if (!namesMatch(issuer.subjectDer, crl.issuerDer)) return false;
  if (!budget.take()) return BUDGET_EXCEEDED;
  return verifyWithSpki(crl.signatureAlgorithm, issuer.spki, issuer.publicKey, crl.tbs, crl.signature);
}

/**
 * The revocation of `cert` that a CRL signed by `issuer` records, if any. Signature checks are made
 * only for CRLs that list `cert` (an unlisted certificate costs nothing).
 */
export async function revocationOf(cert: Certificate, issuer: Certificate, crls: readonly Crl[], budget: SignatureBudget): Promise<CrlEntry | undefined> {
  for (const crl of crls) {
    if (!namesMatch(crl.issuerDer, cert.issuerDer)) continue;
    const entry = crl.entries.find((e) => bytesEqual(e.serial, cert.serial));
    if (entry === undefined || entry.reason === 'removeFromCRL') continue;
    if ((await crlSignedBy(crl, issuer, budget)) === true) return entry;
  }
  return undefined;
}
