/**
 * One budget of public-key signature checks per verification, shared by chain building and
 * time-stamp verification: hostile seals (many junk certificates, self-made TSAs) cost at most
 * this many checks, whatever their shape.
 */

/** Signature checks one `verifyJades()` call may make, by default. */
export const DEFAULT_SIGNATURE_BUDGET = 50;

/** Most certificates accepted in `x5c`, in `xVals`, and in one time-stamp token's certificate set. */
export const MAX_CERTIFICATES = 10;

/** Most CRLs accepted in one time-stamp token. */
export const MAX_CRLS = 4;

/** Most CRLs a seal's `rVals` may carry in all (and OCSP responses per `rVals` component). */
export const MAX_REVOCATION_VALUES = 10;

export const BUDGET_EXCEEDED = 'ERR_SEAL_BUDGET_EXCEEDED' as const;
export const TOO_MANY_CERTIFICATES = 'ERR_SEAL_TOO_MANY_CERTIFICATES' as const;

export class SignatureBudget {
  /** Checks made so far. */
  used = 0;
  /** A check was asked for with none left: the verification must fail. */
  exceeded = false;

  constructor(readonly limit: number = DEFAULT_SIGNATURE_BUDGET) {}

  /** Takes one check; false (and nothing taken) when none is left. */
  take(): boolean {
    if (this.used >= this.limit) {
      this.exceeded = true;
      return false;
    }
    this.used++;
    return true;
  }
}
