/**
 * Finds the public key of a VC-JWT and says how it speaks for the issuer: a `kid` is dereferenced
 * through the document loader and must be an assertion method of the issuer; a bare `jwk` header
 * is bound when the issuer is the did:key of that very key, and is otherwise self-asserted —
 * accepted only when the caller asks (`selfAssertedKeys`), named by its JWK thumbprint (RFC 7638,
 * as an RFC 9278 URI), and left to the trust decision.
 */
import type { CheckCode } from '../errors.js';
import { calculateJwkThumbprint, calculateJwkThumbprintUri } from 'jose';
import { parseDidKey } from '../keys/did-key.js';
import { samePublicKey, toPublicJwk } from '../keys/jwk.js';
import { jwkFromPublicKeyMultibase } from '../keys/multikey.js';
import type { Jwk } from '../keys/types.js';
import type { DocumentLoader } from '../loader/document-loader.js';
import { classify } from './failure.js';
import { isJsonObject } from '../json.js';

/** A key found for a JWT, or why none was. `selfAsserted`: taken from the header, bound to nobody. */
export type JwtKeyResult =
  | { ok: true; jwk: Jwk; verificationMethod: string; controller: string; selfAsserted?: true }
  | { ok: false; code: CheckCode; reason: string; verificationMethod?: string };

/** The prefix of a SHA-256 JWK thumbprint URI (RFC 9278). */
export const JWK_THUMBPRINT_URI_PREFIX = 'urn:ietf:params:oauth:jwk-thumbprint:sha-256:';

/** Private or symmetric JWK members (RFC 7518 §6): never in a public header. */
const SECRET_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;

/** Public JWK of a verification method (publicKeyJwk or publicKeyMultibase). */
function jwkOfMethod(method: Record<string, unknown>): Jwk | undefined {
  if (isJsonObject(method.publicKeyJwk)) {
    // A private member in a published key is a leak; refuse rather than use it.
    if ('d' in method.publicKeyJwk) return undefined;
    return toPublicJwk(method.publicKeyJwk);
  }
  if (typeof method.publicKeyMultibase === 'string') return jwkFromPublicKeyMultibase(method.publicKeyMultibase);
  return undefined;
}

function listsMethod(controllerDocument: Record<string, unknown>, methodId: string): boolean {
  const base = String(controllerDocument.id);
  const entries = controllerDocument.assertionMethod;
  const list = Array.isArray(entries) ? entries : entries === undefined ? [] : [entries];
  return list.some((entry) => {
    const id = typeof entry === 'string' ? entry : isJsonObject(entry) ? entry.id : undefined;
    return typeof id === 'string' && (id.startsWith('#') ? `${base}${id}` : id) === methodId;
  });
}

async function load(documentLoader: DocumentLoader, url: string): Promise<Record<string, unknown>> {
  const { document } = await documentLoader(url);
  const parsed: unknown = typeof document === 'string' ? JSON.parse(document) : document;
  if (!isJsonObject(parsed)) throw new Error(`${url} did not resolve to a JSON object.`);
  return parsed;
}

/** The public key of a `jwk` header, or why it is refused. */
function headerKeyOf(jwk: unknown): { key: Jwk } | { ok: false; code: CheckCode; reason: string } {
  if (!isJsonObject(jwk)) return { ok: false, code: 'ERR_JWT_HEADER', reason: 'The "jwk" header is not a JSON object.' };
  const secret = SECRET_MEMBERS.find((member) => Object.hasOwn(jwk, member));
  if (secret !== undefined) {
    return {
      ok: false,
      code: 'ERR_JWT_HEADER',
      reason: `The "jwk" header contains the private member "${secret}": a JOSE header is public, so that key must be taken as leaked. Refused.`,
    };
  }
  const key = toPublicJwk(jwk);
  return key === undefined ? { ok: false, code: 'ERR_JWT_HEADER', reason: 'The "jwk" header is not a public RSA, EC or OKP key.' } : { key };
}

/**
 * Resolves the verification key of a JWT with protected header `header` and issuer `iss`.
 * `selfAssertedKeys`: accept a header `jwk` that nothing binds to the issuer (see the module note).
 */
export async function resolveJwtKey(
  header: Record<string, unknown>,
  iss: string,
  documentLoader: DocumentLoader,
  options: { selfAssertedKeys?: boolean } = {},
): Promise<JwtKeyResult> {
  const { kid, jwk } = header;
  let headerKey: Jwk | undefined;
  let thumbprintUri: string | undefined;
  if (jwk !== undefined) {
    const found = headerKeyOf(jwk);
    if (!('key' in found)) return found;
    headerKey = found.key;
    try {
      thumbprintUri = await calculateJwkThumbprintUri(headerKey, 'sha256');
    } catch (error) {
      // jose names the missing or malformed member.
      return { ok: false, code: 'ERR_JWT_HEADER', reason: `The "jwk" header is not a complete public key: ${(error as Error).message}.` };
    }
  }
  // A kid that is the header key's own thumbprint names that key and nothing more.
  const kidIsThumbprint = headerKey !== undefined && (kid === thumbprintUri || kid === (await calculateJwkThumbprint(headerKey, 'sha256')));
  if (kid === undefined || kidIsThumbprint) {
    if (headerKey === undefined || thumbprintUri === undefined) return { ok: false, code: 'ERR_JWT_HEADER', reason: 'The JWT header has neither "kid" nor "jwk".' };
    const didKey = parseDidKey(iss);
    if (didKey !== undefined) {
      if (!samePublicKey(didKey.publicKeyJwk, headerKey)) {
        return { ok: false, code: 'ERR_JWT_KEY_NOT_BOUND', reason: `The "jwk" header key is not the key of the issuer ${iss}.` };
      }
      return { ok: true, jwk: didKey.publicKeyJwk, verificationMethod: didKey.verificationMethodId, controller: didKey.did };
    }
    if (!options.selfAssertedKeys) {
      return {
        ok: false,
        code: 'ERR_JWT_KEY_NOT_BOUND',
        reason: `The "jwk" header key (${thumbprintUri}) is not bound to the issuer ${iss}: without a "kid", only a did:key issuer of that very key binds it.`,
        verificationMethod: thumbprintUri,
      };
    }
    return { ok: true, jwk: headerKey, verificationMethod: thumbprintUri, controller: thumbprintUri, selfAsserted: true };
  }
  if (typeof kid === 'string' && kid.startsWith(JWK_THUMBPRINT_URI_PREFIX)) {
    return { ok: false, code: 'ERR_JWT_HEADER', reason: `The "kid" header names the key ${kid}, but the "jwk" header key is ${thumbprintUri ?? 'absent'}.` };
  }
  if (typeof kid !== 'string' || kid === '') return { ok: false, code: 'ERR_JWT_HEADER', reason: 'The "kid" header is not a string.' };
  const methodId = kid.startsWith('#') ? `${iss}${kid}` : kid;
  const at = { verificationMethod: methodId };
  let method: Record<string, unknown>;
  let controllerDocument: Record<string, unknown>;
  try {
    method = await load(documentLoader, methodId);
    if (method.id !== methodId) return { ok: false, code: 'ERR_VERIFICATION_METHOD', reason: `${methodId} resolved to a different key (${String(method.id)}).`, ...at };
    if (method.revoked !== undefined) return { ok: false, code: 'ERR_KEY_REVOKED', reason: `The key ${methodId} has been revoked.`, ...at };
    if (method.controller !== iss) {
      return { ok: false, code: 'ERR_ISSUER_MISMATCH', reason: `The key's controller (${String(method.controller)}) is not the issuer (${iss}).`, ...at };
    }
    controllerDocument = await load(documentLoader, iss);
  } catch (error) {
    return { ok: false, ...classify(error), ...at };
  }
  if (controllerDocument.id !== iss || !listsMethod(controllerDocument, methodId)) {
    return { ok: false, code: 'ERR_PROOF_PURPOSE', reason: `${methodId} is not an assertionMethod of ${iss}.`, ...at };
  }
  const key = jwkOfMethod(method);
  if (key === undefined) return { ok: false, code: 'ERR_VERIFICATION_METHOD', reason: `${methodId} has no usable public key.`, ...at };
  if (headerKey !== undefined && !samePublicKey(key, headerKey)) {
    return { ok: false, code: 'ERR_JWT_HEADER', reason: `The "jwk" header differs from the key "kid" names (${methodId}).`, ...at };
  }
  return { ok: true, jwk: key, verificationMethod: methodId, controller: iss };
}
