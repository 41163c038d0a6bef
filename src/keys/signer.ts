import { KeyError, SigningError } from '../errors.js';
import { algorithmOfJwk } from './algorithms.js';
import { toPublicJwk } from './jwk.js';
import { parseKeyFile } from './parse.js';
import type { Jwk, KeyFile, SignatureAlgorithm, Signer, Verifier } from './types.js';
import { importJwk, signBytes, verifyBytes } from './webcrypto.js';

/**
 * A {@link Signer} for a key file. The private key is imported once, here, and kept
 * non-extractable; reuse the signer for many credentials.
 *
 * @throws KeyError when the key file is malformed or its key cannot be imported.
 */
export async function signerFromKeyFile(keyFile: KeyFile | unknown): Promise<Signer> {
  const file = parseKeyFile(keyFile);
  let key: CryptoKey;
  try {
    key = await importJwk(file.privateKeyJwk, file.alg, 'sign');
  } catch (cause) {
    throw new KeyError('ERR_KEY_IMPORT', `Cannot import the private key of ${file.id}.`, { cause });
  }
  const { id, alg } = file;
  return Object.freeze({
    id,
    algorithm: alg,
    async sign(data: Uint8Array): Promise<Uint8Array> {
      try {
        return await signBytes(key, alg, data);
      } catch (cause) {
        throw new SigningError('ERR_SIGNING_FAILED', `Signing with ${id} failed.`, { cause });
      }
    },
  });
}

/**
 * A {@link Verifier} for a public JWK. The algorithm is taken from the key type unless given,
 * and must fit it.
 *
 * @throws KeyError `ERR_KEY_UNSUPPORTED` / `ERR_KEY_ALG_MISMATCH` / `ERR_KEY_IMPORT`.
 */
export async function verifierFromJwk(jwk: Jwk, options: { id?: string; algorithm?: SignatureAlgorithm } = {}): Promise<Verifier> {
  const pub = toPublicJwk(jwk);
  const keyAlg = pub && algorithmOfJwk(pub);
  if (pub === undefined || keyAlg === undefined) {
    throw new KeyError('ERR_KEY_UNSUPPORTED', 'Unsupported public key: use Ed25519, P-256 or RSA of 2048 bits or more.');
  }
  const alg = options.algorithm ?? keyAlg;
  if (alg !== keyAlg) throw new KeyError('ERR_KEY_ALG_MISMATCH', `A ${keyAlg} key cannot verify ${alg} signatures.`);
  let key: CryptoKey;
  try {
    key = await importJwk(pub, alg, 'verify');
  } catch (cause) {
    throw new KeyError('ERR_KEY_IMPORT', 'Cannot import the public key.', { cause });
  }
  return Object.freeze({
    id: options.id ?? '',
    algorithm: alg,
    async verify(data: Uint8Array, signature: Uint8Array): Promise<boolean> {
      try {
        return await verifyBytes(key, alg, data, signature);
      } catch {
        return false;
      }
    },
  });
}

/**
 * Proves that a private and a public JWK form a pair by signing and verifying a probe message.
 *
 * @throws KeyError `ERR_KEY_MISMATCH` when they do not.
 */
export async function assertKeyPair(privateJwk: Jwk, publicJwk: Jwk, alg: SignatureAlgorithm): Promise<void> {
  const probe = new TextEncoder().encode('microcred key pair check');
  let ok = false;
  try {
    const signature = await signBytes(await importJwk(privateJwk, alg, 'sign'), alg, probe);
    ok = await verifyBytes(await importJwk(publicJwk, alg, 'verify'), alg, probe, signature);
  } catch (cause) {
    throw new KeyError('ERR_KEY_IMPORT', 'The key cannot be imported.', { cause });
  }
  if (!ok) throw new KeyError('ERR_KEY_MISMATCH', 'The private key does not match the public key.');
}
