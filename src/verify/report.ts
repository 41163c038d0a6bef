import type { CheckCode } from '../error-codes.js';
import type { SuiteName } from '../keys/types.js';
import type { MicroCredential } from '../model/types.generated.js';

/**
 * Ids of the checks `verify()` runs, in the order it runs them. Open Badges 3.0: `parse`, `proof`,
 * `status`, `validity-period`, `schema`, `profile`, `issuer-trust`. European Digital Credentials:
 * `parse`, `format`, `seal`, `status`, `validity-period`, `profile`, `issuer-trust`.
 * Presentations (`verifyPresentation`): `parse`, `proof`, `holder`, `credentials`.
 * Open Badges 2.0: `parse`, `proof`, `status`, `validity-period`, `schema`, `recipient`, `profile`, `issuer-trust`.
 */
export type CheckId = 'parse' | 'proof' | 'format' | 'seal' | 'status' | 'validity-period' | 'schema' | 'profile' | 'issuer-trust' | 'holder' | 'credentials' | 'recipient';

/** One check of a verification report. */
export interface Check {
  id: CheckId;
  /** `fail` makes the credential not verified; `warn` is worth a look; `skip` was not applicable or not asked. */
  status: 'pass' | 'fail' | 'warn' | 'skip';
  message: string;
  /**
   * Stable code for failures and warnings, e.g. `ERR_PROOF_INVALID`, `ERR_EXPIRED`: a report code
   * or the code of the error that stopped the check, every one in docs/errors.md — or, from the
   * `proof` check, the code of a suite you registered.
   */
  code?: CheckCode | (string & {});
  details?: unknown;
}

/**
 * What a person may conclude, at a glance:
 * - `verified`: authentic, no check failed, and the issuer is recognised by a trust list the
 *   verifier configured (the `issuer-trust` check passed);
 * - `authentic-unrecognised-issuer`: the signature (or seal) and the checks hold, but nothing the
 *   verifier configured vouches for the issuer — anyone can create a key and call themselves a
 *   university;
 * - `not-verified`: a check failed.
 *
 * Warnings of other checks (a status list that could not be fetched, …) do not change the
 * verdict; they stay in `checks` (the CLI's `--strict` fails on them).
 */
export type Verdict = 'verified' | 'authentic-unrecognised-issuer' | 'not-verified';

/** The verdict of a credential's checks: see {@link Verdict}. */
export function verdictOf(checks: readonly Check[]): Verdict {
  if (checks.length === 0 || checks.some((c) => c.status === 'fail')) return 'not-verified';
  return checks.some((c) => c.id === 'issuer-trust' && c.status === 'pass') ? 'verified' : 'authentic-unrecognised-issuer';
}

/** What `verify()` returns: a verdict and every check behind it. */
export interface VerificationReport {
  /** What a person may conclude; see {@link Verdict}. */
  verdict: Verdict;
  /** True when no check failed. Warnings do not make a credential unverified. */
  verified: boolean;
  /** Detected format: `ob3` (Open Badges 3.0), `elm` (European Digital Credential, sealed or not), `ob2` (Open Badges 2.0 assertion). */
  format: 'ob3' | 'elm' | 'ob2' | 'unknown';
  /** Proof suite that verified (or tried to); `jades` for a sealed EDC. */
  suite?: SuiteName | 'jades';
  checks: Check[];
  /** The credential as received (decoded from the JWT for VC-JWT, the sealed payload for JAdES); absent if it could not be parsed. */
  credential?: Record<string, unknown>;
  /** The micro-credential it describes, when it could be read. */
  microCredential?: MicroCredential;
  /** Issuer id and name. */
  issuer?: { id: string; name?: string };
}
