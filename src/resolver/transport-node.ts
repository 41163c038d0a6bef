/** Node's transport: DNS lookup of all addresses, and a node:http(s) fetch pinned to them. */
import { lookup as dnsLookup } from 'node:dns/promises';
import { createPinnedFetch } from './pinned-fetch.js';
import type { Transport } from './transport.js';

export function defaultTransport(): Transport {
  return { fetch: createPinnedFetch(), lookup: (hostname) => dnsLookup(hostname, { all: true, verbatim: true }) };
}
