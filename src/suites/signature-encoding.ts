/**
 * One encoding per signature. A signature that verifies under two spellings lets a replay cache
 * or a deduplicating store keyed on the text be evaded, so verifiers accept only the canonical
 * one — as jose does for base64url: multibase base58-btc with nothing but alphabet characters,
 * base64url that re-encodes to the same text (no stray bits in the last character), and
 * low-S ECDSA on P-256 (for every (r, s) the curve also accepts (r, n − s)).
 */
import { base64url } from 'jose';
import { base58Decode, base58Encode } from '../keys/multibase.js';
import { isLowS } from '../keys/p256.js';

/** A signature encoding problem: code `ERR_SIGNATURE_ENCODING` and a reason. */
export interface EncodingProblem {
  code: 'ERR_SIGNATURE_ENCODING';
  reason: string;
}

const problem = (reason: string): EncodingProblem => ({ code: 'ERR_SIGNATURE_ENCODING', reason });

const BASE58 = /^[1-9A-HJ-NP-Za-km-z]+$/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** The bytes of a `z…` (base58-btc) multibase `proofValue`, or why it is not canonical. */
export function decodeMultibaseSignature(value: unknown): { bytes: Uint8Array } | EncodingProblem {
  if (typeof value !== 'string' || !value.startsWith('z')) return problem('The proofValue is not a base58-btc multibase string (it must start with "z").');
  const body = value.slice(1);
  if (!BASE58.test(body)) return problem('The proofValue holds characters outside the base58-btc alphabet (whitespace included).');
  const bytes = base58Decode(body);
  // base58 is bijective over its alphabet; the round trip keeps that true if the codec ever changes.
  if (bytes === undefined || base58Encode(bytes) !== body) return problem('The proofValue is not canonical base58-btc.');
  return { bytes };
}

/** True when `segment` is base64url without padding that decodes and re-encodes to itself. */
export function isCanonicalBase64url(segment: string): boolean {
  if (!BASE64URL.test(segment) || segment.length % 4 === 1) return false;
  try {
    return base64url.encode(base64url.decode(segment)) === segment;
  } catch {
    return false;
  }
}

/** Why a P-256 IEEE P1363 signature (`r || s`, 64 bytes) is not the canonical low-S one, or undefined. */
export function p256SignatureProblem(signature: Uint8Array): EncodingProblem | undefined {
  if (signature.length !== 64) return problem(`A P-256 signature is 64 bytes (r || s); got ${signature.length}.`);
  if (!isLowS(signature)) return problem('The ECDSA signature is not in low-S form (s > n/2): the same signature has another, canonical spelling.');
  return undefined;
}

/** Why an Ed25519 signature is malformed (it is 64 bytes), or undefined. */
export function ed25519SignatureProblem(signature: Uint8Array): EncodingProblem | undefined {
  return signature.length === 64 ? undefined : problem(`An Ed25519 signature is 64 bytes; got ${signature.length}.`);
}
