import { base64url } from 'jose';
import { KeyError } from '../errors.js';
import type { BuiltinSuiteName, SignatureAlgorithm, SuiteName } from './types.js';

/** Algorithms each built-in suite can sign with; the first is the default. */
export const SUITE_ALGORITHMS: Readonly<Record<BuiltinSuiteName, readonly SignatureAlgorithm[]>> =
  Object.freeze({
    'eddsa-rdfc-2022': ['EdDSA'],
    'eddsa-jcs-2022': ['EdDSA'],
    Ed25519Signature2020: ['EdDSA'],
    'ecdsa-rdfc-2019': ['ES256'],
    // OB 3.0 §8.2: "alg MUST be RS256 as a minimum", so RS256 is the default.
    'vc-jwt': ['RS256', 'ES256', 'EdDSA'],
  });

const ALGORITHMS: readonly SignatureAlgorithm[] = ['EdDSA', 'ES256', 'RS256'];

/** True when `value` is a supported {@link SignatureAlgorithm}. */
export function isSignatureAlgorithm(value: unknown): value is SignatureAlgorithm {
  return typeof value === 'string' && (ALGORITHMS as readonly string[]).includes(value);
}

/** True when `name` is one of the built-in suite names. */
export function isBuiltinSuiteName(name: unknown): name is BuiltinSuiteName {
  return typeof name === 'string' && Object.hasOwn(SUITE_ALGORITHMS, name);
}

/**
 * Picks the algorithm for a suite: `alg` when given (and allowed), else the suite's default.
 * Suites outside the built-in set must name their algorithm.
 *
 * @throws KeyError `ERR_KEY_ALG_UNSUPPORTED` when the pair does not fit.
 */
export function algorithmForSuite(suite: SuiteName, alg?: string): SignatureAlgorithm {
  if (alg !== undefined && !isSignatureAlgorithm(alg)) {
    throw new KeyError('ERR_KEY_ALG_UNSUPPORTED', `Unsupported algorithm "${alg}"; use one of ${ALGORITHMS.join(', ')}.`);
  }
  if (!isBuiltinSuiteName(suite)) {
    if (alg === undefined) {
      throw new KeyError('ERR_KEY_ALG_UNSUPPORTED', `Suite "${suite}" is not built in; pass the key algorithm ("alg") explicitly.`);
    }
    return alg;
  }
  const allowed = SUITE_ALGORITHMS[suite];
  if (alg === undefined) return allowed[0] as SignatureAlgorithm;
  if (!allowed.includes(alg)) {
    throw new KeyError('ERR_KEY_ALG_UNSUPPORTED', `Suite "${suite}" cannot sign with ${alg}; it supports ${allowed.join(', ')}.`);
  }
  return alg;
}

/** JWK key type and curve of an algorithm. */
export function jwkShapeOf(alg: SignatureAlgorithm): { kty: 'OKP' | 'EC' | 'RSA'; crv?: 'Ed25519' | 'P-256' } {
  switch (alg) {
    case 'EdDSA':
      return { kty: 'OKP', crv: 'Ed25519' };
    case 'ES256':
      return { kty: 'EC', crv: 'P-256' };
    case 'RS256':
      return { kty: 'RSA' };
  }
}

/**
 * The algorithm a public JWK can sign with, or undefined when microcred does not support the key.
 * RSA keys under 2048 bits are rejected (NIST SP 800-131A; jose refuses them too).
 */
export function algorithmOfJwk(jwk: { kty?: unknown; crv?: unknown; n?: unknown }): SignatureAlgorithm | undefined {
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') return 'EdDSA';
  if (jwk.kty === 'EC' && jwk.crv === 'P-256') return 'ES256';
  if (jwk.kty === 'RSA' && typeof jwk.n === 'string' && rsaModulusBits(jwk.n) >= 2048) return 'RS256';
  return undefined;
}

/** Bit length of a base64url-encoded RSA modulus (leading zero bits ignored). */
function rsaModulusBits(n: string): number {
  let bytes: Uint8Array;
  try {
    bytes = base64url.decode(n);
  } catch {
    return 0;
  }
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i) * 8 - Math.clz32(bytes[i] as number) + 24;
}
