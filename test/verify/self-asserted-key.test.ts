/**
 * VC-JWTs whose JOSE header carries the public key (`jwk`, OB 3.0 §8.2): the signature is checked
 * with that key, the key is reported as self-asserted (integrity proven, issuer identity not), and
 * only a trust list naming the key's JWK thumbprint (RFC 7638) makes the issuer trusted.
 */
import { calculateJwkThumbprintUri } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { type KeyFile, type Signer, createVcJwtSuite, generateKey, signerFromKeyFile, verify } from '../../src/index.js';
import { createDocumentLoader } from '../../src/loader/index.js';
import { obCredential } from '../crypto/fixtures.js';

const suite = createVcJwtSuite();
const documentLoader = createDocumentLoader();
const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const ISSUER = 'https://university.example/issuers/1';
const checkOf = (report: Awaited<ReturnType<typeof verify>>, id: string) => report.checks.find((c) => c.id === id);

async function sign(signer: Signer, header: Record<string, unknown>, payload: Record<string, unknown>): Promise<string> {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${Buffer.from(await signer.sign(new TextEncoder().encode(input))).toString('base64url')}`;
}

describe('VC-JWT with a header jwk (self-asserted key)', () => {
  let key: KeyFile;
  let signer: Signer;
  let thumbprint: string;
  let payload: Record<string, unknown>;
  let jwt: string;
  beforeAll(async () => {
    key = await generateKey({ suite: 'vc-jwt', alg: 'RS256', controller: ISSUER });
    signer = await signerFromKeyFile(key);
    thumbprint = await calculateJwkThumbprintUri(key.publicKeyJwk, 'sha256');
    const credential = obCredential(ISSUER);
    // No "sub": the 1EdTech fixtures omit it; the signed credentialSubject.id governs.
    payload = { ...credential, iss: ISSUER, jti: credential.id, nbf: 1736935200 };
    jwt = await sign(signer, { alg: 'RS256', typ: 'JWT', jwk: key.publicKeyJwk }, payload);
  });

  it('the suite refuses it by default (a status list or a direct caller never gets a self-asserted pass)', async () => {
    expect(await suite.verify(jwt, { documentLoader })).toMatchObject({ verified: false, code: 'ERR_JWT_KEY_NOT_BOUND', verificationMethod: thumbprint });
  });

  it('with selfAssertedKeys, verifies the signature and names the key by its thumbprint', async () => {
    expect(await suite.verify(jwt, { documentLoader, selfAssertedKeys: true })).toMatchObject({
      verified: true,
      verificationMethod: thumbprint,
      selfAssertedKey: thumbprint,
    });
    const [h, , s] = jwt.split('.');
    const forged = `${h}.${b64({ ...payload, name: 'Changed' })}.${s}`;
    expect(await suite.verify(forged, { documentLoader, selfAssertedKeys: true })).toMatchObject({ verified: false, code: 'ERR_SIGNATURE_INVALID' });
  });

  it('refuses private members in the header jwk, and a kid that disagrees with it', async () => {
    for (const member of ['d', 'p', 'dq']) {
      const leaked = await sign(signer, { alg: 'RS256', jwk: { ...key.publicKeyJwk, [member]: 'AQAB' } }, payload);
      const result = await suite.verify(leaked, { documentLoader, selfAssertedKeys: true });
      expect(result, member).toMatchObject({ verified: false, code: 'ERR_JWT_HEADER' });
      expect(result.reason).toContain(`"${member}"`);
    }
    for (const jwk of [{ kty: 'RSA', e: 'AQAB' }, { kty: 'EC', crv: 'P-256', x: 'AQAB' }, 'not a key']) {
      const broken = await sign(signer, { alg: 'RS256', jwk }, payload);
      expect(await suite.verify(broken, { documentLoader, selfAssertedKeys: true }), JSON.stringify(jwk)).toMatchObject({ verified: false, code: 'ERR_JWT_HEADER' });
    }
    const other = await generateKey({ suite: 'vc-jwt', alg: 'RS256' });
    const otherThumbprint = await calculateJwkThumbprintUri(other.publicKeyJwk, 'sha256');
    const wrongKid = await sign(signer, { alg: 'RS256', kid: otherThumbprint, jwk: key.publicKeyJwk }, payload);
    expect(await suite.verify(wrongKid, { documentLoader, selfAssertedKeys: true })).toMatchObject({ verified: false, code: 'ERR_JWT_HEADER' });
    // A did:key kid resolves offline: a different key than the header's is a disagreement.
    const didKid = await sign(signer, { alg: 'RS256', kid: other.id, jwk: key.publicKeyJwk }, { ...payload, iss: other.controller, issuer: { id: other.controller, type: ['Profile'] } });
    expect(await suite.verify(didKid, { documentLoader, selfAssertedKeys: true })).toMatchObject({ verified: false });
    // A kid that is the header key's own thumbprint agrees with it.
    const ownKid = await sign(signer, { alg: 'RS256', kid: thumbprint, jwk: key.publicKeyJwk }, payload);
    expect(await suite.verify(ownKid, { documentLoader, selfAssertedKeys: true })).toMatchObject({ verified: true, selfAssertedKey: thumbprint });
  });

  it('verify(): proof passes and says what is and is not proven; the trust check decides on the key', async () => {
    const report = await verify(jwt);
    expect(report.verified).toBe(true);
    const proof = checkOf(report, 'proof')!;
    expect(proof.status).toBe('pass');
    expect(proof.message).toMatch(/self-asserted/);
    expect(proof.message).toContain(ISSUER);
    expect(proof.details).toMatchObject({ selfAssertedKey: thumbprint, claimedIssuer: ISSUER });
    expect(checkOf(report, 'issuer-trust')!.status).not.toBe('pass');

    // Naming the issuer id is not enough: the key is not tied to it.
    const byName = await verify(jwt, { trust: { trusted: [ISSUER] } });
    expect(checkOf(byName, 'issuer-trust')).toMatchObject({ status: 'warn', code: 'WARN_ISSUER_KEY_SELF_ASSERTED' });
    // Naming the key's thumbprint is.
    const byKey = await verify(jwt, { trust: { trusted: [thumbprint] } });
    expect(checkOf(byKey, 'issuer-trust')).toMatchObject({ status: 'pass' });
    expect(byKey.verified).toBe(true);
    const distrusted = await verify(jwt, { trust: { trusted: [ISSUER], distrusted: [thumbprint] } });
    expect(checkOf(distrusted, 'issuer-trust')).toMatchObject({ status: 'fail', code: 'ERR_ISSUER_DISTRUSTED' });
    expect(distrusted.verified).toBe(false);
  });

  it('a header jwk that is not the did:key issuer\'s own key still fails', async () => {
    const didKeyIssuer = await generateKey({ suite: 'vc-jwt', alg: 'EdDSA' });
    const credential = obCredential(didKeyIssuer.controller!);
    const token = await sign(signer, { alg: 'RS256', jwk: key.publicKeyJwk }, { ...credential, iss: didKeyIssuer.controller, jti: credential.id });
    expect(checkOf(await verify(token), 'proof')).toMatchObject({ status: 'fail', code: 'ERR_JWT_KEY_NOT_BOUND' });
  });
});
