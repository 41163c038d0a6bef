/**
 * The transport of browsers, Deno and Workers: the platform's fetch, which resolves host names
 * itself. No redirects are followed by it (the resolver checks and follows each hop).
 */
import type { Transport } from './transport.js';

export function defaultTransport(): Transport {
  return { fetch: (url, init) => globalThis.fetch(url, { ...init, redirect: 'manual' }) };
}
