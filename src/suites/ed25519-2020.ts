/**
 * `Ed25519Signature2020`: the Linked Data signature older wallets and the OB 3.0 spec's early
 * text use. 1EdTech's validator still accepts it, so microcred verifies (and can issue) it.
 */
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { contextResolver } from '../loader/context-cache.js';
import { withPatchedExpansion, type Canonize } from '../jsonld/index.js';
import { createEmbeddedSuite, type JsonLdMode } from './embedded.js';
import { ed25519SignatureProblem } from './signature-encoding.js';
import type { EmbeddedProofSuite, JsonObject } from './types.js';

const SUITE_CONTEXT = 'https://w3id.org/security/suites/ed25519-2020/v1';

function hasContext(credential: JsonObject, url: string): boolean {
  const context = credential['@context'];
  return context === url || (Array.isArray(context) && context.includes(url));
}

/**
 * The suite with its expansion routed through microcred's patched expansion (src/jsonld), unless
 * `pristine`. jsonld-signatures canonizes with `{ base: null, safe: true, ...canonizeOptions }`.
 */
function withJsonLd<T extends { canonize: Canonize; canonizeOptions?: Record<string, unknown> }>(suite: T, jsonld: JsonLdMode): T {
  if (jsonld.expansion === 'pristine') return suite;
  const canonize = suite.canonize.bind(suite) as Canonize;
  const patched = withPatchedExpansion((input, options) => canonize(input, options), { memo: jsonld.memo });
  // jsonld-signatures passes { documentLoader, expansionMap, skipExpansion } and adds its canonizeOptions itself.
  suite.canonize = (input, { expansionMap: _unused, ...options }) => patched(input, { ...options, ...suite.canonizeOptions });
  return suite;
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
    signingSuite: (signer, date, contexts, jsonld) =>
      withJsonLd(new Ed25519Signature2020({ signer, canonizeOptions: { contextResolver: contextResolver(contexts) }, ...(date === undefined ? {} : { date }) }), jsonld),
    verifyingSuite: (contexts, jsonld) => withJsonLd(new Ed25519Signature2020({ canonizeOptions: { contextResolver: contextResolver(contexts) } }), jsonld),
    // Without its context the proof's terms are undefined and jsonld-signatures ignores the proof.
    precheck: async (credential, { mode }) =>
      mode === 'issue' || hasContext(credential, SUITE_CONTEXT)
        ? undefined
        : { code: 'ERR_PROOF_MALFORMED', reason: `An Ed25519Signature2020 proof needs the ${SUITE_CONTEXT} context in the credential.` },
  });
}
