/**
 * Public types of the JAdES seal module.
 */

/** JOSE algorithms a seal can be made with. Verification also accepts RS384, RS512, ES384 and PS256. */
export type SealAlgorithm = 'RS256' | 'ES256';

/** JOSE algorithms `verifyJades` accepts. */
export type JadesVerifyAlgorithm = 'RS256' | 'RS384' | 'RS512' | 'ES256' | 'ES384' | 'PS256';

/**
 * Signs the JAdES signing input with a key that may live elsewhere: an HSM, a KMS, or the EU
 * signing service (DSS `getDataToSign` / `signDocument`).
 *
 * - `RS256`: RSASSA-PKCS1-v1_5 with SHA-256 over `data` (the signer hashes).
 * - `ES256`: ECDSA P-256 with SHA-256 over `data`; return the JOSE form, 64 bytes `r || s`
 *   (a DER `ECDSA-Sig-Value` is also accepted and converted).
 */
export interface SealSigner {
  readonly algorithm: SealAlgorithm;
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/**
 * An RFC 3161 time-stamp authority client, for JAdES baseline-T. Given the digest to time-stamp,
 * returns the DER `TimeStampToken` (the `timeStampToken` of the TSA's response, not the whole
 * `TimeStampResp`). Network, authentication and retries are the client's business.
 */
export interface TsaClient {
  timestamp(digest: Uint8Array, algorithm: 'SHA-256'): Promise<Uint8Array>;
}

/** A key and certificate chain ready to seal with (from {@link loadSealKey} or {@link generateSealKey}). */
export interface SealKey {
  readonly type: 'SealKey';
  readonly algorithm: SealAlgorithm;
  readonly signer: SealSigner;
  /** Base64 DER certificates, the sealing certificate first, then its issuers (the `x5c` chain). */
  readonly certificateChain: readonly string[];
}

/**
 * A seal key as a JSON file. Holds the private key: keep it secret (mode 0600).
 * `generateSealKey` writes `testOnly: true`: such a self-signed seal is for tests and demos only —
 * verifiers (and the EU viewer) report it untrusted.
 */
export interface SealKeyFile {
  type: 'MicrocredSealKey';
  version?: 1;
  suite: 'jades';
  alg: SealAlgorithm;
  /** PKCS#8 `PRIVATE KEY` PEM (PKCS#1 `RSA PRIVATE KEY` and SEC1 `EC PRIVATE KEY` are read too). */
  privateKeyPem: string;
  /** The sealing certificate first, then its issuers. */
  certificateChainPem: string[];
  /** Set by `generateSealKey`: a self-signed test seal. */
  testOnly?: boolean;
  created?: string;
}

/** The JWS JSON serialization (general form) of a JAdES enveloping seal, as the EU sealing service emits it. */
export interface JadesDocument {
  /** The credential JSON text, unencoded (`b64: false`). */
  payload: string;
  signatures: [JadesSignature];
}

export interface JadesSignature {
  /** base64url of the JWS Protected Header JSON. */
  protected: string;
  /** Unprotected header; `etsiU` holds base64url-encoded JSON components (`sigTst`, …). */
  header?: { etsiU: string[] };
  /** base64url of the signature value. */
  signature: string;
}

/** The JWS Protected Header microcred writes (key order as in the EU sample). */
export interface JadesProtectedHeader {
  alg: SealAlgorithm;
  cty: string;
  kid: string;
  'x5t#S256': string;
  x5c: string[];
  typ: 'jose+json';
  b64: false;
  sigT: string;
  adoTst?: { tstTokens: Array<{ val: string }> };
  crit: string[];
}
