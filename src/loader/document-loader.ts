/**
 * An offline JSON-LD document loader (the `documentLoader` of jsonld.js and digitalbazaar suites).
 * Serves bundled contexts, resolves did:key locally, and reaches did:web / HTTPS key documents
 * only through an injected {@link Resolver}.
 */
import { InvalidArgumentError, ResolutionError } from '../errors.js';
import { didKeyDocument, parseDidKey } from '../keys/did-key.js';
import { deepFreeze } from '../resolver/freeze.js';
import type { Resolver } from '../resolver/resolver.js';
import { CONTEXT_MEMO, createSharedContextMemo } from '../jsonld/index.js';
import type { ContextMemo } from '../jsonld/context-memo.js';
import { LruMap, PROCESSED_CONTEXTS, PROCESSED_CONTEXTS_MAX } from './context-cache.js';
import { bundledContext } from './contexts.js';
import { selectVerificationMethod } from './select-method.js';

/** What a document loader returns (the jsonld.js `RemoteDocument`). Documents are read-only. */
export interface RemoteDocument {
  contextUrl: null;
  documentUrl: string;
  document: Readonly<Record<string, unknown>>;
  /** `static` tells jsonld.js it may cache the processed context across calls. */
  tag?: 'static';
}

/**
 * A jsonld.js-compatible document loader. Loaders made by {@link createDocumentLoader} also carry
 * their own cache of processed contexts, which microcred's suites use.
 */
export type DocumentLoader = ((url: string) => Promise<RemoteDocument>) & {
  readonly [PROCESSED_CONTEXTS]?: LruMap<string, unknown>;
  readonly [CONTEXT_MEMO]?: ContextMemo;
};

/** Options of {@link createDocumentLoader}. */
export interface DocumentLoaderOptions {
  /**
   * More contexts to serve, by URL (e.g. an institution's extension context). They are copied
   * and frozen at creation. A URL must always mean the same content within one process, since
   * jsonld.js caches processed contexts by URL. Bundled URLs cannot be overridden.
   */
  extraContexts?: Record<string, object>;
  /** Resolver for did:web DIDs and HTTPS key documents. Without one these URLs fail. */
  resolver?: Resolver;
  /** How did:key Ed25519 keys are described: `Multikey` (default) or `Ed25519VerificationKey2020`. */
  didKeyFormat?: 'Multikey' | 'Ed25519VerificationKey2020';
}

const DID_KEY_CACHE_SIZE = 256;

function isDeepEqualJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Creates a document loader. Nothing is fetched unless a resolver is given, and JSON-LD contexts
 * are never fetched: a remote document is accepted only when it is the controller or DID
 * document its URL names (its `id` equals the URL), which context files are not.
 *
 * @example
 * const documentLoader = createDocumentLoader();
 * const withWeb = createDocumentLoader({ resolver: createResolver({ allow: ['example.edu'] }) });
 *
 * Fails with ResolutionError: `ERR_CONTEXT_NOT_BUNDLED` (unknown context URL),
 * `ERR_RESOLVER_REQUIRED` (did:web or HTTPS key without a resolver), `ERR_DID_INVALID`,
 * `ERR_DID_METHOD_UNSUPPORTED`, `ERR_DOCUMENT_ID_MISMATCH`, `ERR_VERIFICATION_METHOD_NOT_FOUND`,
 * or the resolver's codes.
 */
export function createDocumentLoader(options: DocumentLoaderOptions = {}): DocumentLoader {
  const extra = new Map<string, Readonly<Record<string, unknown>>>();
  for (const [url, context] of Object.entries(options.extraContexts ?? {})) {
    const bundled = bundledContext(url);
    if (bundled !== undefined && !isDeepEqualJson(bundled, context)) {
      throw new InvalidArgumentError('ERR_CONTEXT_CONFLICT', `extraContexts cannot replace the bundled context ${url}.`);
    }
    if (typeof context !== 'object' || context === null || Array.isArray(context)) {
      throw new InvalidArgumentError('ERR_CONTEXT_INVALID', `extraContexts["${url}"] must be a JSON object.`);
    }
    extra.set(url, deepFreeze(structuredClone(context) as Record<string, unknown>));
  }
  const { resolver } = options;
  const didKeyFormat = options.didKeyFormat ?? 'Multikey';
  const didKeys = new Map<string, Readonly<Record<string, unknown>>>();

  function loadDidKey(url: string): RemoteDocument {
    const cached = didKeys.get(url);
    if (cached !== undefined) return { contextUrl: null, documentUrl: url, document: cached };
    const key = parseDidKey(url);
    if (key === undefined) throw new ResolutionError('ERR_DID_INVALID', `Malformed or unsupported did:key "${url}".`);
    const { document, method } = didKeyDocument(key, { ed25519Format: didKeyFormat });
    const result = deepFreeze(url.includes('#') ? { '@context': document['@context'], ...method } : document);
    if (didKeys.size >= DID_KEY_CACHE_SIZE) didKeys.delete(didKeys.keys().next().value as string);
    didKeys.set(url, result);
    return { contextUrl: null, documentUrl: url, document: result };
  }

  async function loadRemote(url: string): Promise<RemoteDocument> {
    if (resolver === undefined) {
      const hasFragment = url.includes('#');
      if (!url.startsWith('did:') && !hasFragment) {
        throw new ResolutionError(
          'ERR_CONTEXT_NOT_BUNDLED',
          `${url} is not a bundled JSON-LD context, and no resolver is configured to fetch documents.`,
        );
      }
      throw new ResolutionError('ERR_RESOLVER_REQUIRED', `Resolving ${url} needs the network: pass createDocumentLoader({ resolver }).`);
    }
    const base = url.split('#', 1)[0] as string;
    const { document } = await resolver.resolve(base);
    if (document.id !== base) {
      if (document.id === undefined && '@context' in document && !url.includes('#')) {
        throw new ResolutionError('ERR_CONTEXT_NOT_BUNDLED', `${url} is not a bundled JSON-LD context; microcred does not fetch contexts.`);
      }
      throw new ResolutionError('ERR_DOCUMENT_ID_MISMATCH', `The document at ${base} has id "${String(document.id)}"; only documents about their own URL are accepted.`);
    }
    if (base === url) return { contextUrl: null, documentUrl: url, document };
    return { contextUrl: null, documentUrl: url, document: selectVerificationMethod(document, url) };
  }

  const documentLoader = async (url: string): Promise<RemoteDocument> => {
    if (typeof url !== 'string') throw new ResolutionError('ERR_DOCUMENT_URL_INVALID', 'Document URL must be a string.');
    const context = bundledContext(url) ?? extra.get(url);
    if (context !== undefined) return { contextUrl: null, documentUrl: url, document: context as Readonly<Record<string, unknown>>, tag: 'static' };
    if (url.startsWith('did:key:')) return loadDidKey(url);
    if (url.startsWith('did:web:') || url.startsWith('https://')) return loadRemote(url);
    if (url.startsWith('did:')) {
      throw new ResolutionError('ERR_DID_METHOD_UNSUPPORTED', `DID method of ${url} is not supported (did:key and did:web are).`);
    }
    throw new ResolutionError('ERR_CONTEXT_NOT_BUNDLED', `${url} is not a bundled JSON-LD context; microcred does not fetch contexts. Add it with createDocumentLoader({ extraContexts }).`);
  };
  // Processed contexts are cached with the loader, so they never outlive or leak out of it.
  Object.defineProperty(documentLoader, PROCESSED_CONTEXTS, { value: new LruMap<string, unknown>(PROCESSED_CONTEXTS_MAX) });
  // Processed scoped contexts of the patched expansion (src/jsonld), likewise per loader: its
  // `static` documents (bundled and extra contexts) never change, so they may be shared across calls.
  Object.defineProperty(documentLoader, CONTEXT_MEMO, { value: createSharedContextMemo() });
  return documentLoader as DocumentLoader;
}
