/**
 * Keys: generation, import/export (JWK, Multikey), key files, issuer documents (did:key,
 * did:web, hosted key documents) and the Signer/Verifier interfaces the suites sign through.
 */
export type { BuiltinSuiteName, EmbeddedSuiteName, JwtSuiteName, Jwk, KeyFile, SignatureAlgorithm, Signer, SuiteAlgorithm, SuiteName, Verifier } from './types.js';
export { SUITE_ALGORITHMS, algorithmForSuite, algorithmOfJwk } from './algorithms.js';
export { generateKey, type GenerateKeyOptions } from './generate.js';
export { importKey, type KeyMaterial } from './import.js';
export { exportKey, type JwkExport, type MultikeyExport } from './export.js';
export { parseKeyFile } from './parse.js';
export type { KeyIdentityOptions } from './key-file.js';
export { signerFromKeyFile, verifierFromJwk } from './signer.js';
export { didKeyFromJwk, parseDidKey, didKeyDocument, type DidKey } from './did-key.js';
export { didWebFromDomain } from './did-web.js';
export { didWebDocument, keyDocument, verificationMethodOf } from './documents.js';
export { jwkFromPublicKeyMultibase, publicKeyMultibaseFromJwk } from './multikey.js';
export type { VerificationMethod, VerificationMethodFormat } from './verification-method.js';
