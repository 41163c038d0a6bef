/**
 * Finds the public key of a VC-JWT and proves it speaks for the issuer: a `kid` is dereferenced
 * through the document loader and must be an assertion method of the issuer; a bare `jwk` header
 * is accepted only when the issuer is the did:key of that very key.
 */
import { parseDidKey } from '../keys/did-key.js';
import { samePublicKey, toPublicJwk } from '../keys/jwk.js';
import { jwkFromPublicKeyMultibase } from '../keys/multikey.js';
import type { Jwk } from '../keys/types.js';
import type { DocumentLoader } from '../loader/document-loader.js';
import { classify } from './failure.js';
import { isJsonObject } from '../json.js';

/** A key found for a JWT, or why none was. */
export type JwtKeyResult =
  | { ok: true; jwk: Jwk; verificationMethod: string; controller: string }
  | { ok: false; code: string; reason: string; verificationMethod?: string };

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

/** Resolves the verification key of a JWT with protected header `header` and issuer `iss`. */
export async function resolveJwtKey(header: Record<string, unknown>, iss: string, documentLoader: DocumentLoader): Promise<JwtKeyResult> {
  const { kid, jwk } = header;
  if (jwk !== undefined && (!isJsonObject(jwk) || 'd' in jwk || toPublicJwk(jwk) === undefined)) {
    return { ok: false, code: 'ERR_JWT_HEADER', reason: 'The "jwk" header is not a public JWK.' };
  }
  if (kid === undefined) {
    if (jwk === undefined) return { ok: false, code: 'ERR_JWT_HEADER', reason: 'The JWT header has neither "kid" nor "jwk".' };
    const didKey = parseDidKey(iss);
    if (didKey === undefined || !samePublicKey(didKey.publicKeyJwk, jwk as Record<string, unknown>)) {
      return { ok: false, code: 'ERR_JWT_KEY_NOT_BOUND', reason: 'The "jwk" header key is not bound to the issuer (only a did:key issuer of that key is accepted without "kid").' };
    }
    return { ok: true, jwk: didKey.publicKeyJwk, verificationMethod: didKey.verificationMethodId, controller: didKey.did };
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
  if (jwk !== undefined && !samePublicKey(key, jwk as Record<string, unknown>)) {
    return { ok: false, code: 'ERR_JWT_HEADER', reason: 'The "jwk" header differs from the key "kid" names.', ...at };
  }
  return { ok: true, jwk: key, verificationMethod: methodId, controller: iss };
}
