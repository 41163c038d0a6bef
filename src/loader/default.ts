import type { Resolver } from '../resolver/resolver.js';
import { type DocumentLoader, createDocumentLoader } from './document-loader.js';

let offline: DocumentLoader | undefined;
const withResolver = new WeakMap<Resolver, DocumentLoader>();

/**
 * The loader used when a caller passes none: bundled contexts (microcred's own included) and
 * did:key, nothing remote. One instance, so its processed-context cache is reused across calls.
 */
export function defaultDocumentLoader(): DocumentLoader {
  offline ??= createDocumentLoader();
  return offline;
}

/** The bundled loader plus `resolver` for did:web and HTTPS keys; one per resolver, for the same reason. */
export function documentLoaderWith(resolver: Resolver): DocumentLoader {
  let loader = withResolver.get(resolver);
  if (!loader) {
    loader = createDocumentLoader({ resolver });
    withResolver.set(resolver, loader);
  }
  return loader;
}
