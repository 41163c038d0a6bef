import { createDocumentLoader, type DocumentLoader } from '../loader/document-loader.js';
import type { Resolver } from '../resolver/resolver.js';

/**
 * Picks the document loader for one issue/verify call: the caller's; else one built around the
 * caller's resolver; else an offline loader. Built loaders are kept (per suite instance, per
 * resolver) so their processed-context caches are reused across calls.
 */
export function createLoaderChoice(): (options?: { documentLoader?: DocumentLoader; resolver?: Resolver }) => DocumentLoader {
  let offline: DocumentLoader | undefined;
  const withResolver = new WeakMap<Resolver, DocumentLoader>();
  return (options) => {
    if (options?.documentLoader !== undefined) return options.documentLoader;
    const resolver = options?.resolver;
    if (resolver === undefined) return (offline ??= createDocumentLoader());
    let loader = withResolver.get(resolver);
    if (loader === undefined) {
      loader = createDocumentLoader({ resolver });
      withResolver.set(resolver, loader);
    }
    return loader;
  };
}
