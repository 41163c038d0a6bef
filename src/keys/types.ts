/**
 * Key types shared by `keys/`, `loader/` and `suites/`.
 */

/**
 * JOSE name of a signature algorithm. It fixes both the key type and the signature format:
 * - `EdDSA`: Ed25519, 64-byte signature;
 * - `ES256`: P-256 with SHA-256, 64-byte IEEE P1363 `r || s` signature (not DER);
 * - `RS256`: RSA (2048 bits or more), RSASSA-PKCS1-v1_5 with SHA-256.
 */
export type SignatureAlgorithm = 'EdDSA' | 'ES256' | 'RS256';

/** Built-in suites that embed a proof in the credential (issue returns an object). */
export type EmbeddedSuiteName = 'eddsa-rdfc-2022' | 'eddsa-jcs-2022' | 'Ed25519Signature2020' | 'ecdsa-rdfc-2019';

/** Built-in suites that wrap the credential in a token (issue returns a compact JWT). */
export type JwtSuiteName = 'vc-jwt';

/** Names of the built-in proof suites; they are also the CLI's `--suite` values. */
export type BuiltinSuiteName = EmbeddedSuiteName | JwtSuiteName;

/**
 * A suite registry name: a built-in one, or one you registered (`createSuiteRegistry().register`).
 * The `string & {}` keeps editor completion for the built-in names while accepting custom ones.
 */
export type SuiteName = BuiltinSuiteName | (string & {});

/** Algorithms a built-in suite signs with (see `SUITE_ALGORITHMS`). */
export type SuiteAlgorithm<S extends BuiltinSuiteName> = S extends 'vc-jwt'
  ? SignatureAlgorithm
  : S extends 'ecdsa-rdfc-2019'
    ? 'ES256'
    : 'EdDSA';

/** A JSON Web Key (RFC 7517). Only the members microcred reads are typed. */
export interface Jwk {
  kty: string;
  crv?: string;
  x?: string;
  y?: string;
  d?: string;
  n?: string;
  e?: string;
  p?: string;
  q?: string;
  dp?: string;
  dq?: string;
  qi?: string;
  [member: string]: unknown;
}

/**
 * A key file: one signing key and everything needed to issue with it, as plain JSON.
 *
 * It records its suite and algorithm, so issuing needs no `--suite`; the controller and the
 * verification method id say which issuer id the key signs for. Keep it secret: it holds
 * the private key.
 */
export interface KeyFile<S extends string = SuiteName> {
  type: 'MicrocredKey';
  /** Format version of the key file. */
  version: 1;
  /** Proof suite this key issues with (a suite registry name, e.g. `eddsa-rdfc-2022`). */
  suite: S;
  /** Signature algorithm of the key. */
  alg: SignatureAlgorithm;
  /** Issuer id the key belongs to: a `did:key`, a `did:web` or an HTTPS URL. */
  controller: string;
  /** Verification method id: `controller#fragment`. Goes in `proof.verificationMethod` / JWT `kid`. */
  id: string;
  /** Multikey encoding of the public key (Ed25519 and P-256 only). */
  publicKeyMultibase?: string;
  /** Public key as a JWK (no private members). */
  publicKeyJwk: Jwk;
  /** Private key as a JWK. */
  privateKeyJwk: Jwk;
  /** When the key was generated or imported (ISO 8601). */
  created?: string;
}

/**
 * Signs bytes with a key that may live elsewhere (KMS, HSM, remote signer).
 * Implement this to plug your own key storage into every suite.
 */
export interface Signer {
  /** Verification method id the signature can be checked with (`proof.verificationMethod`, JWT `kid`). */
  readonly id: string;
  /** Signature algorithm; see {@link SignatureAlgorithm} for the signature formats expected. */
  readonly algorithm: SignatureAlgorithm;
  /** Returns the signature of `data`. */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/** Checks signatures made by a {@link Signer}. */
export interface Verifier {
  /** Verification method id of the key. */
  readonly id: string;
  /** Signature algorithm. */
  readonly algorithm: SignatureAlgorithm;
  /** True when `signature` is a valid signature of `data`. Never throws on a bad signature. */
  verify(data: Uint8Array, signature: Uint8Array): Promise<boolean>;
}
