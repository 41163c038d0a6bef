/**
 * Conversions between JWK and Multikey (`publicKeyMultibase` / `secretKeyMultibase`).
 * Ed25519 and P-256 have Multikey forms; RSA only has the did:key `rsa-pub` form.
 */
import { base64url } from 'jose';
import { jwkBytes } from './jwk.js';
import { MULTICODEC, decodeMultibaseKey, encodeMultibaseKey } from './multibase.js';
import { compressP256, decompressP256 } from './p256.js';
import { decodeRsaPublicKey, encodeRsaPublicKey } from './rsa-der.js';
import type { Jwk } from './types.js';

/**
 * `publicKeyMultibase` of a public JWK. With `includeRsa`, RSA keys are encoded as multicodec
 * `rsa-pub` (PKCS#1 DER), as did:key does. Returns undefined when the key has no such form.
 */
export function publicKeyMultibaseFromJwk(jwk: Record<string, unknown>, options: { includeRsa?: boolean } = {}): string | undefined {
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') {
    const x = jwkBytes(jwk, 'x');
    return x?.length === 32 ? encodeMultibaseKey(MULTICODEC.ed25519Pub, x) : undefined;
  }
  if (jwk.kty === 'EC' && jwk.crv === 'P-256') {
    const x = jwkBytes(jwk, 'x');
    const y = jwkBytes(jwk, 'y');
    if (x?.length !== 32 || y?.length !== 32) return undefined;
    return encodeMultibaseKey(MULTICODEC.p256Pub, compressP256(x, y));
  }
  if (options.includeRsa === true && jwk.kty === 'RSA') {
    const n = jwkBytes(jwk, 'n');
    const e = jwkBytes(jwk, 'e');
    if (n === undefined || e === undefined || n.length === 0 || e.length === 0) return undefined;
    return encodeMultibaseKey(MULTICODEC.rsaPub, encodeRsaPublicKey(n, e));
  }
  return undefined;
}

/** Public JWK of a `publicKeyMultibase` (Ed25519, P-256 or RSA), or undefined if not decodable. */
export function jwkFromPublicKeyMultibase(publicKeyMultibase: string): Jwk | undefined {
  const decoded = decodeMultibaseKey(publicKeyMultibase);
  if (decoded === undefined) return undefined;
  const { codec, key } = decoded;
  if (codec === 'ed25519Pub' && key.length === 32) {
    return { kty: 'OKP', crv: 'Ed25519', x: base64url.encode(key) };
  }
  if (codec === 'p256Pub') {
    const point = decompressP256(key);
    return point && { kty: 'EC', crv: 'P-256', x: base64url.encode(point.x), y: base64url.encode(point.y) };
  }
  if (codec === 'rsaPub') {
    const rsa = decodeRsaPublicKey(key);
    return rsa && { kty: 'RSA', n: base64url.encode(rsa.n), e: base64url.encode(rsa.e) };
  }
  return undefined;
}

/** `secretKeyMultibase` of a private Ed25519 or P-256 JWK (32-byte secret), else undefined. */
export function secretKeyMultibaseFromJwk(jwk: Record<string, unknown>): string | undefined {
  const d = jwkBytes(jwk, 'd');
  if (d?.length !== 32) return undefined;
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') return encodeMultibaseKey(MULTICODEC.ed25519Priv, d);
  if (jwk.kty === 'EC' && jwk.crv === 'P-256') return encodeMultibaseKey(MULTICODEC.p256Priv, d);
  return undefined;
}

/**
 * Decodes a `secretKeyMultibase`. Ed25519 secrets may be 32 bytes (the seed, as the Multikey
 * spec has it) or 64 bytes (seed || public key, as digitalbazaar and the 1EdTech test vector
 * write them); `publicKey` is set in the second case.
 */
export function decodeSecretKeyMultibase(
  secretKeyMultibase: string,
): { crv: 'Ed25519' | 'P-256'; d: Uint8Array; publicKey?: Uint8Array } | undefined {
  const decoded = decodeMultibaseKey(secretKeyMultibase);
  if (decoded === undefined) return undefined;
  const { codec, key } = decoded;
  if (codec === 'ed25519Priv' && key.length === 32) return { crv: 'Ed25519', d: key.slice() };
  if (codec === 'ed25519Priv' && key.length === 64) {
    return { crv: 'Ed25519', d: key.slice(0, 32), publicKey: key.slice(32) };
  }
  if (codec === 'p256Priv' && key.length === 32) return { crv: 'P-256', d: key.slice() };
  return undefined;
}
