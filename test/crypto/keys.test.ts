import { compactVerify, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  didWebDocument,
  exportKey,
  generateKey,
  importKey,
  keyDocument,
  parseDidKey,
  parseKeyFile,
  signerFromKeyFile,
  verificationMethodOf,
  verifierFromJwk,
  type KeyFile,
} from '../../src/keys/index.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('generateKey', () => {
  const cases = [
    { suite: 'eddsa-rdfc-2022', alg: 'EdDSA', kty: 'OKP', did: /^did:key:z6Mk/ },
    { suite: 'eddsa-jcs-2022', alg: 'EdDSA', kty: 'OKP', did: /^did:key:z6Mk/ },
    { suite: 'Ed25519Signature2020', alg: 'EdDSA', kty: 'OKP', did: /^did:key:z6Mk/ },
    { suite: 'ecdsa-rdfc-2019', alg: 'ES256', kty: 'EC', did: /^did:key:zDn/ },
    { suite: 'vc-jwt', alg: 'RS256', kty: 'RSA', did: /^did:key:z4MX/ },
  ] as const;

  for (const c of cases) {
    it(`makes a ${c.alg} did:key for ${c.suite}`, async () => {
      const key = await generateKey({ suite: c.suite });
      expect(key).toMatchObject({ type: 'MicrocredKey', version: 1, suite: c.suite, alg: c.alg });
      expect(key.controller).toMatch(c.did);
      expect(key.id).toBe(`${key.controller}#${key.controller.slice('did:key:'.length)}`);
      expect(key.publicKeyJwk.kty).toBe(c.kty);
      expect(key.publicKeyJwk).not.toHaveProperty('d');
      expect(key.privateKeyJwk).toHaveProperty('d');
      if (c.kty !== 'RSA') expect(key.publicKeyMultibase).toBe(key.controller.slice('did:key:'.length));
      // The key file survives JSON and re-validation unchanged.
      expect(parseKeyFile(JSON.stringify(key))).toEqual(key);
      expect(parseDidKey(key.id)?.publicKeyJwk).toEqual(key.publicKeyJwk);
    });
  }

  it('makes ES256 and EdDSA keys for vc-jwt on request, and refuses misfits', async () => {
    expect((await generateKey({ suite: 'vc-jwt', alg: 'ES256' })).publicKeyJwk.crv).toBe('P-256');
    expect((await generateKey({ suite: 'vc-jwt', alg: 'EdDSA' })).publicKeyJwk.crv).toBe('Ed25519');
    // Both misfits are type errors too; the run-time check is for JavaScript callers.
    // @ts-expect-error ecdsa-rdfc-2019 signs with ES256 only
    await expect(generateKey({ suite: 'ecdsa-rdfc-2019', alg: 'EdDSA' })).rejects.toMatchObject({ code: 'ERR_KEY_ALG_UNSUPPORTED' });
    // @ts-expect-error a suite outside the built-in set needs an explicit alg
    await expect(generateKey({ suite: 'my-suite' })).rejects.toMatchObject({ code: 'ERR_KEY_ALG_UNSUPPORTED' });
  });

  it('makes did:web keys and their did.json', async () => {
    const key = await generateKey({ suite: 'eddsa-rdfc-2022', did: 'web', domain: 'example.edu' });
    expect(key.controller).toBe('did:web:example.edu');
    expect(key.id).toBe('did:web:example.edu#key-1');
    const did = didWebDocument(key);
    expect(did).toEqual({
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: 'did:web:example.edu',
      verificationMethod: [{ id: key.id, type: 'Multikey', controller: key.controller, publicKeyMultibase: key.publicKeyMultibase }],
      assertionMethod: [key.id],
      authentication: [key.id],
    });
    expect(JSON.stringify(did)).not.toContain('"d"');
    const withPath = await generateKey({ suite: 'eddsa-rdfc-2022', did: 'web', domain: 'Example.EDU:8443/issuers/ge', fragment: 'seal' });
    expect(withPath.id).toBe('did:web:example.edu%3A8443:issuers:ge#seal');
    for (const domain of ['https://example.edu', 'localhost', '192.168.1.1', 'example.edu?x=1']) {
      await expect(generateKey({ suite: 'eddsa-rdfc-2022', did: 'web', domain }), domain).rejects.toMatchObject({ code: 'ERR_KEY_DOMAIN_INVALID' });
    }
    expect(() => keyDocument(key)).toThrow(expect.objectContaining({ code: 'ERR_KEY_NOT_HTTPS' }));
  });

  it('makes keys for an HTTPS issuer with a hosted key document', async () => {
    const key = await generateKey({ suite: 'vc-jwt', controller: 'https://example.edu/issuers/1' });
    expect(key.id).toBe('https://example.edu/issuers/1#key-1');
    const doc = keyDocument(key);
    expect(doc).toMatchObject({ id: 'https://example.edu/issuers/1', assertionMethod: [key.id] });
    // vc-jwt keys are published as JWKs (OB 3.0: the kid dereferences to a JWK).
    expect((doc.verificationMethod as unknown[])[0]).toEqual({ id: key.id, type: 'JsonWebKey', controller: key.controller, publicKeyJwk: key.publicKeyJwk });
    expect(() => didWebDocument(key)).toThrow(expect.objectContaining({ code: 'ERR_KEY_NOT_DID_WEB' }));
    await expect(generateKey({ suite: 'vc-jwt', controller: 'http://example.edu/i' })).rejects.toMatchObject({ code: 'ERR_KEY_OPTIONS' });
    await expect(generateKey({ suite: 'vc-jwt', controller: 'https://example.edu/i', did: 'web' })).rejects.toMatchObject({ code: 'ERR_KEY_OPTIONS' });
  });

  it('describes Ed25519Signature2020 keys as Ed25519VerificationKey2020', async () => {
    const key = await generateKey({ suite: 'Ed25519Signature2020', controller: 'https://example.edu/i' });
    expect(verificationMethodOf(key)).toMatchObject({ type: 'Ed25519VerificationKey2020', publicKeyMultibase: key.publicKeyMultibase });
  });
});

describe('parseKeyFile', () => {
  let good: KeyFile;
  const broken = async (change: (k: Record<string, unknown>) => void, pointer: string): Promise<void> => {
    good ??= await generateKey({ suite: 'eddsa-rdfc-2022' });
    const copy = structuredClone(good) as unknown as Record<string, unknown>;
    change(copy);
    expect(() => parseKeyFile(copy)).toThrow(expect.objectContaining({ name: 'KeyError', code: 'ERR_KEY_FILE_INVALID', pointer }));
  };

  it('rejects malformed key files with a pointer to the problem', async () => {
    expect(() => parseKeyFile('not json')).toThrow(expect.objectContaining({ code: 'ERR_KEY_FILE_INVALID', pointer: '' }));
    expect(() => parseKeyFile([])).toThrow(expect.objectContaining({ code: 'ERR_KEY_FILE_INVALID' }));
    await broken((k) => (k.type = 'Key'), '/type');
    await broken((k) => delete k.version, '/version');
    await broken((k) => (k.alg = 'HS256'), '/alg');
    await broken((k) => (k.alg = 'ES256'), '/alg'); // eddsa suite cannot sign ES256
    await broken((k) => (k.controller = 'ftp://x'), '/controller');
    await broken((k) => (k.id = 'did:key:other#x'), '/id');
    await broken((k) => delete (k.privateKeyJwk as Record<string, unknown>).d, '/privateKeyJwk');
    await broken((k) => ((k.publicKeyJwk as Record<string, unknown>).x = 'AAAA'), '/publicKeyJwk');
    await broken((k) => (k.publicKeyMultibase = 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi'), '/publicKeyMultibase');
    await broken((k) => (k.created = 'yesterday'), '/created');
  });

  it('rejects a did:key controller that is not this key', async () => {
    const other = await generateKey({ suite: 'eddsa-rdfc-2022' });
    await broken((k) => {
      k.controller = other.controller;
      k.id = other.id;
    }, '/controller');
  });
});

describe('import and export', () => {
  it('round-trips JWK and Multikey for Ed25519 and P-256', async () => {
    for (const suite of ['eddsa-rdfc-2022', 'ecdsa-rdfc-2019'] as const) {
      const key = await generateKey({ suite });
      const jwk = exportKey(key, { format: 'jwk', includePrivate: true });
      const multikey = exportKey(key, { format: 'multikey', includePrivate: true });
      expect(exportKey(key, { format: 'multikey' })).not.toHaveProperty('secretKeyMultibase');
      expect(exportKey(key, { format: 'jwk' })).not.toHaveProperty('privateKeyJwk');
      const fromJwk = await importKey({ privateKeyJwk: jwk.privateKeyJwk as Record<string, unknown> }, { suite });
      const fromMultikey = await importKey({ secretKeyMultibase: multikey.secretKeyMultibase as string }, { suite });
      for (const imported of [fromJwk, fromMultikey]) {
        expect({ ...imported, created: key.created }).toEqual(key);
      }
    }
  });

  it('imports the 64-byte Ed25519 secret form and checks the public key', async () => {
    const vector = {
      secretKeyMultibase: 'zrv2bqTbNwCTsRrHFcJCPjVAduh4Ezcnoq1A3ZxH1GWTNkxipLVuaAoMFmze2gFN9oNXfJjufxSHWVZzsJiUsMHFMcx',
      publicKeyMultibase: 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi',
    };
    const key = await importKey(vector, { suite: 'eddsa-rdfc-2022', controller: 'https://example.edu/issuers/565049', id: `https://example.edu/issuers/565049#${vector.publicKeyMultibase}` });
    expect(key.publicKeyMultibase).toBe(vector.publicKeyMultibase);
    const other = await generateKey({ suite: 'eddsa-rdfc-2022' });
    await expect(importKey({ ...vector, publicKeyMultibase: other.publicKeyMultibase as string }, { suite: 'eddsa-rdfc-2022' })).rejects.toMatchObject({
      code: 'ERR_KEY_MISMATCH',
    });
  });

  it('detects a private JWK whose public part belongs to another key', async () => {
    const a = await generateKey({ suite: 'ecdsa-rdfc-2019' });
    const b = await generateKey({ suite: 'ecdsa-rdfc-2019' });
    const frankenstein = { ...a.privateKeyJwk, x: b.publicKeyJwk.x, y: b.publicKeyJwk.y };
    await expect(importKey({ privateKeyJwk: frankenstein }, { suite: 'ecdsa-rdfc-2019' })).rejects.toMatchObject({ name: 'KeyError' });
  });

  it('refuses Multikey export of RSA keys and unsupported key material', async () => {
    const rsa = await generateKey({ suite: 'vc-jwt' });
    expect(() => exportKey(rsa, { format: 'multikey' })).toThrow(expect.objectContaining({ code: 'ERR_KEY_UNSUPPORTED' }));
    await expect(importKey({ privateKeyJwk: { kty: 'oct', k: 'AAAA' } }, { suite: 'vc-jwt' })).rejects.toMatchObject({ code: 'ERR_KEY_INVALID' });
    await expect(importKey({ secretKeyMultibase: 'zNotAKey' }, { suite: 'eddsa-rdfc-2022' })).rejects.toMatchObject({ code: 'ERR_KEY_INVALID' });
  });
});

describe('Signer and Verifier', () => {
  it('sign with every algorithm; signatures verify with our verifier and with jose', async () => {
    for (const alg of ['EdDSA', 'ES256', 'RS256'] as const) {
      const key = await generateKey({ suite: 'vc-jwt', alg });
      const signer = await signerFromKeyFile(key);
      expect(signer).toMatchObject({ id: key.id, algorithm: alg });
      const data = bytes('ხელოვნური ინტელექტი');
      const signature = await signer.sign(data);
      const verifier = await verifierFromJwk(key.publicKeyJwk, { id: key.id });
      expect(await verifier.verify(data, signature)).toBe(true);
      expect(await verifier.verify(bytes('other'), signature)).toBe(false);
      expect(await verifier.verify(data, new Uint8Array(3))).toBe(false);
      // A JWS built from our raw signature verifies with jose: the signature formats are JOSE's.
      const encode = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
      const input = `${encode({ alg })}.${encode({ x: 1 })}`;
      const jws = `${input}.${Buffer.from(await signer.sign(bytes(input))).toString('base64url')}`;
      await expect(compactVerify(jws, await importJWK(key.publicKeyJwk, alg))).resolves.toBeDefined();
    }
  });

  it('refuses keys that do not fit the algorithm', async () => {
    const key = await generateKey({ suite: 'vc-jwt', alg: 'ES256' });
    await expect(verifierFromJwk(key.publicKeyJwk, { algorithm: 'EdDSA' })).rejects.toMatchObject({ code: 'ERR_KEY_ALG_MISMATCH' });
    await expect(signerFromKeyFile({ ...key, alg: 'RS256' })).rejects.toMatchObject({ code: 'ERR_KEY_FILE_INVALID' });
  });
});
