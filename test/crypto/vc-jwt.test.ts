import { SignJWT, decodeJwt, decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateKey, keyDocument, signerFromKeyFile, type KeyFile, type Signer } from '../../src/keys/index.js';
import { createDocumentLoader } from '../../src/loader/index.js';
import { createVcJwtSuite, type JsonObject } from '../../src/suites/index.js';
import { leafPaths, obCredential, stubResolver, tamper, vc11Credential } from './fixtures.js';

const suite = createVcJwtSuite();
const loader = createDocumentLoader();
const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const unb64 = (segment: string): JsonObject => JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as JsonObject;

const keys = {} as Record<'RS256' | 'ES256' | 'EdDSA', { key: KeyFile; signer: Signer; jwt: string }>;

beforeAll(async () => {
  for (const alg of ['RS256', 'ES256', 'EdDSA'] as const) {
    const key = await generateKey({ suite: 'vc-jwt', alg });
    const signer = await signerFromKeyFile(key);
    keys[alg] = { key, signer, jwt: await suite.issue(obCredential(key.controller), { signer }) };
  }
});

describe.each(['RS256', 'ES256', 'EdDSA'] as const)('vc-jwt %s', (alg) => {
  it('issues a compact JWS with the OB 3.0 header and claims, and verifies it', async () => {
    const { key, jwt } = keys[alg];
    expect(decodeProtectedHeader(jwt)).toEqual({ alg, kid: key.id, typ: 'JWT' });
    const credential = obCredential(key.controller);
    expect(decodeJwt(jwt)).toEqual({
      ...credential,
      iss: key.controller,
      jti: credential.id,
      sub: 'did:example:learner-42',
      nbf: Date.parse('2025-01-15T10:00:00Z') / 1000,
    });
    expect(await suite.verify(jwt, { documentLoader: loader })).toEqual({
      verified: true,
      suite: 'vc-jwt',
      verificationMethod: key.id,
      controller: key.controller,
      credential,
    });
  });

  it('is a standard JWT: jose verifies it with the public key', async () => {
    const { key, jwt } = keys[alg];
    const { payload } = await jwtVerify(jwt, await importJWK(key.publicKeyJwk, alg), { issuer: key.controller });
    expect(payload.name).toBe('Micro-credential: ხელოვნური ინტელექტი');
  });

  it('fails when any payload field is tampered with (signature kept)', async () => {
    const { jwt } = keys[alg];
    const [header, payload, signature] = jwt.split('.') as [string, string, string];
    const claims = unb64(payload);
    for (const path of leafPaths(claims)) {
      const forged = `${header}.${b64(tamper(claims, path))}.${signature}`;
      const result = await suite.verify(forged, { documentLoader: loader });
      expect(result.verified, path.join('.')).toBe(false);
    }
  });

  it('fails with the wrong key', async () => {
    const { key } = keys[alg];
    const other = await signerFromKeyFile(await generateKey({ suite: 'vc-jwt', alg }));
    const impostor: Signer = { id: key.id, algorithm: alg, sign: (data) => other.sign(data) };
    const forged = await suite.issue(obCredential(key.controller), { signer: impostor });
    expect(await suite.verify(forged, { documentLoader: loader })).toMatchObject({ verified: false, code: 'ERR_SIGNATURE_INVALID' });
  });
});

describe('vc-jwt refuses', () => {
  it('alg "none" and HMAC algorithms', async () => {
    const { key } = keys.EdDSA;
    const payload = b64({ ...obCredential(key.controller), iss: key.controller });
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    expect(await suite.verify(none, { documentLoader: loader })).toMatchObject({ verified: false, code: 'ERR_JWT_ALG_NOT_ALLOWED' });
    // An HS256 token keyed with the public key bytes: the classic algorithm-confusion attack.
    const hs256 = await new SignJWT({ ...obCredential(key.controller) })
      .setProtectedHeader({ alg: 'HS256', kid: key.id, typ: 'JWT' })
      .setIssuer(key.controller)
      .sign(new TextEncoder().encode(JSON.stringify(key.publicKeyJwk)));
    expect(await suite.verify(hs256, { documentLoader: loader })).toMatchObject({ verified: false, code: 'ERR_JWT_ALG_NOT_ALLOWED' });
    for (const alg of ['HS512', 'PS256', 'ES384', 'RS512', '', 42, null]) {
      const token = `${b64({ alg, kid: key.id })}.${payload}.c2ln`;
      expect(await suite.verify(token, { documentLoader: loader }), String(alg)).toMatchObject({ code: 'ERR_JWT_ALG_NOT_ALLOWED' });
    }
  });

  it('an algorithm that does not fit the key', async () => {
    // RS256 header, but the kid names an Ed25519 key; signed with an RSA key of the attacker.
    const ed = keys.EdDSA.key;
    const rsa = await signerFromKeyFile(keys.RS256.key);
    const confused: Signer = { id: ed.id, algorithm: 'RS256', sign: (data) => rsa.sign(data) };
    const token = await suite.issue(obCredential(ed.controller), { signer: confused });
    expect(await suite.verify(token, { documentLoader: loader })).toMatchObject({ verified: false, code: 'ERR_JWT_ALG_KEY_MISMATCH' });
  });

  it('headers OB 3.0 does not allow, and a private jwk', async () => {
    const { key, jwt } = keys.ES256;
    const [, payload, signature] = jwt.split('.') as [string, string, string];
    const withHeader = (header: JsonObject) => `${b64(header)}.${payload}.${signature}`;
    expect(await suite.verify(withHeader({ alg: 'ES256', kid: key.id, jku: 'https://evil.example/jwks' }), { documentLoader: loader })).toMatchObject({
      code: 'ERR_JWT_HEADER',
    });
    expect(await suite.verify(withHeader({ alg: 'ES256', kid: key.id, typ: 'at+jwt' }), { documentLoader: loader })).toMatchObject({ code: 'ERR_JWT_HEADER' });
    expect(await suite.verify(withHeader({ alg: 'ES256', jwk: key.privateKeyJwk }), { documentLoader: loader })).toMatchObject({ code: 'ERR_JWT_HEADER' });
    expect(await suite.verify(withHeader({ alg: 'ES256' }), { documentLoader: loader })).toMatchObject({ code: 'ERR_JWT_HEADER' });
  });

  it('claims that contradict the credential', async () => {
    const { key, signer } = keys.EdDSA;
    const sign = async (claims: JsonObject): Promise<string> => {
      const input = `${b64({ alg: 'EdDSA', kid: key.id })}.${b64(claims)}`;
      return `${input}.${Buffer.from(await signer.sign(new TextEncoder().encode(input))).toString('base64url')}`;
    };
    const credential = obCredential(key.controller);
    const good = { ...credential, iss: key.controller, jti: credential.id, sub: 'did:example:learner-42', nbf: 1736935200 };
    expect(await suite.verify(await sign(good), { documentLoader: loader })).toMatchObject({ verified: true });
    for (const [claim, value] of [['iss', 'did:example:other'], ['jti', 'urn:uuid:other'], ['sub', 'did:example:other'], ['nbf', 1]] as const) {
      expect(await suite.verify(await sign({ ...good, [claim]: value }), { documentLoader: loader }), claim).toMatchObject({
        verified: false,
        code: 'ERR_JWT_CLAIM_MISMATCH',
      });
    }
    const { iss: _, ...noIss } = good;
    expect(await suite.verify(await sign(noIss), { documentLoader: loader })).toMatchObject({ code: 'ERR_JWT_CLAIM_MISSING' });
    expect(await suite.verify(await sign({ ...good, exp: 1999999999 }), { documentLoader: loader })).toMatchObject({ code: 'ERR_JWT_CLAIM_MISMATCH' });
  });

  it('a key that is not the issuer\'s', async () => {
    const { key } = keys.ES256;
    const stranger = await signerFromKeyFile(await generateKey({ suite: 'vc-jwt', alg: 'ES256' }));
    const token = await suite.issue(obCredential(key.controller), { signer: stranger });
    expect(await suite.verify(token, { documentLoader: loader })).toMatchObject({ verified: false, code: 'ERR_ISSUER_MISMATCH' });
  });

  it('a context the loader does not bundle', async () => {
    const { key, signer } = keys.EdDSA;
    const url = 'https://example.edu/contexts/extra.jsonld';
    const credential = { ...obCredential(key.controller), '@context': ['https://www.w3.org/ns/credentials/v2', url] };
    const permissive = createDocumentLoader({ extraContexts: { [url]: { '@context': {} } } });
    const jwt = await suite.issue(credential, { signer, documentLoader: permissive });
    expect(await suite.verify(jwt, { documentLoader: permissive })).toMatchObject({ verified: true });
    const result = await suite.verify(jwt, { documentLoader: loader });
    expect(result).toMatchObject({ verified: false, code: 'ERR_CONTEXT_NOT_BUNDLED' });
    expect(result.reason).toContain(url);
    await expect(suite.issue(credential, { signer })).rejects.toMatchObject({ code: 'ERR_CONTEXT_NOT_BUNDLED' });
  });

  it('bad input, without throwing', async () => {
    for (const input of [null, {}, 'a.b', 'a.b.c.d', '!!!.???.***', `${b64([1])}.${b64({})}.`, `${b64({ alg: 'EdDSA' })}.${b64({ no: 'context' })}.`]) {
      const result = await suite.verify(input, { documentLoader: loader });
      expect(result.verified).toBe(false);
      expect(result.code).toMatch(/^ERR_JWT_|^ERR_CREDENTIAL_/);
    }
  });
});

describe('vc-jwt interoperability', () => {
  it('verifies VC 1.1 JWTs (credential in the "vc" claim), and issues them for VC 1.1 credentials', async () => {
    const { key, signer } = keys.RS256;
    const credential = vc11Credential(key.controller);
    const jwt = await suite.issue(credential, { signer });
    const payload = decodeJwt(jwt);
    expect(payload).toMatchObject({ vc: credential, iss: key.controller, jti: credential.id, nbf: Date.parse('2024-03-01T00:00:00Z') / 1000 });
    expect(await suite.verify(jwt, { documentLoader: loader })).toMatchObject({ verified: true, credential });
  });

  it('accepts a bare jwk header only for the did:key of that key', async () => {
    const { key, signer } = keys.EdDSA;
    const credential = obCredential(key.controller);
    const input = `${b64({ alg: 'EdDSA', jwk: key.publicKeyJwk })}.${b64({ ...credential, iss: key.controller, jti: credential.id, sub: 'did:example:learner-42', nbf: 1736935200 })}`;
    const jwt = `${input}.${Buffer.from(await signer.sign(new TextEncoder().encode(input))).toString('base64url')}`;
    expect(await suite.verify(jwt, { documentLoader: loader })).toMatchObject({ verified: true, verificationMethod: key.id });
    const other = keys.ES256.key;
    const foreign = `${b64({ alg: 'ES256', jwk: other.publicKeyJwk })}.${input.split('.')[1]}.c2ln`;
    expect(await suite.verify(foreign, { documentLoader: loader })).toMatchObject({ verified: false, code: 'ERR_JWT_KEY_NOT_BOUND' });
  });

  it('resolves an HTTPS kid to a hosted JWK (the OB 3.0 default) and a relative kid', async () => {
    const key = await generateKey({ suite: 'vc-jwt', controller: 'https://example.edu/issuers/9' });
    const signer = await signerFromKeyFile(key);
    const documentLoader = createDocumentLoader({ resolver: stubResolver({ 'https://example.edu/issuers/9': keyDocument(key) }) });
    const jwt = await suite.issue(obCredential(key.controller), { signer });
    expect(await suite.verify(jwt, { documentLoader })).toMatchObject({ verified: true, controller: key.controller });
    const relative: Signer = { id: '#key-1', algorithm: signer.algorithm, sign: (data) => signer.sign(data) };
    expect(await suite.verify(await suite.issue(obCredential(key.controller), { signer: relative }), { documentLoader })).toMatchObject({
      verified: true,
      verificationMethod: key.id,
    });
    expect(await suite.verify(jwt, { documentLoader: loader })).toMatchObject({ verified: false, code: 'ERR_RESOLVER_REQUIRED' });
  });

  it('refuses to sign with signers of other algorithms or credentials with reserved claim names', async () => {
    const { key, signer } = keys.EdDSA;
    await expect(suite.issue(obCredential(key.controller), { signer: { ...signer, algorithm: 'HS256' } as unknown as Signer })).rejects.toMatchObject({
      code: 'ERR_SIGNER_ALGORITHM',
    });
    await expect(suite.issue({ ...obCredential(key.controller), exp: 1 }, { signer })).rejects.toMatchObject({ code: 'ERR_CREDENTIAL_INVALID' });
    await expect(suite.issue({ ...obCredential(key.controller), validFrom: 'soon' }, { signer })).rejects.toMatchObject({ code: 'ERR_CREDENTIAL_INVALID' });
  });
});
