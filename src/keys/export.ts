import { KeyError } from '../errors.js';
import { parseKeyFile } from './parse.js';
import { secretKeyMultibaseFromJwk } from './multikey.js';
import type { Jwk, KeyFile } from './types.js';

/** A key exported as JWK. `privateKeyJwk` only when asked for. */
export interface JwkExport {
  id: string;
  controller: string;
  alg: KeyFile['alg'];
  publicKeyJwk: Jwk;
  privateKeyJwk?: Jwk;
}

/** A key exported as Multikey (Ed25519 and P-256 only). `secretKeyMultibase` only when asked for. */
export interface MultikeyExport {
  '@context': 'https://w3id.org/security/multikey/v1';
  type: 'Multikey';
  id: string;
  controller: string;
  publicKeyMultibase: string;
  secretKeyMultibase?: string;
}

/**
 * Exports a key file's key as JWK or as Multikey. Private parts are included only with
 * `{ includePrivate: true }`; the Multikey secret is the 32-byte form of the Multikey spec.
 *
 * @throws KeyError `ERR_KEY_FILE_INVALID`, or `ERR_KEY_UNSUPPORTED` for Multikey of an RSA key.
 */
export function exportKey(keyFile: KeyFile, options: { format: 'jwk'; includePrivate?: boolean }): JwkExport;
export function exportKey(keyFile: KeyFile, options: { format: 'multikey'; includePrivate?: boolean }): MultikeyExport;
export function exportKey(
  keyFile: KeyFile,
  options: { format: 'jwk' | 'multikey'; includePrivate?: boolean },
): JwkExport | MultikeyExport {
  const file = parseKeyFile(keyFile);
  const { id, controller } = file;
  if (options.format === 'jwk') {
    return {
      id,
      controller,
      alg: file.alg,
      publicKeyJwk: { ...file.publicKeyJwk },
      ...(options.includePrivate === true ? { privateKeyJwk: { ...file.privateKeyJwk } } : {}),
    };
  }
  if (options.format !== 'multikey') throw new KeyError('ERR_KEY_OPTIONS', `Unknown export format "${String(options.format)}".`);
  const secret = secretKeyMultibaseFromJwk(file.privateKeyJwk);
  if (file.publicKeyMultibase === undefined || secret === undefined) {
    throw new KeyError('ERR_KEY_UNSUPPORTED', `${file.alg} keys have no Multikey form; export them as JWK.`);
  }
  return {
    '@context': 'https://w3id.org/security/multikey/v1',
    type: 'Multikey',
    id,
    controller,
    publicKeyMultibase: file.publicKeyMultibase,
    ...(options.includePrivate === true ? { secretKeyMultibase: secret } : {}),
  };
}
