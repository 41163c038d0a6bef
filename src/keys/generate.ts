import { algorithmForSuite } from './algorithms.js';
import { assembleKeyFile, type KeyIdentityOptions } from './key-file.js';
import type { BuiltinSuiteName, KeyFile, SignatureAlgorithm, SuiteAlgorithm } from './types.js';
import { generatePrivateJwk } from './webcrypto.js';

/** The suite {@link generateKey} uses when none is given. */
export const DEFAULT_KEY_SUITE = 'eddsa-rdfc-2022';

/**
 * Options of {@link generateKey}. A built-in `suite` (default {@link DEFAULT_KEY_SUITE}) with an
 * `alg` it signs with; a suite outside the built-in set must name its `alg`, as at run time.
 */
export type GenerateKeyOptions<S extends BuiltinSuiteName = BuiltinSuiteName> = Omit<KeyIdentityOptions, 'suite' | 'alg'> &
  ({ suite?: S; alg?: SuiteAlgorithm<S> } | { suite: string & {}; alg: SignatureAlgorithm });

/**
 * Generates a key for a suite: Ed25519 for `eddsa-rdfc-2022`, `eddsa-jcs-2022` and
 * `Ed25519Signature2020`; P-256 for `ecdsa-rdfc-2019`; for `vc-jwt` RSA-2048 (RS256, the
 * default), P-256 (ES256) or Ed25519 (EdDSA). The issuer id is a did:key by default, a did:web
 * with `{ did: 'web', domain }`, or an HTTPS URL with `{ controller }`. Without a suite,
 * `eddsa-rdfc-2022`. The key file's `suite` is typed as the suite asked for, so
 * `createMicroCredential` knows whether it returns an object or a JWT.
 *
 * @example
 * const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
 * const web = await generateKey({ suite: 'eddsa-rdfc-2022', did: 'web', domain: 'example.edu' });
 *
 * @throws KeyError on invalid options (`ERR_KEY_OPTIONS`, `ERR_KEY_ALG_UNSUPPORTED`, `ERR_KEY_DOMAIN_INVALID`).
 */
export async function generateKey<S extends BuiltinSuiteName = typeof DEFAULT_KEY_SUITE>(
  options?: Omit<KeyIdentityOptions, 'suite' | 'alg'> & { suite?: S; alg?: SuiteAlgorithm<S> },
): Promise<KeyFile<S>>;
export async function generateKey<S extends string>(
  options: Omit<KeyIdentityOptions, 'suite' | 'alg'> & { suite: S extends BuiltinSuiteName ? never : S; alg: SignatureAlgorithm },
): Promise<KeyFile<S>>;
export async function generateKey(options: GenerateKeyOptions = {}): Promise<KeyFile> {
  // No suite: the default suite, as `microcred keys generate` has.
  const suite = options.suite ?? DEFAULT_KEY_SUITE;
  const alg = algorithmForSuite(suite, options.alg);
  const privateJwk = await generatePrivateJwk(alg);
  return assembleKeyFile(privateJwk, { ...options, suite, alg });
}
