/**
 * The suite contract: every proof format (Data Integrity cryptosuites, legacy Linked Data
 * signatures, VC-JWT) issues through a {@link Signer} and verifies without ever throwing.
 */
import type { CheckCode } from '../errors.js';
import type { SignatureAlgorithm, Signer } from '../keys/types.js';
import type { DocumentLoader } from '../loader/document-loader.js';
import type { Resolver } from '../resolver/resolver.js';

/** A JSON object. */
export type JsonObject = Record<string, unknown>;

/** A credential with embedded proofs; `proof` is always an array, as the OB 3.0 JSON Schema demands. */
export interface SignedCredential extends JsonObject {
  proof: JsonObject[];
}

/** Options of `issue`. */
export interface IssueOptions {
  /** Signs the proof; its `id` becomes `proof.verificationMethod` (or the JWT `kid`). */
  signer: Signer;
  /** Loader for JSON-LD contexts. Default: an offline loader of the bundled contexts. */
  documentLoader?: DocumentLoader;
  /** Proof creation time (`proof.created`). Default: now. Ignored by vc-jwt. */
  created?: Date | string;
  /**
   * Embedded suites: an `id` for the new proof (a URL, e.g. `urn:uuid:…`), so later proofs can
   * chain to it. A credential that already has proofs gets the new proof added to its proof set.
   */
  proofId?: string;
  /**
   * Embedded suites: chain the new proof to these proofs of the credential (by `id`): it signs
   * the credential together with them, and names them in `previousProof` (a proof chain, as in
   * Data Integrity 1.0 §2.1.2 — e.g. an accreditation body countersigning an award).
   */
  previousProof?: string | string[];
  /**
   * Embedded suites: sign for this purpose. Default `assertionMethod` (a credential). A holder
   * signs a verifiable presentation with `{ proofPurpose: 'authentication', challenge, domain }`
   * (the challenge is required then; one domain).
   */
  purpose?: ProofPurposeOptions;
}

/**
 * The purpose proofs must have been made for. Default: `assertionMethod` (credentials). Verifiable
 * presentations use `authentication` with the verifier's `challenge` and `domain`.
 */
export type ProofPurposeOptions =
  | { proofPurpose: 'assertionMethod' }
  | { proofPurpose: 'authentication'; challenge?: string; domain?: string | string[] };

/** Options of `verify`. */
export interface VerifyOptions {
  /** Loader for contexts and verification methods. Default: `createDocumentLoader({ resolver })`. */
  documentLoader?: DocumentLoader;
  /** Used only to build the default loader, for did:web and HTTPS keys. */
  resolver?: Resolver;
  /** Which proof purpose is acceptable (default `assertionMethod`, bound to the issuer). */
  purpose?: ProofPurposeOptions;
  /**
   * `assertionMethod`: require that the issuer made one of the proofs (default true). `verify()`
   * turns it off per suite and checks it across all suites of a proof set.
   */
  issuerBinding?: boolean;
  /** Time to check `proof.expires` against. Default: now. */
  at?: Date | string;
  /** Allowed clock difference for `proof.expires`, in seconds. Default 300. */
  clockSkewSeconds?: number;
  /**
   * vc-jwt: accept a public key carried in the JOSE header (`jwk`, which OB 3.0 allows) that
   * nothing binds to the issuer, and report it in `selfAssertedKey`. Proves integrity, not who
   * signed. Default false (such a JWT fails with `ERR_JWT_KEY_NOT_BOUND`); `verify()` turns it
   * on for credentials and leaves the decision to its `issuer-trust` check. Never for status lists.
   */
  selfAssertedKeys?: boolean;
}

/**
 * Outcome of checking one credential's proof with one suite. Covers the proof only (signature,
 * key, purpose, issuer binding): validity dates, status and schema are checked elsewhere.
 */
export interface ProofVerification {
  verified: boolean;
  /** Suite that produced this result. */
  suite: string;
  /** Why verification failed, for people. */
  reason?: string;
  /**
   * Why verification failed, for programs: a stable `ERR_*` code. The built-in suites give a
   * {@link CheckCode} (see docs/errors.md); a suite you register may give its own.
   */
  code?: CheckCode | (string & {});
  /** Verification method the proof names (proof.verificationMethod or JWT kid). */
  verificationMethod?: string;
  /** Controller of that verification method (the issuer, when the issuer signed). */
  controller?: string;
  /** Controllers of every verified proof (a proof set or chain may be signed by several). */
  controllers?: string[];
  /** vc-jwt only: the credential decoded from the JWT. */
  credential?: JsonObject;
  /**
   * vc-jwt only, with `selfAssertedKeys`: the JWK thumbprint URI (RFC 9278, SHA-256) of the
   * header key that signed, when nothing binds that key to the issuer.
   */
  selfAssertedKey?: string;
}

/** Alias of {@link ProofVerification}: what every suite's `verify` returns. */
export type VerifyResult = ProofVerification;

/** Shared by all suites. */
interface SuiteBase {
  /** Registry name; also the CLI `--suite` value. */
  readonly name: string;
  /** Signer algorithms this suite signs with. */
  readonly algorithms: readonly SignatureAlgorithm[];
  /** True when `input` carries a proof this suite can check (cheap, structural). */
  canVerify(input: unknown): boolean;
  /** Checks the proof. Never throws: bad input gives `{ verified: false, code, reason }`. */
  verify(input: unknown, options?: VerifyOptions): Promise<ProofVerification>;
}

/** A suite that embeds a proof in the credential (Data Integrity, Linked Data signatures). */
export interface EmbeddedProofSuite extends SuiteBase {
  readonly format: 'embedded';
  /** Signs a copy of `credential` (the input is not changed) and returns it with `proof` as an array. */
  issue(credential: JsonObject, options: IssueOptions): Promise<SignedCredential>;
}

/** A suite that wraps the credential in a token (VC-JWT). */
export interface EnvelopingSuite extends SuiteBase {
  readonly format: 'jwt';
  /** Signs `credential` and returns the compact JWS. */
  issue(credential: JsonObject, options: IssueOptions): Promise<string>;
}

/** Any proof suite. Discriminate on `format`. */
export type Suite = EmbeddedProofSuite | EnvelopingSuite;
