/** Checks of one embedded proof before its signature: timestamps, and a presentation's challenge and domain. */
import type { CheckCode } from '../errors.js';
import { isDateTimeStamp } from '../json.js';
import type { JsonObject, VerifyOptions } from './types.js';

/** `created` and `expires` must be dateTimeStamps (with a time zone); a proof past `expires` no longer holds. */
export function proofTimeProblem(proof: JsonObject, options: VerifyOptions | undefined): { code: CheckCode; reason: string } | undefined {
  for (const name of ['created', 'expires'] as const) {
    const value = proof[name];
    if (value !== undefined && !isDateTimeStamp(value)) return { code: 'ERR_PROOF_MALFORMED', reason: `proof.${name} must be a date-time with a time zone; got ${JSON.stringify(value)}.` };
  }
  if (typeof proof.expires === 'string') {
    const at = options?.at === undefined ? Date.now() : new Date(options.at).getTime();
    const skew = (options?.clockSkewSeconds ?? 300) * 1000;
    if (Date.parse(proof.expires) + skew < at) return { code: 'ERR_PROOF_EXPIRED', reason: `The proof expired at ${proof.expires}.` };
  }
  return undefined;
}

/** A presentation proof that does not carry the verifier's challenge or domain. */
export function challengeOrDomainMismatch(proof: JsonObject, purpose: { challenge?: string; domain?: string | string[] }): { code: CheckCode; reason: string } | undefined {
  if (purpose.challenge !== undefined && proof.challenge !== purpose.challenge) {
    return { code: 'ERR_CHALLENGE_MISMATCH', reason: `The proof's challenge ${JSON.stringify(proof.challenge ?? null)} is not the expected one.` };
  }
  if (purpose.domain !== undefined) {
    const expected = Array.isArray(purpose.domain) ? purpose.domain : [purpose.domain];
    const actual = Array.isArray(proof.domain) ? proof.domain : proof.domain === undefined ? [] : [proof.domain];
    if (!expected.every((d) => actual.includes(d))) {
      return { code: 'ERR_DOMAIN_MISMATCH', reason: `The proof's domain ${JSON.stringify(proof.domain ?? null)} is not ${JSON.stringify(purpose.domain)}.` };
    }
  }
  return undefined;
}
