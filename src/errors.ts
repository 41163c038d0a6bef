/**
 * Typed errors with stable codes, in the style of `jose`'s `errors` module:
 * callers branch on `error.code`, never on message text.
 */

/** Base class of every error microcred throws. `code` is stable across releases. */
export class MicrocredError extends Error {
  /** Stable, machine-readable error code, e.g. `ERR_PROFILE_UNKNOWN`. */
  readonly code: string;
  /** JSON Pointer into the offending input, when the error is about one place in it. */
  readonly pointer?: string;

  constructor(code: string, message: string, options: { pointer?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    if (options.pointer !== undefined) this.pointer = options.pointer;
  }
}

/** A caller passed arguments the API cannot work with (unknown profile, bad option value, ...). */
export class InvalidArgumentError extends MicrocredError {}

/** A document loader or resolver refused or failed to produce a document. */
export class ResolutionError extends MicrocredError {}

/** Key generation, import or export failed. */
export class KeyError extends MicrocredError {}

/** Signing failed (the signer threw, or the suite cannot sign this input). */
export class SigningError extends MicrocredError {}
