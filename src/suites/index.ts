/**
 * Proof suites: a registry of named suites that issue through a Signer and verify without throwing.
 */
export { createSuiteRegistry, DEFAULT_SUITE, type SuiteRegistry } from './registry.js';
export { createEcdsaRdfc2019Suite, createEddsaJcs2022Suite, createEddsaRdfc2022Suite } from './data-integrity.js';
export { createEd25519Signature2020Suite } from './ed25519-2020.js';
export { createVcJwtSuite } from './vc-jwt.js';
export type {
  EmbeddedProofSuite,
  EnvelopingSuite,
  IssueOptions,
  JsonObject,
  ProofPurposeOptions,
  ProofVerification,
  SignedCredential,
  Suite,
  VerifyOptions,
  VerifyResult,
} from './types.js';
