import type { Check } from '../report.js';

/**
 * Checks `validFrom`/`validUntil` (VC 2.0) or `issuanceDate`/`expirationDate` (VC 1.1)
 * against the verification time, allowing `skewSeconds` of clock difference.
 */
export function checkValidityPeriod(credential: Record<string, unknown>, at: Date, skewSeconds: number): Check {
  const from = credential.validFrom ?? credential.issuanceDate;
  const until = credential.validUntil ?? credential.expirationDate;
  const skew = skewSeconds * 1000;
  const parse = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : Number.NaN);
  if (from === undefined) return { id: 'validity-period', status: 'fail', code: 'ERR_NO_VALID_FROM', message: 'The credential states no validFrom (or issuanceDate).' };
  const start = parse(from);
  if (Number.isNaN(start)) return { id: 'validity-period', status: 'fail', code: 'ERR_BAD_DATE', message: `validFrom is not a date-time: ${JSON.stringify(from)}.` };
  if (start - skew > at.getTime()) {
    return { id: 'validity-period', status: 'fail', code: 'ERR_NOT_YET_VALID', message: `Not valid before ${String(from)} (checked at ${at.toISOString()}).` };
  }
  if (until !== undefined) {
    const end = parse(until);
    if (Number.isNaN(end)) return { id: 'validity-period', status: 'fail', code: 'ERR_BAD_DATE', message: `validUntil is not a date-time: ${JSON.stringify(until)}.` };
    if (end + skew < at.getTime()) {
      return { id: 'validity-period', status: 'fail', code: 'ERR_EXPIRED', message: `Expired on ${String(until)} (checked at ${at.toISOString()}).` };
    }
    if (end < start) return { id: 'validity-period', status: 'fail', code: 'ERR_BAD_DATE', message: 'validUntil is before validFrom.' };
  }
  return { id: 'validity-period', status: 'pass', message: `Valid from ${String(from)}${until ? ` until ${String(until)}` : ''} (checked at ${at.toISOString()}).` };
}
