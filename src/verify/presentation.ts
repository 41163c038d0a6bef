/**
 * Verifiable presentations (VC 2.0 §4.13, VC-API `POST /presentations/verify`): a holder hands
 * over credentials, signed for the verifier's challenge and domain so it cannot be replayed.
 */
import { defaultDocumentLoader, documentLoaderWith } from '../loader/default.js';
import { isAbsoluteIri, isJsonObject } from '../json.js';
import { CONTEXTS, vcVersionOf } from '../loader/contexts.js';
import { defaultSuiteRegistry } from '../suites/registry.js';
import type { JsonObject } from '../suites/types.js';
import { COMPACT_JWT } from '../formats/jwt.js';
import { checkProofs } from './checks/proof.js';
import { parseInput, svgReaderFor } from './input.js';
import type { Check, VerificationReport, Verdict } from './report.js';
import type { CheckCode } from '../errors.js';
import { type VerifyOptions, verify, withOnline } from './verify.js';

/** An enveloped credential (VC 2.0 §4.13.1) carries a VC-JWT in a data: URL. */
const ENVELOPED = /^data:application\/(vc\+jwt|vc\+ld\+json\+jwt|jwt)(;[^,]*)?,(.+)$/;
/** Most credentials one presentation may carry. */
const MAX_CREDENTIALS = 100;

/** Options of {@link verifyPresentation}: those of `verify()` for each credential, and the presentation's own. */
export interface VerifyPresentationOptions extends VerifyOptions {
  /** The challenge the verifier gave the holder. When set, the presentation must be signed with it. */
  challenge?: string;
  /** The verifier's domain (one, or several that must all be named). When set, the proof must name it. */
  domain?: string | string[];
  /** Refuse unsigned presentations even with `allowUnsigned`. Default: only when a challenge or domain is set. */
  requireProof?: boolean;
  /**
   * Accept a presentation without a proof (the `proof` check then warns,
   * `WARN_PRESENTATION_UNSIGNED`, and only its credentials are checked). Default false: an
   * unsigned presentation fails (`ERR_PRESENTATION_UNSIGNED`), since nothing binds it to a holder.
   */
  allowUnsigned?: boolean;
  /**
   * Accept a presentation that carries no credentials (the `credentials` check then warns,
   * `WARN_PRESENTATION_EMPTY`) — e.g. a signed, empty presentation as a DID authentication.
   * Default false: it fails (`ERR_PRESENTATION_EMPTY`), since there is nothing to rely on.
   */
  allowEmpty?: boolean;
}

/** What {@link verifyPresentation} returns. */
export interface PresentationVerificationReport {
  /**
   * `verified` when the presentation verifies and every credential in it is `verified` (issuer
   * recognised); `authentic-unrecognised-issuer` when all hold but some issuer is not
   * recognised; `not-verified` otherwise.
   */
  verdict: Verdict;
  /** True when no check of the presentation failed and every credential in it verified. */
  verified: boolean;
  format: 'vp';
  /** `parse`, `proof` (the holder's `authentication` proof), `holder`, `credentials`. */
  checks: Check[];
  /** The holder the presentation names. */
  holder?: string;
  /** One `verify()` report per credential, in order. */
  credentials: VerificationReport[];
}

const fail = (id: Check['id'], code: CheckCode, message: string): Check => ({ id, status: 'fail', code, message });

/**
 * Verifies a verifiable presentation: its structure, the holder's `authentication` proof with
 * the verifier's `challenge` and `domain` (proof sets and chains too), that the holder signed
 * it, and every credential inside it with `verify()`. Never throws.
 *
 * @example
 * const report = await verifyPresentation(received, { challenge: session.challenge, domain: 'admissions.example.am' });
 * if (!report.verified) reject(report.checks.filter((c) => c.status === 'fail'));
 */
export async function verifyPresentation(input: unknown, options: VerifyPresentationOptions = {}): Promise<PresentationVerificationReport> {
  try {
    return await run(input, withOnline(options));
  } catch (error) {
    return { verdict: 'not-verified', verified: false, format: 'vp', checks: [fail('parse', 'ERR_INTERNAL', `Verification stopped: ${(error as Error).message}`)], credentials: [] };
  }
}

async function run(input: unknown, options: VerifyPresentationOptions): Promise<PresentationVerificationReport> {
  const refuse = (code: CheckCode, message: string): PresentationVerificationReport => ({ verdict: 'not-verified', verified: false, format: 'vp', checks: [fail('parse', code, message)], credentials: [] });
  const parsed = parseInput(input, options.limits, await svgReaderFor(input));
  if (parsed.kind === 'error') return refuse(parsed.code, parsed.message);
  if (parsed.kind === 'jwt') return refuse('ERR_PRESENTATION_FORMAT', 'JWT presentations are not supported; send the presentation as JSON-LD.');
  if (parsed.kind === 'url') return refuse('ERR_PRESENTATION_FORMAT', 'This is a badge image baked with an Open Badges 2.0 assertion URL, not a presentation: verify it with verify().');
  const vp = parsed.credential;
  const items = credentialsOf(vp);
  const problem = structureProblem(vp, items);
  if (problem) return refuse('ERR_PRESENTATION_MALFORMED', problem);
  const checks: Check[] = [{ id: 'parse', status: 'pass', message: 'A JSON presentation.' }];

  const suites = options.suites ?? defaultSuiteRegistry();
  const documentLoader = options.documentLoader ?? (options.resolver ? documentLoaderWith(options.resolver) : defaultDocumentLoader());
  const holder = typeof vp.holder === 'string' ? vp.holder : isJsonObject(vp.holder) && typeof vp.holder.id === 'string' ? vp.holder.id : undefined;
  const signed = vp.proof !== undefined && vp.proof !== null;
  if (signed) {
    const proof = await checkProofs(vp, {
      suites,
      documentLoader,
      purpose: { proofPurpose: 'authentication', challenge: options.challenge, domain: options.domain },
    });
    const replayable = proof.check.status === 'pass' && options.challenge === undefined;
    checks.push(replayable ? { ...proof.check, status: 'warn', code: 'ERR_NO_CHALLENGE', message: `${proof.check.message} No challenge was asked: this could be a replay.` } : proof.check);
    if (proof.check.status === 'pass') checks.push(holderCheck(holder, proof.controllers));
  } else if (options.challenge !== undefined || options.domain !== undefined || options.requireProof === true) {
    checks.push(fail('proof', 'ERR_NO_PROOF', 'The presentation is not signed, but the verifier asked for a proof of the holder (challenge or domain).'));
  } else if (options.allowUnsigned === true) {
    checks.push({ id: 'proof', status: 'warn', code: 'WARN_PRESENTATION_UNSIGNED', message: 'The presentation is not signed: nothing binds it to its holder; its credentials are checked on their own (allowUnsigned).' });
  } else {
    checks.push(
      fail(
        'proof',
        'ERR_PRESENTATION_UNSIGNED',
        'The presentation is not signed, so nothing shows that its holder made it. Ask the holder for a signed presentation (with your challenge), or verify the credentials on their own (allowUnsigned: true, CLI --allow-unsigned).',
      ),
    );
  }

  const { challenge: _challenge, domain: _domain, requireProof: _requireProof, purpose: _purpose, allowUnsigned: _unsigned, allowEmpty: _empty, ...credentialOptions } = options;
  const credentials = await Promise.all(items.map((item) => verify(item, credentialOptions)));
  const failed = credentials.filter((r) => !r.verified).length;
  checks.push(
    failed > 0
      ? fail('credentials', 'ERR_CREDENTIAL_NOT_VERIFIED', `${failed} of ${credentials.length} credential(s) in the presentation do not verify.`)
      : credentials.length === 0
        ? options.allowEmpty === true
          ? { id: 'credentials', status: 'warn', code: 'WARN_PRESENTATION_EMPTY', message: 'The presentation carries no credentials (allowEmpty): it proves at most who the holder is.' }
          : fail('credentials', 'ERR_PRESENTATION_EMPTY', 'The presentation carries no credentials: there is nothing in it to rely on. Ask the holder to include the credentials, or pass allowEmpty: true (CLI --allow-empty) if you only wanted the holder\'s proof.')
        : { id: 'credentials', status: 'pass', message: `${credentials.length} credential(s) verify.` },
  );
  const verified = checks.every((c) => c.status !== 'fail');
  const verdict: Verdict = !verified ? 'not-verified' : credentials.length > 0 && credentials.every((r) => r.verdict === 'verified') ? 'verified' : 'authentic-unrecognised-issuer';
  return { verdict, verified, format: 'vp', checks, ...(holder ? { holder } : {}), credentials };
}

/** Why `vp` is not a presentation, or undefined. */
function structureProblem(vp: JsonObject, items: unknown[]): string | undefined {
  if (vcVersionOf(vp) === undefined) return `The first @context must be ${CONTEXTS.CREDENTIALS_V2} or ${CONTEXTS.CREDENTIALS_V1}.`;
  const types = Array.isArray(vp.type) ? vp.type : [vp.type];
  if (!types.includes('VerifiablePresentation')) return 'type must include "VerifiablePresentation".';
  if (vp.id !== undefined && !isAbsoluteIri(vp.id)) return 'id must be a URL.';
  if (vp.holder !== undefined) {
    const id = isJsonObject(vp.holder) ? vp.holder.id : vp.holder;
    if (!isAbsoluteIri(id)) return 'holder must be a URL or an object with a URL id.';
  }
  if (items.length > MAX_CREDENTIALS) return `A presentation may carry at most ${MAX_CREDENTIALS} credentials.`;
  if (!items.every((item) => isJsonObject(item) || (typeof item === 'string' && COMPACT_JWT.test(item)))) {
    return 'verifiableCredential entries must be credentials or enveloped credentials.';
  }
  return undefined;
}

/** The credentials of a presentation; enveloped VC-JWTs are unwrapped to the JWT. */
function credentialsOf(vp: JsonObject): unknown[] {
  const value = vp.verifiableCredential;
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((item) => {
    if (!isJsonObject(item) || item.type !== 'EnvelopedVerifiableCredential' || typeof item.id !== 'string') return item;
    const match = ENVELOPED.exec(item.id);
    return match ? decodeURIComponent(match[3]!) : item;
  });
}

/** The holder must be who signed: a presentation signed by someone else is not theirs to make. */
function holderCheck(holder: string | undefined, controllers: string[]): Check {
  if (holder === undefined) return { id: 'holder', status: 'skip', message: 'The presentation names no holder.' };
  if (controllers.includes(holder)) return { id: 'holder', status: 'pass', message: `Signed by the holder ${holder}.` };
  return fail('holder', 'ERR_HOLDER_MISMATCH', `The presentation names ${holder} as holder, but was signed by ${controllers.join(', ') || 'someone else'}.`);
}
