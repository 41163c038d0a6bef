import { KeyError } from '../errors.js';
import { parseKeyFile } from './parse.js';
import type { KeyFile } from './types.js';
import {
  buildControllerDocument,
  buildVerificationMethod,
  type VerificationMethod,
  type VerificationMethodFormat,
} from './verification-method.js';

/** The verification method type a suite's verifiers expect. */
function formatForSuite(suite: string): VerificationMethodFormat {
  if (suite === 'vc-jwt') return 'JsonWebKey'; // OB 3.0 §8.2: the kid dereferences to a JWK
  if (suite === 'Ed25519Signature2020') return 'Ed25519VerificationKey2020';
  return 'Multikey';
}

/**
 * The public verification method of a key file, in the form its suite's verifiers expect
 * (`Multikey`, `Ed25519VerificationKey2020`, or `JsonWebKey` for vc-jwt and RSA keys).
 */
export function verificationMethodOf(keyFile: KeyFile): VerificationMethod {
  const file = parseKeyFile(keyFile);
  return buildVerificationMethod({
    id: file.id,
    controller: file.controller,
    publicKeyJwk: file.publicKeyJwk,
    format: formatForSuite(file.suite),
  }).method;
}

function controllerDocument(keyFile: KeyFile): Record<string, unknown> {
  const file = parseKeyFile(keyFile);
  const { method, format } = buildVerificationMethod({
    id: file.id,
    controller: file.controller,
    publicKeyJwk: file.publicKeyJwk,
    format: formatForSuite(file.suite),
  });
  return buildControllerDocument(file.controller, method, format);
}

/**
 * The `did.json` to publish for a did:web key: at `https://<domain>/.well-known/did.json`, or
 * `https://<domain>/<path>/did.json` for a did:web with a path. Holds no private key.
 *
 * @throws KeyError `ERR_KEY_NOT_DID_WEB` when the key's controller is not a did:web.
 */
export function didWebDocument(keyFile: KeyFile): Record<string, unknown> {
  if (typeof keyFile?.controller !== 'string' || !keyFile.controller.startsWith('did:web:')) {
    throw new KeyError('ERR_KEY_NOT_DID_WEB', 'This key is not a did:web key; generate it with { did: "web", domain }.');
  }
  return controllerDocument(keyFile);
}

/**
 * The key (controller) document to host at the key's HTTPS controller URL, listing the public
 * key as an assertion method. Holds no private key.
 *
 * @throws KeyError `ERR_KEY_NOT_HTTPS` when the key's controller is not an https URL.
 */
export function keyDocument(keyFile: KeyFile): Record<string, unknown> {
  if (typeof keyFile?.controller !== 'string' || !keyFile.controller.startsWith('https://')) {
    throw new KeyError('ERR_KEY_NOT_HTTPS', 'This key has no https controller; generate it with { controller: "https://…" }.');
  }
  return controllerDocument(keyFile);
}
