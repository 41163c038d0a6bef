import { InvalidArgumentError } from '../errors.js';
import { signerFromKeyFile } from '../keys/signer.js';
import type { KeyFile, Signer, SuiteName } from '../keys/types.js';
import { defaultDocumentLoader } from '../loader/default.js';
import type { DocumentLoader } from '../loader/document-loader.js';
import { DEFAULT_SUITE, type SuiteRegistry, createSuiteRegistry } from '../suites/registry.js';
import type { JsonObject, SignedCredential } from '../suites/types.js';

/** How a pathway credential (recognition, aggregate) is signed: as `createMicroCredential` signs. */
export interface PathwaySignOptions {
  /** Issuer key file (see `generateKey`). Give this or `signer`. */
  key?: KeyFile;
  signer?: Signer;
  /** Issuer id; default: the key's controller. */
  issuer?: string;
  /** Proof suite. Default: the key file's suite, else `eddsa-rdfc-2022`. */
  suite?: SuiteName;
  suites?: SuiteRegistry;
  documentLoader?: DocumentLoader;
  /** Proof creation time. Default: now. */
  created?: Date | string;
}

/** The issuer id the signature will be bound to. */
export function signingIssuer(options: PathwaySignOptions): string {
  if (!options.signer && !options.key) throw new InvalidArgumentError('ERR_KEY_REQUIRED', 'Signing needs a key (options.key) or a signer (options.signer).');
  if (options.key && (options.key as { suite?: string }).suite === 'jades') {
    throw new InvalidArgumentError('ERR_KEY_FORMAT_MISMATCH', 'A JAdES seal key seals European Digital Credentials: use format "elm".');
  }
  return options.issuer ?? options.key?.controller ?? options.signer!.id.split('#')[0]!;
}

/** Signs an unsigned credential with the suite the options name. */
export async function signCredential(unsigned: JsonObject, options: PathwaySignOptions): Promise<SignedCredential | string> {
  signingIssuer(options);
  const signer = options.signer ?? (await signerFromKeyFile(options.key));
  const suite = (options.suites ?? createSuiteRegistry()).get(options.suite ?? options.key?.suite ?? DEFAULT_SUITE);
  return suite.issue(unsigned, { signer, documentLoader: options.documentLoader ?? defaultDocumentLoader(), created: options.created });
}
