/**
 * Issue and verify for suites that embed a proof, on top of @digitalbazaar/vc and
 * jsonld-signatures. Concrete suites (data-integrity.ts, ed25519-2020.ts) supply how to build
 * the digitalbazaar suite object and which proofs are theirs.
 */
import type { CheckCode } from '../errors.js';
import { issue as vcIssue } from '@digitalbazaar/vc';
import jsigs from 'jsonld-signatures';
import { InvalidArgumentError, MicrocredError, SigningError, type SigningErrorCode } from '../errors.js';
import type { SignatureAlgorithm, Signer } from '../keys/types.js';
import type { ContextMemo } from '../jsonld/context-memo.js';
import { CONTEXT_MEMO } from '../jsonld/index.js';
import { processedContextsFor, type LruMap } from '../loader/context-cache.js';
import type { DocumentLoader } from '../loader/document-loader.js';
import { toLowS } from '../keys/p256.js';
import { classify, failure, findOwnError } from './failure.js';
import { decodeMultibaseSignature } from './signature-encoding.js';
import { JSON_LIMITS, issuerIdOf, jsonShapeOf } from './guards.js';

const tooManyValues = (suite: string): string =>
  `The credential has more than ${JSON_LIMITS.maxRdfValues} JSON values: ${suite} canonicalizes it as RDF, which for a document this large costs more CPU than one verification may spend. A micro-credential has a few hundred; use eddsa-jcs-2022 or VC-JWT for very large documents.`;
import { signedShapeProblem } from './signed-shape.js';
import { isJsonObject } from '../json.js';
import { createLoaderChoice } from './loader-choice.js';
import { chainAwareSuite, previousProofsOf } from './proof-chain.js';
import { challengeOrDomainMismatch, proofTimeProblem } from './proof-checks.js';
import { type ProofCreator, addTemplatedProof, authenticationPurpose, proofTemplate, proofsOf } from './proof-options.js';
import type { EmbeddedProofSuite, IssueOptions, JsonObject, ProofVerification, SignedCredential, VerifyOptions } from './types.js';

/**
 * Which JSON-LD expansion a suite object uses: microcred's patched one (src/jsonld), with the
 * context memo of the microcred loader in use (undefined for other loaders), or jsonld's own.
 */
export type JsonLdMode = { expansion: 'patched'; memo: ContextMemo | undefined } | { expansion: 'pristine' };

/** A signer in the shape digitalbazaar suites call: `sign({ data })`. */
export interface DigitalbazaarSigner {
  id: string;
  algorithm: string;
  sign(options: { data: Uint8Array }): Promise<Uint8Array>;
}

/** What a concrete embedded-proof suite provides. */
export interface EmbeddedSuiteSpec {
  name: string;
  algorithms: readonly SignatureAlgorithm[];
  /** The algorithm name the digitalbazaar cryptosuite expects from its signer (`Ed25519`, `P-256`). */
  signerAlgorithm: string;
  /** True for proofs this suite verifies. */
  ownsProof(proof: JsonObject): boolean;
  /**
   * A digitalbazaar suite object that signs with `signer`. JSON-LD processing must use
   * `contexts` for processed contexts (see loader/context-cache.ts), and microcred's patched
   * expansion (src/jsonld).
   */
  signingSuite(signer: DigitalbazaarSigner, date: Date | string | undefined, contexts: LruMap<string, unknown>, jsonld: JsonLdMode): unknown;
  /**
   * A digitalbazaar suite object that verifies, processing contexts through `contexts`, with
   * the patched expansion or, for the second opinion on a failure, jsonld's own (`'pristine'`).
   */
  verifyingSuite(contexts: LruMap<string, unknown>, jsonld: JsonLdMode): unknown;
  /** What the proof covers: the RDF graph (default) or the JSON itself (JCS: no JSON-LD processing). */
  signs?: 'rdf' | 'json';
  /** Why decoded proofValue bytes are not a canonical signature of this suite (length, low-S), or undefined. */
  signatureProblem?(signature: Uint8Array): { code: CheckCode; reason: string } | undefined;
  /** Extra preconditions for issuing and verifying; returns a failure or undefined. */
  precheck?(
    credential: JsonObject,
    context: { documentLoader: DocumentLoader; mode: 'issue' | 'verify' },
  ): Promise<{ code: CheckCode; reason: string } | undefined>;
}

/** Checks that `signer` is usable by a suite; throws InvalidArgumentError otherwise. */
export function assertSigner(signer: unknown, suite: string, algorithms: readonly SignatureAlgorithm[]): asserts signer is Signer {
  const s = signer as Partial<Signer> | undefined;
  if (typeof s !== 'object' || s === null || typeof s.id !== 'string' || s.id === '' || typeof s.sign !== 'function') {
    throw new InvalidArgumentError('ERR_SIGNER_INVALID', 'A signer { id, algorithm, sign(bytes) } is required.');
  }
  if (!algorithms.includes(s.algorithm as SignatureAlgorithm)) {
    throw new InvalidArgumentError(
      'ERR_SIGNER_ALGORITHM',
      `Suite "${suite}" signs with ${algorithms.join(' or ')}, but the signer's algorithm is "${String(s.algorithm)}".`,
    );
  }
}


/** Signing failures become SigningError; a nested microcred error (unknown context, ...) lends its code. */
function toSigningError(error: unknown, suite: string): MicrocredError {
  if (error instanceof MicrocredError) return error;
  const ours = findOwnError(error);
  // The nested error is a loader's ResolutionError in practice (unknown context, refused URL).
  if (ours !== undefined) return new SigningError(ours.code as SigningErrorCode, `${suite}: cannot sign: ${ours.message}`, { cause: error });
  const { code, reason } = classify(error);
  const known = code === 'ERR_JSONLD_SAFE_MODE' || code === 'ERR_JSONLD' ? code : 'ERR_SIGNING_FAILED';
  return new SigningError(known, `${suite}: cannot sign this credential: ${reason}`, { cause: error });
}

/** Builds an {@link EmbeddedProofSuite} from a spec. Each call has its own default loader. */
export function createEmbeddedSuite(spec: EmbeddedSuiteSpec): EmbeddedProofSuite {
  const loaderFor = createLoaderChoice();
  // Processed contexts for loaders not made by createDocumentLoader, kept per suite instance.
  const foreignContexts = new WeakMap<object, LruMap<string, unknown>>();

  async function issue(credential: JsonObject, options: IssueOptions): Promise<SignedCredential> {
    if (!isJsonObject(credential)) throw new InvalidArgumentError('ERR_CREDENTIAL_INVALID', 'The credential must be a JSON object.');
    const shape = jsonShapeOf(credential);
    if (shape.reason !== undefined) throw new InvalidArgumentError('ERR_CREDENTIAL_INVALID', `The credential contains ${shape.reason}.`);
    // Never sign what no verifier would take on (see JSON_LIMITS.maxRdfValues).
    if (spec.signs !== 'json' && shape.values > JSON_LIMITS.maxRdfValues) {
      throw new InvalidArgumentError('ERR_CREDENTIAL_TOO_LARGE', tooManyValues(spec.name));
    }
    const { signer } = options ?? {};
    assertSigner(signer, spec.name, spec.algorithms);
    const adapted: DigitalbazaarSigner = {
      id: signer.id,
      algorithm: spec.signerAlgorithm,
      // A KMS may return high-S ECDSA signatures; verifiers accept only low-S.
      sign: async ({ data }) => (spec.signerAlgorithm === 'P-256' ? toLowS(await signer.sign(data)) : signer.sign(data)),
    };
    const documentLoader = loaderFor(options);
    const pre = await spec.precheck?.(credential, { documentLoader, mode: 'issue' });
    if (pre !== undefined) throw new SigningError(pre.code as SigningErrorCode, `${spec.name}: cannot sign: ${pre.reason}`);
    const template = proofTemplate(credential, options);
    // digitalbazaar adds issuanceDate and suite contexts in place: sign a copy.
    const copy = structuredClone(credential);
    let signed: JsonObject;
    try {
      const suite = spec.signingSuite(adapted, options.created, processedContextsFor(documentLoader, foreignContexts), { expansion: 'patched', memo: documentLoader[CONTEXT_MEMO] });
      if (options.purpose?.proofPurpose === 'authentication') {
        signed = await jsigs.sign(copy, { suite, purpose: authenticationPurpose(options.purpose), documentLoader });
      } else if (template === undefined) {
        signed = (await vcIssue({ credential: copy, suite, documentLoader })) as JsonObject;
      } else {
        signed = await addTemplatedProof(copy, suite as ProofCreator, template, documentLoader);
      }
    } catch (error) {
      throw toSigningError(error, spec.name);
    }
    return { ...signed, proof: proofsOf(signed) as JsonObject[] };
  }

  async function verify(input: unknown, options?: VerifyOptions): Promise<ProofVerification> {
    try {
      return await verifyUnsafe(input, options);
    } catch (error) {
      // verifyUnsafe already catches library errors; this is the last line of "never throw".
      const { code, reason } = classify(error);
      return failure(spec.name, code, reason);
    }
  }

  async function verifyUnsafe(input: unknown, options?: VerifyOptions): Promise<ProofVerification> {
    const name = spec.name;
    if (!isJsonObject(input)) return failure(name, 'ERR_CREDENTIAL_MALFORMED', 'The credential is not a JSON object.');
    const shape = jsonShapeOf(input);
    if (shape.reason !== undefined) return failure(name, 'ERR_CREDENTIAL_MALFORMED', `The credential contains ${shape.reason}.`);
    if (spec.signs !== 'json' && shape.values > JSON_LIMITS.maxRdfValues) return failure(name, 'ERR_CREDENTIAL_TOO_LARGE', tooManyValues(name));
    // The JSON read after verification must say what the proof signed (suites/signed-shape.ts).
    const spelling = signedShapeProblem(input, spec.signs === 'json' ? 'refuse' : 'allow');
    if (spelling !== undefined) return failure(name, spelling.code, `${spelling.reason} (at ${spelling.pointer})`);
    const proofs = proofsOf(input);
    if (proofs.length === 0) return failure(name, 'ERR_PROOF_MISSING', 'The credential has no proof.');
    if (!proofs.every(isJsonObject)) return failure(name, 'ERR_PROOF_MALFORMED', 'Every proof must be a JSON object.');
    const mine = (proofs as JsonObject[]).filter((p) => spec.ownsProof(p));
    if (mine.length === 0) {
      const found = (proofs as JsonObject[]).map((p) => [p.type, p.cryptosuite].filter((v) => v !== undefined).join('/')).join(', ');
      return failure(name, 'ERR_PROOF_NOT_FOUND', `No ${name} proof found (proofs present: ${found || 'none'}).`);
    }
    const purpose = options?.purpose ?? { proofPurpose: 'assertionMethod' as const };
    for (const proof of mine) {
      const vm = typeof proof.verificationMethod === 'string' ? proof.verificationMethod : undefined;
      const extra = vm === undefined ? {} : { verificationMethod: vm };
      if (vm === undefined) return failure(name, 'ERR_PROOF_MALFORMED', 'The proof has no verificationMethod URL.');
      // The proof options are signed as RDF too: a keyword there (`@index`, `@id`, …) is unsigned data.
      const keyword = Object.keys(proof).find((k) => k.startsWith('@') && k !== '@context');
      if (keyword !== undefined) return failure(name, 'ERR_JSONLD_KEYWORD', `The proof carries the JSON-LD keyword ${keyword}, which its signature does not cover.`, extra);
      if (proof.proofPurpose !== purpose.proofPurpose) {
        return failure(name, 'ERR_PROOF_PURPOSE', `Proof purpose is "${String(proof.proofPurpose)}", expected "${purpose.proofPurpose}".`, extra);
      }
      if (typeof proof.proofValue !== 'string' || !proof.proofValue.startsWith('z')) {
        return failure(name, 'ERR_PROOF_MALFORMED', 'The proof has no base58-btc multibase proofValue.', extra);
      }
      // One spelling per signature: the libraries below would also accept whitespace or other variants.
      const decoded = decodeMultibaseSignature(proof.proofValue);
      const encoding = 'bytes' in decoded ? spec.signatureProblem?.(decoded.bytes) : decoded;
      if (encoding !== undefined) return failure(name, encoding.code, encoding.reason, extra);
      const timing = proofTimeProblem(proof, options);
      if (timing !== undefined) return failure(name, timing.code, timing.reason, extra);
      const chain = previousProofsOf(proof, proofs as JsonObject[]);
      if (!Array.isArray(chain)) return failure(name, 'ERR_PROOF_CHAIN', chain.reason, extra);
      if (purpose.proofPurpose === 'authentication') {
        const mismatch = challengeOrDomainMismatch(proof, purpose);
        if (mismatch !== undefined) return failure(name, mismatch.code, mismatch.reason, extra);
      }
    }
    const issuer = issuerIdOf(input);
    if (purpose.proofPurpose === 'assertionMethod' && issuer === undefined) return failure(name, 'ERR_CREDENTIAL_MALFORMED', 'The credential has no issuer id.');
    const documentLoader = loaderFor(options);
    const pre = await spec.precheck?.(input, { documentLoader, mode: 'verify' });
    if (pre !== undefined) return failure(name, pre.code, pre.reason);

    const contexts = processedContextsFor(documentLoader, foreignContexts);
    const check = (jsonld: JsonLdMode) =>
      jsigs.verify(input, {
        suite: chainAwareSuite(spec.verifyingSuite(contexts, jsonld) as object, proofs as JsonObject[]),
        // The key must be one the controller lists under the purpose. Challenge and domain were
        // checked above with their own codes; who must have signed is checked below.
        purpose: new jsigs.purposes.ControllerProofPurpose({ term: purpose.proofPurpose }),
        documentLoader,
      });
    const holds = (r: Awaited<ReturnType<typeof check>>) => r.verified && (r.results ?? []).length >= mine.length && (r.results ?? []).every((x) => x.verified);
    let result = await check({ expansion: 'patched', memo: documentLoader[CONTEXT_MEMO] });
    // A failure gets a second opinion from jsonld's own expansion, so the patch can never turn a
    // valid proof into a failed one (the differential tests say it cannot; this makes sure).
    if (!holds(result) && spec.signs !== 'json') result = await check({ expansion: 'pristine' });
    const results = result.results ?? [];
    const firstVm = mine[0]?.verificationMethod as string;
    // Every proof of this suite must hold, not just one (jsonld-signatures accepts any one).
    const bad = results.find((r) => !r.verified);
    if (!result.verified || bad !== undefined || results.length < mine.length) {
      const { code, reason } = classify(bad?.error ?? result.error);
      const vm = typeof bad?.proof?.verificationMethod === 'string' ? bad.proof.verificationMethod : firstVm;
      return failure(name, code, reason, { verificationMethod: vm });
    }
    const controllers = [...new Set(results.map((r) => r.verificationMethod?.controller).filter((c): c is string => typeof c === 'string'))];
    // Issuer binding: the issuer signed (other proofs of a set or chain may be endorsements by others).
    if (purpose.proofPurpose === 'assertionMethod' && options?.issuerBinding !== false && !controllers.includes(issuer!)) {
      return failure(name, 'ERR_ISSUER_MISMATCH', `No proof is by the issuer ${issuer}: signed by ${controllers.join(', ') || 'an unknown controller'}.`, { verificationMethod: firstVm, controllers });
    }
    const controller = purpose.proofPurpose === 'assertionMethod' && controllers.includes(issuer!) ? issuer : controllers[0];
    return {
      verified: true,
      suite: name,
      verificationMethod: firstVm,
      ...(typeof controller === 'string' ? { controller } : {}),
      controllers,
    };
  }

  return Object.freeze({
    name: spec.name,
    format: 'embedded' as const,
    algorithms: spec.algorithms,
    canVerify: (input: unknown) => isJsonObject(input) && proofsOf(input).some((p) => isJsonObject(p) && spec.ownsProof(p)),
    issue,
    verify,
  });
}
