import { KeyError } from '../errors.js';

/**
 * The did:web for a domain, optionally with a port and a path
 * (`example.edu` → `did:web:example.edu`, `example.edu:8443/issuers/1` →
 * `did:web:example.edu%3A8443:issuers:1`), per https://w3c-ccg.github.io/did-method-web/.
 *
 * @throws KeyError `ERR_KEY_DOMAIN_INVALID` when `domain` is not a bare host[:port][/path].
 */
export function didWebFromDomain(domain: string): string {
  const invalid = (why: string): KeyError =>
    new KeyError('ERR_KEY_DOMAIN_INVALID', `Invalid did:web domain "${domain}": ${why}.`);
  if (typeof domain !== 'string' || domain.length === 0 || domain.length > 253 + 64) throw invalid('expected a host name');
  if (/^[a-z]+:\/\//i.test(domain)) throw invalid('give the host without a scheme');
  let url: URL;
  try {
    url = new URL(`https://${domain}`);
  } catch {
    throw invalid('not a valid host');
  }
  if (url.username || url.password || url.search || url.hash) throw invalid('no credentials, query or fragment allowed');
  if (!/^[a-z0-9.-]+$/.test(url.hostname) || !url.hostname.includes('.') || /\.\d+$/.test(url.hostname)) {
    // did:web needs a DNS name reachable over https; IP literals and single labels are refused.
    throw invalid('expected a DNS name such as example.edu');
  }
  const host = url.port ? `${url.hostname}%3A${url.port}` : url.hostname;
  const segments = url.pathname.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => !/^[A-Za-z0-9._~%-]+$/.test(s))) throw invalid('path segments must be plain URL segments');
  return ['did:web', host, ...segments].join(':');
}
