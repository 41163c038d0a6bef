/**
 * `DataIntegrityProof` suites: eddsa-rdfc-2022 (the default, and the one 1EdTech certifies),
 * eddsa-jcs-2022 and ecdsa-rdfc-2019 (P-256, for HSMs without Ed25519).
 */
import type { CheckCode } from '../errors.js';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import { createSignCryptosuite, createVerifyCryptosuite } from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { withPatchedExpansion } from '../jsonld/index.js';
import { contextResolver, type LruMap } from '../loader/context-cache.js';
import { checkContextsLoad } from './contexts-check.js';
import { createEmbeddedSuite, type JsonLdMode } from './embedded.js';
import { ed25519SignatureProblem, p256SignatureProblem } from './signature-encoding.js';
import type { EmbeddedProofSuite, JsonObject } from './types.js';

const isDataIntegrity = (name: string) => (proof: JsonObject) => proof.type === 'DataIntegrityProof' && proof.cryptosuite === name;

interface Cryptosuite {
  canonize(input: unknown, options: Record<string, unknown>): Promise<string>;
}

/**
 * The cryptosuite with JSON-LD processing routed through the loader's processed-context cache,
 * and, unless `jsonld` says `pristine`, its expansion through microcred's patched expansion
 * (src/jsonld: same canonical N-Quads, without jsonld's per-node context copying).
 */
function withContexts<T extends Cryptosuite>(cryptosuite: T, contexts: LruMap<string, unknown>, jsonld: JsonLdMode): T {
  const canonize = jsonld.expansion === 'pristine' ? cryptosuite.canonize : withPatchedExpansion(cryptosuite.canonize, { memo: jsonld.memo });
  return {
    ...cryptosuite,
    canonize: (input: unknown, options: Record<string, unknown>) => canonize(input, { ...options, contextResolver: contextResolver(contexts) }),
  };
}

/** `DataIntegrityProof` with `eddsa-rdfc-2022` (Ed25519, RDF canonicalization). The default suite. */
export function createEddsaRdfc2022Suite(): EmbeddedProofSuite {
  return createEmbeddedSuite({
    name: 'eddsa-rdfc-2022',
    algorithms: ['EdDSA'],
    signerAlgorithm: 'Ed25519',
    signatureProblem: ed25519SignatureProblem,
    ownsProof: isDataIntegrity('eddsa-rdfc-2022'),
    signingSuite: (signer, date, contexts, jsonld) =>
      new DataIntegrityProof({ signer, date, cryptosuite: withContexts(eddsaRdfc2022, contexts, jsonld) }),
    verifyingSuite: (contexts, jsonld) => new DataIntegrityProof({ cryptosuite: withContexts(eddsaRdfc2022, contexts, jsonld) }),
  });
}

/** `DataIntegrityProof` with `eddsa-jcs-2022` (Ed25519, JSON canonicalization; no JSON-LD processing of the document). */
export function createEddsaJcs2022Suite(): EmbeddedProofSuite {
  return createEmbeddedSuite({
    name: 'eddsa-jcs-2022',
    algorithms: ['EdDSA'],
    signerAlgorithm: 'Ed25519',
    signatureProblem: ed25519SignatureProblem,
    ownsProof: isDataIntegrity('eddsa-jcs-2022'),
    signs: 'json',
    signingSuite: (signer, date) => new DataIntegrityProof({ signer, date, cryptosuite: createSignCryptosuite() }),
    verifyingSuite: () => new DataIntegrityProof({ cryptosuite: createVerifyCryptosuite() }),
    // JCS does no JSON-LD processing, so no context cache is needed. It never loads contexts; check them anyway so every suite refuses unknown contexts alike.
    precheck: async (credential, { documentLoader, mode }) => (mode === 'verify' ? jcsContextProblem(credential) : undefined) ?? checkContextsLoad(credential, documentLoader),
  });
}

/**
 * eddsa-jcs-2022 lets a document's `@context` merely start with its proof's, so entries appended
 * after signing are not covered by the signature — yet they change what the JSON-LD means. Every
 * proof that carries a `@context` must carry exactly the document's.
 */
function jcsContextProblem(credential: JsonObject): { code: CheckCode; reason: string } | undefined {
  const proofs = Array.isArray(credential.proof) ? credential.proof : [credential.proof];
  // Inline context objects are refused before this (signed-shape.ts): these are lists of URLs.
  const expected = JSON.stringify(credential['@context']);
  for (const proof of proofs) {
    if (proof === null || typeof proof !== 'object' || !('@context' in proof)) continue;
    if (JSON.stringify((proof as JsonObject)['@context']) !== expected) {
      return { code: 'ERR_CONTEXT_MISMATCH', reason: "The credential's @context differs from the one its eddsa-jcs-2022 proof signed: entries were added or changed after signing." };
    }
  }
  return undefined;
}

/** `DataIntegrityProof` with `ecdsa-rdfc-2019` on P-256 (SHA-256). */
export function createEcdsaRdfc2019Suite(): EmbeddedProofSuite {
  return createEmbeddedSuite({
    name: 'ecdsa-rdfc-2019',
    algorithms: ['ES256'],
    signerAlgorithm: 'P-256',
    signatureProblem: p256SignatureProblem,
    ownsProof: isDataIntegrity('ecdsa-rdfc-2019'),
    signingSuite: (signer, date, contexts, jsonld) =>
      new DataIntegrityProof({ signer, date, cryptosuite: withContexts(ecdsaRdfc2019, contexts, jsonld) }),
    verifyingSuite: (contexts, jsonld) => new DataIntegrityProof({ cryptosuite: withContexts(ecdsaRdfc2019, contexts, jsonld) }),
  });
}
