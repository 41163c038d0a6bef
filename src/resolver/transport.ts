/**
 * What the resolver needs from the platform: a fetch that connects only to checked addresses,
 * and a host name lookup. Node supplies both (transport-node.ts); browsers, Deno and Workers
 * supply neither (transport-web.ts). package.json `imports` picks one by the `node` condition
 * (`#transport`), so the core never names a Node built-in.
 */

/** A fetch that also takes the checked addresses to connect to. */
export type PinnedFetch = (url: string, init: RequestInit, addresses?: readonly string[]) => Promise<Response>;

/** Host name lookup: all addresses of a host. */
export type LookupFunction = (hostname: string) => Promise<ReadonlyArray<{ address: string }>>;

/** The platform's default transport. */
export interface Transport {
  fetch: PinnedFetch;
  /**
   * Undefined where the platform cannot look names up (browsers, Workers): the platform's own
   * fetch resolves them, so only IP-literal hosts can be checked against private ranges.
   */
  lookup?: LookupFunction;
}
