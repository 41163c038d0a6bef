/**
 * microcred — issue and verify EU micro-credentials (Council Recommendation 2022/C 243/02)
 * as Open Badges 3.0 and European Digital Credentials.
 *
 * @packageDocumentation
 */
export * from './model/index.js';
export { ProfileRegistry, BUILTIN_PROFILES, type BuiltinProfileName, type ProfileName } from './profiles/registry.js';
export * from './formats/ob3/index.js';
export * from './formats/elm/index.js';
export * from './formats/ob2/index.js';
export * from './seal/index.js';
export * from './status/index.js';
export { createMicroCredential, MicroCredentialInvalidError, type CreateOptions, type CreateOb3Options, type SignedOpenBadgeCredential } from './issue/create-micro-credential.js';
export { verify, type VerifyOptions } from './verify/verify.js';
export { verifyPresentation, type PresentationVerificationReport, type VerifyPresentationOptions } from './verify/presentation.js';
export { signPresentation, type SignPresentationOptions } from './issue/sign-presentation.js';
export { type Check, type CheckId, type VerificationReport, type Verdict, verdictOf } from './verify/report.js';
export type { OnlineOptions } from './verify/online.js';
export type { TrustList } from './verify/checks/issuer-trust.js';
export * from './registry/index.js';
export * from './keys/index.js';
export * from './suites/index.js';
export { createDocumentLoader, bundledContexts, CONTEXTS, type DocumentLoader, type DocumentLoaderOptions } from './loader/index.js';
export { expandJsonLd } from './jsonld/index.js';
export * from './resolver/index.js';
export * from './errors.js';
export { bake, unbake, isPng, isSvg, BAKE_KEYWORD, OB_NAMESPACE, OB2_BAKE_KEYWORD, OB2_NAMESPACE, defaultBadgePng, defaultBadgeSvg } from './bake/index.js';
export { renderCertificate, renderSupplement, verificationUrl, type RenderOptions, type RenderWarning, type Signatory, type UiLanguage } from './render/index.js';
export * from './pathway/index.js';
export * from './export/index.js';
export { VERSION } from './version.js';
