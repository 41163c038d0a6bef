/**
 * Processed-context caching owned by a document loader, not by the process.
 *
 * jsonld.js caches processed contexts in one module-global cache keyed by URL alone, for every
 * document a loader tags `static`. That would let one loader's contexts answer for another
 * (a context served by a permissive loader would then pass a strict one unasked). microcred
 * hands jsonld.js a cache per loader instead, through jsonld's `contextResolver` option.
 */
import ContextResolver from 'jsonld/lib/ContextResolver.js';

/** A small LRU map with the `get`/`set` jsonld.js expects of its shared cache. */
export class LruMap<K, V> {
  readonly #max: number;
  readonly #map = new Map<K, V>();

  constructor(max: number) {
    this.#max = max;
  }

  get(key: K): V | undefined {
    const value = this.#map.get(key);
    if (value !== undefined) {
      this.#map.delete(key);
      this.#map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): this {
    this.#map.delete(key);
    this.#map.set(key, value);
    if (this.#map.size > this.#max) this.#map.delete(this.#map.keys().next().value as K);
    return this;
  }

  get size(): number {
    return this.#map.size;
  }
}

/** Where a microcred document loader keeps its processed contexts. */
export const PROCESSED_CONTEXTS: unique symbol = Symbol('microcred.processedContexts');

/** A loader that may carry its own processed-context cache. */
type LoaderLike = ((url: string) => Promise<unknown>) & { [PROCESSED_CONTEXTS]?: LruMap<string, unknown> };

/** Size of a processed-context cache: ample for the ~20 bundled contexts plus a few extra. */
export const PROCESSED_CONTEXTS_MAX = 200;

/**
 * The processed-context cache for `loader`: its own when it is a microcred loader, otherwise
 * one kept in `fallback` (owned by the caller, e.g. a suite instance) for that loader.
 */
export function processedContextsFor(loader: LoaderLike, fallback: WeakMap<object, LruMap<string, unknown>>): LruMap<string, unknown> {
  const own = loader[PROCESSED_CONTEXTS];
  if (own !== undefined) return own;
  let cache = fallback.get(loader);
  if (cache === undefined) {
    cache = new LruMap(PROCESSED_CONTEXTS_MAX);
    fallback.set(loader, cache);
  }
  return cache;
}

/** A jsonld.js context resolver for one operation, backed by `cache` instead of jsonld's global one. */
export function contextResolver(cache: LruMap<string, unknown>): unknown {
  return new ContextResolver({ sharedCache: cache });
}

/**
 * Options for calling jsonld.js yourself (`expand`, `compact`, `toRDF`, ...) with a loader:
 * processed contexts go to the loader's own cache rather than jsonld's process-wide one.
 * Spread the result into the jsonld options: `jsonld.expand(doc, { ...jsonLdOptions(loader), safe: true })`.
 * For loaders not made by `createDocumentLoader`, nothing is cached across calls.
 */
export function jsonLdOptions<L extends LoaderLike>(documentLoader: L): { documentLoader: L; contextResolver: unknown } {
  const cache = documentLoader[PROCESSED_CONTEXTS] ?? new LruMap<string, unknown>(PROCESSED_CONTEXTS_MAX);
  return { documentLoader, contextResolver: contextResolver(cache) };
}
