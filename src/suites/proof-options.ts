/**
 * Proof options of embedded suites when signing: a proof `id`, a `previousProof` chain, and the
 * `authentication` purpose of a holder's presentation proof.
 */
import { CredentialIssuancePurpose } from '@digitalbazaar/vc';
import jsigs from 'jsonld-signatures';
import { InvalidArgumentError } from '../errors.js';
import type { DocumentLoader } from '../loader/document-loader.js';
import { isAbsoluteIri, isJsonObject } from '../json.js';
import { previousProofsOf } from './proof-chain.js';
import type { IssueOptions, JsonObject } from './types.js';

/** The proofs of a credential as an array (`proof` may be one object or an array). */
export function proofsOf(credential: JsonObject): unknown[] {
  const { proof } = credential;
  if (proof === undefined || proof === null) return [];
  return Array.isArray(proof) ? proof : [proof];
}

/** A digitalbazaar suite's proof creation, used for proofs with an id or a previousProof. */
export interface ProofCreator {
  proof?: JsonObject;
  ensureSuiteContext?(options: { document: JsonObject; addSuiteContext: boolean }): void;
  createProof(options: { document: JsonObject; purpose: unknown; proofSet: unknown[]; documentLoader: DocumentLoader }): Promise<JsonObject>;
}

/** The `id`/`previousProof` the new proof starts from, or undefined for a plain proof. */
export function proofTemplate(credential: JsonObject, options: IssueOptions): JsonObject | undefined {
  const { proofId, previousProof } = options;
  if (proofId === undefined && previousProof === undefined) return undefined;
  if (proofId !== undefined && !isAbsoluteIri(proofId)) {
    throw new InvalidArgumentError('ERR_PROOF_OPTIONS', 'proofId must be a URL (e.g. urn:uuid:…).');
  }
  const existing = proofsOf(credential).filter(isJsonObject);
  if (proofId !== undefined && existing.some((p) => p.id === proofId)) throw new InvalidArgumentError('ERR_PROOF_OPTIONS', `The credential already has a proof "${proofId}".`);
  const template: JsonObject = proofId === undefined ? {} : { id: proofId };
  if (previousProof !== undefined) {
    const probe = { ...template, previousProof };
    const previous = previousProofsOf(probe, existing);
    if (!Array.isArray(previous)) throw new InvalidArgumentError('ERR_PROOF_OPTIONS', previous.reason);
    template.previousProof = previousProof;
  }
  return template;
}

/**
 * Adds one proof made from `template`: over the bare credential (proof set) or, with
 * `previousProof`, over the credential carrying the proofs it names (proof chain).
 */
export async function addTemplatedProof(credential: JsonObject, suite: ProofCreator, template: JsonObject, documentLoader: DocumentLoader): Promise<JsonObject> {
  const { proof: _existing, ...unsecured } = credential;
  const existing = proofsOf(credential) as JsonObject[];
  suite.ensureSuiteContext?.({ document: unsecured, addSuiteContext: true });
  const previous = previousProofsOf(template, existing);
  const document = Array.isArray(previous) && previous.length > 0 ? { ...unsecured, proof: previous.length === 1 ? previous[0] : previous } : unsecured;
  suite.proof = template;
  const proof = await suite.createProof({ document, purpose: new CredentialIssuancePurpose(), proofSet: existing, documentLoader });
  return { ...unsecured, proof: [...existing, proof] };
}

/** The purpose of a holder's presentation proof: the verifier's challenge and (one) domain. */
export function authenticationPurpose(purpose: { challenge?: string; domain?: string | string[] }): unknown {
  const { challenge, domain } = purpose;
  if (typeof challenge !== 'string' || challenge === '') throw new InvalidArgumentError('ERR_PROOF_OPTIONS', 'A presentation proof needs the verifier\'s challenge.');
  if (domain !== undefined && typeof domain !== 'string') throw new InvalidArgumentError('ERR_PROOF_OPTIONS', 'A presentation proof takes one domain (a string).');
  return new jsigs.purposes.AuthenticationProofPurpose({ challenge, domain });
}
