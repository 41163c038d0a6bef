/**
 * The fuzzer's seeds: one signed credential per suite and format, made with the library's own
 * issuing code (fresh keys each run), with the verify options a real verifier would pass.
 */
import { gzipSync } from 'node:zlib';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bake } from '../../src/bake/index.js';
import { createMicroCredential } from '../../src/issue/create-micro-credential.js';
import { signPresentation } from '../../src/issue/sign-presentation.js';
import { generateKey } from '../../src/keys/generate.js';
import { signerFromKeyFile } from '../../src/keys/signer.js';
import type { BuiltinSuiteName, KeyFile } from '../../src/keys/types.js';
import { createStatusService } from '../../src/status/service.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { createSuiteRegistry } from '../../src/suites/registry.js';
import type { VerifyOptions } from '../../src/verify/verify.js';
import { example } from '../helpers/fixtures.js';
import { png } from '../helpers/png.js';
import { fakeTsa, testCa } from '../seal/helpers.js';
import { junkTsa } from './junk-tsa.js';

type Json = Record<string, any>;

/** How a seed travels: the oracle reads the signed content accordingly. */
export type SeedFormat = 'ld' | 'jcs' | 'jwt' | 'png' | 'svg' | 'jades' | 'vp';

export interface Seed {
  /** Stable name, e.g. `eddsa-rdfc-2022`, `vc-jwt-ES256`, `png(eddsa-jcs-2022)`. */
  name: string;
  format: SeedFormat;
  /** For png/svg: the format of the credential inside; for vp: of the presentation's proof. */
  inner?: 'ld' | 'jcs' | 'jwt';
  /** The signed input, as the holder would send it. */
  input: Json | string | Uint8Array;
  options: VerifyOptions & { challenge?: string; domain?: string };
  /** Relative weight in the mix (fast paths get more trials). */
  weight: number;
  /** Pool for "swap a value between credentials": other signed credentials of the same shape. */
  twin?: Json | string;
}

export interface Corpus {
  seeds: Seed[];
  /** Trust anchors and issuers the seeds are verified against (for the service too). */
  trust: { trusted: string[]; certificates: string[] };
  /** Hostile status lists signed by the issuer (for the status mutations). */
  statusLists: { credential: Json; key: KeyFile; lists: Record<string, Json>; options: VerifyOptions };
  /** The holder of the presentations, and an attacker with a did:key of its own. */
  holder: KeyFile;
  attacker: KeyFile;
  close(): Promise<void>;
}

/** A real 4×4 RGBA PNG. */
export const basePng = (): Uint8Array => png(4);

export const BASE_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="#003399"/><text x="8" y="36">ხელოვნური</text></svg>`;

export const CHALLENGE = 'fuzz-challenge-1';
export const DOMAIN = 'admissions.example.am';
const BASE_URL = 'https://credentials.university.example.ge';
/**
 * Junk certificates in the time-stamp token of one seed (see junk-tsa.ts). Sealing now refuses
 * tokens with more than 10 (as verifying does; test/seal/budget.test.ts covers 400), so the seed
 * stays just under the cap.
 */
const JUNK_CERTIFICATES = 9;

/** Builds every seed. Costs about a second (key generation, RSA, one CA). */
export async function buildCorpus(): Promise<Corpus> {
  const doc = (n: number) => ({ ...example('ge-ai-research'), id: `urn:uuid:0b6a4a53-2a2a-4a55-9e0a-7d2c1d8f${String(n).padStart(4, '0')}` });
  const keys: Record<string, KeyFile> = {};
  const keyFor = async (suite: string, alg?: string) => (keys[`${suite}/${alg ?? ''}`] ??= await generateKey(alg ? { suite, alg } as never : { suite: suite as BuiltinSuiteName }));
  const issue = async (suite: string, alg?: string, n = 1) => createMicroCredential(doc(n), { profile: 'ge', key: await keyFor(suite, alg) });

  const ca = await testCa();
  const sealRs = await ca.issueSeal('CN=Fuzz University Seal,O=Fuzz University,C=GE,2.5.4.97=NTRGE-123456789', 'RS256');
  const sealEs = await ca.issueSeal('CN=Fuzz University Seal,O=Fuzz University,C=GE,2.5.4.97=NTRGE-123456789', 'ES256');
  const tsa = await fakeTsa();
  const junk = await junkTsa(JUNK_CERTIFICATES);

  const rdfc = (await issue('eddsa-rdfc-2022')) as Json;
  const jcs = (await issue('eddsa-jcs-2022')) as Json;
  const jcsTwin = (await issue('eddsa-jcs-2022', undefined, 2)) as Json;
  const ed2020 = (await issue('Ed25519Signature2020')) as Json;
  const ecdsa = (await issue('ecdsa-rdfc-2019')) as Json;
  const jwts: Record<string, string> = {};
  for (const alg of ['RS256', 'ES256', 'EdDSA']) jwts[alg] = (await issue('vc-jwt', alg)) as string;
  const jwtTwin = (await issue('vc-jwt', 'ES256', 2)) as string;
  const jadesB = (await createMicroCredential(doc(1), { format: 'elm', key: sealRs })) as unknown as Json;
  const jadesT = (await createMicroCredential(doc(1), { format: 'elm', key: sealEs, timestamp: tsa.client })) as unknown as Json;
  const jadesJunk = (await createMicroCredential(doc(1), { format: 'elm', key: sealEs, timestamp: junk.client })) as unknown as Json;

  const holder = await generateKey({ suite: 'eddsa-jcs-2022' });
  const presentation = (credentials: unknown[]) => ({
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiablePresentation'],
    holder: holder.controller,
    verifiableCredential: credentials,
  });
  const vp = (await signPresentation(presentation([jcs]), { key: holder, challenge: CHALLENGE, domain: DOMAIN })) as Json;
  const vpRdfc = (await signPresentation(presentation([jcs]), { key: holder, suite: 'eddsa-rdfc-2022', challenge: CHALLENGE, domain: DOMAIN })) as Json;

  // A credential with a Bitstring status entry, its list from the issuer's own status service.
  const statusKey = await keyFor('eddsa-jcs-2022');
  const store: Store = await openSqliteStore({ dataDir: mkdtempSync(join(tmpdir(), 'microcred-fuzz-')) });
  const service = await createStatusService({ store, key: statusKey, publicBaseUrl: BASE_URL });
  const withStatus = (await createMicroCredential(doc(3), { profile: 'ge', key: statusKey, status: { service } })) as Json;
  const entry = (Array.isArray(withStatus.credentialStatus) ? withStatus.credentialStatus[0] : withStatus.credentialStatus) as Json;
  const goodList = (await service.resolveStatusList(entry.statusListCredential)) as Json;
  const lists = await hostileStatusLists(goodList, statusKey);

  const trust = {
    trusted: [...Object.values(keys).map((k) => k.controller), holder.controller],
    certificates: [ca.anchorPem, tsa.certificatePem, junk.certificatePem],
  };
  const options: VerifyOptions = { trust };
  const seeds: Seed[] = [
    { name: 'eddsa-rdfc-2022', format: 'ld', input: rdfc, options, weight: 3 },
    { name: 'Ed25519Signature2020', format: 'ld', input: ed2020, options, weight: 1 },
    { name: 'ecdsa-rdfc-2019', format: 'ld', input: ecdsa, options, weight: 1 },
    { name: 'eddsa-jcs-2022', format: 'jcs', input: jcs, options, weight: 30, twin: jcsTwin },
    { name: 'vc-jwt-RS256', format: 'jwt', input: jwts.RS256!, options, weight: 10 },
    { name: 'vc-jwt-ES256', format: 'jwt', input: jwts.ES256!, options, weight: 12, twin: jwtTwin },
    { name: 'vc-jwt-EdDSA', format: 'jwt', input: jwts.EdDSA!, options, weight: 10 },
    { name: 'png(eddsa-jcs-2022)', format: 'png', inner: 'jcs', input: bake(jcs, basePng()) as Uint8Array, options, weight: 5 },
    { name: 'png(vc-jwt-EdDSA)', format: 'png', inner: 'jwt', input: bake(jwts.EdDSA!, basePng()) as Uint8Array, options, weight: 3 },
    { name: 'svg(eddsa-jcs-2022)', format: 'svg', inner: 'jcs', input: bake(jcs, BASE_SVG) as string, options, weight: 5 },
    { name: 'jades-B-RS256', format: 'jades', input: jadesB, options, weight: 4 },
    { name: 'jades-T-ES256', format: 'jades', input: jadesT, options, weight: 3 },
    // The shape of issue 10 item 2 (a time-stamp token with junk certificates), under the certificate cap.
    { name: `jades-T-junk${JUNK_CERTIFICATES}`, format: 'jades', input: jadesJunk, options, weight: 0.5 },
    { name: 'vp(eddsa-jcs-2022)', format: 'vp', inner: 'jcs', input: vp, options: { ...options, challenge: CHALLENGE, domain: DOMAIN }, weight: 4 },
    { name: 'vp(eddsa-rdfc-2022)', format: 'vp', inner: 'ld', input: vpRdfc, options: { ...options, challenge: CHALLENGE, domain: DOMAIN }, weight: 1 },
  ];
  const statusOptions: VerifyOptions = { trust, status: { resolveStatusList: async (url) => (url === entry.statusListCredential ? goodList : undefined) } };
  seeds.push({ name: 'eddsa-jcs-2022+status', format: 'jcs', input: withStatus, options: statusOptions, weight: 3 });
  return {
    seeds,
    trust,
    statusLists: { credential: withStatus, key: statusKey, lists, options: statusOptions },
    holder,
    attacker: await generateKey({ suite: 'eddsa-jcs-2022' }),
    close: () => store.close(),
  };
}

/**
 * Status lists the issuer itself signed, with hostile `encodedList`s: the proof holds, so only
 * the decoder stands between them and a pass. Every one must make the credential fail.
 */
async function hostileStatusLists(good: Json, key: KeyFile): Promise<Record<string, Json>> {
  const suite = createSuiteRegistry().get('eddsa-jcs-2022');
  if (suite.format !== 'embedded') throw new Error('eddsa-jcs-2022 must be embedded');
  const signer = await signerFromKeyFile(key);
  const { proof: _proof, ...unsigned } = good;
  const subject = good.credentialSubject as Json;
  const encoded = String(subject.encodedList);
  const gz = (bytes: Uint8Array) => `u${Buffer.from(gzipSync(bytes)).toString('base64url')}`;
  const valid = Buffer.from(encoded.slice(1), 'base64url');
  const encodings: Record<string, string> = {
    'gzip-truncated': `u${valid.subarray(0, Math.floor(valid.length / 2)).toString('base64url')}`,
    'gzip-bad-crc': `u${Buffer.concat([valid.subarray(0, valid.length - 8), Buffer.alloc(8, 0xff)]).toString('base64url')}`,
    'gzip-not-gzip': `u${Buffer.from('this is not gzip at all').toString('base64url')}`,
    'gzip-empty': 'u',
    'gzip-no-multibase': valid.toString('base64url'),
    'gzip-bad-base64url': `u${valid.toString('base64url').slice(0, 10)}*!~${valid.toString('base64url').slice(13)}`,
    'gzip-too-short-list': gz(new Uint8Array(16)),
    // 24 MiB of zeros, 24 KB compressed: above the 16 MiB cap (KNOWN-ISSUE-10.4: not bounded while inflating).
    'gzip-bomb-24MiB': gz(new Uint8Array(24 * 1024 * 1024)),
  };
  const out: Record<string, Json> = {};
  for (const [name, encodedList] of Object.entries(encodings)) {
    out[name] = (await suite.issue({ ...unsigned, credentialSubject: { ...subject, encodedList } }, { signer })) as Json;
  }
  return out;
}
