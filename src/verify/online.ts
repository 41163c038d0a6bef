/**
 * `verify(vc, { online: true })`: the one-line opt-in to fetching what verification needs —
 * did:web and HTTPS key documents and status lists — through microcred's resolver (HTTPS,
 * public addresses only, time and size limits; see `createResolver`).
 */
import { type Resolver, createResolver } from '../resolver/resolver.js';
import { statusListResolver } from '../status/check.js';

/** What `online` may say beyond `true`. */
export interface OnlineOptions {
  /** Hosts that may be contacted (see `createResolver`). Default `['*']`: any host on a public address. */
  allow?: readonly string[];
  /** Allow loopback and private addresses, and plain http: for tests and intranets only. Default false. */
  allowPrivateNetwork?: boolean;
  /** Time limit per document. Default 5000 ms. */
  timeoutMs?: number;
  /** Largest document. Default 1 MiB. */
  maxBytes?: number;
}

/** The resolver and status list fetcher `online` stands for. */
export function onlineResolvers(online: true | OnlineOptions): { resolver: Resolver; resolveStatusList: (url: string) => Promise<unknown> } {
  const options = online === true ? {} : online;
  const resolver = createResolver({
    allow: options.allow ?? ['*'],
    allowPrivateNetwork: options.allowPrivateNetwork === true,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  });
  return { resolver, resolveStatusList: statusListResolver(resolver) };
}
