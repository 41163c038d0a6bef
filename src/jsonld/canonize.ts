/**
 * Routes the JSON-LD expansion inside a cryptosuite's `canonize` through microcred's patched
 * expansion (expand.ts). Everything after expansion — toRDF with its safe-mode checks, RDFC-1.0,
 * hashing — runs in the installed, unmodified jsonld and rdf-canonize: the wrapped `canonize` is
 * called with the expanded document and `skipExpansion: true`, its options otherwise unchanged.
 */
import { expand } from './expand.js';

/** The `canonize(input, options)` of a digitalbazaar suite. */
export type Canonize = (input: unknown, options: Record<string, unknown>) => Promise<string>;

/**
 * `canonize` with patched expansion. `expansionOptions` are the options the suite itself hands
 * jsonld besides the caller's (e.g. `{ base: null, safe: true }`); the caller's win, as in the
 * suites. Calls with `skipExpansion: true` pass straight through.
 */
export function withPatchedExpansion(canonize: Canonize, expansionOptions: Record<string, unknown> = { base: null, safe: true }): Canonize {
  return async (input, options) => {
    if (options.skipExpansion === true) return canonize(input, options);
    const expanded = await expand(input, { ...expansionOptions, ...options, skipExpansion: false });
    return canonize(expanded, { ...options, skipExpansion: true });
  };
}
