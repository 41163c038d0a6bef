/**
 * The verification page's stand-in for `src/verify/online.ts` (swapped in by
 * scripts/build-web.mjs): the page fetches through its own browser resolver, never through
 * microcred's Node resolver.
 */
export type { OnlineOptions } from '../verify/online.js';

export function onlineResolvers(): never {
  throw new Error('verify({ online }) is not available in the browser: pass a resolver (see src/web/browser-resolver.ts).');
}
