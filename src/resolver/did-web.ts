import { ResolutionError } from '../errors.js';

/**
 * The HTTPS URL of a did:web's DID document (https://w3c-ccg.github.io/did-method-web/):
 * `did:web:example.edu` → `https://example.edu/.well-known/did.json`,
 * `did:web:example.edu%3A8443:issuers:1` → `https://example.edu:8443/issuers/1/did.json`.
 * A fragment or query on the DID URL is ignored.
 *
 * @throws ResolutionError `ERR_DID_INVALID` when the DID is malformed.
 */
export function didWebToUrl(didUrl: string): string {
  const did = didUrl.split(/[#?]/, 1)[0] ?? '';
  const invalid = (): ResolutionError => new ResolutionError('ERR_DID_INVALID', `Malformed did:web "${did}".`);
  if (!did.startsWith('did:web:')) throw invalid();
  const [hostPart = '', ...path] = did.slice('did:web:'.length).split(':');
  if (hostPart === '' || path.some((s) => s === '' || /[/\\]/.test(decodeURIComponentSafe(s) ?? '/'))) throw invalid();
  // Only the port separator may be percent-encoded in the host.
  const host = hostPart.replace(/%3a/gi, ':');
  if (!/^[a-z0-9.-]+(:\d{1,5})?$/i.test(host)) throw invalid();
  let url: URL;
  try {
    url = new URL(`https://${host}`);
  } catch {
    throw invalid();
  }
  url.pathname = path.length === 0 ? '/.well-known/did.json' : `/${path.join('/')}/did.json`;
  return url.href;
}

function decodeURIComponentSafe(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}
