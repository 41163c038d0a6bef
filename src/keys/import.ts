import { base64url } from 'jose';
import { KeyError } from '../errors.js';
import { algorithmOfJwk } from './algorithms.js';
import { toPrivateJwk, toPublicJwk } from './jwk.js';
import { assembleKeyFile, type KeyIdentityOptions } from './key-file.js';
import { decodeSecretKeyMultibase, jwkFromPublicKeyMultibase } from './multikey.js';
import { assertKeyPair } from './signer.js';
import type { Jwk, KeyFile, SuiteName } from './types.js';
import { privateJwkFromSecret } from './webcrypto.js';

/** Key material accepted by {@link importKey}: a private JWK, or a Multikey secret. */
export type KeyMaterial =
  | { privateKeyJwk: Record<string, unknown> }
  | { secretKeyMultibase: string; publicKeyMultibase?: string };

async function privateJwkOf(material: KeyMaterial): Promise<Jwk> {
  if ('privateKeyJwk' in material) {
    const jwk = typeof material.privateKeyJwk === 'object' && material.privateKeyJwk !== null ? toPrivateJwk(material.privateKeyJwk) : undefined;
    if (jwk === undefined || typeof jwk.d !== 'string') {
      throw new KeyError('ERR_KEY_INVALID', 'Expected a private Ed25519, P-256 or RSA JWK (with "d").');
    }
    return jwk;
  }
  const secret = typeof material.secretKeyMultibase === 'string' ? decodeSecretKeyMultibase(material.secretKeyMultibase) : undefined;
  if (secret === undefined) {
    throw new KeyError('ERR_KEY_INVALID', 'Expected "secretKeyMultibase" of an Ed25519 or P-256 Multikey.');
  }
  let jwk: Jwk;
  try {
    jwk = await privateJwkFromSecret(secret.crv, secret.d);
  } catch (cause) {
    throw new KeyError('ERR_KEY_INVALID', 'The secret key is not a valid key.', { cause });
  }
  // The 64-byte Ed25519 form repeats the public key: it must be the one derived from the seed.
  if (secret.publicKey !== undefined && jwk.x !== base64url.encode(secret.publicKey)) {
    throw new KeyError('ERR_KEY_MISMATCH', 'The secret key embeds a different public key.');
  }
  if (material.publicKeyMultibase !== undefined) {
    const pub = jwkFromPublicKeyMultibase(material.publicKeyMultibase);
    if (pub === undefined) throw new KeyError('ERR_KEY_INVALID', 'Invalid "publicKeyMultibase".');
    if (pub.x !== jwk.x || pub.y !== jwk.y) throw new KeyError('ERR_KEY_MISMATCH', 'The public key does not match the secret key.');
  }
  return toPrivateJwk(jwk) as Jwk;
}

/**
 * Imports an existing key (private JWK or Multikey `secretKeyMultibase`) as a key file, with
 * the same identity options as `generateKey`. The key pair is checked by a probe signature.
 *
 * @example
 * const key = await importKey({ secretKeyMultibase: 'z…' }, { suite: 'eddsa-rdfc-2022', controller: 'https://example.edu/issuers/1' });
 *
 * @throws KeyError `ERR_KEY_INVALID`, `ERR_KEY_MISMATCH`, `ERR_KEY_UNSUPPORTED`, `ERR_KEY_OPTIONS`, ...
 */
export async function importKey<S extends SuiteName>(material: KeyMaterial, options: KeyIdentityOptions & { suite: S }): Promise<KeyFile<S>> {
  if (typeof material !== 'object' || material === null) throw new KeyError('ERR_KEY_INVALID', 'Expected key material.');
  const privateJwk = await privateJwkOf(material);
  const publicJwk = toPublicJwk(privateJwk);
  const alg = publicJwk && algorithmOfJwk(publicJwk);
  if (publicJwk === undefined || alg === undefined) {
    throw new KeyError('ERR_KEY_UNSUPPORTED', 'Unsupported key: use Ed25519, P-256 or RSA of 2048 bits or more.');
  }
  await assertKeyPair(privateJwk, publicJwk, alg);
  // The key file records the suite given, so its type can too.
  return assembleKeyFile(privateJwk, options) as KeyFile<S>;
}
