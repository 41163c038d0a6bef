/**
 * Routes the JSON-LD expansion inside a cryptosuite's `canonize` through microcred's patched
 * expansion (expand.ts). Everything after expansion — toRDF with its safe-mode checks, RDFC-1.0,
 * hashing — runs in the installed, unmodified jsonld and rdf-canonize: the wrapped `canonize` is
 * called with the expanded document and `skipExpansion: true`, its options otherwise unchanged.
 */
import type { ContextMemo } from './context-memo.js';
import { expand } from './expand.js';

/** The `canonize(input, options)` of a digitalbazaar suite. */
export type Canonize = (input: unknown, options: Record<string, unknown>) => Promise<string>;

/**
 * `canonize` with patched expansion. `defaults` are the options the suite itself hands jsonld
 * besides the caller's (`{ base: null, safe: true }` for all digitalbazaar suites); the caller's
 * win, as in the suites. `memo` is the shared context memo of the microcred loader behind the
 * loader the suite's library passes (it wraps ours), if any. Calls with `skipExpansion: true`
 * pass straight through.
 */
export function withPatchedExpansion(canonize: Canonize, settings: { memo?: ContextMemo | undefined; defaults?: Record<string, unknown> } = {}): Canonize {
  const defaults = settings.defaults ?? { base: null, safe: true };
  return async (input, options) => {
    if (options.skipExpansion === true) return canonize(input, options);
    const expanded = await expand(input, { ...defaults, ...options, skipExpansion: false }, { memo: settings.memo });
    return canonize(expanded, { ...options, skipExpansion: true });
  };
}
