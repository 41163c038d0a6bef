/**
 * Offline JSON-LD document loading: bundled contexts, did:key, and did:web / HTTPS key
 * documents through an injected resolver.
 */
export { createDocumentLoader, type DocumentLoader, type DocumentLoaderOptions, type RemoteDocument } from './document-loader.js';
export { CONTEXTS, bundledContexts } from './contexts.js';
export { jsonLdOptions } from './context-cache.js';
