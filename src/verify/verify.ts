import type { DocumentLoader } from '../loader/document-loader.js';
import type { ProfileDefinition } from '../model/types.generated.js';
import type { ProfileName, ProfileRegistry } from '../profiles/registry.js';
import type { Resolver } from '../resolver/resolver.js';
import { type SuiteRegistry, defaultSuiteRegistry } from '../suites/registry.js';
import type { ProofPurposeOptions } from '../suites/types.js';
import { defaultDocumentLoader, documentLoaderWith } from '../loader/default.js';
import { type TrustList, checkIssuerTrust } from './checks/issuer-trust.js';
import { checkSelfAssertedKeyTrust } from './checks/key-trust.js';
import { withRegistries } from './checks/registry-trust.js';
import { checkProfile } from './checks/profile.js';
import { checkProofs } from './checks/proof.js';
import { checkSchema } from './checks/schema.js';
import { checkValidityPeriod } from './checks/validity-period.js';
import { isElmInput, verifyElm } from './elm.js';
import { isOpenBadge2, isOpenBadge2Jws } from '../formats/ob2/detect.js';
import { verifyOb2 } from './ob2.js';
import { type OnlineOptions, onlineResolvers } from './online.js';
import { type VerifyInputLimits, parseInput, svgReaderFor } from './input.js';
import { type CheckStatusOptions, checkCredentialStatus } from '../status/check.js';
import { type Check, type VerificationReport, verdictOf } from './report.js';
import type { CheckCode } from '../errors.js';

/** Options of {@link verify}. */
export interface VerifyOptions {
  /** Verification time. Default: now. */
  at?: Date | string;
  /** Allowed clock difference for validity dates, in seconds. Default 300. */
  clockSkewSeconds?: number;
  /** Check the micro-credential against this profile (default: `eu` for microcred credentials). */
  profile?: ProfileName | ProfileDefinition;
  profiles?: ProfileRegistry;
  /**
   * Trusted and distrusted issuer ids, and (for sealed EDCs) trusted certificates. Without it the
   * `issuer-trust` check warns (`WARN_ISSUER_NOT_CHECKED`) and the verdict is at best
   * `authentic-unrecognised-issuer`: nothing vouches for who the issuer says it is.
   */
  trust?: TrustList;
  /** Resolver for did:web and HTTPS issuer keys (allow-listed; see `createResolver`). Offline without it. */
  resolver?: Resolver;
  /**
   * Fetch what verification needs: did:web and HTTPS key documents and status lists, over HTTPS
   * through microcred's resolver (public addresses only, 5 s and 1 MiB per document). `true`
   * allows any host; `{ allow: ['badges.example.edu'] }` restricts; `allowPrivateNetwork` is
   * for tests on loopback. A `resolver` or `status.resolveStatusList` you give takes precedence.
   * Default false: `verify()` fetches nothing.
   */
  online?: boolean | OnlineOptions;
  /**
   * A status list that cannot be fetched (or, offline, a status entry not checked) fails the
   * `status` check (`ERR_STATUS_LIST_UNAVAILABLE`, `ERR_STATUS_NOT_CHECKED`) instead of warning.
   * Default false.
   */
  requireStatus?: boolean;
  /** A document loader of your own (replaces the bundled one and `resolver`). */
  documentLoader?: DocumentLoader;
  suites?: SuiteRegistry;
  limits?: VerifyInputLimits;
  /**
   * European Digital Credentials: SHACL shapes (Turtle; e.g. EDC-generic-full.ttl and
   * EDC-generic-no-cv.ttl) to run in the `format` check besides microcred's structural check.
   * Needs `shaclContexts`. Costs a few hundred milliseconds per credential.
   */
  shapes?: string | readonly string[];
  /**
   * How to check `credentialStatus`: `resolveStatusList(url)` fetches a status list (online:
   * `statusListResolver(createResolver({ allow: [...] }))`; the issuer itself:
   * `statusService.resolveStatusList`), `store` gives revocation reasons. Without it, a
   * credential with a status entry gets a warning: its revocation was not checked.
   */
  status?: Omit<CheckStatusOptions, 'documentLoader' | 'suites' | 'at' | 'clockSkewSeconds'>;
  /** JSON-LD contexts by URL for the SHACL run (at least `http://data.europa.eu/snb/model/context/edc-ap`). */
  shaclContexts?: Record<string, object>;
  /**
   * The proof purpose the verifier expects (VC-API `expectedProofPurpose`). Default and normal
   * for credentials: `assertionMethod`, made by the issuer.
   */
  purpose?: ProofPurposeOptions;
  /**
   * Open Badges 2.0: the e-mail address (or other identity) the badge must have been awarded to;
   * matched against a hashed (`sha256$…` with salt) or plain recipient identity in the
   * `recipient` check. Without it that check is skipped.
   */
  recipient?: string;
}

const fail = (id: Check['id'], code: CheckCode, message: string): Check => ({ id, status: 'fail', code, message });

/**
 * Verifies a credential someone received — an object, JSON text or a compact VC-JWT — and
 * reports every check: `parse`, `proof`, `status`, `validity-period`, `schema`, `profile`,
 * `issuer-trust`. European Digital Credentials — a JAdES-sealed EDC (JWS JSON serialization) or
 * an unsealed EDC — get `parse`, `format`, `seal`, `status`, `validity-period`, `profile`,
 * `issuer-trust` (format `elm`). Open Badges 2.0 assertions — hosted, signed or baked — get format
 * `ob2` (see `verifyOb2`). Never throws and never passes what it could not check: bad input
 * is a failed check with a reason.
 *
 * @example
 * const report = await verify(received, { trust: { trusted: ['did:web:university.example.ge'] } });
 * if (!report.verified) console.log(report.checks.filter((c) => c.status === 'fail'));
 */
export async function verify(input: unknown, options: VerifyOptions = {}): Promise<VerificationReport> {
  try {
    return await run(input, withOnline(options));
  } catch (error) {
    // A bug or a hostile input we did not foresee: report it, never pass.
    return { verdict: 'not-verified', verified: false, format: 'unknown', checks: [fail('parse', 'ERR_INTERNAL', `Verification stopped: ${(error as Error).message}`)] };
  }
}

/** `online` turned into the resolver and status list fetcher it stands for (those given win). */
export function withOnline<T extends VerifyOptions>(options: T): T {
  if (!options.online) return options;
  const online = onlineResolvers(options.online);
  const { online: _online, ...rest } = options;
  return {
    ...rest,
    resolver: options.resolver ?? online.resolver,
    status: { ...options.status, resolveStatusList: options.status?.resolveStatusList ?? online.resolveStatusList },
  } as T;
}

async function run(input: unknown, options: VerifyOptions): Promise<VerificationReport> {
  const parsed = parseInput(input, options.limits, await svgReaderFor(input));
  if (parsed.kind === 'error') return { verdict: 'not-verified', verified: false, format: 'unknown', checks: [fail('parse', parsed.code, parsed.message)] };
  if (parsed.kind === 'json' && isElmInput(parsed.credential)) return verifyElm(parsed.credential, options);
  if (parsed.kind === 'url' || (parsed.kind === 'json' && isOpenBadge2(parsed.credential)) || (parsed.kind === 'jwt' && isOpenBadge2Jws(parsed.token))) return verifyOb2(parsed, options);
  if (parsed.kind === 'json' && isPresentation(parsed.credential)) {
    // Judged by credential rules ("no validFrom", "no issuer") it would only mislead: say what it is.
    const message = 'This is a verifiable presentation (a holder\'s bundle of credentials), not a credential: verify it with verifyPresentation() — microcred verify and POST /presentations/verify do.';
    return { verdict: 'not-verified', verified: false, format: 'unknown', checks: [fail('parse', 'ERR_PRESENTATION_NOT_CREDENTIAL', message)] };
  }
  const checks: Check[] = [{ id: 'parse', status: 'pass', message: parsed.kind === 'jwt' ? 'A compact VC-JWT.' : 'A JSON credential.' }];
  const suites = options.suites ?? defaultSuiteRegistry();
  const documentLoader = options.documentLoader ?? (options.resolver ? documentLoaderWith(options.resolver) : defaultDocumentLoader());

  const subject = parsed.kind === 'jwt' ? parsed.token : parsed.credential;
  const { purpose, at: when, clockSkewSeconds } = options;
  // A VC-JWT header key bound to no issuer proves integrity only; issuer-trust below decides on the key.
  const proof = await checkProofs(subject, { suites, documentLoader, purpose, at: when, clockSkewSeconds, selfAssertedKeys: true });
  checks.push(proof.check);
  const credential = parsed.kind === 'json' ? parsed.credential : proof.credential;
  const suiteName = proof.suites.length > 0 ? proof.suites.join(',') : undefined;
  if (!credential) return finish('unknown', checks, suiteName);

  checks.push(
    await checkCredentialStatus(credential, { requireStatus: options.requireStatus, ...options.status, documentLoader, suites, at: options.at, clockSkewSeconds: options.clockSkewSeconds }),
  );
  const at = options.at === undefined ? new Date() : new Date(options.at);
  checks.push(Number.isNaN(at.getTime()) ? fail('validity-period', 'ERR_BAD_TIME', `Bad verification time ${String(options.at)}.`) : checkValidityPeriod(credential, at, options.clockSkewSeconds ?? 300));
  checks.push(checkSchema(credential));
  const profile = checkProfile(credential, options);
  checks.push(profile.check);
  const issuer = issuerOf(credential);
  if (proof.selfAssertedKey) checks.push(checkSelfAssertedKeyTrust(issuer?.id, proof.selfAssertedKey, options.trust));
  else {
    // Only an issuer the proof binds is looked up in accreditation registries.
    const bound = issuer && proof.controllers.includes(issuer.id) ? [issuer.id] : [];
    const issued = profile.microCredential?.dateOfIssuing ?? [credential.validFrom, credential.issuanceDate].find((d) => typeof d === 'string');
    const context = { at, clockSkewSeconds: options.clockSkewSeconds, suites, resolver: options.resolver };
    checks.push(await withRegistries(checkIssuerTrust(issuer?.id, options.trust, issuer?.name), { ids: bound }, profile.microCredential, issued as string | undefined, options.trust, context));
  }
  return { ...finish('ob3', checks, suiteName), credential, microCredential: profile.microCredential, issuer };
}

function isPresentation(value: Record<string, unknown>): boolean {
  const types = Array.isArray(value.type) ? value.type : [value.type];
  return types.includes('VerifiablePresentation') && !types.includes('VerifiableCredential');
}

function finish(format: VerificationReport['format'], checks: Check[], suite: string | undefined): VerificationReport {
  const report: VerificationReport = { verdict: verdictOf(checks), verified: checks.every((c) => c.status !== 'fail'), format, checks };
  if (suite) report.suite = suite;
  return report;
}

function issuerOf(credential: Record<string, unknown>): { id: string; name?: string } | undefined {
  const issuer = credential.issuer;
  if (typeof issuer === 'string') return { id: issuer };
  if (issuer && typeof issuer === 'object' && typeof (issuer as Record<string, unknown>).id === 'string') {
    const { id, name } = issuer as { id: string; name?: unknown };
    return typeof name === 'string' ? { id, name } : { id };
  }
  return undefined;
}
