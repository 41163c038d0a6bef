/**
 * did:key (https://w3c-ccg.github.io/did-method-key/) for Ed25519, P-256 and RSA keys:
 * the DID is the key, so it resolves locally with no network.
 */
import { algorithmOfJwk } from './algorithms.js';
import { jwkFromPublicKeyMultibase, publicKeyMultibaseFromJwk } from './multikey.js';
import type { Jwk, SignatureAlgorithm } from './types.js';
import {
  buildControllerDocument,
  buildVerificationMethod,
  type VerificationMethod,
  type VerificationMethodFormat,
} from './verification-method.js';

/** A decoded did:key. */
export interface DidKey {
  did: string;
  /** The method-specific id, e.g. `z6Mk…`; also the fragment of the verification method. */
  publicKeyMultibase: string;
  publicKeyJwk: Jwk;
  alg: SignatureAlgorithm;
  /** `did:key:z…#z…` */
  verificationMethodId: string;
}

/** The did:key of a public JWK, or undefined when the key type has no did:key form. */
export function didKeyFromJwk(jwk: Record<string, unknown>): string | undefined {
  const mb = publicKeyMultibaseFromJwk(jwk, { includeRsa: true });
  return mb === undefined ? undefined : `did:key:${mb}`;
}

/**
 * Decodes a did:key (with or without a fragment). Returns undefined when it is not a did:key
 * or its key is not one microcred supports; a fragment must name the key itself.
 */
export function parseDidKey(didUrl: string): DidKey | undefined {
  if (typeof didUrl !== 'string' || !didUrl.startsWith('did:key:')) return undefined;
  const hash = didUrl.indexOf('#');
  const did = hash === -1 ? didUrl : didUrl.slice(0, hash);
  const mb = did.slice('did:key:'.length);
  if (hash !== -1 && didUrl.slice(hash + 1) !== mb) return undefined;
  const publicKeyJwk = jwkFromPublicKeyMultibase(mb);
  const alg = publicKeyJwk && algorithmOfJwk(publicKeyJwk);
  if (publicKeyJwk === undefined || alg === undefined) return undefined;
  return { did, publicKeyMultibase: mb, publicKeyJwk, alg, verificationMethodId: `${did}#${mb}` };
}

/**
 * The DID document of a did:key. Ed25519 keys are written as `Multikey` by default or as
 * `Ed25519VerificationKey2020`; P-256 as `Multikey`; RSA as `JsonWebKey`.
 */
export function didKeyDocument(
  key: DidKey,
  options: { ed25519Format?: 'Multikey' | 'Ed25519VerificationKey2020' } = {},
): { document: Record<string, unknown>; method: VerificationMethod } {
  const requested: VerificationMethodFormat = key.alg === 'EdDSA' ? (options.ed25519Format ?? 'Multikey') : 'Multikey';
  const { method, format } = buildVerificationMethod({
    id: key.verificationMethodId,
    controller: key.did,
    publicKeyJwk: key.publicKeyJwk,
    format: requested,
  });
  const document = buildControllerDocument(key.did, method, format);
  // did:key documents grant every relationship to their single key.
  document.capabilityInvocation = [method.id];
  document.capabilityDelegation = [method.id];
  return { document, method };
}
