/**
 * Signing an OB 2.0 assertion: a compact JWS, RS256, with the issuer's RSA key — a key file
 * (`microcred keys generate --alg RS256`) or any `Signer` (KMS/HSM).
 */
import { base64url, exportSPKI, importJWK } from 'jose';
import { InvalidArgumentError } from '../../errors.js';
import { signerFromKeyFile } from '../../keys/signer.js';
import type { KeyFile, Signer } from '../../keys/types.js';
import type { Ob2Assertion } from './types.js';

/** Signs `assertion` (its verification must say `SignedBadge`): the compact JWS to hand out or bake. */
export async function signOpenBadge2(assertion: Ob2Assertion, key: KeyFile | Signer): Promise<string> {
  const signer = 'sign' in key ? key : await signerFromKeyFile(key);
  if (signer.algorithm !== 'RS256') throw new InvalidArgumentError('ERR_OB2_KEY_ALGORITHM', `Open Badges 2.0 signatures are RS256: this key is ${signer.algorithm}. Generate an RSA key (keys generate --alg RS256).`);
  const type = assertion.verification?.type;
  if (type !== 'SignedBadge' && type !== 'signed') throw new InvalidArgumentError('ERR_OB2_OPTIONS', 'Only an assertion made with verification: "signed" can be signed.', { pointer: '/verification/type' });
  const encode = (value: unknown) => base64url.encode(new TextEncoder().encode(JSON.stringify(value)));
  const input = `${encode({ alg: 'RS256' })}.${encode(assertion)}`;
  const signature = await signer.sign(new TextEncoder().encode(input));
  return `${input}.${base64url.encode(signature)}`;
}

/** The PEM public key of an RS256 key file, for the issuer profile's CryptographicKey. */
export async function openBadge2PublicKeyPem(key: KeyFile): Promise<string> {
  if (key.alg !== 'RS256') throw new InvalidArgumentError('ERR_OB2_KEY_ALGORITHM', `Open Badges 2.0 signatures are RS256: this key is ${key.alg}.`);
  return exportSPKI((await importJWK(key.publicKeyJwk, 'RS256')) as CryptoKey);
}
