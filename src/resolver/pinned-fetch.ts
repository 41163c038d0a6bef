/**
 * A minimal `fetch` for the resolver, on node:http(s), that connects only to addresses the
 * resolver has already checked: the host is not looked up a second time, so a DNS answer that
 * changes after the check (DNS rebinding to 127.0.0.1, 169.254.169.254, ...) is never used.
 * TLS still verifies the certificate against the host name (SNI and Host stay the name), and
 * node:https honours NODE_EXTRA_CA_CERTS. Node only: the browser build never imports this.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction as NetLookup } from 'node:net';
import { Readable } from 'node:stream';

import type { PinnedFetch } from './transport.js';

export type { PinnedFetch };

/** Options of {@link createPinnedFetch}. */
export interface PinnedFetchOptions {
  /** Extra trusted CA certificates (PEM), replacing Node's defaults. For tests. */
  ca?: string | readonly string[];
}

// Statuses a Response may not carry a body for.
const NULL_BODY = new Set([101, 204, 205, 304]);

function pinnedLookup(addresses: readonly string[]): NetLookup {
  const entries = addresses.map((address) => ({ address, family: isIP(address) === 6 ? 6 : 4 }));
  return (_hostname, options, callback) => {
    // net asks for all addresses when it races IPv4/IPv6 (autoSelectFamily).
    if (options.all) (callback as unknown as (e: null, a: typeof entries) => void)(null, entries);
    else callback(null, entries[0]?.address ?? '', entries[0]?.family ?? 4);
  };
}

function toResponse(res: IncomingMessage): Response {
  const headers = new Headers();
  for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) headers.append(res.rawHeaders[i] as string, res.rawHeaders[i + 1] as string);
  const status = res.statusCode ?? 0;
  if (NULL_BODY.has(status)) {
    res.resume();
    return new Response(null, { status, headers });
  }
  return new Response(Readable.toWeb(res) as ReadableStream<Uint8Array>, { status, headers });
}

/**
 * Creates the resolver's default transport. Without `addresses` (or for an IP-literal URL) the
 * host is connected to as given; with them, only those addresses are used. One request per
 * call, no connection reuse, no redirects followed, no decompression.
 */
export function createPinnedFetch(options: PinnedFetchOptions = {}): PinnedFetch {
  return (url, init, addresses) =>
    new Promise<Response>((resolve, reject) => {
      const target = new URL(url);
      const request = target.protocol === 'https:' ? httpsRequest : target.protocol === 'http:' ? httpRequest : undefined;
      if (request === undefined) return reject(new TypeError(`Unsupported protocol ${target.protocol}`));
      const signal = init.signal ?? undefined;
      if (signal?.aborted) return reject(signal.reason as Error);
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, name) => {
        headers[name] = value;
      });
      const req = request(target, {
        method: init.method ?? 'GET',
        headers,
        agent: false, // a pooled socket could outlive the check it was opened under
        ...(addresses !== undefined && addresses.length > 0 ? { lookup: pinnedLookup(addresses) } : {}),
        ...(options.ca === undefined ? {} : { ca: options.ca as string | string[] }),
      });
      const onAbort = (): void => {
        req.destroy(signal?.reason as Error);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      req.once('close', () => signal?.removeEventListener('abort', onAbort));
      req.once('error', reject);
      req.once('response', (res) => {
        try {
          resolve(toResponse(res));
        } catch (error) {
          res.destroy();
          reject(error as Error);
        }
      });
      req.end();
    });
}
