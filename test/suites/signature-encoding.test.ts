// Issue 10 item 7: one canonical encoding per signature. Every mutation below keeps the signature
// bytes (or an equally valid ECDSA signature), so before the fix each one verified.
import { base64url } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { type SignedCredential, createMicroCredential, generateKey, verify, verifyPresentation } from '../../src/index.js';
import { base58Decode, base58Encode } from '../../src/keys/multibase.js';
import { isLowS } from '../../src/keys/p256.js';
import { example } from '../helpers/fixtures.js';

const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

/** The other valid ECDSA signature: (r, n − s). */
function flipS(signature: Uint8Array): Uint8Array {
  const s = signature.subarray(32).reduce((n, b) => (n << 8n) | BigInt(b), 0n);
  const out = Uint8Array.from(signature);
  let v = N - s;
  for (let i = 63; i >= 32; i--, v >>= 8n) out[i] = Number(v & 0xffn);
  return out;
}

const proofCheck = (report: Awaited<ReturnType<typeof verify>>) => report.checks.find((c) => c.id === 'proof');

describe('multibase proofValue: one spelling', () => {
  let signed: SignedCredential;
  beforeAll(async () => {
    signed = (await createMicroCredential(example('am-data-analytics'), { key: await generateKey({ suite: 'eddsa-rdfc-2022' }) })) as SignedCredential;
  });

  const withProofValue = (value: string) => ({ ...signed, proof: [{ ...signed.proof[0], proofValue: value }] });

  it('refuses whitespace anywhere in the proofValue', async () => {
    expect((await verify(signed)).verified).toBe(true);
    const value = String(signed.proof[0]!.proofValue);
    for (const spelled of [`${value} `, `${value}\n`, `z ${value.slice(1)}`, `${value.slice(0, 20)}\t${value.slice(20)}`, `${value.slice(0, 40)}\u00a0${value.slice(40)}`]) {
      const report = await verify(withProofValue(spelled));
      expect(report.verified, JSON.stringify(spelled)).toBe(false);
      expect(proofCheck(report)?.code).toBe('ERR_SIGNATURE_ENCODING');
    }
  });

  it('refuses characters outside the alphabet and signatures of the wrong length', async () => {
    const value = String(signed.proof[0]!.proofValue);
    for (const spelled of [`${value.slice(0, 10)}0${value.slice(11)}`, `z1${value.slice(1)}`, `z${base58Encode(base58Decode(value.slice(1))!.subarray(1))}`]) {
      expect(proofCheck(await verify(withProofValue(spelled)))?.code).toBe('ERR_SIGNATURE_ENCODING');
    }
  });
});

describe('ECDSA signatures must be low-S', () => {
  it('ecdsa-rdfc-2019: issues low-S and refuses the high-S twin', async () => {
    const key = await generateKey({ suite: 'ecdsa-rdfc-2019' });
    const issued: SignedCredential[] = [];
    // Without normalisation about half of all ECDSA signatures are high-S: 12 in a row are not by chance.
    for (let i = 0; i < 12; i++) issued.push((await createMicroCredential({ ...example('am-data-analytics'), id: `urn:uuid:00000000-0000-4000-8000-00000000000${i.toString(16)}` }, { key })) as SignedCredential);
    for (const vc of issued) expect(isLowS(base58Decode(String(vc.proof[0]!.proofValue).slice(1))!)).toBe(true);
    const [signed] = issued as [SignedCredential];
    expect((await verify(signed)).verified).toBe(true);
    const high = `z${base58Encode(flipS(base58Decode(String(signed.proof[0]!.proofValue).slice(1))!))}`;
    const report = await verify({ ...signed, proof: [{ ...signed.proof[0], proofValue: high }] });
    expect(report.verified).toBe(false);
    expect(proofCheck(report)?.code).toBe('ERR_SIGNATURE_ENCODING');
  });

  it('ES256 VC-JWT: issues low-S and refuses the high-S twin', async () => {
    const key = await generateKey({ suite: 'vc-jwt', alg: 'ES256' });
    const tokens: string[] = [];
    for (let i = 0; i < 12; i++) tokens.push((await createMicroCredential(example('am-data-analytics'), { key })) as string);
    for (const jwt of tokens) expect(isLowS(base64url.decode(jwt.split('.')[2]!))).toBe(true);
    const [jwt] = tokens as [string];
    expect((await verify(jwt)).verified).toBe(true);
    const [h, p, s] = jwt.split('.') as [string, string, string];
    const report = await verify(`${h}.${p}.${base64url.encode(flipS(base64url.decode(s)))}`);
    expect(report.verified).toBe(false);
    expect(proofCheck(report)?.code).toBe('ERR_SIGNATURE_ENCODING');
  });
});

describe('VC-JWT: canonical base64url, compact serialization only', () => {
  let jwt: string;
  beforeAll(async () => {
    jwt = (await createMicroCredential(example('am-data-analytics'), { key: await generateKey({ suite: 'vc-jwt' }) })) as string;
  });

  it('refuses every other last character of the signature that decodes to the same bytes', async () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const body = jwt.slice(0, -1);
    const twins = [...alphabet].filter((c) => c !== jwt.at(-1) && base64url.decode(body.split('.')[2]! + c).every((b, i, all) => b === base64url.decode(jwt.split('.')[2]!)[i] && all.length === 256));
    expect(twins.length).toBe(15); // RS256: 256 bytes in 342 characters leave 4 spare bits
    for (const c of twins) {
      const report = await verify(body + c);
      expect(report.verified, c).toBe(false);
      expect(proofCheck(report)?.code).toBe('ERR_SIGNATURE_ENCODING');
    }
  });

  it('does not accept the token as flattened or general JSON JWS', async () => {
    const [protectedHeader, payload, signature] = jwt.split('.') as [string, string, string];
    const flattened = { protected: protectedHeader, payload, signature };
    const general = { payload, signatures: [{ protected: protectedHeader, signature }] };
    for (const form of [flattened, general, JSON.stringify(flattened)]) expect((await verify(form)).verified).toBe(false);
    const vp = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiablePresentation'],
      verifiableCredential: [{ '@context': 'https://www.w3.org/ns/credentials/v2', type: 'EnvelopedVerifiableCredential', id: `data:application/vc+jwt,${encodeURIComponent(JSON.stringify(flattened))}` }],
    };
    expect((await verifyPresentation(vp)).verified).toBe(false);
  });
});
