/** The revocation list of a signed OB 2.0 assertion's issuer (`revocationList` on the issuer profile). */
import type { Resolver } from '../../resolver/resolver.js';
import { isJsonObject } from '../../json.js';
import type { Check } from '../../verify/report.js';
import type { CheckCode } from '../../errors.js';
import { fetchDocument } from './fetch.js';

/** Most entries read from one revocation list. */
export const MAX_REVOKED_ENTRIES = 100_000;

/**
 * The `status` check of a signed assertion: revoked (fail), not listed (pass), no list (pass),
 * list unreachable or malformed (warn; with `requireStatus`, fail).
 */
export async function checkOb2Revocation(assertion: Record<string, unknown>, issuer: Record<string, unknown>, resolver: Resolver | undefined, requireStatus: boolean): Promise<Check> {
  const url = issuer.revocationList;
  if (url === undefined) return { id: 'status', status: 'pass', message: 'The issuer publishes no revocation list for its signed badges.' };
  const unchecked = (code: CheckCode, message: string): Check => ({ id: 'status', status: requireStatus ? 'fail' : 'warn', code, message });
  if (typeof url !== 'string') return unchecked('ERR_STATUS_LIST_UNAVAILABLE', 'The issuer profile\'s revocationList is not a URL.');
  if (!resolver) return unchecked('ERR_STATUS_NOT_CHECKED', `Revocation was not checked: verification was offline, so the revocation list ${url} was not fetched.`);
  const fetched = await fetchDocument(resolver, url, 'revocation list');
  if ('error' in fetched) return unchecked('ERR_STATUS_LIST_UNAVAILABLE', `${fetched.error.message} Revocation was not checked.`);
  const entries = fetched.document.revokedAssertions;
  if (!Array.isArray(entries)) return unchecked('ERR_STATUS_LIST_UNAVAILABLE', `The revocation list ${url} has no revokedAssertions list. Revocation was not checked.`);
  if (entries.length > MAX_REVOKED_ENTRIES) return unchecked('ERR_STATUS_LIST_UNAVAILABLE', `The revocation list ${url} has more than ${MAX_REVOKED_ENTRIES} entries; it was not read.`);
  const id = assertion.id;
  const uid = assertion.uid;
  for (const entry of entries) {
    const entryId = typeof entry === 'string' ? entry : isJsonObject(entry) ? entry.id : undefined;
    const entryUid = isJsonObject(entry) ? entry.uid : undefined;
    if ((entryId !== undefined && entryId === id) || (uid !== undefined && entryUid === uid)) {
      const reason = isJsonObject(entry) && typeof entry.revocationReason === 'string' ? `: ${entry.revocationReason}` : '.';
      return { id: 'status', status: 'fail', code: 'ERR_REVOKED', message: `The issuer has revoked this badge (revocation list ${url})${reason}` };
    }
  }
  return { id: 'status', status: 'pass', message: `Not revoked (revocation list ${url}).` };
}
