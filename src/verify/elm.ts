/**
 * verify() for European Digital Credentials (ELM v3): a JAdES-sealed EDC (JWS JSON
 * serialization, object or text) or an unsealed EDC JSON. Checks, in order: `parse`, `format`,
 * `seal`, `status`, `validity-period`, `profile`, `issuer-trust` — the EU viewer's FORMAT, SEAL
 * and EXPIRY steps plus microcred's profile and trust checks.
 */
import { checkElmFormat } from '../formats/elm/format-check.js';
import { parseElm } from '../formats/elm/from-elm.js';
import { validateElmWithShacl } from '../formats/elm/shacl.js';
import { checkInput } from '../model/guard.js';
import { isJadesEnvelope } from '../seal/detect.js';
import { type JadesVerificationResult, verifyJades } from '../seal/verify-jades.js';
import { type TrustList, notCheckedMessage } from './checks/issuer-trust.js';
import { withRegistries } from './checks/registry-trust.js';
import { judgeProfile } from './checks/profile.js';
import { checkValidityPeriod } from './checks/validity-period.js';
import { type Check, type VerificationReport, verdictOf } from './report.js';
import type { CheckCode } from '../errors.js';
import type { VerifyOptions } from './verify.js';
import { isJsonObject as isObject } from '../json.js';
import { defaultDocumentLoader, documentLoaderWith } from '../loader/default.js';
import { checkCredentialStatus } from '../status/check.js';

type Json = Record<string, unknown>;

const asArray = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const fail = (id: Check['id'], code: CheckCode, message: string, details?: unknown): Check =>
  details === undefined ? { id, status: 'fail', code, message } : { id, status: 'fail', code, message, details };

/** True when `value` is a European Digital Credential verify() should take the ELM path for. */
export function isElmInput(value: unknown): boolean {
  if (isJadesEnvelope(value)) return true;
  return isObject(value) && asArray(value.type).includes('EuropeanDigitalCredential');
}

/** First text of a language map (English preferred; string or array values). */
function firstText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isObject(value)) return undefined;
  for (const key of ['en', ...Object.keys(value)]) {
    const text = asArray(value[key]).find((v): v is string => typeof v === 'string' && v !== '');
    if (text !== undefined) return text;
  }
  return undefined;
}

function issuerOf(credential: Json): { id: string; name?: string } | undefined {
  const issuer = asArray(credential.issuer)[0];
  if (typeof issuer === 'string') return { id: issuer };
  if (!isObject(issuer) || typeof issuer.id !== 'string') return undefined;
  const name = firstText(issuer.legalName) ?? firstText(issuer.prefLabel);
  return name === undefined ? { id: issuer.id } : { id: issuer.id, name };
}

const eidasNotation = (credential: Json): string | undefined => {
  const issuer = asArray(credential.issuer)[0];
  const identifier = isObject(issuer) ? asArray(issuer.eIDASIdentifier)[0] : undefined;
  return isObject(identifier) && typeof identifier.notation === 'string' ? identifier.notation : undefined;
};

/** Short label of a seal certificate for messages: `TEST SEAL (ORGANIZACION TEST, VATES-A00000000)`. */
function sealerOf(seal: JadesVerificationResult): string {
  const subject = seal.certificate?.subject ?? '';
  const field = (name: string) => new RegExp(`(?:^|, )${name}=((?:[^,\\\\]|\\\\.)*)`).exec(subject)?.[1];
  const cn = field('CN');
  const extra = [field('O'), seal.certificate?.organizationIdentifier].filter((x): x is string => x !== undefined && x !== cn);
  return `${cn ?? subject}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

function sealDetails(seal: JadesVerificationResult) {
  const { payload: _payload, credential: _credential, header: _header, ...rest } = seal;
  return rest;
}

/** The `seal` check from a JAdES verification result. */
export function sealCheck(seal: JadesVerificationResult): Check {
  const details = sealDetails(seal);
  if (!seal.verified) {
    const expired = seal.code === 'ERR_CERT_EXPIRED';
    const prefix = !seal.signatureValid ? 'The seal is broken or unreadable' : expired ? 'The eSeal has expired' : 'The seal is not valid';
    return fail('seal', seal.code ?? 'ERR_SEAL_INVALID', `${prefix}: ${seal.reason ?? 'unknown reason'}`, details);
  }
  const longTerm = seal.longTerm?.status === 'proven' ? ` ${seal.longTerm.message}` : '';
  const base = `Sealed by ${sealerOf(seal)} on ${seal.signingTime}; not tampered (JAdES ${seal.level}, ${seal.timestamps.filter((t) => t.verified).length} time-stamp(s) verified).${longTerm}`;
  const revocation = 'Certificate revocation was not checked.';
  if (seal.trusted === undefined) {
    return { id: 'seal', status: 'warn', code: 'WARN_NO_TRUST_ANCHORS', message: `${base} No trust anchors configured: the sealing certificate was not checked against a trust list. ${revocation}`, details };
  }
  const anchor = seal.chain?.at(-1)?.subject;
  const trusted = `${base} The certificate chains to the trust anchor ${anchor}. ${revocation}`;
  if (seal.warnings.length > 0) return { id: 'seal', status: 'warn', code: seal.warnings[0]!.code, message: `${trusted} ${seal.warnings.map((w) => w.message).join(' ')}`, details };
  return { id: 'seal', status: 'pass', message: trusted, details };
}

async function formatCheck(credential: Json, sealed: boolean, options: VerifyOptions): Promise<Check> {
  const structural = checkElmFormat(credential, { requireSeal: sealed });
  if (!structural.ok) {
    const first = structural.errors.slice(0, 3).map((e) => `${e.pointer || '/'}: ${e.message}`).join(' ');
    return fail('format', 'ERR_FORMAT', `Not a well-formed European Digital Credential (${structural.errors.length} problem(s)): ${first}`, structural.errors);
  }
  const structure = sealed ? 'Has the structure of a European Digital Credential.' : 'Has the structure of a European Digital Credential (unsealed draft: issued and eIDASIdentifier not required).';
  if (options.shapes === undefined && options.shaclContexts === undefined) return { id: 'format', status: 'pass', message: `${structure} (SHACL shapes not run: pass shapes and shaclContexts for the official check.)` };
  if (options.shapes === undefined || options.shaclContexts === undefined) {
    return { id: 'format', status: 'warn', code: 'WARN_SHACL_NOT_RUN', message: `${structure} The SHACL shapes were not run: pass both shapes and shaclContexts.` };
  }
  let violations;
  try {
    violations = await validateElmWithShacl(credential, { shapes: options.shapes, contexts: options.shaclContexts });
  } catch (error) {
    return fail('format', (error as { code?: CheckCode }).code ?? 'ERR_SHACL', `The SHACL shapes could not be run: ${(error as Error).message}`);
  }
  const errors = violations.filter((v) => v.severity === 'violation');
  if (errors.length > 0) {
    return fail('format', 'ERR_SHACL', `Does not conform to the EDC SHACL shapes (${errors.length} violation(s)): ${errors.slice(0, 3).map((v) => `${v.focusNode}${v.path ? ` ${v.path}` : ''}: ${v.message}`).join(' ')}`, violations);
  }
  if (violations.length > 0) return { id: 'format', status: 'warn', code: 'WARN_SHACL', message: `${structure} Conforms to the EDC SHACL shapes with ${violations.length} warning(s).`, details: violations };
  return { id: 'format', status: 'pass', message: `${structure} Conforms to the EDC SHACL shapes.` };
}

/** EXPIRY as the EU viewer sees it: `validFrom` (or `issuanceDate`/`issued`) and the earlier of `validUntil`/`expirationDate`. */
function validityCheck(credential: Json, at: Date, skewSeconds: number): Check {
  const ends = [credential.validUntil, credential.expirationDate].filter((v) => v !== undefined);
  const parsedEnds = ends.map((v) => (typeof v === 'string' ? Date.parse(v) : Number.NaN));
  const bad = ends.find((_, i) => Number.isNaN(parsedEnds[i]));
  const until = bad ?? ends[parsedEnds.indexOf(Math.min(...parsedEnds))];
  const view: Json = { validFrom: credential.validFrom ?? credential.issuanceDate ?? credential.issued };
  if (until !== undefined) view.validUntil = until;
  return checkValidityPeriod(view, at, skewSeconds);
}

function issuerTrustCheck(credential: Json, trust: TrustList | undefined, seal: JadesVerificationResult | undefined): Check {
  const issuer = issuerOf(credential);
  const certificateId = seal?.signatureValid ? seal.certificate?.organizationIdentifier : undefined;
  const claimed = eidasNotation(credential);
  const names = [issuer?.id, certificateId].filter((x): x is string => x !== undefined);
  const mismatch =
    certificateId !== undefined && claimed !== undefined && claimed !== certificateId
      ? ` The credential's eIDAS identifier (${claimed}) differs from the sealing certificate's (${certificateId}).`
      : '';
  if (!trust) return { id: 'issuer-trust', status: 'warn', code: 'WARN_ISSUER_NOT_CHECKED', message: `${notCheckedMessage(issuer?.name ?? issuer?.id)}${mismatch}` };
  if (names.length === 0) return fail('issuer-trust', 'ERR_NO_ISSUER', 'The credential names no issuer.');
  const distrusted = names.find((n) => trust.distrusted?.includes(n));
  if (distrusted) return fail('issuer-trust', 'ERR_ISSUER_DISTRUSTED', `The issuer ${distrusted} is on the distrust list.`);
  const trusted = names.find((n) => trust.trusted?.includes(n));
  // A name on the trust list proves nothing by itself: anyone can make a certificate (and an EDC)
  // naming that organisation. Only a seal whose certificate chains to a configured anchor binds it.
  if (trusted && seal && seal.trusted !== true) {
    return {
      id: 'issuer-trust',
      status: 'warn',
      code: 'WARN_SEAL_NOT_ANCHORED',
      message: `${trusted} is on the trust list, but the seal's certificate does not chain to a trust anchor you configured (trust.certificates, CLI --trust with "certificates"), so nothing proves ${trusted} made this seal: anyone can make a certificate that names it.${mismatch}`,
    };
  }
  const reason = trusted
    ? `The issuer ${trusted} is on the trust list.`
    : seal?.trusted === true
      ? `Sealed with a certificate (${seal.certificate?.subject}) that chains to a trust anchor of the trust list.`
      : undefined;
  if (reason === undefined) return { id: 'issuer-trust', status: 'warn', code: 'WARN_ISSUER_UNKNOWN', message: `The issuer ${names.join(' / ')} is not on the trust list.${mismatch}` };
  if (mismatch) return { id: 'issuer-trust', status: 'warn', code: 'WARN_EIDAS_ID_MISMATCH', message: `${reason}${mismatch}` };
  return { id: 'issuer-trust', status: 'pass', message: reason };
}

/**
 * Status of an EDC: `credentialStatus`, or the EDC form — a top-level `status` listing
 * revocation entries — read like any credential's status entries; a `status` of another form
 * is warned about (revocation not checked), never taken as "no status".
 */
async function elmStatusCheck(credential: Json, options: VerifyOptions): Promise<Check> {
  const documentLoader = options.documentLoader ?? (options.resolver ? documentLoaderWith(options.resolver) : defaultDocumentLoader());
  const statusOptions = { requireStatus: options.requireStatus, ...options.status, documentLoader, suites: options.suites, at: options.at, clockSkewSeconds: options.clockSkewSeconds };
  if (credential.credentialStatus !== undefined) return checkCredentialStatus(credential, statusOptions);
  const { status } = credential;
  if (status === undefined || status === null) return { id: 'status', status: 'pass', message: 'The credential has no status entry (it cannot be revoked).' };
  const entries = asArray(status);
  if (entries.length > 0 && entries.every((e) => isObject(e) && e.type !== undefined)) {
    const check = await checkCredentialStatus({ ...credential, credentialStatus: entries }, statusOptions);
    return { ...check, message: `${check.message} (read from the credential's "status" entries)` };
  }
  const message = `The credential has a "status" (${JSON.stringify(status).slice(0, 200)}) that is not a status list entry microcred reads: whether the issuer revoked it was not checked. Ask the issuer how to check its status.`;
  return options.requireStatus
    ? fail('status', 'ERR_STATUS_NOT_CHECKED', `${message} Status is required: not verified.`)
    : { id: 'status', status: 'warn', code: 'WARN_STATUS_NOT_CHECKED', message };
}

/** Parses a JWS payload for reporting when the seal itself could not vouch for it. */
function payloadCredential(envelope: Json, options: VerifyOptions): Json | undefined {
  const { payload } = envelope;
  const maxBytes = options.limits?.maxBytes ?? 4 * 1024 * 1024;
  if (typeof payload !== 'string' || payload.length > maxBytes) return undefined;
  try {
    const value = JSON.parse(payload) as unknown;
    return isObject(value) && checkInput(value, { maxBytes, maxDepth: options.limits?.maxDepth ?? 64 }).length === 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

/** verify() for ELM input (already parsed and size-checked by `parseInput`). */
export async function verifyElm(input: Json, options: VerifyOptions): Promise<VerificationReport> {
  const sealed = isJadesEnvelope(input);
  const checks: Check[] = [
    { id: 'parse', status: 'pass', message: sealed ? 'A JAdES-sealed document (JWS JSON serialization).' : 'A European Digital Credential (JSON, unsealed).' },
  ];
  const at = options.at === undefined ? new Date() : new Date(options.at);
  const skew = options.clockSkewSeconds ?? 300;
  let seal: JadesVerificationResult | undefined;
  let credential: Json | undefined;
  if (sealed) {
    const verifyOptions: Parameters<typeof verifyJades>[1] = { at, clockSkewSeconds: skew, maxDepth: options.limits?.maxDepth ?? 64 };
    if (options.limits?.maxBytes !== undefined) verifyOptions.maxBytes = options.limits.maxBytes;
    if (options.trust?.certificates !== undefined) verifyOptions.trustAnchors = options.trust.certificates;
    seal = await verifyJades(input, verifyOptions);
    credential = seal.credential ?? payloadCredential(input, options);
  } else {
    credential = input;
  }
  if (credential === undefined) {
    checks.push(fail('format', 'ERR_FORMAT', 'The sealed payload is not a readable JSON credential.'));
    checks.push(sealCheck(seal!));
    return { verdict: 'not-verified', verified: false, format: 'elm', suite: 'jades', checks };
  }
  checks.push(await formatCheck(credential, sealed, options));
  checks.push(seal ? sealCheck(seal) : fail('seal', 'ERR_NO_SEAL', 'The credential contains no eSeal: it is an unsealed European Digital Credential.'));
  checks.push(await elmStatusCheck(credential, options));
  checks.push(Number.isNaN(at.getTime()) ? fail('validity-period', 'ERR_BAD_TIME', `Bad verification time ${String(options.at)}.`) : validityCheck(credential, at, skew));
  let profile: ReturnType<typeof judgeProfile>;
  try {
    profile = judgeProfile(parseElm(credential), options);
  } catch (error) {
    profile = { check: fail('profile', 'ERR_UNREADABLE', `The micro-credential could not be read: ${(error as Error).message}`) };
  }
  checks.push(profile.check);
  // Registries match a sealed EDC by its seal certificate's organisation identifier, when the seal chains to an anchor.
  const organisation = seal?.verified ? seal.certificate?.organizationIdentifier : undefined;
  const anchored = seal?.trusted === true ? organisation : undefined;
  const issued = profile.microCredential?.dateOfIssuing ?? [credential.issued, credential.validFrom].find((d) => typeof d === 'string');
  const provider = { ids: [], ...(anchored ? { sealOrganisationIdentifier: anchored } : organisation ? { unanchoredSeal: organisation } : {}) };
  const context = { at, clockSkewSeconds: skew, suites: options.suites, resolver: options.resolver };
  checks.push(await withRegistries(issuerTrustCheck(credential, options.trust, seal), provider, profile.microCredential, issued as string | undefined, options.trust, context));
  const report: VerificationReport = { verdict: verdictOf(checks), verified: checks.every((c) => c.status !== 'fail'), format: 'elm', checks, credential };
  if (sealed) report.suite = 'jades';
  if (profile.microCredential) report.microCredential = profile.microCredential;
  const issuer = issuerOf(credential);
  if (issuer) report.issuer = issuer;
  return report;
}
