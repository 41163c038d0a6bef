/**
 * A loopback HTTPS "LMS" for the OB 2.0 tests: it publishes Open Badges 2.0 documents shaped
 * exactly as Moodle (hosted, `obversion=2`: core_badges assertion.php / badge_json.php /
 * issuer_json.php, the badge and issuer embedded, `verify` not `verification`, `alignments`)
 * and Badgr / Canvas Credentials (signed: RS256 JWS, issuer profile with `publicKey` and
 * `revocationList`) publish them. The resolver trusts its self-signed certificate.
 */
import { createHash } from 'node:crypto';
import { type Server, createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { CompactSign, exportSPKI, generateKeyPair } from 'jose';
import { createResolver, type Resolver } from '../../src/resolver/resolver.js';
import { createPinnedFetch } from '../../src/resolver/pinned-fetch.js';
import { selfSignedCertificate } from '../server/helpers.js';

type Route = { status: number; body: string; type?: string };

export interface Lms {
  base: string;
  resolver: Resolver;
  /** Publishes (or replaces) a document; `status` 410 marks a revoked hosted assertion. */
  put(path: string, document: unknown, status?: number): void;
  /** How often each path was fetched. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

const tls = selfSignedCertificate();
/** The LMS certificate (PEM), for NODE_EXTRA_CA_CERTS in CLI tests. */
export const LMS_CA = tls.cert;

export async function startLms(): Promise<Lms> {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  const server: Server = createServer({ cert: tls.cert, key: tls.key }, (req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    res.writeHead(route.status, { 'content-type': route.type ?? 'application/json; charset=utf-8' }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const resolver = createResolver({ allow: ['*'], allowPrivateNetwork: true, fetch: createPinnedFetch({ ca: tls.cert }), cacheTtlMs: 0 });
  return {
    base,
    resolver,
    hits,
    put: (path, document, status = 200) => routes.set(path, { status, body: JSON.stringify(document) }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A 1×1 PNG as Moodle embeds badge images (data: URI). */
export const PNG_DATA_URI = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export const MOODLE_SALT = 'k3Lp9xQa';
export const sha256Identity = (email: string, salt: string) => `sha256$${createHash('sha256').update(email + salt).digest('hex')}`;

/**
 * Moodle's OB 2.0 export (core_badges\assertion with obversion=2) of badge `badgeId` awarded
 * under `hash` to `email`: the assertion, with the BadgeClass and issuer embedded as Moodle embeds them.
 */
export function moodleAssertion(base: string, options: { hash: string; email: string; badgeId?: number; issuedOn?: string; expires?: string }) {
  const badgeId = options.badgeId ?? 7;
  const assertionUrl = `${base}/badges/assertion.php?b=${options.hash}&obversion=2`;
  const issuer = {
    name: 'Ivane Javakhishvili Tbilisi State University',
    url: 'https://www.tsu.ge',
    email: 'badges@tsu.ge',
    '@context': 'https://w3id.org/openbadges/v2',
    id: `${base}/badges/issuer_json.php?id=${badgeId}`,
    type: 'Issuer',
  };
  const badge = {
    name: 'Applied Machine Learning',
    description: 'Awarded for completing the Applied Machine Learning course (Moodle course AML-101).',
    image: PNG_DATA_URI,
    criteria: { id: `${base}/badges/badge.php?hash=${options.hash}`, narrative: 'Complete all graded assignments with at least 60%.' },
    issuer,
    '@context': 'https://w3id.org/openbadges/v2',
    id: `${base}/badges/badge_json.php?id=${badgeId}`,
    type: 'BadgeClass',
    version: '1.0',
    '@language': 'en',
    alignments: [{ targetName: 'EQF level 6', targetUrl: 'http://data.europa.eu/snb/eqf/6', targetFramework: 'European Qualifications Framework', targetCode: '6' }],
  };
  const assertion: Record<string, unknown> = {
    recipient: { identity: sha256Identity(options.email, MOODLE_SALT), type: 'email', hashed: true, salt: MOODLE_SALT },
    badge,
    verify: { type: 'hosted', url: `${base}/badges/assertion.php?b=${options.hash}&obversion=2` },
    issuedOn: options.issuedOn ?? '2026-06-30T10:15:00+00:00',
    evidence: `${base}/badges/badge.php?hash=${options.hash}`,
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'Assertion',
    id: assertionUrl,
  };
  if (options.expires) assertion.expires = options.expires;
  return { assertion, badge, issuer, path: new URL(assertionUrl).pathname + new URL(assertionUrl).search };
}

/** Publishes a Moodle assertion (and its badge and issuer JSON) on the LMS. */
export function publishMoodle(lms: Lms, moodle: ReturnType<typeof moodleAssertion>): void {
  lms.put(moodle.path, moodle.assertion);
  lms.put(new URL(moodle.badge.id).pathname + new URL(moodle.badge.id).search, moodle.badge);
  lms.put(new URL(moodle.issuer.id).pathname + new URL(moodle.issuer.id).search, moodle.issuer);
}

/** A Badgr / Canvas Credentials issuer that signs: its RSA key, profile, key document and revocation list. */
export async function badgrIssuer(lms: Lms, entity = 'Yx3kQ9') {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const issuerId = `${lms.base}/public/issuers/${entity}`;
  const keyId = `${issuerId}/keys/1`;
  const revocationList = `${issuerId}/revocations`;
  const profile = {
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'Issuer',
    id: issuerId,
    name: 'Yerevan State University — Digital Skills',
    url: 'https://www.ysu.am',
    email: 'badges@ysu.am',
    publicKey: keyId,
    revocationList,
  };
  const key = { '@context': 'https://w3id.org/openbadges/v2', type: 'CryptographicKey', id: keyId, owner: issuerId, publicKeyPem: await exportSPKI(publicKey) };
  lms.put(`/public/issuers/${entity}`, profile);
  lms.put(`/public/issuers/${entity}/keys/1`, key);
  lms.put(`/public/issuers/${entity}/revocations`, { '@context': 'https://w3id.org/openbadges/v2', type: 'RevocationList', id: revocationList, issuer: issuerId, revokedAssertions: [] });
  const badgeId = `${lms.base}/public/badges/${entity}-B1`;
  const badge = {
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'BadgeClass',
    id: badgeId,
    name: 'Data Literacy',
    description: 'Reads, analyses and presents data responsibly.',
    image: `${lms.base}/public/badges/${entity}-B1/image`,
    criteria: { narrative: 'Passed the final project and the online quiz.' },
    issuer: issuerId,
    tags: ['data', 'statistics'],
    alignment: [{ targetName: 'Data analysis', targetUrl: 'http://data.europa.eu/esco/skill/3b1d5b8e-7c0a-4a1b-9a4e-2f1f5a1d5c11', targetFramework: 'ESCO' }],
  };
  lms.put(`/public/badges/${entity}-B1`, badge);
  /** Signs an assertion for `email`, as Badgr does (RS256 JWS, verification SignedBadge with creator). */
  const sign = async (email: string, uuid: string, extra: Record<string, unknown> = {}) => {
    const assertion = {
      '@context': 'https://w3id.org/openbadges/v2',
      type: 'Assertion',
      id: `urn:uuid:${uuid}`,
      badge: badgeId,
      recipient: { type: 'email', hashed: true, salt: 'a1b2c3', identity: sha256Identity(email, 'a1b2c3') },
      issuedOn: '2026-05-12T08:00:00Z',
      verification: { type: 'SignedBadge', creator: keyId },
      evidence: [{ narrative: 'Final project: a dashboard of Yerevan air quality.' }],
      ...extra,
    };
    const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(assertion))).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    return { assertion, jws };
  };
  const revoke = (ids: Array<string | { id: string; revocationReason: string }>) =>
    lms.put(`/public/issuers/${entity}/revocations`, { '@context': 'https://w3id.org/openbadges/v2', type: 'RevocationList', id: revocationList, issuer: issuerId, revokedAssertions: ids });
  return { profile, key, badge, privateKey, sign, revoke, issuerId, keyId };
}

/** Bakes `text` into a PNG the Open Badges 2.0 way: an uncompressed iTXt chunk with keyword `openbadges`. */
export function bakeOb2Png(png: Uint8Array, text: string): Uint8Array {
  const data = Buffer.concat([Buffer.from('openbadges\0\0\0\0\0', 'latin1'), Buffer.from(text, 'utf8')]);
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write('iTXt', 4, 'ascii');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  const bytes = Buffer.from(png);
  const ihdrEnd = 8 + 12 + bytes.readUInt32BE(8);
  return Buffer.concat([bytes.subarray(0, ihdrEnd), chunk, bytes.subarray(ihdrEnd)]);
}

function crc(bytes: Uint8Array): number {
  let c = ~0;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
