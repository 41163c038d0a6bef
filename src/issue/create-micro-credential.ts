import { InvalidArgumentError, MicrocredError, type MicroCredentialInvalidErrorCode } from '../errors.js';
import { toOpenBadge } from '../formats/ob3/to-open-badge.js';
import type { EmbeddedSuiteName, JwtSuiteName, KeyFile, Signer, SuiteName } from '../keys/types.js';
import { cachedSignerFromKeyFile } from '../keys/signer-cache.js';
import type { DocumentLoader } from '../loader/document-loader.js';
import type { ValidationIssue } from '../model/issue.js';
import type { MicroCredential, ProfileDefinition } from '../model/types.generated.js';
import type { OpenBadgeCredential } from '../formats/ob3/types.js';
import { validateMicroCredential } from '../model/validate.js';
import type { ProfileName, ProfileRegistry } from '../profiles/registry.js';
import { DEFAULT_SUITE, type SuiteRegistry, defaultSuiteRegistry } from '../suites/registry.js';
import type { SignedCredential } from '../suites/types.js';
import { defaultDocumentLoader } from '../loader/default.js';
import { toElm } from '../formats/elm/to-elm.js';
import { prepareForSeal } from '../seal/prepare.js';
import { loadSealKey } from '../seal/seal-key.js';
import { sealJades } from '../seal/seal.js';
import type { JadesDocument, SealKey, SealKeyFile, TsaClient } from '../seal/types.js';
import { issueWithStatus } from '../status/issue.js';
import type { StatusService } from '../status/service.js';
import type { StatusPurpose } from '../store/types.js';

/** Thrown by {@link createMicroCredential} when the input breaks the profile: nothing was signed. */
export class MicroCredentialInvalidError extends MicrocredError<MicroCredentialInvalidErrorCode> {
  /** Every error found (with code, JSON Pointer and message). */
  readonly errors: ValidationIssue[];
  /** Warnings found alongside. */
  readonly warnings: ValidationIssue[];

  constructor(errors: ValidationIssue[], warnings: ValidationIssue[], profile: string) {
    super(
      'ERR_MICROCREDENTIAL_INVALID',
      `The micro-credential is invalid under profile ${profile} (${errors.length} error(s)): ${errors
        .slice(0, 3)
        .map((e) => e.message)
        .join(' ')}${errors.length > 3 ? ' …' : ''}`,
      { pointer: errors[0]?.pointer },
    );
    this.errors = errors;
    this.warnings = warnings;
  }
}

/** Options of {@link createMicroCredential}. */
export interface CreateOptions {
  /** Profile to validate against (id, id@version or definition). Default `eu`. */
  profile?: ProfileName | ProfileDefinition;
  /** Registry holding custom profiles. */
  profiles?: ProfileRegistry;
  /**
   * `ob3` (default): a signed Open Badges 3.0 credential. `elm`: a European Digital Credential
   * sealed with JAdES baseline-B (baseline-T with `timestamp`), which needs a seal `key`
   * (a `MicrocredSealKey` file or a loaded `SealKey`).
   */
  format?: 'ob3' | 'elm';
  /** Proof suite. Default: the key file's suite, else `eddsa-rdfc-2022`. */
  suite?: SuiteName;
  /** Issuer key file (see `generateKey`; for `elm`, `generateSealKey`/`loadSealKey`). Give this or `signer`. */
  key?: KeyFile | SealKeyFile | SealKey;
  /** `elm` only: a time-stamp authority client, for JAdES baseline-T. */
  timestamp?: TsaClient;
  /** Your own signer (KMS, HSM). Its `id` is the verification method; the issuer is the part before `#` unless `issuer` says otherwise. */
  signer?: Signer;
  /** Issuer id; default: the key's controller. */
  issuer?: string;
  /** Suites to use; default: a registry of the built-in suites. */
  suites?: SuiteRegistry;
  /** JSON-LD document loader; default: the bundled offline loader. */
  documentLoader?: DocumentLoader;
  /** `2.0` (default) or `1.1` for older wallets. */
  vcVersion?: '2.0' | '1.1';
  /** Language of the plain-string Open Badges fields. */
  language?: string;
  /** Proof creation time. Default: now. */
  created?: Date | string;
  /**
   * `ob3` only: give the credential a Bitstring Status List entry (revocation by default) from
   * an issuer's status service, and record the issue, so it can be revoked or suspended later.
   */
  status?: {
    service: StatusService;
    purposes?: StatusPurpose[];
    /** Your own opaque learner reference to store instead of the derived one. */
    learnerRef?: string;
    /** Keep the signed credential so `GET /credentials/:id` can publish it. */
    publish?: boolean;
  };
}

/** An Open Badges 3.0 credential with its embedded proofs: what an embedded-proof suite returns. */
export type SignedOpenBadgeCredential = OpenBadgeCredential & SignedCredential;

/** {@link CreateOptions} for Open Badges 3.0 (`format` omitted or `ob3`). */
export type CreateOb3Options = CreateOptions & { format?: 'ob3' };

/**
 * Validates a MicroCredential against a profile, maps it to Open Badges 3.0 and signs it.
 *
 * Resolves to the signed credential (an object with `proof` as an array), or to the compact
 * JWT with the `vc-jwt` suite, or (`format: 'elm'`) to the sealed JAdES document. The return
 * type follows the options: `format: 'elm'` gives a `JadesDocument`; a built-in embedded suite
 * (given as `suite`, or as the suite of a key from `generateKey`, or by default with a `signer`)
 * gives a {@link SignedOpenBadgeCredential}; `vc-jwt` gives a `string`. A key file whose suite is
 * only known as `string` (read from disk) or a custom suite gives the union. Rejects with
 * {@link MicroCredentialInvalidError} (every validation error listed, nothing signed) or
 * `InvalidArgumentError` for bad options.
 *
 * @example
 * const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
 * const credential = await createMicroCredential(document, { profile: 'ge', key });
 * credential.id; // string: the type knows an eddsa-rdfc-2022 key signs an object
 */
export async function createMicroCredential(input: MicroCredential | unknown, options: CreateOptions & { format: 'elm' }): Promise<JadesDocument>;
export async function createMicroCredential(input: MicroCredential | unknown, options: CreateOb3Options & { suite: JwtSuiteName }): Promise<string>;
export async function createMicroCredential(input: MicroCredential | unknown, options: CreateOb3Options & { suite: EmbeddedSuiteName }): Promise<SignedOpenBadgeCredential>;
export async function createMicroCredential(input: MicroCredential | unknown, options: CreateOb3Options & { suite?: undefined; key: KeyFile<JwtSuiteName> }): Promise<string>;
export async function createMicroCredential(input: MicroCredential | unknown, options: CreateOb3Options & { suite?: undefined; key: KeyFile<EmbeddedSuiteName> }): Promise<SignedOpenBadgeCredential>;
export async function createMicroCredential(input: MicroCredential | unknown, options: CreateOb3Options & { suite?: undefined; key?: undefined; signer: Signer }): Promise<SignedOpenBadgeCredential>;
export async function createMicroCredential(input: MicroCredential | unknown, options: CreateOb3Options): Promise<SignedOpenBadgeCredential | string>;
export async function createMicroCredential(input: MicroCredential | unknown, options: CreateOptions): Promise<SignedOpenBadgeCredential | string | JadesDocument>;
export async function createMicroCredential(input: MicroCredential | unknown, options: CreateOptions): Promise<SignedOpenBadgeCredential | string | JadesDocument> {
  const format = options.format ?? 'ob3';
  if (format !== 'ob3' && format !== 'elm') {
    throw new InvalidArgumentError('ERR_FORMAT_UNSUPPORTED', `Unsupported format "${String(format)}"; supported: ob3, elm.`);
  }
  const validation = validateMicroCredential(input, { profile: options.profile, profiles: options.profiles });
  if (!validation.valid) {
    throw new MicroCredentialInvalidError(validation.errors, validation.warnings, `${validation.profile.id}@${validation.profile.version}`);
  }
  const document = (typeof input === 'string' ? JSON.parse(input) : input) as MicroCredential;
  if (format === 'elm') return sealElm(document, options);
  if (options.key && 'suite' in options.key && options.key.suite === 'jades') {
    throw new InvalidArgumentError('ERR_KEY_FORMAT_MISMATCH', 'A JAdES seal key issues European Digital Credentials: use format "elm".');
  }
  if (!options.signer && !options.key) {
    throw new InvalidArgumentError('ERR_KEY_REQUIRED', 'createMicroCredential needs a key (options.key) or a signer (options.signer).');
  }
  const key = options.key as KeyFile | undefined;
  const signer = options.signer ?? (await cachedSignerFromKeyFile(key));
  const issuer = options.issuer ?? key?.controller ?? signer.id.split('#')[0]!;
  const suiteName = options.suite ?? key?.suite ?? DEFAULT_SUITE;
  const suite = (options.suites ?? defaultSuiteRegistry()).get(suiteName);
  const unsigned = toOpenBadge(document, { issuer, vcVersion: options.vcVersion, language: options.language });
  const documentLoader = options.documentLoader ?? defaultDocumentLoader();
  if (options.status) {
    const { service, purposes, learnerRef, publish } = options.status;
    const issued = await issueWithStatus(unsigned, { status: service, suite, signer, documentLoader, created: options.created, purposes, learnerRef, publish });
    return issued.verifiableCredential as SignedOpenBadgeCredential | string;
  }
  return suite.issue(unsigned, { signer, documentLoader, created: options.created }) as Promise<SignedOpenBadgeCredential | string>;
}

/**
 * ELM: map, then set what the EU sealing service sets (issued/issuanceDate at the signing time,
 * issuer.eIDASIdentifier from the seal certificate), then seal with JAdES.
 */
async function sealElm(document: MicroCredential, options: CreateOptions): Promise<JadesDocument> {
  const key = options.key;
  if (!key || !('type' in key) || (key.type !== 'SealKey' && key.type !== 'MicrocredSealKey')) {
    throw new InvalidArgumentError('ERR_KEY_REQUIRED', 'format "elm" needs a JAdES seal key (microcred keys generate --suite jades, or loadSealKey).');
  }
  const sealKey = key.type === 'SealKey' ? key : await loadSealKey({ keyFile: key });
  const signingTime = options.created === undefined ? new Date() : new Date(options.created);
  const credential = prepareForSeal(toElm(document, { issuer: options.issuer ?? document.awardingBodies[0]?.id }), sealKey, signingTime);
  return sealJades(credential, { key: sealKey, signingTime, timestamp: options.timestamp });
}
