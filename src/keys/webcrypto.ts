/**
 * The WebCrypto calls behind key generation, signing and verification. WebCrypto (not node:crypto)
 * keeps the key code usable in browsers, Deno and workers as well as Node 20+.
 */
import { toLowS } from './p256.js';
import type { Jwk, SignatureAlgorithm } from './types.js';

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

/** WebCrypto key import/generation parameters per algorithm. */
export function keyParams(alg: SignatureAlgorithm): EcKeyImportParams | RsaHashedImportParams | Algorithm {
  switch (alg) {
    case 'EdDSA':
      return { name: 'Ed25519' };
    case 'ES256':
      return { name: 'ECDSA', namedCurve: 'P-256' };
    case 'RS256':
      return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  }
}

/** WebCrypto sign/verify parameters per algorithm. ECDSA yields IEEE P1363 `r || s`, as JOSE and DI want. */
export function signParams(alg: SignatureAlgorithm): Algorithm | EcdsaParams {
  switch (alg) {
    case 'EdDSA':
      return { name: 'Ed25519' };
    case 'ES256':
      return { name: 'ECDSA', hash: 'SHA-256' };
    case 'RS256':
      return { name: 'RSASSA-PKCS1-v1_5' };
  }
}

/** Generates a key pair and returns its private JWK (which includes the public members). */
export async function generatePrivateJwk(alg: SignatureAlgorithm): Promise<Jwk> {
  const params =
    alg === 'RS256'
      ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', modulusLength: 2048, publicExponent: Uint8Array.of(1, 0, 1) }
      : keyParams(alg);
  const pair = (await subtle().generateKey(params, true, ['sign', 'verify'])) as CryptoKeyPair;
  return (await subtle().exportKey('jwk', pair.privateKey)) as Jwk;
}

/** Imports a JWK for signing (private) or verifying (public). The key is not extractable. */
export async function importJwk(jwk: Jwk, alg: SignatureAlgorithm, use: 'sign' | 'verify'): Promise<CryptoKey> {
  return subtle().importKey('jwk', jwk as JsonWebKey, keyParams(alg), false, [use]);
}

/** Signs with an imported private key. ECDSA signatures come out in low-S form (the one verifiers accept). */
export async function signBytes(key: CryptoKey, alg: SignatureAlgorithm, data: Uint8Array): Promise<Uint8Array> {
  const signature = new Uint8Array(await subtle().sign(signParams(alg), key, data as BufferSource));
  return alg === 'ES256' ? toLowS(signature) : signature;
}

/** Verifies with an imported public key; false (not an exception) for a wrong signature. */
export async function verifyBytes(key: CryptoKey, alg: SignatureAlgorithm, data: Uint8Array, signature: Uint8Array): Promise<boolean> {
  return subtle().verify(signParams(alg), key, signature as BufferSource, data as BufferSource);
}

// PKCS#8 prefixes for a raw 32-byte secret (RFC 8410 for Ed25519; RFC 5915 without the optional
// public key for P-256). WebCrypto derives the public key on import.
const PKCS8_PREFIX: Readonly<Record<'Ed25519' | 'P-256', Uint8Array>> = {
  Ed25519: Uint8Array.from([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]),
  'P-256': Uint8Array.from([
    0x30, 0x41, 0x02, 0x01, 0x00, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86,
    0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x04, 0x27, 0x30, 0x25, 0x02, 0x01, 0x01, 0x04, 0x20,
  ]),
};

/** The private JWK (with public members) of a raw 32-byte Ed25519 seed or P-256 scalar. */
export async function privateJwkFromSecret(crv: 'Ed25519' | 'P-256', secret: Uint8Array): Promise<Jwk> {
  const prefix = PKCS8_PREFIX[crv];
  const der = new Uint8Array(prefix.length + secret.length);
  der.set(prefix);
  der.set(secret, prefix.length);
  const alg: SignatureAlgorithm = crv === 'Ed25519' ? 'EdDSA' : 'ES256';
  const key = await subtle().importKey('pkcs8', der, keyParams(alg), true, ['sign']);
  return (await subtle().exportKey('jwk', key)) as Jwk;
}
