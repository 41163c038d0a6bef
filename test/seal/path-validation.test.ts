/**
 * RFC 5280 path validation for seals: strict DER BOOLEANs, RDN-set name comparison, basic
 * constraints and path length, key usage, critical extensions, validity nesting, and the
 * signature-check budget. Chains are built with ES256 keys (fast) by the project's builder.
 */
import { X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChain } from '../../src/seal/chain.js';
import { buildCertificate, generateKeyPair } from '../../src/seal/certificate-builder.js';
import { DerError, type DerNode, bitString, childrenOf, decodeDer, decodeOid, octetString, oid, seq, tlv, utf8String } from '../../src/seal/der.js';
import { OID } from '../../src/seal/oids.js';
import { encodeSubject, parseSubject } from '../../src/seal/seal-key.js';
import { type Certificate, type KeyUsage, namesMatch, parseCertificate } from '../../src/seal/x509.js';

const DAY = 86_400_000;
const now = Date.now();

interface Node {
  name: Uint8Array;
  privateKey: CryptoKey;
  spki: Uint8Array;
  der: Uint8Array;
  cert: Certificate;
}

interface Options {
  issuer?: Node;
  ca?: boolean;
  pathLength?: number;
  keyUsage?: KeyUsage[];
  extraExtensions?: Uint8Array[];
  notBefore?: Date;
  notAfter?: Date;
  nameDer?: Uint8Array;
}

async function make(subject: string, o: Options = {}): Promise<Node> {
  const keys = await generateKeyPair('ES256');
  const name = o.nameDer ?? encodeSubject(parseSubject(subject));
  const der = await buildCertificate({
    subject: name,
    spki: keys.spki,
    ...(o.issuer
      ? { issuer: { name: o.issuer.name, privateKey: o.issuer.privateKey, algorithm: 'ES256' as const, spki: o.issuer.spki } }
      : { selfKey: { privateKey: keys.privateKey, algorithm: 'ES256' as const } }),
    notBefore: o.notBefore ?? new Date(now - DAY),
    notAfter: o.notAfter ?? new Date(now + 365 * DAY),
    ...(o.ca === false ? {} : o.ca || o.pathLength !== undefined ? { ca: true } : {}),
    ...(o.pathLength === undefined ? {} : { pathLength: o.pathLength }),
    keyUsage: o.keyUsage ?? (o.ca ? ['keyCertSign', 'cRLSign'] : ['digitalSignature', 'nonRepudiation']),
    ...(o.extraExtensions ? { extraExtensions: o.extraExtensions } : {}),
  });
  return { name, privateKey: keys.privateKey, spki: keys.spki, der, cert: parseCertificate(der) };
}

/** Re-encodes a DER tree, letting `patch` replace any node (lengths are recomputed). */
function rebuild(node: DerNode, patch: (n: DerNode) => Uint8Array | undefined): Uint8Array {
  const replaced = patch(node);
  if (replaced !== undefined) return replaced;
  if (!node.constructed) return node.tlv;
  return tlv(node.tag, ...childrenOf(node).map((c) => rebuild(c, patch)));
}

const isExtension = (n: DerNode, extOid: string) => {
  if (n.tag !== 0x30) return false;
  const [first] = childrenOf(n);
  try {
    return first?.tag === 0x06 && decodeOid(first) === extOid && childrenOf(n).length >= 2 && childrenOf(n).at(-1)!.tag === 0x04;
  } catch {
    return false;
  }
};

/** Replaces the extension `extOid` of a certificate with `replacement` (signature left stale: parsing is what is tested). */
const patchExtension = (der: Uint8Array, extOid: string, replacement: Uint8Array) => rebuild(decodeDer(der), (n) => (isExtension(n, extOid) ? replacement : undefined));

describe('strict DER BOOLEAN', () => {
  let base: Node;
  beforeAll(async () => {
    base = await make('CN=Boolean CA', { ca: true });
  });

  const bc = (...items: Uint8Array[]) => seq(oid(OID.basicConstraints), Uint8Array.of(0x01, 0x01, 0xff), octetString(seq(...items)));

  it('reads well-formed BOOLEANs as OpenSSL does', () => {
    const der = patchExtension(base.der, OID.basicConstraints, bc(Uint8Array.of(0x01, 0x01, 0xff)));
    expect(parseCertificate(der).basicConstraints?.ca).toBe(true);
    expect(new X509Certificate(der).ca).toBe(true);
  });

  it.each([
    ['empty cA BOOLEAN', bc(Uint8Array.of(0x01, 0x00))],
    ['2-byte cA BOOLEAN', bc(Uint8Array.of(0x01, 0x02, 0xff, 0xff))],
    ['cA BOOLEAN 0x01', bc(Uint8Array.of(0x01, 0x01, 0x01))],
    ['empty critical flag', seq(oid(OID.basicConstraints), Uint8Array.of(0x01, 0x00), octetString(seq(Uint8Array.of(0x01, 0x01, 0xff))))],
    ['2-byte critical flag', seq(oid(OID.basicConstraints), Uint8Array.of(0x01, 0x02, 0xff, 0x00), octetString(seq(Uint8Array.of(0x01, 0x01, 0xff))))],
    ['trailing field in basicConstraints', bc(Uint8Array.of(0x01, 0x01, 0xff), Uint8Array.of(0x02, 0x01, 0x00), Uint8Array.of(0x05, 0x00))],
    ['extra field in the extension', seq(oid(OID.basicConstraints), Uint8Array.of(0x01, 0x01, 0xff), octetString(seq()), Uint8Array.of(0x05, 0x00))],
  ])('refuses a certificate with a malformed %s', (_label, extension) => {
    const der = patchExtension(base.der, OID.basicConstraints, extension);
    expect(() => parseCertificate(der)).toThrow(DerError);
  });
});

describe('distinguished names compared as RDN sets (RFC 5280 §7.1)', () => {
  const atv = (o: string, value: string) => seq(oid(o), utf8String(value));
  const set = (...items: Uint8Array[]) => tlv(0x31, ...items);
  const cnOnly = seq(set(atv(OID.commonName, 'x,2.5.4.10=y')));
  const cnAndO = seq(set(atv(OID.commonName, 'x')), set(atv(OID.organizationName, 'y')));

  it('a value holding a separator does not equal two attributes', () => {
    expect(namesMatch(cnOnly, cnAndO)).toBe(false);
    expect(namesMatch(seq(set(atv(OID.commonName, 'x'), atv(OID.organizationName, 'y'))), cnAndO)).toBe(false); // one multi-valued RDN ≠ two RDNs
  });

  it('matches case and whitespace variants, and multi-valued RDNs in any order', () => {
    expect(namesMatch(seq(set(atv(OID.commonName, '  Test   CA '))), seq(set(atv(OID.commonName, 'test ca'))))).toBe(true);
    const ab = seq(set(atv(OID.commonName, 'x'), atv(OID.organizationName, 'y')));
    const ba = seq(set(atv(OID.organizationName, 'y'), atv(OID.commonName, 'x')));
    expect(namesMatch(ab, ba)).toBe(true);
    expect(namesMatch(cnAndO, seq(set(atv(OID.organizationName, 'y')), set(atv(OID.commonName, 'x'))))).toBe(false); // RDN order matters
  });

  it('chain building does not link a certificate to a CA whose name only looks the same', async () => {
    const ca = await make('', { ca: true, nameDer: cnOnly });
    const impostorIssuerName = await make('', { ca: true, nameDer: cnAndO });
    // A leaf issued (signed) by `ca`'s key but naming CN=x,O=y as its issuer.
    const leaf = await make('CN=leaf', { issuer: { ...ca, name: cnAndO } });
    expect((await buildChain(leaf.cert, [], [ca.cert])).status).toBe('untrusted');
    expect(impostorIssuerName.cert.subjectDer).toEqual(cnAndO);
    // Control: the same leaf naming the CA's real name chains.
    const honest = await make('CN=leaf', { issuer: ca });
    expect((await buildChain(honest.cert, [], [ca.cert])).status).toBe('trusted');
  });
});

describe('path validation (RFC 5280 §6)', () => {
  const trust = async (leaf: Node, pool: Node[], anchor: Node) => buildChain(leaf.cert, pool.map((n) => n.cert), [anchor.cert]);
  let root: Node;
  beforeAll(async () => {
    root = await make('CN=Root', { ca: true });
  });

  it('trusts a well-formed root → CA → leaf path', async () => {
    const ca = await make('CN=CA', { issuer: root, ca: true, pathLength: 0 });
    const leaf = await make('CN=leaf', { issuer: ca });
    expect(await trust(leaf, [ca], root)).toMatchObject({ status: 'trusted' });
  });

  it('enforces pathLenConstraint: root pathLen 0 → CA → leaf is refused', async () => {
    const strictRoot = await make('CN=Strict Root', { ca: true, pathLength: 0 });
    const ca = await make('CN=CA', { issuer: strictRoot, ca: true });
    const leaf = await make('CN=leaf', { issuer: ca });
    expect(await trust(leaf, [ca], strictRoot)).toMatchObject({ status: 'untrusted', code: 'ERR_CERT_PATH_LENGTH' });
    // Directly under the root: allowed.
    const direct = await make('CN=direct', { issuer: strictRoot });
    expect(await trust(direct, [], strictRoot)).toMatchObject({ status: 'trusted' });
    // An intermediate with pathLen 0 above another intermediate.
    const upper = await make('CN=Upper', { issuer: root, ca: true, pathLength: 0 });
    const lower = await make('CN=Lower', { issuer: upper, ca: true });
    const leaf2 = await make('CN=leaf2', { issuer: lower });
    expect(await trust(leaf2, [upper, lower], root)).toMatchObject({ status: 'untrusted', code: 'ERR_CERT_PATH_LENGTH' });
  });

  it('requires cA on the anchor that issues, and keyCertSign when key usage is stated', async () => {
    const notCa = await make('CN=Not a CA', { ca: false, keyUsage: ['keyCertSign'] });
    expect(await trust(await make('CN=leaf', { issuer: notCa }), [], notCa)).toMatchObject({ status: 'untrusted', code: 'ERR_CERT_NOT_CA' });
    const noSign = await make('CN=No keyCertSign', { ca: true, keyUsage: ['cRLSign'] });
    expect(await trust(await make('CN=leaf', { issuer: noSign }), [], noSign)).toMatchObject({ status: 'untrusted', code: 'ERR_CERT_KEY_USAGE' });
    // An intermediate that is not a CA is never used as a link.
    const fakeCa = await make('CN=Fake CA', { issuer: root, ca: false, keyUsage: ['keyCertSign'] });
    expect(await trust(await make('CN=leaf', { issuer: fakeCa }), [fakeCa], root)).toMatchObject({ status: 'untrusted' });
  });

  const critical = (o: string, value: Uint8Array) => seq(oid(o), Uint8Array.of(0x01, 0x01, 0xff), octetString(value));

  it('refuses an unknown critical extension anywhere in the path', async () => {
    const odd = critical('1.3.6.1.4.1.99999.1', seq());
    const ca = await make('CN=CA', { issuer: root, ca: true, extraExtensions: [odd] });
    expect(await trust(await make('CN=leaf', { issuer: ca }), [ca], root)).toMatchObject({ status: 'untrusted', code: 'ERR_CERT_CRITICAL_EXTENSION' });
    const okCa = await make('CN=CA', { issuer: root, ca: true });
    expect(await trust(await make('CN=leaf', { issuer: okCa, extraExtensions: [odd] }), [okCa], root)).toMatchObject({ code: 'ERR_CERT_CRITICAL_EXTENSION' });
    // The same extension, not critical: ignored.
    const mild = await make('CN=leaf', { issuer: okCa, extraExtensions: [seq(oid('1.3.6.1.4.1.99999.1'), octetString(seq()))] });
    expect(await trust(mild, [okCa], root)).toMatchObject({ status: 'trusted' });
  });

  it('refuses name constraints (not implemented)', async () => {
    // NameConstraints ::= SEQUENCE { permittedSubtrees [0] { GeneralSubtree { dNSName "example.org" } } }
    const nc = critical(OID.nameConstraints, seq(tlv(0xa0, seq(tlv(0x82, new TextEncoder().encode('example.org'))))));
    const ca = await make('CN=Constrained CA', { issuer: root, ca: true, extraExtensions: [nc] });
    expect(new X509Certificate(ca.der).ca).toBe(true);
    expect(await trust(await make('CN=leaf', { issuer: ca }), [ca], root)).toMatchObject({ status: 'untrusted', code: 'ERR_CERT_NAME_CONSTRAINTS' });
  });

  it('still trusts the sealing certificate configured as its own anchor', async () => {
    const leaf = await make('CN=leaf', { issuer: root });
    expect(await buildChain(leaf.cert, [], [leaf.cert])).toMatchObject({ status: 'trusted' });
  });
});
