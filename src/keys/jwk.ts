import { base64url } from 'jose';
import type { Jwk } from './types.js';

const PUBLIC_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  OKP: ['kty', 'crv', 'x'],
  EC: ['kty', 'crv', 'x', 'y'],
  RSA: ['kty', 'n', 'e'],
};
const PRIVATE_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  OKP: ['d'],
  EC: ['d'],
  RSA: ['d', 'p', 'q', 'dp', 'dq', 'qi'],
};

function pick(jwk: Record<string, unknown>, members: readonly string[]): Jwk {
  const out: Record<string, unknown> = {};
  for (const m of members) {
    if (typeof jwk[m] === 'string') out[m] = jwk[m];
  }
  return out as Jwk;
}

/**
 * The public part of a JWK, key members only (no `alg`, `kid`, `key_ops`, `ext`), in a fixed
 * order so that equal keys serialise identically. Returns undefined for unsupported key types.
 */
export function toPublicJwk(jwk: Record<string, unknown>): Jwk | undefined {
  const members = typeof jwk.kty === 'string' ? PUBLIC_MEMBERS[jwk.kty] : undefined;
  return members === undefined ? undefined : pick(jwk, members);
}

/** The private JWK reduced to key members (public then private), or undefined if unsupported. */
export function toPrivateJwk(jwk: Record<string, unknown>): Jwk | undefined {
  const kty = typeof jwk.kty === 'string' ? jwk.kty : '';
  const pub = PUBLIC_MEMBERS[kty];
  const priv = PRIVATE_MEMBERS[kty];
  return pub === undefined || priv === undefined ? undefined : pick(jwk, [...pub, ...priv]);
}

/** True when every public member of `a` and `b` is equal (private members are ignored). */
export function samePublicKey(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const pa = toPublicJwk(a);
  const pb = toPublicJwk(b);
  if (pa === undefined || pb === undefined) return false;
  const keys = Object.keys(pa);
  return keys.length === Object.keys(pb).length && keys.every((k) => pa[k] === pb[k]);
}

/** base64url-decodes a JWK member, or returns undefined when absent or malformed. */
export function jwkBytes(jwk: Record<string, unknown>, member: string): Uint8Array | undefined {
  const value = jwk[member];
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]*$/.test(value)) return undefined;
  try {
    return base64url.decode(value);
  } catch {
    return undefined;
  }
}
