/**
 * Node ids of the EDCs microcred writes. Every node gets an id (the EU samples use no blank
 * nodes), derived from the credential id and the node's place in the document, so the same
 * MicroCredential always maps to the same JSON (stable output, stable signatures in tests).
 */
import canonicalizeModule from 'canonicalize';
import { nameBasedUrn } from '../ob3/ids.js';

// canonicalize is CommonJS; at runtime its default export is the function.
const canonicalize = canonicalizeModule as unknown as (value: unknown) => string;

/** `urn:uuid:` id of the node at `path` (e.g. `claim/awarding`) of credential `credentialId`. */
export function nodeId(credentialId: string, path: string): string {
  return nameBasedUrn(`microcred:elm\n${credentialId}\n${path}`);
}

/** Credential id of a MicroCredential that has none: a name-based UUID of its canonical JSON. */
export function contentCredentialId(value: unknown): string {
  return nameBasedUrn(`microcred:elm-credential\n${canonicalize(value)}`);
}
