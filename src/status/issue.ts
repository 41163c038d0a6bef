/**
 * Issuing with a status entry, in one place: allocate the entries, sign, record. The service's
 * `POST /credentials/issue` and `POST /micro-credentials` use it, and so can
 * `createMicroCredential`'s `status` option.
 */
import { StatusError, StoreError } from '../errors.js';
import type { Signer } from '../keys/types.js';
import type { DocumentLoader } from '../loader/document-loader.js';
import type { CredentialRecord, StatusPurpose } from '../store/types.js';
import type { SignedCredential, Suite } from '../suites/types.js';
import type { StatusService } from './service.js';
import { vcVersionOf } from '../loader/contexts.js';

type Json = Record<string, unknown>;


/** Options of {@link issueWithStatus}. */
export interface IssueWithStatusOptions {
  /** Allocates the entries and records the credential (see `createStatusService`). */
  status: StatusService;
  /** The suite that signs (from a `SuiteRegistry`). */
  suite: Suite;
  signer: Signer;
  documentLoader?: DocumentLoader;
  /**
   * Status purposes, default `['revocation']`. `[]` adds no entry (the credential is still
   * recorded when it has an id). Open Badges 3.0 allows one `credentialStatus` object: give one purpose.
   */
  purposes?: readonly StatusPurpose[];
  /** Keep the signed credential in the store, to publish it. Default false. */
  publish?: boolean;
  /** Your own opaque learner reference (default: a keyed hash derived from the credential). */
  learnerRef?: string;
  /** Proof creation time. */
  created?: Date | string;
}

/** What {@link issueWithStatus} produced. */
export interface IssuedWithStatus {
  /** The signed credential (an object, or a compact JWT with the vc-jwt suite). */
  verifiableCredential: SignedCredential | string;
  /** The store record, when the credential has an id. */
  record?: CredentialRecord;
}

/**
 * Signs `unsigned` with status entries: allocates one random position per purpose (giving the
 * credential a `urn:uuid:` id when it has none, since the id is how it is revoked), adds
 * `credentialStatus`, signs, and records the credential in the store.
 *
 * @throws StoreError `ERR_STORE_DUPLICATE` when a credential with this id was issued before;
 * StatusError `ERR_STATUS_UNSUPPORTED` for a VC 1.1 credential with purposes (its context does
 * not define the Bitstring Status List terms); the suite's errors (SigningError,
 * InvalidArgumentError) for credentials it cannot sign.
 */
export async function issueWithStatus(unsigned: Json, options: IssueWithStatusOptions): Promise<IssuedWithStatus> {
  const service = options.status as unknown;
  // A common slip: passing createStatusService(...) without await gives a Promise here.
  if (service instanceof Promise || (service !== null && typeof service === 'object' && typeof (service as { then?: unknown }).then === 'function')) {
    throw new StatusError('ERR_STATUS_OPTIONS', 'The status service is a Promise: await createStatusService(...) before passing it.');
  }
  if (service === null || typeof service !== 'object' || typeof (service as { allocate?: unknown }).allocate !== 'function' || typeof (service as { store?: unknown }).store !== 'object') {
    throw new StatusError('ERR_STATUS_OPTIONS', 'status.service must be the service createStatusService() resolves to.');
  }
  const purposes = options.purposes ?? ['revocation'];
  let credential = unsigned;
  if (purposes.length > 0) {
    if (vcVersionOf(credential) === '1.1') throw new StatusError('ERR_STATUS_UNSUPPORTED', 'Bitstring status entries need a VC 2.0 credential (the VC 1.1 context does not define them).');
    if (credential.credentialStatus !== undefined) throw new StatusError('ERR_STATUS_OPTIONS', 'The credential already has a credentialStatus.');
    if (credential.id === undefined) credential = { ...credential, id: `urn:uuid:${globalThis.crypto.randomUUID()}` };
  }
  const id = typeof credential.id === 'string' ? credential.id : undefined;
  if (id !== undefined && (await options.status.store.getCredential(id))) {
    throw new StoreError('ERR_STORE_DUPLICATE', `A credential with id ${id} was already issued.`);
  }
  if (id !== undefined && purposes.length > 0) {
    const { credentialStatus } = await options.status.allocate(id, { purposes });
    credential = { ...credential, credentialStatus };
  }
  const verifiableCredential = await options.suite.issue(credential, {
    signer: options.signer,
    ...(options.documentLoader ? { documentLoader: options.documentLoader } : {}),
    ...(options.created !== undefined ? { created: options.created } : {}),
  });
  if (id === undefined) return { verifiableCredential };
  const jwt = typeof verifiableCredential === 'string';
  const record = await options.status.record(jwt ? credential : verifiableCredential, {
    publish: options.publish === true,
    ...(jwt ? { document: verifiableCredential } : {}),
    ...(options.learnerRef !== undefined ? { learnerRef: options.learnerRef } : {}),
  });
  return { verifiableCredential, record };
}
