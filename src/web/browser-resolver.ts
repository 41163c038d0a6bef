/**
 * The page's resolver: microcred's `createResolver` with the browser's fetch. Keys and status
 * lists are fetched over https from any host that allows it (CORS), or from the page's own
 * origin over http too (a service on an intranet or loopback). A browser cannot look addresses
 * up, so the private-network check is the browser's own (Private Network Access).
 */
import { type ResolvedDocument, type Resolver, createResolver } from 'microcred';

/** Time limit per document, in ms. */
export const BROWSER_TIMEOUT_MS = 5000;
/** Largest key document, in bytes. */
export const BROWSER_MAX_BYTES = 1024 * 1024;

export function browserResolver(fetchFn: typeof fetch = (...args) => globalThis.fetch(...args)): Resolver {
  const limits = { timeoutMs: BROWSER_TIMEOUT_MS, maxBytes: BROWSER_MAX_BYTES, lookup: false, fetch: (url: string, init: RequestInit) => fetchFn(url, init) } as const;
  const anywhere = createResolver({ allow: ['*'], ...limits });
  const origin = globalThis.location?.origin;
  const own = origin === undefined ? undefined : createResolver({ allow: [new URL(origin).host], allowPrivateNetwork: true, ...limits });
  return Object.freeze({
    async resolve(url: string): Promise<ResolvedDocument> {
      if (own !== undefined && typeof url === 'string' && url.startsWith(`${origin}/`)) return own.resolve(url);
      return anywhere.resolve(url);
    },
  });
}
