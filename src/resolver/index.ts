/**
 * Network access, allow-listed: did:web and HTTPS document resolution.
 */
export {
  createResolver,
  type LookupFunction,
  type ResolvedDocument,
  type Resolver,
  type ResolverOptions,
} from './resolver.js';
export { didWebToUrl } from './did-web.js';
export { isNonPublicAddress } from './address.js';
