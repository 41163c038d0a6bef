/**
 * Faster RDF canonicalization for Open Badges credentials that share an achievement.
 *
 * ## Why
 *
 * For an 8 KB OpenBadgeCredential, jsonld.js spends ~50–60 ms in expansion (it deep-clones the
 * active context for every nested node under a scoped context) and only a few ms in toRDF and
 * RDFC-1.0 themselves. Most nested nodes sit in `credentialSubject.achievement`, which describes
 * the course and is identical, byte for byte, for every learner of that course. This module
 * expands that achievement once, keeps the result in a bounded cache that belongs to the
 * document loader, and for every credential only expands the rest.
 *
 * ## How, and why the output cannot change
 *
 * The cryptosuites canonize as `rdfCanonize(toRDF(expand(input)))`. jsonld.js lets the caller
 * skip the first step (`skipExpansion: true`), so the fast path hands the cryptosuite's own
 * `canonize` an expanded document `E` and the same options otherwise: toRDF, the safe-mode checks
 * of toRDF, and RDFC-1.0 run exactly as on the normal path. `E` is built as follows:
 *
 * 1. `outer` = the input with `credentialSubject.achievement` replaced by a subject reference
 *    `{ "@id": S }` to a fresh, random sentinel IRI `S` (of the form `https://…`, which no
 *    context can rewrite); `E_outer = expand(outer)`.
 * 2. `inner` = `{ "@context": input["@context"], ...achievement }`; `E_inner = expand(inner)`
 *    (cached: the key is the JCS canonical JSON of the contexts and the achievement).
 * 3. `E` = `E_outer` with its single `{ "@id": S }` replaced by the one node of `E_inner`.
 *
 * `E` equals `expand(input)` (deep equality, so everything after it is the normal path):
 *
 * - JSON-LD expands each property value of a node independently, with the same active context,
 *   so `E_outer` and `expand(input)` agree everywhere except at the achievement's place, where
 *   one has the reference `{ "@id": S }` and the other the expanded achievement `N`.
 * - `N` = `E_inner[0]`: a nested node object is expanded with the active context of its parent
 *   node, with type-scoped contexts reverted, plus any property-scoped context of the property
 *   (JSON-LD 1.1 Expansion, steps 7–11). Type-scoped contexts do not propagate, so reverting at the
 *   achievement gives back the context the top-level `@context` produced — provided nothing on
 *   the path `credential → credentialSubject → achievement` adds a context that does
 *   propagate: no embedded `@context` (neither object may have `@` keys besides the top-level
 *   `@context`), no property-scoped context on the `credentialSubject` or `achievement` terms, and
 *   no `@propagate: true` in any context. {@link splitSafeContext} checks these on the context
 *   documents themselves (once, for the bundled contexts microcred allows here), plus: no
 *   `@import`, no remote context references inside them, and no keyword aliases besides `@id`
 *   and `@type` (so no key of the achievement can be `@value`, `@graph`, `@nest`, `@included`, …
 *   in disguise). The top-level `inner` is expanded from that same context, so `N` and
 *   `E_inner[0]` are computed by the same steps on the same input.
 * - What differs between a top-level and a nested node: a top-level node object that expands to
 *   only `@id` (or to a value, or to nothing) is dropped. Then `E_inner` is not exactly one node
 *   whose `@id` is the achievement's `id`, and the fast path is not taken.
 *
 * Why cache the expanded achievement rather than its RDF quads: merging two datasets would need
 * jsonld.js's node-map rules (nodes merged by id, duplicate values dropped by JSON-LD equality,
 * explicit blank node labels shared across the document) re-argued for the union; composing the
 * expanded document keeps toRDF, with those rules, on the normal path.
 *
 * Any failure on the fast path (a safe-mode error, an unknown context, …) falls back to the normal
 * path, which then reports the real error: safe mode rejects exactly what it rejected before,
 * in the achievement and everywhere else. An expansion is cached only after the whole
 * canonicalization it took part in has succeeded.
 *
 * ## Preconditions (all must hold, else the normal path)
 *
 * - The options are those DataIntegrityProof (and ecdsa-rdfc-2019) passes: `documentLoader`,
 *   `base: null`, `safe: true`, optional `skipExpansion: false`, `messageDigestAlgorithm` and
 *   `contextResolver`; nothing else.
 * - The input is a plain JSON object (at most 64 levels, 100 000 values, no getters' surprises:
 *   the fast path reads a JSON copy); `@context` is a non-empty array of context URLs, each one of
 *   {@link SPLIT_CONTEXTS} that passes {@link splitSafeContext}; it has no other `@` key.
 * - `credentialSubject` is one plain object without `@` keys; its `achievement` is a plain object
 *   with a string `id` that is an absolute IRI (not a blank node `_:`), at least one other key,
 *   and no key starting with `@` anywhere inside; every value is plain JSON.
 * - The achievement object is not reachable from anywhere else in the credential, and its `id`
 *   does not occur as a string anywhere else in it (belt and braces: the argument above does not
 *   need this, as node merging happens on `E` like on the normal path).
 * - The cache belongs to a microcred document loader, whose bundled contexts cannot be replaced.
 */
import canonicalizeModule from 'canonicalize';
import jsonld from 'jsonld';
import type { LruMap } from '../loader/context-cache.js';
import { CONTEXTS, bundledContext } from '../loader/contexts.js';

/** The `canonize(input, options)` of a digitalbazaar RDFC cryptosuite. */
export type Canonize = (input: unknown, options: Record<string, unknown>) => Promise<string>;

// canonicalize is CommonJS and its typings declare an ES default export; at runtime the default is the function.
const canonicalize = canonicalizeModule as unknown as (value: unknown) => string;

/** Contexts under which the fast path may run (each must also pass {@link splitSafeContext}). */
export const SPLIT_CONTEXTS: readonly string[] = Object.freeze([
  CONTEXTS.CREDENTIALS_V2,
  CONTEXTS.CREDENTIALS_V1,
  CONTEXTS.OB_V3_0_3,
  CONTEXTS.OB_V3_EXTENSIONS,
  CONTEXTS.MICROCRED_V1,
  CONTEXTS.DATA_INTEGRITY_V2,
]);

const KEYWORD_ALIASES_ALLOWED = new Set(['@id', '@type']);
/** Terms on the path to the achievement: their definitions must not change the context below them. */
const PATH_TERMS = new Set(['credentialSubject', 'achievement']);
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/;
/** Limits of the structural walk; beyond them the normal path runs (it has its own limits). */
const MAX_DEPTH = 64;
const MAX_NODES = 100_000;

type Json = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null);

/**
 * True when a context document cannot make a nested node's context differ from the top-level one
 * for the path credential → credentialSubject → achievement (see the module comment): no
 * `@propagate`, no `@import`, scoped contexts only inline (never by URL), no keyword aliases
 * besides `@id`/`@type`, and `credentialSubject`/`achievement` defined as plain IRIs (a string,
 * or an object with only `@id` and `@type: "@id"`), wherever they are defined.
 */
export function splitSafeContext(document: unknown): boolean {
  if (!isPlainObject(document)) return false;
  const stack: { context: unknown; depth: number }[] = [{ context: document['@context'], depth: 0 }];
  while (stack.length > 0) {
    const { context, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) return false;
    const entries = Array.isArray(context) ? context : [context];
    for (const entry of entries) {
      if (entry === null) continue;
      // A string is a remote context: not checked here, so not allowed.
      if (!isPlainObject(entry)) return false;
      if ('@propagate' in entry || '@import' in entry) return false;
      for (const [term, definition] of Object.entries(entry)) {
        if (term.startsWith('@')) continue;
        if (typeof definition === 'string') {
          if (definition.startsWith('@') && !KEYWORD_ALIASES_ALLOWED.has(definition)) return false;
          continue;
        }
        if (definition === null) continue;
        if (!isPlainObject(definition)) return false;
        const id = definition['@id'];
        if (typeof id === 'string' && id.startsWith('@') && !KEYWORD_ALIASES_ALLOWED.has(id)) return false;
        if (PATH_TERMS.has(term)) {
          const plain = Object.keys(definition).every((k) => k === '@id' || (k === '@type' && definition[k] === '@id'));
          if (!plain || typeof id !== 'string' || id.startsWith('@')) return false;
        }
        if ('@context' in definition) stack.push({ context: definition['@context'], depth: depth + 1 });
      }
    }
  }
  return true;
}

/** The allowed contexts whose bundled documents pass the check, computed once (they are immutable). */
const SAFE_CONTEXTS: ReadonlySet<string> = new Set(SPLIT_CONTEXTS.filter((url) => splitSafeContext(bundledContext(url))));

/** The URLs of {@link SPLIT_CONTEXTS} whose bundled documents pass {@link splitSafeContext}. */
export function splitSafeContexts(): string[] {
  return [...SAFE_CONTEXTS];
}

/**
 * Walks plain JSON below `root`; false when it holds a key starting with `@`, a non-JSON value,
 * or is too deep or large. Calls `visit` on every object, array and string.
 */
function walkJson(root: unknown, options: { rejectAtKeys: boolean }, visit: (value: unknown) => boolean): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return false;
    if (item === null || typeof item === 'boolean') continue;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return false;
      continue;
    }
    if (!visit(item)) return false;
    if (typeof item === 'string') continue;
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) {
        if (!(i in item)) return false;
        stack.push([item[i], depth + 1]);
      }
      continue;
    }
    if (!isPlainObject(item)) return false;
    for (const key of Object.keys(item)) {
      if (options.rejectAtKeys && key.startsWith('@')) return false;
      const value = item[key];
      if (value === undefined) return false;
      stack.push([value, depth + 1]);
    }
  }
  return true;
}

/** What the fast path needs from an input that meets every precondition. */
interface Split {
  contexts: string[];
  achievement: Json & { id: string };
  outer: Json;
  sentinel: string;
}

/**
 * The options DataIntegrityProof and the ecdsa-rdfc-2019 cryptosuite pass to `canonize`, plus our
 * context resolver. `messageDigestAlgorithm` (ecdsa: SHA-256 or SHA-384) only reaches
 * rdf-canonize, which runs unchanged on the fast path.
 */
const DATA_INTEGRITY_OPTION_KEYS = new Set(['documentLoader', 'base', 'safe', 'skipExpansion', 'contextResolver', 'messageDigestAlgorithm']);

/** True for exactly those options, with the values DataIntegrityProof gives them. */
function isPlainDataIntegrityCall(options: Record<string, unknown>): boolean {
  if (!isPlainObject(options)) return false;
  for (const key of Object.keys(options)) if (!DATA_INTEGRITY_OPTION_KEYS.has(key)) return false;
  return (
    typeof options.documentLoader === 'function' &&
    options.base === null &&
    options.safe === true &&
    (options.skipExpansion === undefined || options.skipExpansion === false) &&
    (options.messageDigestAlgorithm === undefined || typeof options.messageDigestAlgorithm === 'string')
  );
}

/**
 * A plain-data copy of `input` (JSON round trip), or undefined when it is not plain JSON within
 * the limits. Everything on the fast path reads this copy only, so the cache key and the cached
 * expansion always describe the same content, even if `input` has getters that change their mind.
 */
function snapshot(input: unknown): unknown {
  if (!walkJson(input, { rejectAtKeys: false }, () => true)) return undefined;
  return JSON.parse(JSON.stringify(input)) as unknown;
}

/** Checks the preconditions (module comment) on plain JSON and splits it; undefined when any fails. */
export function planSplit(input: unknown): Split | undefined {
  if (!isPlainObject(input)) return undefined;
  const contexts = input['@context'];
  if (!Array.isArray(contexts) || contexts.length === 0) return undefined;
  if (!contexts.every((c) => typeof c === 'string' && SAFE_CONTEXTS.has(c))) return undefined;
  for (const key of Object.keys(input)) if (key.startsWith('@') && key !== '@context') return undefined;
  const subject = input.credentialSubject;
  if (!isPlainObject(subject)) return undefined;
  for (const key of Object.keys(subject)) if (key.startsWith('@')) return undefined;
  const achievement = subject.achievement;
  if (!isPlainObject(achievement)) return undefined;
  const { id } = achievement;
  if (typeof id !== 'string' || !ABSOLUTE_IRI.test(id) || id.startsWith('_:')) return undefined;
  if (Object.keys(achievement).length < 2) return undefined;
  if (!walkJson(achievement, { rejectAtKeys: true }, () => true)) return undefined;

  const sentinel = `https://split-canonize.invalid/${globalThis.crypto.randomUUID()}`;
  const outer: Json = { ...input, credentialSubject: { ...subject, achievement: { '@id': sentinel } } };
  // Belt and braces: the achievement must not be reachable, nor its id named, anywhere else.
  const elsewhere = walkJson(outer, { rejectAtKeys: false }, (value) => value !== achievement && value !== id);
  if (!elsewhere) return undefined;
  return { contexts: contexts as string[], achievement: achievement as Json & { id: string }, outer, sentinel };
}

/** Replaces the single `{ "@id": sentinel }` in `expanded` by `node`; false unless there is exactly one, and nothing else names the sentinel. */
function replaceSentinel(expanded: unknown, sentinel: string, node: unknown): boolean {
  let found: { array: unknown[]; index: number } | undefined;
  let mentions = 0;
  const stack: unknown[] = [expanded];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (item.includes(sentinel)) mentions++;
      continue;
    }
    if (Array.isArray(item)) {
      item.forEach((element, index) => {
        if (isPlainObject(element) && element['@id'] === sentinel && Object.keys(element).length === 1) {
          found = found === undefined ? { array: item, index } : { array: [], index: -1 };
        }
        stack.push(element);
      });
      continue;
    }
    if (typeof item === 'object' && item !== null) {
      for (const [key, value] of Object.entries(item)) {
        if (key.includes(sentinel)) return false;
        stack.push(value);
      }
    }
  }
  if (found === undefined || found.index < 0 || mentions !== 1) return false;
  found.array[found.index] = node;
  return true;
}

/** The options the cryptosuites hand jsonld.toRDF (and so jsonld.expand), built the same way. */
function toRdfOptions(options: Record<string, unknown>): Record<string, unknown> {
  const canonizeOptions = { algorithm: 'RDFC-1.0', format: 'application/n-quads', base: null, safe: true, ...options };
  const opts: Record<string, unknown> = { rdfDirection: 'i18n-datatype', ...canonizeOptions, produceGeneralizedRdf: false, skipExpansion: false };
  delete opts.format;
  return opts;
}

/**
 * The fast path alone: the canonical N-Quads of `input` computed as described in the module
 * comment, or undefined whenever a precondition fails or anything on the way throws (the caller
 * then runs `canonize` itself). Exported for tests; use {@link splitCanonize}.
 */
export async function canonizeSplit(canonize: Canonize, input: unknown, options: Record<string, unknown>, cache: LruMap<string, unknown>): Promise<string | undefined> {
  if (!isPlainDataIntegrityCall(options)) return undefined;
  try {
    const split = planSplit(snapshot(input));
    if (split === undefined) return undefined;
    const expandOptions = toRdfOptions(options);
    const key = canonicalize({ contexts: split.contexts, achievement: split.achievement });
    const cached = cache.get(key);
    let node = cached;
    if (node === undefined) {
      const inner = await jsonld.expand({ '@context': split.contexts, ...split.achievement }, { ...expandOptions });
      const [first] = inner;
      if (inner.length !== 1 || !isPlainObject(first) || first['@id'] !== split.achievement.id || '@graph' in first) return undefined;
      node = first;
    }
    const expanded = await jsonld.expand(split.outer, { ...expandOptions });
    // The cached node is never handed out: toRDF gets a copy.
    if (!replaceSentinel(expanded, split.sentinel, structuredClone(node))) return undefined;
    const canonical = await canonize(expanded, { ...options, skipExpansion: true });
    // Cache only what a whole successful canonicalization used.
    if (cached === undefined) cache.set(key, node);
    return canonical;
  } catch {
    return undefined; // the normal path reports the real error
  }
}

/**
 * Wraps an RDFC cryptosuite's `canonize` with the split fast path (module comment), caching
 * expanded achievements in `cache` (a microcred document loader's own). Same output as `canonize`
 * for every input; inputs the fast path does not cover go to `canonize` unchanged.
 */
export function splitCanonize(canonize: Canonize, cache: LruMap<string, unknown>): Canonize {
  return async (input, options) => (await canonizeSplit(canonize, input, options, cache)) ?? canonize(input, options);
}
