import type { Check } from '../report.js';
import type { CheckCode } from '../../errors.js';
import { CONTEXTS } from '../../loader/contexts.js';


/** VC 2.0 makes `validFrom` optional; VC 1.1 and Open Badges 3.0 require a start. */
function startRequired(credential: Record<string, unknown>): boolean {
  const vc2 = Array.isArray(credential['@context']) && credential['@context'][0] === CONTEXTS.CREDENTIALS_V2;
  const types = Array.isArray(credential.type) ? credential.type : [credential.type];
  return !vc2 || types.some((t) => t === 'OpenBadgeCredential' || t === 'AchievementCredential');
}

/**
 * Checks `validFrom`/`validUntil` (VC 2.0) or `issuanceDate`/`expirationDate` (VC 1.1)
 * against the verification time, allowing `skewSeconds` of clock difference.
 */
export function checkValidityPeriod(credential: Record<string, unknown>, at: Date, skewSeconds: number): Check {
  const from = credential.validFrom ?? credential.issuanceDate;
  const until = credential.validUntil ?? credential.expirationDate;
  const skew = skewSeconds * 1000;
  const when = at.toISOString();
  const parse = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : Number.NaN);
  const fail = (code: CheckCode, message: string): Check => ({ id: 'validity-period', status: 'fail', code, message });

  let start: number | undefined;
  if (from === undefined) {
    if (startRequired(credential)) return fail('ERR_NO_VALID_FROM', 'The credential states no validFrom (or issuanceDate).');
  } else {
    start = parse(from);
    if (Number.isNaN(start)) return fail('ERR_BAD_DATE', `validFrom is not a date-time: ${JSON.stringify(from)}.`);
    if (start - skew > at.getTime()) return fail('ERR_NOT_YET_VALID', `Not valid before ${String(from)} (checked at ${when}): do not rely on it before then; if your clock is right, ask the issuer why.`);
  }
  if (until !== undefined) {
    const end = parse(until);
    if (Number.isNaN(end)) return fail('ERR_BAD_DATE', `validUntil is not a date-time: ${JSON.stringify(until)}.`);
    if (end + skew < at.getTime()) return fail('ERR_EXPIRED', `Expired on ${String(until)} (checked at ${when}): ask the holder for a current credential.`);
    if (start !== undefined && end < start) return fail('ERR_BAD_DATE', 'validUntil is before validFrom.');
  }
  if (from === undefined && until === undefined) return { id: 'validity-period', status: 'pass', message: 'The credential states no validity period.' };
  const period = [from === undefined ? '' : `from ${String(from)}`, until === undefined ? '' : `until ${String(until)}`].filter(Boolean).join(' ');
  return { id: 'validity-period', status: 'pass', message: `Valid ${period} (checked at ${when}).` };
}
