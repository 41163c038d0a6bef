import { ResolutionError } from '../errors.js';

// Properties of a controller document that may embed verification methods.
const METHOD_PROPERTIES = [
  'verificationMethod',
  'assertionMethod',
  'authentication',
  'capabilityInvocation',
  'capabilityDelegation',
  'keyAgreement',
  'publicKey', // pre-DID-core documents
] as const;

/**
 * Picks the verification method `methodId` (`<document id>#<fragment>`) out of a controller or
 * DID document, resolving relative ids (`#key-1`). Returns a new object carrying the document's
 * `@context`, so it can be processed as JSON-LD on its own.
 *
 * @throws ResolutionError `ERR_VERIFICATION_METHOD_NOT_FOUND`.
 */
export function selectVerificationMethod(document: Readonly<Record<string, unknown>>, methodId: string): Readonly<Record<string, unknown>> {
  const base = String(document.id);
  for (const property of METHOD_PROPERTIES) {
    const value = document[property];
    const entries = Array.isArray(value) ? value : value === undefined ? [] : [value];
    for (const entry of entries) {
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) continue;
      const method = entry as Record<string, unknown>;
      if (typeof method.id !== 'string') continue;
      const id = method.id.startsWith('#') ? `${base}${method.id}` : method.id;
      if (id !== methodId) continue;
      return Object.freeze({
        ...('@context' in document ? { '@context': document['@context'] } : {}),
        ...method,
        id,
      });
    }
  }
  throw new ResolutionError('ERR_VERIFICATION_METHOD_NOT_FOUND', `${base} does not contain verification method ${methodId}.`);
}
