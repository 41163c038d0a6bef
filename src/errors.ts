/**
 * Typed errors with stable codes, in the style of `jose`'s `errors` module:
 * callers branch on `error.code`, never on message text. Each family has its own code union
 * (e.g. {@link StoreErrorCode}); every code, with what to do about it, is in `docs/errors.md`.
 */
import type {
  ErrorCode,
  ExportErrorCode,
  InvalidArgumentErrorCode,
  KeyErrorCode,
  MissingDependencyErrorCode,
  ResolutionErrorCode,
  SigningErrorCode,
  StatusErrorCode,
  StoreErrorCode,
} from './error-codes.js';

export type {
  CheckCode,
  ReportCode,
  EncodedListErrorCode,
  ErrorCode,
  ExportErrorCode,
  ForeignCode,
  HttpProblemCode,
  InvalidArgumentErrorCode,
  KeyErrorCode,
  MicroCredentialInvalidErrorCode,
  MissingDependencyErrorCode,
  Ob2CheckCode,
  PathwayReasonCode,
  ProofCheckCode,
  RegistryCheckCode,
  RegistryEntriesInvalidErrorCode,
  RenderWarningCode,
  ReportCheckCode,
  ResolutionErrorCode,
  SealCheckCode,
  SignerUnavailableErrorCode,
  SigningErrorCode,
  StatusCheckCode,
  StatusErrorCode,
  StoreErrorCode,
  TimestampErrorCode,
} from './error-codes.js';

/**
 * Base class of every error microcred throws. `code` is stable across releases; its type is the
 * union of the codes the class can carry (`ErrorCode` for any microcred error), so a `switch` on
 * it is checked by the compiler.
 */
export class MicrocredError<C extends string = ErrorCode> extends Error {
  /** Stable, machine-readable error code, e.g. `ERR_PROFILE_UNKNOWN`. */
  readonly code: C;
  /** JSON Pointer into the offending input, when the error is about one place in it. */
  readonly pointer?: string;

  constructor(code: C, message: string, options: { pointer?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    if (options.pointer !== undefined) this.pointer = options.pointer;
  }
}

/** A caller passed arguments the API cannot work with (unknown profile, bad option value, ...). */
export class InvalidArgumentError extends MicrocredError<InvalidArgumentErrorCode> {}

/** A document loader or resolver refused or failed to produce a document. */
export class ResolutionError extends MicrocredError<ResolutionErrorCode> {}

/** Key generation, import or export failed. */
export class KeyError extends MicrocredError<KeyErrorCode> {}

/** Signing failed (the signer threw, or the suite cannot sign this input). */
export class SigningError extends MicrocredError<SigningErrorCode> {}

/**
 * The credential store failed or refused an operation. Codes: `ERR_STORE_INVALID` (bad
 * argument), `ERR_STORE_NOT_FOUND`, `ERR_STORE_DUPLICATE`, `ERR_STORE_UNAVAILABLE` (cannot open
 * or reach the database), `ERR_STORE_CONFLICT` (gave up after repeated write conflicts),
 * `ERR_STORE_CLOSED`, `ERR_STATUS_PURPOSE_MISSING` (no status entry of the needed purpose),
 * `ERR_STORE_EMPTY` (an existing database file holds no store; open with `init: true` to create
 * one), `ERR_STORE_DAMAGED` (SQLite finds the file corrupt), `ERR_STORE_FULL` (the disk is full).
 */
export class StoreError extends MicrocredError<StoreErrorCode> {}

/**
 * Status lists: a status could not be allocated, changed or published. Codes:
 * `ERR_STATUS_OPTIONS`, `ERR_STATUS_LIST_UNKNOWN`, `ERR_STATUS_UNSUPPORTED` (e.g. a VC 1.1
 * credential, whose context does not define the Bitstring Status List terms).
 */
export class StatusError extends MicrocredError<StatusErrorCode> {}

/**
 * An export (registry records, catalogue, statistics) could not be produced or pushed. Codes:
 * `ERR_EXPORT_OPTIONS` (bad option value), `ERR_EXPORT_TOO_LARGE` (more credentials, courses or
 * bytes than the stated bound), `ERR_REGISTRY_PUSH` (the registry refused or did not answer).
 */
export class ExportError extends MicrocredError<ExportErrorCode> {}

/**
 * An optional peer dependency that a feature needs is not installed (`ERR_MISSING_DEPENDENCY`):
 * the SQLite store needs better-sqlite3, PostgreSQL pg, the HTTP service fastify, PDFs pdfkit
 * (with qrcode and dejavu-fonts-ttf). A verify-only install has none of them; `install` is the
 * command that adds what the feature needs.
 */
export class MissingDependencyError extends MicrocredError<MissingDependencyErrorCode> {
  /** The package that could not be loaded, e.g. `better-sqlite3`. */
  readonly packageName: string;
  /** What needs it, e.g. `the SQLite store (openSqliteStore, microcred serve)`. */
  readonly feature: string;
  /** The command that installs it, e.g. `npm install better-sqlite3`. */
  readonly install: string;

  constructor(packageName: string, feature: string, options: { install?: string; cause?: unknown } = {}) {
    const install = options.install ?? `npm install ${packageName}`;
    const several = packageName.includes(',');
    super(
      'ERR_MISSING_DEPENDENCY',
      `${feature} needs the package${several ? 's' : ''} ${packageName}, which ${several ? 'are' : 'is'} not installed (optional peer dependenc${several ? 'ies' : 'y'} of microcred). Install with: ${install}`,
      { cause: options.cause },
    );
    this.packageName = packageName;
    this.feature = feature;
    this.install = install;
  }
}
