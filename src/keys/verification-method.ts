/**
 * Verification method objects (the public half of a key as it appears in DID documents and
 * hosted key documents) in the three forms microcred writes and reads.
 */
import { publicKeyMultibaseFromJwk } from './multikey.js';
import type { Jwk } from './types.js';

/** How a public key is written in a verification method. */
export type VerificationMethodFormat = 'Multikey' | 'Ed25519VerificationKey2020' | 'JsonWebKey';

/** Context URLs (or inline contexts) that define each verification method type. */
export const DID_CONTEXT_V1 = 'https://www.w3.org/ns/did/v1';
export const MULTIKEY_CONTEXT_V1 = 'https://w3id.org/security/multikey/v1';
export const ED25519_2020_CONTEXT_V1 = 'https://w3id.org/security/suites/ed25519-2020/v1';
/**
 * Inline definitions for `JsonWebKey` (W3C Controlled Identifiers 1.0 terms). Inline rather than
 * a context URL so DID documents with RSA keys stay processable by the offline loader.
 */
export const JSON_WEB_KEY_CONTEXT = Object.freeze({
  JsonWebKey: 'https://w3id.org/security#JsonWebKey',
  publicKeyJwk: { '@id': 'https://w3id.org/security#publicKeyJwk', '@type': '@json' },
});

/** A verification method as JSON. */
export interface VerificationMethod {
  id: string;
  type: string;
  controller: string;
  publicKeyMultibase?: string;
  publicKeyJwk?: Jwk;
  [member: string]: unknown;
}

/** The context entry a verification method type needs next to the DID v1 context. */
export function contextFor(format: VerificationMethodFormat): string | object {
  switch (format) {
    case 'Multikey':
      return MULTIKEY_CONTEXT_V1;
    case 'Ed25519VerificationKey2020':
      return ED25519_2020_CONTEXT_V1;
    case 'JsonWebKey':
      return JSON_WEB_KEY_CONTEXT;
  }
}

/**
 * Builds a verification method. Falls back to `JsonWebKey` when the key has no multibase form
 * (RSA) or when the format does not fit the key (Ed25519VerificationKey2020 for a P-256 key).
 */
export function buildVerificationMethod(options: {
  id: string;
  controller: string;
  publicKeyJwk: Jwk;
  format: VerificationMethodFormat;
}): { method: VerificationMethod; format: VerificationMethodFormat } {
  const { id, controller, publicKeyJwk } = options;
  const multibase = publicKeyMultibaseFromJwk(publicKeyJwk);
  let format = options.format;
  if (format === 'Ed25519VerificationKey2020' && publicKeyJwk.crv !== 'Ed25519') format = 'Multikey';
  if (format !== 'JsonWebKey' && multibase === undefined) format = 'JsonWebKey';
  const method: VerificationMethod =
    format === 'JsonWebKey'
      ? { id, type: 'JsonWebKey', controller, publicKeyJwk: { ...publicKeyJwk } }
      : { id, type: format, controller, publicKeyMultibase: multibase as string };
  return { method, format };
}

/** A controller (DID or key) document listing one verification method for assertions. */
export function buildControllerDocument(id: string, method: VerificationMethod, format: VerificationMethodFormat): Record<string, unknown> {
  return {
    // The DID v1 context first: it defines the verification relationships, and jsonld-signatures
    // reads documents that start with it without JSON-LD framing (faster, fewer failure modes).
    '@context': [DID_CONTEXT_V1, contextFor(format)],
    id,
    verificationMethod: [method],
    assertionMethod: [method.id],
    authentication: [method.id],
  };
}
