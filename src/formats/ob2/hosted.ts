/**
 * Hosted OB 2.0 assertions: authoritative only as published at their own id. The copy received
 * must equal the one fetched (as JSON values, member order aside), and the URL must be one the
 * issuer vouches for: the issuer profile's origin, or its `verification.allowedOrigins` /
 * `startsWith`.
 */
import type { CheckCode } from '../../errors.js';
import canonicalizeModule from 'canonicalize';
import { isJsonObject } from '../../json.js';
import type { Resolver } from '../../resolver/resolver.js';
import { fetchDocument } from './fetch.js';

// canonicalize is CommonJS and its typings declare an ES default export; at runtime the default is the function.
const canonicalize = canonicalizeModule as unknown as (value: unknown) => string;

export type HostedResult =
  | { ok: true; assertion: Record<string, unknown> }
  | { ok: false; code: CheckCode; message: string; revoked?: { reason?: string } };

/** Fetches `url` (the assertion's id) and compares it with `given` (when there is one: a baked URL has none). */
export async function fetchHostedAssertion(url: string, given: Record<string, unknown> | undefined, resolver: Resolver): Promise<HostedResult> {
  const fetched = await fetchDocument(resolver, url, 'hosted assertion');
  if ('error' in fetched) {
    if (fetched.error.gone) return { ok: false, code: 'ERR_REVOKED', message: `The issuer has revoked this badge: ${url} answers 410 Gone.`, revoked: {} };
    return { ok: false, code: 'ERR_OB2_HOSTED_UNAVAILABLE', message: fetched.error.message };
  }
  const document = fetched.document;
  if (document.revoked === true) {
    const reason = typeof document.revocationReason === 'string' ? document.revocationReason : undefined;
    return { ok: false, code: 'ERR_REVOKED', message: `The issuer has revoked this badge (${url})${reason ? `: ${reason}` : '.'}`, revoked: reason ? { reason } : {} };
  }
  if (document.id !== url) return { ok: false, code: 'ERR_OB2_HOSTED_MISMATCH', message: `The document at ${url} has id ${JSON.stringify(document.id)}, not its own URL.` };
  if (given && canonicalize(given) !== canonicalize(document)) {
    return { ok: false, code: 'ERR_OB2_HOSTED_MISMATCH', message: `The assertion differs from the one the issuer publishes at ${url}: it was changed after it was issued.` };
  }
  return { ok: true, assertion: document };
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');

/** Undefined when `assertionUrl` is one `issuer` vouches for, else why not. */
export function hostedOriginProblem(assertionUrl: string, issuer: Record<string, unknown>): string | undefined {
  let assertion: URL;
  try {
    assertion = new URL(assertionUrl);
  } catch {
    return `The assertion id ${assertionUrl} is not a URL.`;
  }
  const verification = isJsonObject(issuer.verification) ? issuer.verification : {};
  const starts = list(verification.startsWith);
  if (starts.length > 0) return starts.some((p) => assertionUrl.startsWith(p)) ? undefined : `The assertion URL ${assertionUrl} does not start with any prefix the issuer allows (${starts.join(', ')}).`;
  const origins = list(verification.allowedOrigins);
  if (origins.length > 0) return origins.some((o) => o.toLowerCase() === assertion.host.toLowerCase()) ? undefined : `The assertion is published on ${assertion.host}, which the issuer's allowedOrigins (${origins.join(', ')}) do not include.`;
  let issuerUrl: URL;
  try {
    issuerUrl = new URL(String(issuer.id));
  } catch {
    return `The issuer id ${String(issuer.id)} is not a URL, so nothing ties the assertion URL to it.`;
  }
  return issuerUrl.origin === assertion.origin ? undefined : `The assertion is published at ${assertion.origin}, not on the issuer's own origin ${issuerUrl.origin}: anyone could host it there.`;
}
