/**
 * The page's resolver: did:web and HTTPS key documents fetched by the browser itself, with the
 * same timeout, size and redirect limits as `createResolver` (it uses the same `fetchJson`).
 * Only https URLs (or the page's own origin) are fetched; the key's host must allow it (CORS),
 * otherwise the key is reported as not resolvable. A browser cannot look up addresses, so the
 * private-network check is the browser's own (Private Network Access), not microcred's.
 */
import { ResolutionError } from '../errors.js';
import { didWebToUrl } from '../resolver/did-web.js';
import { fetchJson } from '../resolver/fetch-json.js';
import { deepFreeze } from '../resolver/freeze.js';
import type { ResolvedDocument, Resolver } from '../resolver/resolver.js';

/** Time limit per document, in ms. */
export const BROWSER_TIMEOUT_MS = 5000;
/** Largest key document, in bytes. */
export const BROWSER_MAX_BYTES = 1024 * 1024;

export function browserResolver(fetchFn: typeof fetch = (...args) => globalThis.fetch(...args)): Resolver {
  const checkUrl = async (url: URL): Promise<void> => {
    if (url.protocol !== 'https:' && url.origin !== globalThis.location?.origin) {
      throw new ResolutionError('ERR_RESOLVER_INSECURE_URL', `Refusing ${url.href}: only https is fetched.`);
    }
  };
  return Object.freeze({
    async resolve(url: string): Promise<ResolvedDocument> {
      const key = url.split('#', 1)[0]!;
      const isDidWeb = key.startsWith('did:web:');
      if (!isDidWeb && !/^https?:\/\//i.test(key)) throw new ResolutionError('ERR_RESOLVER_UNSUPPORTED_URL', `Cannot resolve "${key}": not a did:web or https URL.`);
      const target = new URL(isDidWeb ? didWebToUrl(key) : key);
      const { document, documentUrl } = await fetchJson(target, { fetch: fetchFn, timeoutMs: BROWSER_TIMEOUT_MS, maxBytes: BROWSER_MAX_BYTES, maxRedirects: 3, checkUrl });
      if (isDidWeb && document.id !== key) {
        throw new ResolutionError('ERR_DID_DOCUMENT_ID_MISMATCH', `DID document at ${documentUrl} has id "${String(document.id)}", expected "${key}".`);
      }
      return { url: key, documentUrl, document: deepFreeze(document) };
    },
  });
}
