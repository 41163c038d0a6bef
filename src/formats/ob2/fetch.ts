/** Fetching the documents an OB 2.0 assertion names (badge, issuer, key, revocation list) through the resolver. */
import { isJsonObject } from '../../json.js';
import type { Resolver } from '../../resolver/resolver.js';

export type Fetched = { document: Record<string, unknown> } | { error: { code: string; message: string; gone?: true } };

/** GETs `url` through `resolver`; failures become a sentence that names the URL (never a throw). */
export async function fetchDocument(resolver: Resolver, url: string, what: string): Promise<Fetched> {
  try {
    const { document } = await resolver.resolve(url);
    return { document: structuredClone(document) as Record<string, unknown> };
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'ERR_RESOLVER_FETCH_FAILED';
    const message = (error as Error).message;
    // 410 Gone is how OB 2.0 hosts say an assertion was revoked.
    const gone = code === 'ERR_RESOLVER_HTTP_STATUS' && /HTTP 410\b/.test(message);
    return { error: { code, message: `The ${what} ${url} could not be retrieved: ${message}`, ...(gone ? { gone: true as const } : {}) } };
  }
}

/** The embedded object, or the document fetched from the URL (`undefined` input: nothing to do). */
export async function embeddedOrFetched(value: unknown, resolver: Resolver | undefined, what: string): Promise<Fetched | { offline: string } | undefined> {
  if (isJsonObject(value)) return { document: value };
  if (typeof value !== 'string') return undefined;
  if (!resolver) return { offline: value };
  return fetchDocument(resolver, value, what);
}
