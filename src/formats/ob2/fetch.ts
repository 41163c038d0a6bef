/** Fetching the documents an OB 2.0 assertion names (badge, issuer, key, revocation list) through the resolver. */
import type { CheckCode } from '../../errors.js';
import { isJsonObject } from '../../json.js';
import type { Resolver } from '../../resolver/resolver.js';

export type Fetched = { document: Record<string, unknown> } | { error: { code: CheckCode; message: string; gone?: true } };

/** GETs `url` through `resolver`; failures become a sentence that names the URL (never a throw). */
export async function fetchDocument(resolver: Resolver, url: string, what: string): Promise<Fetched> {
  try {
    const { document } = await resolver.resolve(url);
    return { document: structuredClone(document) as Record<string, unknown> };
  } catch (error) {
    const code = (error as { code?: CheckCode }).code ?? 'ERR_RESOLVER_FETCH_FAILED';
    const message = (error as Error).message;
    // 410 Gone is how OB 2.0 hosts say an assertion was revoked.
    const gone = code === 'ERR_RESOLVER_HTTP_STATUS' && /HTTP 410\b/.test(message);
    return { error: { code, message: `The ${what} ${url} could not be retrieved: ${message}`, ...(gone ? { gone: true as const } : {}) } };
  }
}

const isHttp = (v: unknown): v is string => typeof v === 'string' && /^https?:\/\//i.test(v);
const idOf = (v: unknown): unknown => (isJsonObject(v) ? v.id : v);

/** The badge and issuer of an assertion, and why they could not be had or do not agree. */
export interface BadgeAndIssuer {
  badge?: Record<string, unknown>;
  issuer?: Record<string, unknown>;
  /** `unavailable`: a document could not be fetched; `mismatch`: an embedded copy says otherwise than its publisher. */
  problem?: { kind: 'unavailable' | 'mismatch'; code: CheckCode; message: string };
}

/**
 * Online, the BadgeClass and the issuer profile count only as fetched from their own ids (an
 * embedded copy could claim any issuer, and a shared host would not notice); the embedded copy
 * must name the same issuer. Offline, the embedded copies are all there is.
 */
export async function badgeAndIssuer(assertion: Record<string, unknown>, resolver: Resolver | undefined): Promise<BadgeAndIssuer> {
  const out: BadgeAndIssuer = {};
  let badge = isJsonObject(assertion.badge) ? assertion.badge : undefined;
  const badgeId = idOf(assertion.badge);
  if (resolver && isHttp(badgeId)) {
    const fetched = await fetchDocument(resolver, badgeId, 'badge (BadgeClass)');
    if ('error' in fetched) return { ...(badge ? { badge } : {}), problem: { kind: 'unavailable', code: 'WARN_OB2_BADGE_UNAVAILABLE', message: fetched.error.message } };
    if (fetched.document.id !== badgeId) return { problem: { kind: 'mismatch', code: 'ERR_OB2_BADGE_MISMATCH', message: `The document at ${badgeId} has id ${JSON.stringify(fetched.document.id)}, not its own URL.` } };
    if (badge && idOf(badge.issuer) !== idOf(fetched.document.issuer)) {
      return { problem: { kind: 'mismatch', code: 'ERR_OB2_BADGE_MISMATCH', message: `The embedded badge names the issuer ${String(idOf(badge.issuer))}, but the badge published at ${badgeId} names ${String(idOf(fetched.document.issuer))}.` } };
    }
    badge = fetched.document;
  }
  if (badge) out.badge = badge;
  let issuer = isJsonObject(badge?.issuer) ? badge.issuer : undefined;
  const issuerId = idOf(badge?.issuer);
  if (resolver && isHttp(issuerId)) {
    const fetched = await fetchDocument(resolver, issuerId, 'issuer profile');
    if ('error' in fetched) return { ...out, problem: { kind: 'unavailable', code: 'WARN_OB2_ISSUER_UNAVAILABLE', message: fetched.error.message } };
    if (fetched.document.id !== issuerId) return { ...out, problem: { kind: 'mismatch', code: 'ERR_OB2_ISSUER_MISMATCH', message: `The document at ${issuerId} has id ${JSON.stringify(fetched.document.id)}, not its own URL.` } };
    issuer = fetched.document;
  }
  if (issuer) out.issuer = issuer;
  return out;
}
