/**
 * One budget of public-key signature checks per verification, shared by chain building and
 * time-stamp verification: hostile seals (many junk certificates, self-made TSAs) cost at most
 * this many checks, whatever their shape.
 */

/** Signature checks one `verifyJades()` call may make, by default. */
export const DEFAULT_SIGNATURE_BUDGET = 50;

export const BUDGET_EXCEEDED = 'ERR_SEAL_BUDGET_EXCEEDED';

export class SignatureBudget {
  /** Checks made so far. */
  used = 0;

  constructor(readonly limit: number = DEFAULT_SIGNATURE_BUDGET) {}

  /** Takes one check; false (and nothing taken) when none is left. */
  take(): boolean {
    if (this.used >= this.limit) return false;
    this.used++;
    return true;
  }

  get exhausted(): boolean {
    return this.used >= this.limit;
  }
}
