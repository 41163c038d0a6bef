/**
 * JOSE algorithms for JAdES: which key each needs and how WebCrypto checks it.
 */
import type { JadesVerifyAlgorithm } from './types.js';
import { type Certificate, type Curve, MAX_RSA_EXPONENT_BITS, MAX_RSA_MODULUS_BITS } from './x509.js';

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

interface JwsAlgorithm {
  kind: 'RSA' | 'EC';
  curve?: Curve;
  importParams: RsaHashedImportParams | EcKeyImportParams;
  verifyParams: Algorithm | EcdsaParams | RsaPssParams;
  /** Raw signature length (ECDSA). */
  signatureLength?: number;
}

export const JWS_ALGORITHMS: Readonly<Record<JadesVerifyAlgorithm, JwsAlgorithm>> = {
  RS256: { kind: 'RSA', importParams: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, verifyParams: { name: 'RSASSA-PKCS1-v1_5' } },
  RS384: { kind: 'RSA', importParams: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-384' }, verifyParams: { name: 'RSASSA-PKCS1-v1_5' } },
  RS512: { kind: 'RSA', importParams: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-512' }, verifyParams: { name: 'RSASSA-PKCS1-v1_5' } },
  PS256: { kind: 'RSA', importParams: { name: 'RSA-PSS', hash: 'SHA-256' }, verifyParams: { name: 'RSA-PSS', saltLength: 32 } as RsaPssParams },
  ES256: { kind: 'EC', curve: 'P-256', importParams: { name: 'ECDSA', namedCurve: 'P-256' }, verifyParams: { name: 'ECDSA', hash: 'SHA-256' }, signatureLength: 64 },
  ES384: { kind: 'EC', curve: 'P-384', importParams: { name: 'ECDSA', namedCurve: 'P-384' }, verifyParams: { name: 'ECDSA', hash: 'SHA-384' }, signatureLength: 96 },
};

export const isJadesAlgorithm = (alg: unknown): alg is JadesVerifyAlgorithm => typeof alg === 'string' && Object.hasOwn(JWS_ALGORITHMS, alg);

/** Smallest RSA modulus accepted for seals, in bits. */
export const MIN_RSA_BITS = 2048;

/** Why `cert`'s key cannot be used with `alg`, or undefined when it can. */
export function keyMismatch(alg: JadesVerifyAlgorithm, cert: Certificate): string | undefined {
  const spec = JWS_ALGORITHMS[alg];
  const key = cert.publicKey;
  if (spec.kind === 'RSA') {
    if (key.kind !== 'RSA') return `${alg} needs an RSA key; the certificate holds a ${key.kind} key.`;
    if ((key.modulusBits ?? 0) < MIN_RSA_BITS) return `RSA keys must have at least ${MIN_RSA_BITS} bits; this one has ${key.modulusBits}.`;
    if ((key.modulusBits ?? 0) > MAX_RSA_MODULUS_BITS || (key.exponentBits ?? 0) > MAX_RSA_EXPONENT_BITS) {
      return `RSA keys may have at most ${MAX_RSA_MODULUS_BITS} bits and a public exponent of at most ${MAX_RSA_EXPONENT_BITS} bits.`;
    }
    return undefined;
  }
  if (key.kind !== 'EC' || key.curve !== spec.curve) return `${alg} needs an EC ${spec.curve} key; the certificate holds ${key.kind === 'EC' ? `an EC ${key.curve}` : `a ${key.kind}`} key.`;
  return undefined;
}

/** Verifies a JWS signature with the certificate's key. Never throws. */
export async function verifyJws(alg: JadesVerifyAlgorithm, cert: Certificate, data: Uint8Array, signature: Uint8Array): Promise<boolean> {
  const spec = JWS_ALGORITHMS[alg];
  if (spec.signatureLength !== undefined && signature.length !== spec.signatureLength) return false;
  try {
    const key = await subtle().importKey('spki', cert.spki as BufferSource, spec.importParams, false, ['verify']);
    return await subtle().verify(spec.verifyParams, key, signature as BufferSource, data as BufferSource);
  } catch {
    return false;
  }
}
