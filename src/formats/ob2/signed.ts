/**
 * Signed OB 2.0 assertions: a compact JWS (RS256) whose key is the issuer's — a CryptographicKey
 * that the issuer profile, fetched from its own id, lists in `publicKey` and that names the
 * profile as its `owner`. A key only the payload itself names vouches for nothing.
 */
import type { CheckCode } from '../../errors.js';
import { compactVerify, importSPKI } from 'jose';
import { isJsonObject } from '../../json.js';
import type { Resolver } from '../../resolver/resolver.js';
import { fetchDocument } from './fetch.js';
import { verificationOf } from './structure.js';

export type SignatureResult = { ok: true; keyId: string } | { ok: false; code: CheckCode; message: string };

const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).flatMap((k) => (typeof k === 'string' ? [k] : isJsonObject(k) && typeof k.id === 'string' ? [k.id] : []));

/**
 * Verifies `jws` against the key of `issuer` (the profile as fetched from its id).
 * Codes: `ERR_OB2_KEY_NOT_FOUND`, `ERR_OB2_KEY_UNAVAILABLE`, `ERR_OB2_KEY_NOT_ISSUERS`,
 * `ERR_OB2_KEY_INVALID`, `ERR_OB2_SIGNATURE_INVALID`.
 */
export async function verifyOb2Signature(jws: string, assertion: Record<string, unknown>, issuer: Record<string, unknown>, resolver: Resolver): Promise<SignatureResult> {
  const listed = ids(issuer.publicKey);
  const creator = verificationOf(assertion)?.creator;
  const keyId = typeof creator === 'string' ? creator : listed[0];
  if (keyId === undefined) return { ok: false, code: 'ERR_OB2_KEY_NOT_FOUND', message: `The assertion names no key (verification.creator) and the issuer profile ${String(issuer.id)} lists none (publicKey).` };
  if (!listed.includes(keyId)) {
    return { ok: false, code: 'ERR_OB2_KEY_NOT_ISSUERS', message: `The key ${keyId} is not among the keys the issuer profile ${String(issuer.id)} lists: it does not speak for that issuer.` };
  }
  // An embedded key on the fetched profile is the issuer's word; otherwise fetch it from its id.
  const embedded = (Array.isArray(issuer.publicKey) ? issuer.publicKey : [issuer.publicKey]).find((k) => isJsonObject(k) && k.id === keyId && typeof k.publicKeyPem === 'string');
  let key: Record<string, unknown>;
  if (isJsonObject(embedded)) key = embedded;
  else {
    const fetched = await fetchDocument(resolver, keyId, 'issuer key');
    if ('error' in fetched) return { ok: false, code: 'ERR_OB2_KEY_UNAVAILABLE', message: fetched.error.message };
    key = fetched.document;
  }
  if (key.owner !== undefined && key.owner !== issuer.id) {
    return { ok: false, code: 'ERR_OB2_KEY_NOT_ISSUERS', message: `The key ${keyId} names ${String(key.owner)} as its owner, not the issuer ${String(issuer.id)}.` };
  }
  if (typeof key.publicKeyPem !== 'string') return { ok: false, code: 'ERR_OB2_KEY_INVALID', message: `The key ${keyId} has no publicKeyPem.` };
  let publicKey: CryptoKey;
  try {
    publicKey = await importSPKI(key.publicKeyPem, 'RS256');
  } catch (error) {
    return { ok: false, code: 'ERR_OB2_KEY_INVALID', message: `The key ${keyId} is not an RSA public key in PEM: ${(error as Error).message}` };
  }
  try {
    await compactVerify(jws, publicKey, { algorithms: ['RS256'] });
  } catch (error) {
    return { ok: false, code: 'ERR_OB2_SIGNATURE_INVALID', message: `The signature does not verify with the issuer's key ${keyId} (${(error as Error).message}): the assertion was changed or not signed by this issuer.` };
  }
  return { ok: true, keyId };
}
