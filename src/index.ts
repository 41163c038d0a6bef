/**
 * microcred — issue and verify EU micro-credentials (Council Recommendation 2022/C 243/02)
 * as Open Badges 3.0 and European Digital Credentials.
 *
 * This entry is the runtime-agnostic core (Node, browsers, Deno, Workers; no Node built-ins):
 * the model, validation, issuing, verification, keys, suites, status lists and document loading.
 * The rest has its own subpath: `microcred/bake`, `microcred/elm`, `microcred/labels`,
 * `microcred/registry`, `microcred/pathway`, `microcred/export`, and for Node `microcred/render`
 * (PDF) and `microcred/service` (stores, HTTP service).
 *
 * @packageDocumentation
 */
export * from './model/index.js';
export { ProfileRegistry, BUILTIN_PROFILES, type BuiltinProfileName, type ProfileName } from './profiles/registry.js';
export * from './formats/ob3/index.js';
export type { EuropeanDigitalCredential, ParsedElm, ToElmOptions } from './formats/elm/types.js';
export * from './formats/ob2/index.js';
export type { JadesVerificationResult, SealKey, SealSigner, TsaClient } from './seal/index.js';
export * from './status/index.js';
export { createMicroCredential, MicroCredentialInvalidError, type CreateOptions, type CreateOb3Options, type SignedOpenBadgeCredential } from './issue/create-micro-credential.js';
export { verify, type VerifyOptions } from './verify/verify.js';
export { verifyPresentation, type PresentationVerificationReport, type VerifyPresentationOptions } from './verify/presentation.js';
export { signPresentation, type SignPresentationOptions } from './issue/sign-presentation.js';
export { type Check, type CheckId, type VerificationReport, type Verdict, verdictOf } from './verify/report.js';
export type { OnlineOptions } from './verify/online.js';
export type { TrustList } from './verify/checks/issuer-trust.js';
export type { RegistryAnchor, RegistryVerification, VerifiedRegistry } from './registry/index.js';
export * from './keys/index.js';
export * from './suites/index.js';
export { createDocumentLoader, bundledContexts, CONTEXTS, type DocumentLoader, type DocumentLoaderOptions } from './loader/index.js';
export { expandJsonLd } from './jsonld/index.js';
export * from './resolver/index.js';
export * from './errors.js';
export type { UiLanguage } from './render/labels.js';
export { VERSION } from './version.js';
