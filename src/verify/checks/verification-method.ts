/**
 * Reasons a verifier can act on when a proof's key cannot be had: a verification method id that
 * names no key (`z6Mk…`, `urn:uuid:…#z6Mk…`, a did:key without its fragment), and a key document
 * that was not fetched (offline) or could not be.
 */
import type { CheckCode } from '../../errors.js';
import { didWebToUrl } from '../../resolver/did-web.js';

/** What is wrong with a verification method id, or undefined when it has the form of one. */
export function malformedMethod(method: unknown): string | undefined {
  if (method === undefined) return 'The proof names no verificationMethod: there is no key to check the signature with.';
  if (typeof method !== 'string') return 'The proof\'s verificationMethod is not a URL string.';
  const key = /(?:^|#)(z6Mk[1-9A-HJ-NP-Za-km-z]+|zDn[1-9A-HJ-NP-Za-km-z]+|z[1-9A-HJ-NP-Za-km-z]{40,})$/.exec(method)?.[1];
  const didKeyHint = key ? ` A did:key method is written did:key:${key}#${key}.` : '';
  if (/^did:key:[^#]+$/.test(method)) {
    const id = method.slice('did:key:'.length);
    return `The proof names the DID ${method} but not which of its keys: a did:key verification method is ${method}#${id}. The issuer's software must name the key with its fragment.`;
  }
  if (/^did:[a-z0-9]+:[^\s]+$/.test(method) || /^https:\/\/[^\s]+$/.test(method)) return undefined;
  return `The proof's verification method "${method}" is not a DID URL or an https URL, so it names no key anyone can look up.${didKeyHint}`;
}

/** Codes of a key that could not be loaded (resolver and loader codes). */
const UNRESOLVED = /^ERR_(RESOLVER_[A-Z_]+|CONTEXT_NOT_BUNDLED|DID_DOCUMENT_ID_MISMATCH|DOCUMENT_ID_MISMATCH|DID_METHOD_UNSUPPORTED|VERIFICATION_METHOD_NOT_FOUND)$/;

/** The document a key is published in: did:web's did.json, an https URL without fragment. */
function documentOf(method: string): string {
  try {
    return method.startsWith('did:web:') ? didWebToUrl(method) : method.split('#', 1)[0]!;
  } catch {
    return method;
  }
}

/**
 * A failure to load the key `method`, explained: offline, which document would be needed and how
 * to let microcred fetch it; online, what went wrong fetching it. Undefined when `code` is not
 * about loading the key.
 */
export function unresolvedMethod(method: string | undefined, code: CheckCode | undefined, reason: string | undefined): { code: CheckCode; message: string } | undefined {
  if (method === undefined || code === undefined || !UNRESOLVED.test(code)) return undefined;
  if (code === 'ERR_VERIFICATION_METHOD_NOT_FOUND') return undefined;
  const document = documentOf(method);
  // Only failures about this key's document: an unbundled context fails for its own reason.
  const text = reason ?? '';
  let host = '';
  try {
    host = new URL(document).host;
  } catch {
    host = document;
  }
  if (![method.split('#', 1)[0]!, document, `"${host}"`].some((name) => text.includes(name))) return undefined;
  const remote = method.startsWith('did:web:') || method.startsWith('https://');
  if (!remote) {
    return { code: 'ERR_VERIFICATION_METHOD_UNRESOLVABLE', message: `The key ${method} cannot be resolved: ${reason ?? code}. microcred resolves did:key, did:web and https keys.` };
  }
  if (code === 'ERR_RESOLVER_REQUIRED' || (code === 'ERR_CONTEXT_NOT_BUNDLED' && (reason ?? '').includes('no resolver'))) {
    return {
      code: 'ERR_VERIFICATION_METHOD_UNRESOLVABLE',
      message:
        `The issuer's key ${method} is published in ${document}, which was not fetched: verification was offline. ` +
        'Let microcred fetch it: verify(credential, { online: true }), or run microcred verify without --offline.',
    };
  }
  return { code: 'ERR_VERIFICATION_METHOD_UNRESOLVABLE', message: `The issuer's key ${method} could not be fetched from ${document}: ${reason ?? code}` };
}
