import { InvalidArgumentError } from '../errors.js';
import { signerFromKeyFile } from '../keys/signer.js';
import type { KeyFile, Signer, SuiteName } from '../keys/types.js';
import type { DocumentLoader } from '../loader/document-loader.js';
import { DEFAULT_SUITE, type SuiteRegistry, createSuiteRegistry } from '../suites/registry.js';
import type { JsonObject, SignedCredential } from '../suites/types.js';

/** Options of {@link signPresentation}. */
export interface SignPresentationOptions {
  /** The holder's key file. Give this or `signer`. */
  key?: KeyFile;
  /** The holder's signer; its `id` is the verification method. */
  signer?: Signer;
  /** The challenge the verifier gave the holder (required: it makes the presentation single-use). */
  challenge: string;
  /** The verifier's domain. */
  domain?: string;
  /** An embedded proof suite. Default: the key file's suite, else `eddsa-rdfc-2022`. */
  suite?: SuiteName;
  suites?: SuiteRegistry;
  documentLoader?: DocumentLoader;
}

/**
 * Signs a verifiable presentation as its holder (`authentication` proof with the verifier's
 * challenge and domain) — what a wallet does when a verifier asks for credentials. Useful to test
 * a verifier, or for an institution presenting its own credentials.
 *
 * @example
 * const vp = await signPresentation(
 *   { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiablePresentation'], holder: key.controller, verifiableCredential: [credential] },
 *   { key, challenge, domain: 'admissions.example.am' },
 * );
 *
 * @throws InvalidArgumentError `ERR_KEY_REQUIRED`, `ERR_SUITE_UNKNOWN`, `ERR_SUITE_NOT_EMBEDDED`, `ERR_PROOF_OPTIONS`.
 */
export async function signPresentation(presentation: JsonObject, options: SignPresentationOptions): Promise<SignedCredential> {
  if (!options?.key && !options?.signer) throw new InvalidArgumentError('ERR_KEY_REQUIRED', 'signPresentation needs the holder\'s key (options.key) or a signer (options.signer).');
  const suite = (options.suites ?? createSuiteRegistry()).get(options.suite ?? options.key?.suite ?? DEFAULT_SUITE);
  if (suite.format !== 'embedded') throw new InvalidArgumentError('ERR_SUITE_NOT_EMBEDDED', `Presentations are signed with an embedded proof suite, not ${suite.name}.`);
  const signer = options.signer ?? (await signerFromKeyFile(options.key!));
  return suite.issue(presentation, {
    signer,
    purpose: { proofPurpose: 'authentication', challenge: options.challenge, domain: options.domain },
    documentLoader: options.documentLoader,
  });
}
