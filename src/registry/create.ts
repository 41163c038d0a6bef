import { InvalidArgumentError } from '../errors.js';
import { signerFromKeyFile } from '../keys/signer.js';
import type { KeyFile, Signer, SuiteName } from '../keys/types.js';
import { defaultDocumentLoader } from '../loader/default.js';
import { CONTEXTS } from '../loader/contexts.js';
import type { DocumentLoader } from '../loader/document-loader.js';
import type { RegistryEntry } from '../model/types.generated.js';
import type { SignatureAlgorithm } from '../keys/types.js';
import { type SuiteRegistry, createSuiteRegistry } from '../suites/registry.js';
import type { JsonObject, SignedCredential } from '../suites/types.js';
import { checkRegistryEntries } from './entries.js';

/** The credential type of an accreditation registry. */
export const REGISTRY_CREDENTIAL_TYPE = 'AccreditationRegistryCredential';
/** The type of its credentialSubject. */
export const REGISTRY_SUBJECT_TYPE = 'AccreditationRegistry';

/** Options of {@link createRegistry}. */
export interface CreateRegistryOptions {
  /** The agency's key file (see `generateKey`). Give this or `signer`. */
  key?: KeyFile;
  /** Your own signer (KMS, HSM); the issuer is the part of its id before `#` unless `issuer` says otherwise. */
  signer?: Signer;
  /** The agency's id (e.g. `did:web:nceqe.ge`); default: the key's controller. */
  issuer?: string;
  /** The agency's short name, as verifiers quote it ("Accredited by NCEQE — …"). */
  issuerName?: string;
  /** A title for the registry, e.g. "NCEQE register of rights to implement micro-credentials". */
  name?: string;
  description?: string;
  /** The registry's id (a URL where it is published, or a urn:uuid); default: a new urn:uuid. */
  id?: string;
  /** From when verifiers may rely on this snapshot. Default: now. */
  validFrom?: Date | string;
  /** Until when (a snapshot should expire so stale copies stop vouching). Recommended. */
  validUntil?: Date | string;
  /** Proof suite; default eddsa-jcs-2022 for Ed25519 keys, vc-jwt for others (see {@link registrySuiteFor}). */
  suite?: SuiteName;
  suites?: SuiteRegistry;
  documentLoader?: DocumentLoader;
  /** Proof creation time. Default: now. */
  created?: Date | string;
}

/**
 * The default suite of a registry: a JSON-canonicalized one, since RDF canonicalization is
 * bounded to 5,000 JSON values per document (a few dozen entries) — eddsa-jcs-2022 for
 * Ed25519 keys, VC-JWT for the others.
 */
export const registrySuiteFor = (alg: SignatureAlgorithm | undefined): string => (alg === 'EdDSA' ? 'eddsa-jcs-2022' : 'vc-jwt');

function isoTime(value: Date | string, option: string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new InvalidArgumentError('ERR_REGISTRY_OPTIONS', `${option}: not a date (${String(value)}).`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * An accreditation registry as a signed credential (VC 2.0, type
 * `AccreditationRegistryCredential`), published by a QA agency: its `credentialSubject.entries`
 * list providers (by issuer ids and seal organisation identifiers) and the agency's decisions
 * about them (accreditation type, decision, reference and date, validity, scope). Verifiers
 * give it to `verify(vc, { trust: { registries: [registry], anchors: ['did:web:nceqe.ge'] } })`.
 *
 * Rejects with `RegistryEntriesInvalidError` (every problem listed, nothing signed) or
 * `InvalidArgumentError` for bad options.
 *
 * @example
 * const key = await generateKey({ did: 'web', domain: 'nceqe.ge' });
 * const registry = await createRegistry(entries, { key, issuerName: 'NCEQE', validUntil: '2026-12-31' });
 */
export async function createRegistry(entries: RegistryEntry[] | unknown, options: CreateRegistryOptions): Promise<SignedCredential | string> {
  const checked = checkRegistryEntries(entries);
  if (!options.signer && !options.key) throw new InvalidArgumentError('ERR_KEY_REQUIRED', 'createRegistry needs the agency key (options.key) or a signer (options.signer).');
  if (options.key && 'suite' in options.key && options.key.suite === 'jades') {
    throw new InvalidArgumentError('ERR_KEY_FORMAT_MISMATCH', 'A registry is signed with a Data Integrity or VC-JWT key, not a JAdES seal key.');
  }
  const signer = options.signer ?? (await signerFromKeyFile(options.key));
  const issuerId = options.issuer ?? options.key?.controller ?? signer.id.split('#')[0]!;
  const validFrom = isoTime(options.validFrom ?? new Date(), 'validFrom');
  const credential: JsonObject = {
    '@context': [CONTEXTS.CREDENTIALS_V2, CONTEXTS.ACCREDITATION_V1],
    id: options.id ?? `urn:uuid:${globalThis.crypto.randomUUID()}`,
    type: ['VerifiableCredential', REGISTRY_CREDENTIAL_TYPE],
    issuer: options.issuerName ? { id: issuerId, name: options.issuerName } : issuerId,
    validFrom,
    credentialSubject: { id: issuerId, type: REGISTRY_SUBJECT_TYPE, entries: checked as unknown as JsonObject[] },
  };
  if (options.name) credential.name = options.name;
  if (options.description) credential.description = options.description;
  if (options.validUntil !== undefined) {
    const validUntil = isoTime(options.validUntil, 'validUntil');
    if (validUntil <= validFrom) throw new InvalidArgumentError('ERR_REGISTRY_OPTIONS', `validUntil (${validUntil}) must be after validFrom (${validFrom}).`);
    credential.validUntil = validUntil;
  }
  const suite = (options.suites ?? createSuiteRegistry()).get(options.suite ?? registrySuiteFor(options.key?.alg ?? signer.algorithm));
  return suite.issue(credential, { signer, documentLoader: options.documentLoader ?? defaultDocumentLoader(), created: options.created });
}
