import type { DocumentLoader } from '../../loader/document-loader.js';
import { issuerIdOf } from '../../suites/guards.js';
import { isJsonObject } from '../../json.js';
import type { SuiteRegistry } from '../../suites/registry.js';
import type { JsonObject, ProofPurposeOptions, ProofVerification, Suite } from '../../suites/types.js';
import type { Check } from '../report.js';
import type { CheckCode } from '../../errors.js';
import { malformedMethod, unresolvedMethod } from './verification-method.js';

/** The `proof` check and what it learnt: the credential inside a VC-JWT, the suites used. */
export interface ProofCheckResult {
  check: Check;
  /** vc-jwt: the decoded credential. */
  credential?: JsonObject;
  /** Names of the suites whose proofs were checked. */
  suites: string[];
  /** Controllers of the verification methods of verified proofs. */
  controllers: string[];
  /** vc-jwt: thumbprint URI of the self-asserted header key that signed (see `selfAssertedKeys`). */
  selfAssertedKey?: string;
}

const describe = (proof: unknown): string =>
  isJsonObject(proof) ? [proof.type, proof.cryptosuite].filter((v) => typeof v === 'string').join('/') || 'untyped' : typeof proof;

const fail = (code: CheckCode, message: string, details?: unknown): Check => ({ id: 'proof', status: 'fail', code, message, ...(details === undefined ? {} : { details }) });

/**
 * Checks every proof of a credential or presentation (Data Integrity §4.5: a proof set or chain
 * verifies only when each of its proofs does). A proof no registered suite knows is a failure,
 * not something to skip: the verifier could not check what the holder was shown.
 */
export async function checkProofs(
  subject: JsonObject | string,
  options: {
    suites: SuiteRegistry;
    documentLoader: DocumentLoader;
    purpose?: ProofPurposeOptions;
    at?: Date | string;
    clockSkewSeconds?: number;
    /** VC-JWT: accept a self-asserted header `jwk` (integrity only; the trust check decides). */
    selfAssertedKeys?: boolean;
  },
): Promise<ProofCheckResult> {
  const { suites, documentLoader, purpose } = options;
  const verifyOptions = { documentLoader, purpose, at: options.at, clockSkewSeconds: options.clockSkewSeconds };
  if (typeof subject === 'string') {
    const suite = suites.detect(subject);
    if (!suite) return { check: fail('ERR_PROOF_SUITE_UNSUPPORTED', `The JWT is not a VC-JWT this verifier supports. Supported: ${suites.names().join(', ')}.`), suites: [], controllers: [] };
    const result = await suite.verify(subject, { ...verifyOptions, selfAssertedKeys: options.selfAssertedKeys === true });
    const base = { ...(result.credential ? { credential: result.credential } : {}), suites: [suite.name], controllers: controllersOf([result]) };
    if (result.verified && result.selfAssertedKey !== undefined) {
      return { check: selfAssertedCheck(result, result.selfAssertedKey), ...base, selfAssertedKey: result.selfAssertedKey };
    }
    return { check: toCheck([result]), ...base };
  }
  const raw = subject.proof;
  const proofs = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
  if (proofs.length === 0) {
    return { check: fail('ERR_NO_PROOF', 'There is no proof: the document is not signed, so nothing shows who issued it or that it is unchanged.'), suites: [], controllers: [] };
  }
  const used = new Map<string, Suite>();
  for (const proof of proofs) {
    const suite = isJsonObject(proof) ? suites.detect({ proof: [proof] }) : undefined;
    if (!suite || suite.format !== 'embedded') {
      const name = describe(proof);
      const message = proofs.length === 1 ? `The proof is of the suite ${name}, which this verifier does not support.` : `A proof is of the suite ${name}, which this verifier does not support, so the proof set cannot be checked.`;
      const details = { suite: name };
      return { check: fail('ERR_PROOF_SUITE_UNSUPPORTED', `${message} Supported: ${suites.names().join(', ')}. Ask the issuer for a credential signed with one of them.`, details), suites: [], controllers: [] };
    }
    const malformed = malformedMethod((proof as JsonObject).verificationMethod);
    if (malformed) return { check: fail('ERR_VERIFICATION_METHOD_MALFORMED', malformed, { verificationMethod: (proof as JsonObject).verificationMethod }), suites: [], controllers: [] };
    used.set(suite.name, suite);
  }
  // Each suite checks its own proofs; whether the issuer signed is asked of the whole set.
  const results = await Promise.all([...used.values()].map((suite) => suite.verify(subject, { ...verifyOptions, issuerBinding: false })));
  const controllers = controllersOf(results);
  const names = [...used.keys()];
  const issuer = issuerIdOf(subject);
  const credentialProof = (purpose?.proofPurpose ?? 'assertionMethod') === 'assertionMethod';
  if (credentialProof && results.every((r) => r.verified) && (issuer === undefined || !controllers.includes(issuer))) {
    const check = fail('ERR_ISSUER_MISMATCH', `No proof is by the issuer ${issuer ?? '(none)'}: signed by ${controllers.join(', ') || 'an unknown controller'}.`, { controllers });
    return { check, suites: names, controllers };
  }
  return { check: toCheck(results, proofs.length), suites: names, controllers };
}

/**
 * A VC-JWT verified with the key its own header carries. What is proven: the JWT was signed with
 * that key and not changed since (payload `iss` and the credential's issuer agree). What is not:
 * that the key is the issuer's — anyone can make a key and name any issuer. Who stands behind it
 * is the `issuer-trust` check's question (a trust list may name the key by its thumbprint).
 */
function selfAssertedCheck(result: ProofVerification, thumbprint: string): Check {
  const issuer = result.credential ? issuerIdOf(result.credential) : undefined;
  return {
    id: 'proof',
    status: 'pass',
    message:
      `Signed with the key in the JWT header (jwk ${thumbprint}, ${result.suite}): the credential is unchanged since that key signed it. ` +
      `The key is self-asserted: nothing shows it belongs to the issuer it names (${issuer ?? 'none'}), so this proves integrity, not who issued it; ` +
      'the issuer-trust check decides whether to rely on it (a trust list can name the key by this thumbprint).',
    details: { verificationMethod: thumbprint, selfAssertedKey: thumbprint, ...(issuer === undefined ? {} : { claimedIssuer: issuer }) },
  };
}

function controllersOf(results: ProofVerification[]): string[] {
  return [...new Set(results.flatMap((r) => (r.verified ? (r.controllers ?? (r.controller ? [r.controller] : [])) : [])))];
}

function toCheck(results: ProofVerification[], count = 1): Check {
  const bad = results.find((r) => !r.verified);
  if (bad) {
    const details = { verificationMethod: bad.verificationMethod, suite: bad.suite };
    // A suite you registered may report a code of its own: it is passed on as it is.
    const code = bad.code as CheckCode | undefined;
    const unresolved = unresolvedMethod(bad.verificationMethod, code, bad.reason);
    if (unresolved) return fail(unresolved.code, unresolved.message, details);
    return fail(code ?? 'ERR_PROOF_INVALID', bad.reason ?? 'The proof does not verify.', details);
  }
  const [first] = results;
  const methods = results.map((r) => r.verificationMethod);
  const by = `${first!.verificationMethod ?? 'the issuer'} (${results.map((r) => r.suite).join(', ')})`;
  return {
    id: 'proof',
    status: 'pass',
    message: count > 1 ? `${count} proofs verify; signed by ${by}.` : `Signed by ${by}.`,
    details: { verificationMethod: first!.verificationMethod, ...(methods.length > 1 ? { verificationMethods: methods } : {}) },
  };
}
