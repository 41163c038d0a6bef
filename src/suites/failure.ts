/**
 * Turns whatever a verification library threw into a stable code and a readable reason.
 * digitalbazaar errors carry no codes, so their messages are matched here, in one place.
 */
import type { CheckCode } from '../errors.js';
import { MicrocredError } from '../errors.js';
import type { ProofVerification } from './types.js';

/** A failed {@link ProofVerification}. */
export function failure(suite: string, code: CheckCode, reason: string, extra: Partial<ProofVerification> = {}): ProofVerification {
  return { ...extra, verified: false, suite, code, reason };
}

interface Classified {
  code: CheckCode;
  reason: string;
}

/** Errors nested in `error` (cause chains, jsonld `details.cause`, aggregated arrays), depth first. */
function* walk(error: unknown, seen = new Set<unknown>()): Generator<unknown> {
  if (error === null || error === undefined || seen.has(error) || seen.size > 50) return;
  seen.add(error);
  if (Array.isArray(error)) {
    for (const e of error) yield* walk(e, seen);
    return;
  }
  yield error;
  if (typeof error !== 'object') return;
  const e = error as { cause?: unknown; details?: { cause?: unknown }; errors?: unknown };
  yield* walk(e.cause, seen);
  yield* walk(e.details?.cause, seen);
  yield* walk(e.errors, seen);
}

const MESSAGE_CODES: readonly [RegExp, CheckCode][] = [
  [/^Invalid signature\.?$/i, 'ERR_SIGNATURE_INVALID'],
  [/issuer must match the verification method controller/i, 'ERR_ISSUER_MISMATCH'],
  [/not authorized by controller for proof purpose/i, 'ERR_PROOF_PURPOSE'],
  [/verification method has been revoked/i, 'ERR_KEY_REVOKED'],
  [/Unable to load verification method|No "verificationMethod" found/i, 'ERR_VERIFICATION_METHOD'],
  [/must be a Multikey|Unsupported key type|key must contain|must be a multibase/i, 'ERR_VERIFICATION_METHOD'],
  [/"proof\.(created|expires)"/i, 'ERR_PROOF_MALFORMED'],
];

/** The first microcred error (unknown context, resolver refusal, ...) nested in `error`. */
export function findOwnError(error: unknown): MicrocredError | undefined {
  for (const e of walk(error)) if (e instanceof MicrocredError) return e;
  return undefined;
}

/** Classifies an error thrown or reported during verification. */
export function classify(error: unknown): Classified {
  // Our own typed errors are the most precise.
  const ours = findOwnError(error);
  if (ours !== undefined) return { code: ours.code, reason: ours.message };
  const all = [...walk(error)];
  for (const e of all) {
    const name = (e as { name?: unknown })?.name;
    if (name === 'jsonld.ValidationError') {
      const event = (e as { details?: { event?: { message?: unknown; code?: unknown } } }).details?.event;
      const detail = typeof event?.message === 'string' ? event.message : String((e as Error).message);
      return { code: 'ERR_JSONLD_SAFE_MODE', reason: `JSON-LD safe mode rejected the document: ${detail}` };
    }
  }
  for (const e of all) {
    const message = typeof (e as { message?: unknown })?.message === 'string' ? (e as Error).message : undefined;
    if (message === undefined) continue;
    for (const [pattern, code] of MESSAGE_CODES) if (pattern.test(message)) return { code, reason: message };
  }
  const first = all.find((e) => typeof (e as { message?: unknown })?.message === 'string') as Error | undefined;
  const name = (first as { name?: unknown } | undefined)?.name;
  if (typeof name === 'string' && name.startsWith('jsonld.')) return { code: 'ERR_JSONLD', reason: first?.message ?? name };
  return { code: 'ERR_PROOF_INVALID', reason: first?.message ?? 'Proof verification failed.' };
}
