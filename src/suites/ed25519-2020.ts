/**
 * `Ed25519Signature2020`: the Linked Data signature older wallets and the OB 3.0 spec's early
 * text use. 1EdTech's validator still accepts it, so microcred verifies (and can issue) it.
 */
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { contextResolver } from '../loader/context-cache.js';
import { createEmbeddedSuite } from './embedded.js';
import { ed25519SignatureProblem } from './signature-encoding.js';
import type { EmbeddedProofSuite, JsonObject } from './types.js';

const SUITE_CONTEXT = 'https://w3id.org/security/suites/ed25519-2020/v1';

function hasContext(credential: JsonObject, url: string): boolean {
  const context = credential['@context'];
  return context === url || (Array.isArray(context) && context.includes(url));
}

/** The `Ed25519Signature2020` suite. Issuing adds its context to the credential when missing. */
export function createEd25519Signature2020Suite(): EmbeddedProofSuite {
  return createEmbeddedSuite({
    name: 'Ed25519Signature2020',
    algorithms: ['EdDSA'],
    signerAlgorithm: 'Ed25519',
    signatureProblem: ed25519SignatureProblem,
    ownsProof: (proof) => proof.type === 'Ed25519Signature2020',
    // One context resolver per operation (suites are made per call), backed by the loader's cache.
    signingSuite: (signer, date, contexts) =>
      new Ed25519Signature2020({ signer, canonizeOptions: { contextResolver: contextResolver(contexts) }, ...(date === undefined ? {} : { date }) }),
    verifyingSuite: (contexts) => new Ed25519Signature2020({ canonizeOptions: { contextResolver: contextResolver(contexts) } }),
    // Without its context the proof's terms are undefined and jsonld-signatures ignores the proof.
    precheck: async (credential, { mode }) =>
      mode === 'issue' || hasContext(credential, SUITE_CONTEXT)
        ? undefined
        : { code: 'ERR_PROOF_MALFORMED', reason: `An Ed25519Signature2020 proof needs the ${SUITE_CONTEXT} context in the credential.` },
  });
}
