/**
 * The only way microcred reaches the network: resolves did:web DID documents and HTTPS JSON
 * documents (key documents, status lists) through an allow-list, with timeouts, size limits
 * and no private-network addresses.
 */
import { ResolutionError } from '../errors.js';
import { isIpLiteral, isNonPublicAddress } from './address.js';
import { didWebToUrl } from './did-web.js';
import { fetchJson } from './fetch-json.js';
import { deepFreeze } from './freeze.js';
import { defaultTransport } from '#transport';
import type { LookupFunction, PinnedFetch } from './transport.js';

/** A resolved document. `document` is deep-frozen: copy it before changing it. */
export interface ResolvedDocument {
  /** The URL or DID asked for, without fragment. */
  url: string;
  /** The URL the document was finally read from (after redirects). */
  documentUrl: string;
  document: Readonly<Record<string, unknown>>;
}

/** Resolves DIDs and URLs to JSON documents. Implement it to plug in your own (e.g. a universal resolver). */
export interface Resolver {
  /**
   * Resolves a did:web or an https URL (any fragment is ignored) to its document.
   * For a did:web, the document's `id` is checked to be that DID.
   */
  resolve(url: string): Promise<ResolvedDocument>;
}

export type { LookupFunction } from './transport.js';

/** Options of {@link createResolver}. */
export interface ResolverOptions {
  /**
   * Hosts that may be contacted: exact names (`example.edu`), with a port (`example.edu:8443`),
   * subdomain wildcards (`*.example.edu`, which does not match `example.edu` itself), or `*` for
   * any host (what `verify(vc, { online: true })` and the CLI use; public addresses only, unless
   * `allowPrivateNetwork`).
   */
  allow: readonly string[];
  /** Time limit for one resolution, redirects and body included. Default 5000 ms. */
  timeoutMs?: number;
  /** Largest accepted response body. Default 1 MiB. */
  maxBytes?: number;
  /**
   * Allow loopback/private/link-local addresses and plain http. For tests and intranets only.
   * Default false.
   */
  allowPrivateNetwork?: boolean;
  /**
   * The fetch to use. Default on Node: a node:http(s) transport that connects only to the addresses
   * the private-address check vetted (no second DNS lookup, so DNS rebinding cannot redirect it);
   * elsewhere (browsers, Deno, Workers) the platform's fetch.
   * An injected fetch owns the connection: it is called as `fetch(url, init, addresses)` and
   * must itself connect to `addresses` (when given) to keep that protection.
   */
  fetch?: PinnedFetch;
  /**
   * DNS lookup, called once per request (each redirect hop too); its answer is checked and then
   * connected to. Default on Node: node:dns `lookup` (all addresses). Elsewhere there is no
   * default: the platform's fetch resolves names itself, so only IP-literal hosts are checked
   * against private ranges (a browser applies its own Private Network Access rules). `false`:
   * never look names up here, because the injected `fetch` resolves (and guards) them itself.
   */
  lookup?: LookupFunction | false;
  /** Redirects followed (each one re-checked). Default 3. */
  maxRedirects?: number;
  /** How long resolved documents are reused. Default 60 000 ms; 0 disables the cache. */
  cacheTtlMs?: number;
  /** Most documents kept in the cache. Default 100. */
  maxCacheEntries?: number;
}

interface AllowEntry {
  host: string;
  wildcard: boolean;
  port?: string;
}

function parseAllowEntry(raw: string): AllowEntry {
  const entry = raw.trim().toLowerCase();
  if (entry === '*') return { host: '', wildcard: true };
  const match = /^(\*\.)?(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/.exec(entry);
  if (match === null) throw new ResolutionError('ERR_RESOLVER_OPTIONS', `Invalid allow-list entry "${raw}".`);
  const [, star, host = '', port] = match;
  return { host, wildcard: star !== undefined, ...(port === undefined ? {} : { port }) };
}

function hostAllowed(url: URL, allow: readonly AllowEntry[]): boolean {
  const host = url.hostname.toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return allow.some((entry) => {
    if (entry.port !== undefined && entry.port !== port) return false;
    if (entry.wildcard && entry.host === '') return true;
    return entry.wildcard ? host.endsWith(`.${entry.host}`) : host === entry.host;
  });
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw new ResolutionError('ERR_RESOLVER_OPTIONS', `"${name}" must be a non-negative number.`);
  return value;
}

/**
 * Creates a resolver. Each resolver has its own cache; nothing is shared between resolvers.
 *
 * @example
 * const resolver = createResolver({ allow: ['example.edu'], timeoutMs: 3000, maxBytes: 262144 });
 * const { document } = await resolver.resolve('did:web:example.edu');
 *
 * Errors are ResolutionError with codes `ERR_RESOLVER_NOT_ALLOWED`, `ERR_RESOLVER_INSECURE_URL`,
 * `ERR_RESOLVER_PRIVATE_ADDRESS`, `ERR_RESOLVER_DNS`, `ERR_RESOLVER_TIMEOUT`, `ERR_RESOLVER_TOO_LARGE`,
 * `ERR_RESOLVER_HTTP_STATUS`, `ERR_RESOLVER_CONTENT_TYPE`, `ERR_RESOLVER_INVALID_JSON`,
 * `ERR_RESOLVER_TOO_MANY_REDIRECTS`, `ERR_RESOLVER_FETCH_FAILED`, `ERR_RESOLVER_UNSUPPORTED_URL`,
 * `ERR_DID_INVALID`, `ERR_DID_DOCUMENT_ID_MISMATCH`.
 *
 * DNS rebinding: each host is looked up once per hop and the default transport connects to
 * exactly the addresses that passed the check; an injected `fetch` must do the same itself.
 */
export function createResolver(options: ResolverOptions): Resolver {
  if (!Array.isArray(options?.allow) || options.allow.some((h) => typeof h !== 'string')) {
    throw new ResolutionError('ERR_RESOLVER_OPTIONS', '"allow" must be a list of host names.');
  }
  const allow = options.allow.map(parseAllowEntry);
  const allowPrivate = options.allowPrivateNetwork === true;
  const platform = defaultTransport();
  const lookup = options.lookup === false ? undefined : (options.lookup ?? platform.lookup);
  const fetchFn = options.fetch ?? platform.fetch;
  const timeoutMs = nonNegative(options.timeoutMs, 5000, 'timeoutMs');
  const maxBytes = nonNegative(options.maxBytes, 1024 * 1024, 'maxBytes');
  const maxRedirects = nonNegative(options.maxRedirects, 3, 'maxRedirects');
  const cacheTtlMs = nonNegative(options.cacheTtlMs, 60_000, 'cacheTtlMs');
  const maxCacheEntries = nonNegative(options.maxCacheEntries, 100, 'maxCacheEntries');
  const cache = new Map<string, { expires: number; value: Promise<ResolvedDocument> }>();

  async function checkUrl(url: URL): Promise<readonly string[] | undefined> {
    if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) {
      throw new ResolutionError('ERR_RESOLVER_INSECURE_URL', `Refusing ${url.protocol} URL ${url.href}: only https is allowed.`);
    }
    if (url.username !== '' || url.password !== '') {
      throw new ResolutionError('ERR_RESOLVER_UNSUPPORTED_URL', `Refusing URL with credentials: ${url.origin}.`);
    }
    if (!hostAllowed(url, allow)) {
      throw new ResolutionError('ERR_RESOLVER_NOT_ALLOWED', `Host "${url.host}" is not on the resolver allow-list.`);
    }
    // An IP literal is connected to as written; nothing to pin.
    if (isIpLiteral(url.hostname)) {
      if (!allowPrivate && isNonPublicAddress(url.hostname)) {
        throw new ResolutionError('ERR_RESOLVER_PRIVATE_ADDRESS', `Host "${url.hostname}" resolves to non-public address ${url.hostname}.`);
      }
      return undefined;
    }
    // No lookup on this platform: its fetch resolves the name (see ResolverOptions.lookup).
    if (lookup === undefined) return undefined;
    let addresses: readonly string[];
    {
      try {
        addresses = (await lookup(url.hostname)).map((a) => a.address);
      } catch (cause) {
        throw new ResolutionError('ERR_RESOLVER_DNS', `Cannot resolve host "${url.hostname}".`, { cause });
      }
      if (addresses.length === 0) throw new ResolutionError('ERR_RESOLVER_DNS', `Host "${url.hostname}" has no addresses.`);
    }
    const blocked = allowPrivate ? undefined : addresses.find(isNonPublicAddress);
    if (blocked !== undefined) {
      throw new ResolutionError('ERR_RESOLVER_PRIVATE_ADDRESS', `Host "${url.hostname}" resolves to non-public address ${blocked}.`);
    }
    return addresses;
  }

  async function load(key: string): Promise<ResolvedDocument> {
    const isDidWeb = key.startsWith('did:web:');
    let target: URL;
    try {
      target = new URL(isDidWeb ? didWebToUrl(key) : key);
    } catch (error) {
      if (error instanceof ResolutionError) throw error;
      throw new ResolutionError('ERR_RESOLVER_UNSUPPORTED_URL', `Cannot resolve "${key}": not a did:web or https URL.`);
    }
    const { document, documentUrl } = await fetchJson(target, { fetch: fetchFn, timeoutMs, maxBytes, maxRedirects, checkUrl });
    if (isDidWeb && document.id !== key) {
      throw new ResolutionError('ERR_DID_DOCUMENT_ID_MISMATCH', `DID document at ${documentUrl} has id "${String(document.id)}", expected "${key}".`);
    }
    return { url: key, documentUrl, document: deepFreeze(document) };
  }

  return Object.freeze({
    async resolve(url: string): Promise<ResolvedDocument> {
      if (typeof url !== 'string' || !(url.startsWith('did:web:') || /^https?:\/\//i.test(url))) {
        throw new ResolutionError('ERR_RESOLVER_UNSUPPORTED_URL', `Cannot resolve "${String(url)}": not a did:web or http(s) URL.`);
      }
      const key = url.split('#', 1)[0] as string;
      const now = Date.now();
      const hit = cache.get(key);
      if (hit !== undefined && hit.expires > now) return hit.value;
      const value = load(key);
      if (cacheTtlMs > 0 && maxCacheEntries > 0) {
        cache.delete(key);
        cache.set(key, { expires: now + cacheTtlMs, value });
        if (cache.size > maxCacheEntries) cache.delete(cache.keys().next().value as string);
        // Failures are not cached: the next call tries again.
        value.catch(() => {
          if (cache.get(key)?.value === value) cache.delete(key);
        });
      }
      return value;
    },
  });
}
