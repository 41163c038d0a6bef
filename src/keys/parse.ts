import { KeyError } from '../errors.js';
import { SUITE_ALGORITHMS, algorithmOfJwk, isBuiltinSuiteName, isSignatureAlgorithm } from './algorithms.js';
import { didKeyFromJwk } from './did-key.js';
import { samePublicKey, toPrivateJwk, toPublicJwk } from './jwk.js';
import { publicKeyMultibaseFromJwk } from './multikey.js';
import type { KeyFile } from './types.js';

function fail(pointer: string, message: string): never {
  throw new KeyError('ERR_KEY_FILE_INVALID', `Invalid key file: ${message}`, { pointer });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIssuerId(value: string): boolean {
  if (value.startsWith('did:')) return /^did:[a-z0-9]+:\S+$/.test(value) && !value.includes('#');
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hash === '';
  } catch {
    return false;
  }
}

/**
 * Validates a key file (JSON text or parsed value) and returns a normalised copy.
 * Checks structure, that the public and private JWKs are the same key, that the key fits
 * `alg` and `suite`, and that a did:key controller is derived from this key.
 * (Whether the private key truly matches is checked on import; see `importKey`.)
 *
 * @throws KeyError `ERR_KEY_FILE_INVALID` with a JSON Pointer to the offending member.
 */
export function parseKeyFile(input: unknown): KeyFile {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      fail('', 'not valid JSON');
    }
  }
  if (!isRecord(value)) fail('', 'expected a JSON object');
  if (value.type !== 'MicrocredKey') fail('/type', 'expected "type": "MicrocredKey"');
  if (value.version !== 1) fail('/version', 'unsupported version (expected 1)');
  const { suite, alg, controller, id } = value;
  if (typeof suite !== 'string' || suite.length === 0) fail('/suite', 'missing suite name');
  if (!isSignatureAlgorithm(alg)) fail('/alg', 'expected "EdDSA", "ES256" or "RS256"');
  if (isBuiltinSuiteName(suite) && !SUITE_ALGORITHMS[suite].includes(alg)) {
    fail('/alg', `suite "${suite}" cannot sign with ${alg}`);
  }
  if (typeof controller !== 'string' || !isIssuerId(controller)) fail('/controller', 'expected a DID or an https URL');
  if (typeof id !== 'string' || !id.startsWith(`${controller}#`) || id.length === controller.length + 1) {
    fail('/id', 'expected "<controller>#<fragment>"');
  }
  if (!isRecord(value.privateKeyJwk)) fail('/privateKeyJwk', 'missing private JWK');
  if (!isRecord(value.publicKeyJwk)) fail('/publicKeyJwk', 'missing public JWK');
  const priv = toPrivateJwk(value.privateKeyJwk);
  if (priv === undefined || typeof priv.d !== 'string') fail('/privateKeyJwk', 'not a private Ed25519, P-256 or RSA JWK');
  const pub = toPublicJwk(value.publicKeyJwk);
  if (pub === undefined || algorithmOfJwk(pub) !== alg) fail('/publicKeyJwk', `not a public key for ${alg}`);
  if (!samePublicKey(priv, pub)) fail('/publicKeyJwk', 'public and private JWK are different keys');
  const multibase = publicKeyMultibaseFromJwk(pub);
  if (value.publicKeyMultibase !== undefined && value.publicKeyMultibase !== multibase) {
    fail('/publicKeyMultibase', 'does not match publicKeyJwk');
  }
  if (controller.startsWith('did:key:')) {
    const did = didKeyFromJwk(pub);
    if (controller !== did) fail('/controller', 'did:key does not encode this key');
    if (id !== `${did}#${did.slice('did:key:'.length)}`) fail('/id', 'a did:key verification method id must be "<did>#<key>"');
  }
  if (value.created !== undefined && (typeof value.created !== 'string' || Number.isNaN(Date.parse(value.created)))) {
    fail('/created', 'expected an ISO 8601 date-time');
  }
  return {
    type: 'MicrocredKey',
    version: 1,
    suite,
    alg,
    controller,
    id,
    ...(multibase === undefined ? {} : { publicKeyMultibase: multibase }),
    publicKeyJwk: pub,
    privateKeyJwk: priv,
    ...(typeof value.created === 'string' ? { created: value.created } : {}),
  };
}
