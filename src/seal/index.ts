/**
 * JAdES seals for European Digital Credentials: sealing (baseline-B, -T with a TSA client),
 * seal keys (PEM, PKCS#12, key files, self-signed test seals) and offline verification.
 */
export type { JadesDocument, JadesProtectedHeader, JadesSignature, JadesVerifyAlgorithm, SealAlgorithm, SealKey, SealKeyFile, SealSigner, TsaClient } from './types.js';
export { sealJades, formatSigningTime, JADES_CTY, type SealOptions } from './seal.js';
export { prepareForSeal, eidasIdentifierFromCertificate, type CertificateInput, type EidasLegalIdentifier, type PrepareForSealOptions } from './prepare.js';
export {
  loadSealKey,
  generateSealKey,
  parseSealKeyFile,
  sealSignerFromCryptoKey,
  type GenerateSealKeyOptions,
  type GeneratedSealKey,
  type LoadSealKeyOptions,
} from './seal-key.js';
export {
  verifyJades,
  type JadesFinding,
  type JadesLongTermReport,
  type JadesTimestampReport,
  type JadesVerificationResult,
  type VerifyJadesOptions,
} from './verify-jades.js';
export { isJadesEnvelope } from './detect.js';
export type { CertificateSummary } from './x509.js';
