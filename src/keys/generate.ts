import { algorithmForSuite } from './algorithms.js';
import { assembleKeyFile, type KeyIdentityOptions } from './key-file.js';
import type { KeyFile } from './types.js';
import { generatePrivateJwk } from './webcrypto.js';

/** The suite {@link generateKey} uses when none is given. */
export const DEFAULT_KEY_SUITE = 'eddsa-rdfc-2022';

/** Options of {@link generateKey}; `suite` defaults to {@link DEFAULT_KEY_SUITE}. */
export type GenerateKeyOptions = Omit<KeyIdentityOptions, 'suite'> & { suite?: string };

/**
 * Generates a key for a suite: Ed25519 for `eddsa-rdfc-2022`, `eddsa-jcs-2022` and
 * `Ed25519Signature2020`; P-256 for `ecdsa-rdfc-2019`; for `vc-jwt` RSA-2048 (RS256, the
 * default), P-256 (ES256) or Ed25519 (EdDSA). The issuer id is a did:key by default, a did:web
 * with `{ did: 'web', domain }`, or an HTTPS URL with `{ controller }`. Without a suite,
 * `eddsa-rdfc-2022`.
 *
 * @example
 * const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
 * const web = await generateKey({ suite: 'eddsa-rdfc-2022', did: 'web', domain: 'example.edu' });
 *
 * @throws KeyError on invalid options (`ERR_KEY_OPTIONS`, `ERR_KEY_ALG_UNSUPPORTED`, `ERR_KEY_DOMAIN_INVALID`).
 */
export async function generateKey(options: GenerateKeyOptions = {}): Promise<KeyFile> {
  // No suite: the default suite, as `microcred keys generate` has.
  const suite = options.suite ?? DEFAULT_KEY_SUITE;
  const alg = algorithmForSuite(suite, options.alg);
  const privateJwk = await generatePrivateJwk(alg);
  return assembleKeyFile(privateJwk, { ...options, suite, alg });
}
