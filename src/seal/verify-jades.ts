/**
 * JAdES seal verification, offline.
 *
 * Checks: the JWS JSON envelope (strictly: unknown members, non-canonical base64 and stray
 * header parameters are refused), the protected header (`alg` allow-list, `b64: false`, `crit`,
 * `x5c`, `x5t#S256`, `kid` IssuerSerial, `sigT`), the signature over
 * `ASCII(protected) + '.' + payload`, the sealing certificate's validity at the verification time
 * and at `sigT`, the path to a configured trust anchor, and the unprotected `etsiU` components:
 * every time-stamp token (`adoTst`, `sigTst`, `arcTst`) is checked against what it time-stamps,
 * its CMS signature and its TSA certificate; an archive time-stamp covers the components before it.
 * CRLs the seal carries (`rVals`) count as evidence of revocation. When the seal fails only because
 * a certificate of its chain has expired or been revoked since, long-term validation
 * (`./long-term.ts`) looks for a trusted time-stamp proving the seal was made while it was valid.
 *
 * Not checked: fresh revocation status (nothing fetched; OCSP responses carried are not
 * evaluated), EU trusted lists and the qualified status of the seal, trust in the TSAs of a seal
 * whose certificate is still valid. Never throws.
 */
import type { CheckCode } from '../errors.js';
import { checkInput } from '../model/guard.js';
import { JWS_ALGORITHMS, isJadesAlgorithm, keyMismatch, verifyJws } from './algorithms.js';
import { BUDGET_EXCEEDED, DEFAULT_SIGNATURE_BUDGET, MAX_CERTIFICATES, MAX_REVOCATION_VALUES, SignatureBudget, TOO_MANY_CERTIFICATES } from './budget.js';
import { buildChain, describePath } from './chain.js';
import { type Crl, parseCrl } from './crl.js';
import { DerError, bytesEqual, decodeDer } from './der.js';
import { decodeBase64Strict, decodeBase64UrlStrict, decodeUtf8Strict, digest, encodeBase64Url, utf8 } from './encoding.js';
import { kidMatches } from './issuer-serial.js';
import { type ProofToken, describeRevocation, proveExistence, revokedIn } from './long-term.js';
import { verifyTimestampToken } from './tst.js';
import type { JadesVerifyAlgorithm } from './types.js';
import {
  type Certificate,
  type CertificateSummary,
  formatName,
  isSelfIssued,
  namesMatch,
  parseCertificate,
  parseCertificates,
  shortName,
  summarize,
  verifyIssuedBy,
} from './x509.js';

/** Options of {@link verifyJades}. */
export interface VerifyJadesOptions {
  /** Verification time: the sealing certificate must be valid then. Default: now. */
  at?: Date | string;
  /**
   * Trusted certificates (PEM, several blocks per string allowed, or base64 DER): roots,
   * intermediates or the sealing certificate itself — and the time-stamp authorities (or their
   * roots) trusted to prove, by long-term validation, that a seal whose certificate has expired
   * since was made while it was valid. Absent or empty: the chain is not checked against a trust
   * list, the result carries warning `WARN_NO_TRUST_ANCHORS`, and no time-stamp can prove anything.
   */
  trustAnchors?: readonly string[];
  /** Allowed clock difference, in seconds. Default 300. */
  clockSkewSeconds?: number;
  /** Largest accepted input (and payload), in characters. Default 8 Mi. */
  maxBytes?: number;
  /** Deepest accepted nesting of the payload. Default 64. */
  maxDepth?: number;
  /**
   * Public-key signature checks one verification may make, shared by the seal signature, chain
   * building and every time-stamp token. Default {@link DEFAULT_SIGNATURE_BUDGET} (50); exceeded →
   * `ERR_SEAL_BUDGET_EXCEEDED`.
   */
  maxSignatureChecks?: number;
}

/** A failed or doubtful point, with a stable code. */
export interface JadesFinding {
  code: CheckCode;
  message: string;
}

export interface JadesTimestampReport {
  /** `adoTst` (content), `sigTst` (signature) or `arcTst` (archive). */
  type: 'adoTst' | 'sigTst' | 'arcTst';
  verified: boolean;
  genTime?: string;
  /** TSA certificate subject. */
  tsa?: string;
  policy?: string;
  code?: CheckCode;
  message?: string;
}

/** Long-term validation: whether a time-stamp proves the seal was made while its certificate was valid. */
export interface JadesLongTermReport {
  status: 'proven' | 'not-proven';
  /** The time the seal is proven to have existed, with a valid certificate chain. */
  provenAt?: string;
  /** The token that proves it. */
  timestamp?: 'sigTst' | 'arcTst';
  /** Its TSA certificate subject. */
  tsa?: string;
  /** Why not proven (`ERR_LTV_*`). */
  code?: CheckCode;
  message: string;
}

/** What {@link verifyJades} found. */
export interface JadesVerificationResult {
  /** No problem found: valid signature, valid certificate, chain trusted or no anchors configured, time-stamps sound. */
  verified: boolean;
  /** The signature value verifies with `x5c[0]` over the protected header and payload. */
  signatureValid: boolean;
  /** `true`: chains to a trust anchor; `false`: anchors given, none reached; absent: no anchors configured. */
  trusted?: boolean;
  /** The first problem. */
  code?: CheckCode;
  reason?: string;
  problems: JadesFinding[];
  warnings: JadesFinding[];
  /** JAdES baseline level the seal carries (B-B, B-T with a signature time-stamp, B-LT with validation data, B-LTA with an archive time-stamp). */
  level?: 'B-B' | 'B-T' | 'B-LT' | 'B-LTA';
  algorithm?: string;
  /** `sigT`: the claimed signing time. */
  signingTime?: string;
  /** The sealing certificate. */
  certificate?: CertificateSummary;
  /** Path from the sealing certificate up (to the anchor when trusted). */
  chain?: CertificateSummary[];
  timestamps: JadesTimestampReport[];
  /** Public-key signature checks made (bounded by `maxSignatureChecks`). */
  signatureChecks?: number;
  /**
   * Revocation status is not established: nothing is fetched and OCSP responses are not evaluated.
   * CRLs the seal carries are still read: one listing a certificate of the chain as revoked fails it.
   */
  revocation: 'not-checked';
  /** Present when the certificate chain is no longer valid at the verification time (expired or revoked). */
  longTerm?: JadesLongTermReport;
  /** The decoded protected header. */
  header?: Record<string, unknown>;
  /** The payload text (the signed bytes). */
  payload?: string;
  /** The payload parsed: the sealed credential. */
  credential?: Record<string, unknown>;
}

/** Thrown inside to stop at a structural refusal. */
class Refusal extends Error {
  constructor(
    readonly code: CheckCode,
    message: string,
  ) {
    super(message);
  }
}

const refuse = (code: CheckCode, message: string): never => {
  throw new Refusal(code, message);
};

const ENVELOPE_GENERAL = new Set(['payload', 'signatures']);
const ENVELOPE_FLATTENED = new Set(['payload', 'protected', 'header', 'signature']);
const SIGNATURE_MEMBERS = new Set(['protected', 'header', 'signature']);
const UNPROTECTED_MEMBERS = new Set(['etsiU']);
/** `crit` entries this verifier understands and checks. */
const UNDERSTOOD_CRIT = new Set(['b64', 'sigT', 'adoTst']);
/** RFC 7515 §4.1 names: they must never be listed in `crit`. */
const JWS_REGISTERED = new Set(['alg', 'jku', 'jwk', 'kid', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'typ', 'cty', 'crit']);
const TIMESTAMP_COMPONENTS = new Set(['sigTst', 'arcTst']);
/** etsiU components microcred recognises but does not evaluate (covered by a later arcTst when there is one). */
const OPAQUE_COMPONENTS = new Set(['axVals', 'arVals', 'tstVD', 'sigRTst', 'rfsTst', 'sigPSt', 'xRefs', 'rRefs', 'axRefs', 'arRefs']);
/** Failures that long-term validation may overcome with a time-stamp from before them. */
const LONG_TERM_RESCUES = new Set(['ERR_CERT_EXPIRED', 'ERR_CHAIN_CERT_EXPIRED', 'ERR_CERT_REVOKED', 'ERR_CHAIN_CERT_REVOKED']);
const SIGT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;
const MAX_X5C = MAX_CERTIFICATES;
const MAX_TOKENS = 8;
const MAX_ETSIU = 64;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseJsonText(text: string, maxBytes: number, maxDepth: number, what: string): unknown {
  if (text.length > maxBytes) refuse('ERR_INPUT_TOO_LARGE', `The ${what} is larger than ${maxBytes} characters.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    refuse(what === 'seal' ? 'ERR_INPUT_NOT_JSON' : 'ERR_JADES_MALFORMED', `The ${what} is not JSON: ${(error as Error).message}`);
  }
  const issues = checkInput(value, { maxBytes, maxDepth });
  if (issues.length > 0 && issues[0]!.code !== 'INPUT_NOT_OBJECT') refuse('ERR_JADES_MALFORMED', `The ${what}: ${issues[0]!.message}`);
  return value;
}

function parseSigT(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const match = SIGT.exec(value);
  if (!match) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 19) !== value.slice(0, 19) ? undefined : date;
}

/** The `tstTokens` of a time-stamp container, decoded. */
function tokensOf(container: unknown, where: string): Uint8Array[] {
  if (!isRecord(container)) refuse('ERR_JADES_ETSIU_MALFORMED', `${where} must be an object.`);
  for (const key of Object.keys(container as object)) {
    if (key !== 'tstTokens' && key !== 'canonAlg') refuse('ERR_JADES_ETSIU_MALFORMED', `${where} has an unknown member "${key}".`);
  }
  const list = (container as Record<string, unknown>).tstTokens;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_TOKENS) refuse('ERR_JADES_ETSIU_MALFORMED', `${where}.tstTokens must list 1–${MAX_TOKENS} tokens.`);
  return (list as unknown[]).map((token, index) => {
    if (!isRecord(token)) refuse('ERR_JADES_ETSIU_MALFORMED', `${where}.tstTokens[${index}] must be an object.`);
    for (const key of Object.keys(token as object)) {
      if (key !== 'val' && key !== 'encoding') refuse('ERR_JADES_ETSIU_MALFORMED', `${where}.tstTokens[${index}] has an unknown member "${key}".`);
    }
    const { val, encoding } = token as Record<string, unknown>;
    if (encoding !== undefined && encoding !== 'der' && encoding !== 'http://uri.etsi.org/19182/DER') {
      refuse('ERR_JADES_ETSIU_MALFORMED', `${where}.tstTokens[${index}]: only DER-encoded tokens are supported.`);
    }
    const der = decodeBase64Strict(val);
    if (der === undefined || der.length === 0) refuse('ERR_JADES_ETSIU_MALFORMED', `${where}.tstTokens[${index}].val is not canonical base64.`);
    return der!;
  });
}

/**
 * Verifies a JAdES-sealed document (JWS JSON serialization, general or flattened, `b64: false`)
 * given as text or as the parsed object. Returns a result, never throws.
 *
 * @example
 * const result = await verifyJades(text, { at: '2023-09-27T12:00:00Z', trustAnchors: [caPem] });
 * if (result.verified) use(result.credential);
 */
export async function verifyJades(input: string | object, options: VerifyJadesOptions = {}): Promise<JadesVerificationResult> {
  const result: JadesVerificationResult = { verified: false, signatureValid: false, problems: [], warnings: [], timestamps: [], revocation: 'not-checked' };
  try {
    await run(input, options ?? {}, result);
  } catch (error) {
    if (error instanceof Refusal) result.problems.push({ code: error.code, message: error.message });
    else result.problems.push({ code: 'ERR_INTERNAL', message: `Verification stopped: ${(error as Error)?.message ?? String(error)}` });
  }
  if (!result.signatureValid && result.problems.length === 0) result.problems.push({ code: 'ERR_JADES_SIGNATURE_INVALID', message: 'The signature was not verified.' });
  result.verified = result.problems.length === 0;
  if (result.problems[0]) {
    result.code = result.problems[0].code;
    result.reason = result.problems[0].message;
  }
  return result;
}

async function run(input: unknown, options: VerifyJadesOptions, result: JadesVerificationResult): Promise<void> {
  const skew = (options.clockSkewSeconds ?? 300) * 1000;
  if (!Number.isFinite(skew) || skew < 0) refuse('ERR_BAD_OPTION', 'clockSkewSeconds must be a non-negative number.');
  const limit = options.maxSignatureChecks ?? DEFAULT_SIGNATURE_BUDGET;
  if (!Number.isInteger(limit) || limit < 1) refuse('ERR_BAD_OPTION', 'maxSignatureChecks must be a positive integer.');
  const budget = new SignatureBudget(limit);
  try {
    await runWithBudget(input, options, result, budget);
  } finally {
    result.signatureChecks = budget.used;
  }
  if (budget.exceeded && !result.problems.some((p) => p.code === BUDGET_EXCEEDED)) {
    result.problems.push({ code: BUDGET_EXCEEDED, message: `The seal needs more than ${limit} signature checks to verify (many certificates or time-stamps); it is refused.` });
  }
}

async function runWithBudget(input: unknown, options: VerifyJadesOptions, result: JadesVerificationResult, budget: SignatureBudget): Promise<void> {
  const maxBytes = options.maxBytes ?? 8 * 1024 * 1024;
  const maxDepth = options.maxDepth ?? 64;
  const skew = (options.clockSkewSeconds ?? 300) * 1000;
  const at = options.at === undefined ? new Date() : new Date(options.at);
  if (Number.isNaN(at.getTime())) refuse('ERR_BAD_TIME', `Bad verification time ${String(options.at)}.`);
  let anchors: Certificate[] = [];
  if (options.trustAnchors !== undefined) {
    if (!Array.isArray(options.trustAnchors) || options.trustAnchors.some((a) => typeof a !== 'string')) refuse('ERR_TRUST_ANCHOR_INVALID', 'trustAnchors must be an array of PEM strings.');
    try {
      anchors = options.trustAnchors.length === 0 ? [] : parseCertificates(options.trustAnchors);
    } catch (error) {
      refuse('ERR_TRUST_ANCHOR_INVALID', `A trust anchor is not a readable certificate: ${(error as Error).message}`);
    }
  }

  // 1. The envelope.
  let envelope: unknown = input;
  if (typeof input === 'string') envelope = parseJsonText(input.trim(), maxBytes, 12, 'seal');
  else {
    const issues = checkInput(input, { maxBytes, maxDepth: 12 });
    if (issues.length > 0) refuse('ERR_JADES_MALFORMED', `Not a JAdES seal: ${issues[0]!.message}`);
  }
  if (!isRecord(envelope)) refuse('ERR_JADES_MALFORMED', 'Not a JAdES seal: expected a JWS JSON object.');
  const env = envelope as Record<string, unknown>;
  const general = Object.hasOwn(env, 'signatures');
  for (const key of Object.keys(env)) {
    if (!(general ? ENVELOPE_GENERAL : ENVELOPE_FLATTENED).has(key)) refuse('ERR_JADES_MALFORMED', `Unknown member "${key}" in the JWS JSON object.`);
  }
  let entry: Record<string, unknown>;
  if (general) {
    const list = env.signatures;
    if (!Array.isArray(list) || list.length === 0) refuse('ERR_JADES_NO_SIGNATURE', 'The JWS has no signature.');
    if ((list as unknown[]).length > 1) refuse('ERR_JADES_MULTIPLE_SIGNATURES', 'Several signatures on one seal are not supported.');
    if (!isRecord((list as unknown[])[0])) refuse('ERR_JADES_MALFORMED', 'signatures[0] must be an object.');
    entry = (list as Record<string, unknown>[])[0]!;
    for (const key of Object.keys(entry)) if (!SIGNATURE_MEMBERS.has(key)) refuse('ERR_JADES_MALFORMED', `Unknown member "${key}" in signatures[0].`);
  } else {
    entry = env;
  }
  const { payload } = env;
  if (typeof payload !== 'string') refuse('ERR_JADES_MALFORMED', 'The JWS payload must be a string (the unencoded credential).');
  if (payload === '') refuse('ERR_JADES_DETACHED', 'Detached payloads are not supported: the seal must envelop the credential.');
  const payloadText = payload as string;
  if (payloadText.length > maxBytes) refuse('ERR_INPUT_TOO_LARGE', `The payload is larger than ${maxBytes} characters.`);
  const protectedB64 = entry.protected;
  const protectedBytes = decodeBase64UrlStrict(protectedB64);
  if (protectedBytes === undefined || protectedBytes.length === 0) refuse('ERR_JADES_MALFORMED', 'The protected header is missing or not canonical base64url.');
  const signatureB64 = entry.signature;
  const signature = decodeBase64UrlStrict(signatureB64);
  if (signature === undefined || signature.length === 0) refuse('ERR_JADES_MALFORMED', 'The signature value is missing or not canonical base64url.');
  const unprotected = entry.header;
  if (unprotected !== undefined) {
    if (!isRecord(unprotected)) refuse('ERR_JADES_MALFORMED', 'The unprotected header must be an object.');
    for (const key of Object.keys(unprotected as object)) {
      if (!UNPROTECTED_MEMBERS.has(key)) refuse('ERR_JADES_HEADER', `Unprotected header parameter "${key}" is not allowed (JAdES puts only etsiU there).`);
    }
  }

  // 2. The protected header.
  const headerText = decodeUtf8Strict(protectedBytes!);
  if (headerText === undefined) refuse('ERR_JADES_MALFORMED', 'The protected header is not UTF-8.');
  const header = parseJsonText(headerText!, 1024 * 1024, 8, 'protected header');
  if (!isRecord(header)) refuse('ERR_JADES_MALFORMED', 'The protected header must be a JSON object.');
  const h = header as Record<string, unknown>;
  result.header = h;
  const alg = h.alg;
  if (alg === 'none' || alg === 'None' || alg === 'NONE') refuse('ERR_JADES_ALG_NONE', 'Unsecured JWS (alg "none") is refused.');
  if (!isJadesAlgorithm(alg)) refuse('ERR_JADES_ALG_NOT_ALLOWED', `Algorithm ${JSON.stringify(alg)} is not allowed (${Object.keys(JWS_ALGORITHMS).join(', ')} are).`);
  const algorithm = alg as JadesVerifyAlgorithm;
  result.algorithm = algorithm;
  if (h.b64 !== false) refuse('ERR_JADES_B64', `The seal must use an unencoded payload ("b64": false); got ${h.b64 === undefined ? 'no b64' : JSON.stringify(h.b64)}.`);
  const crit = h.crit;
  if (!Array.isArray(crit) || crit.length === 0 || crit.some((c) => typeof c !== 'string') || new Set(crit).size !== crit.length) {
    refuse('ERR_JADES_CRIT', '"crit" must be a non-empty list of distinct header names.');
  }
  for (const name of crit as string[]) {
    if (JWS_REGISTERED.has(name)) refuse('ERR_JADES_CRIT', `"crit" must not list the registered parameter "${name}".`);
    if (!UNDERSTOOD_CRIT.has(name)) refuse('ERR_JADES_CRIT_UNKNOWN', `Critical header parameter "${name}" is not understood by this verifier.`);
    if (!Object.hasOwn(h, name)) refuse('ERR_JADES_CRIT', `"crit" lists "${name}", which the protected header lacks.`);
  }
  if (!(crit as string[]).includes('b64')) refuse('ERR_JADES_CRIT', '"b64" must be listed in "crit" (RFC 7797).');
  if (h.typ !== undefined && (typeof h.typ !== 'string' || !['jose+json', 'application/jose+json'].includes(h.typ.toLowerCase()))) {
    refuse('ERR_JADES_HEADER', `"typ" ${JSON.stringify(h.typ)} is not a JWS JSON serialization type.`);
  }
  if (h.cty !== undefined && typeof h.cty !== 'string') refuse('ERR_JADES_HEADER', '"cty" must be a string.');
  if (Object.hasOwn(h, 'sigD')) refuse('ERR_JADES_DETACHED', 'Detached JAdES signatures (sigD) are not supported.');
  if (unprotected !== undefined) {
    for (const key of Object.keys(unprotected as object)) if (Object.hasOwn(h, key)) refuse('ERR_JADES_HEADER', `"${key}" appears in both headers.`);
  }
  const sigT = parseSigT(h.sigT);
  if (sigT === undefined) refuse('ERR_JADES_SIGT', '"sigT" (the claimed signing time, e.g. "2023-09-27T11:54:17Z") is missing or malformed.');
  result.signingTime = h.sigT as string;

  // 3. The sealing certificate.
  const x5c = h.x5c;
  if (!Array.isArray(x5c) || x5c.length === 0 || x5c.length > MAX_X5C) refuse('ERR_JADES_X5C', `"x5c" must list 1–${MAX_X5C} certificates (the sealing certificate first).`);
  const chainCerts = (x5c as unknown[]).map((item, index) => {
    const der = decodeBase64Strict(item);
    if (der === undefined) refuse('ERR_JADES_X5C', `x5c[${index}] is not canonical base64.`);
    try {
      return parseCertificate(der!);
    } catch (error) {
      return refuse('ERR_JADES_X5C', `x5c[${index}] is not a readable certificate: ${(error as Error).message}`);
    }
  });
  const leaf = chainCerts[0]!;
  result.certificate = summarize(leaf);
  const leafSha256 = await digest('SHA-256', leaf.der);
  result.certificate.sha256 = encodeBase64Url(leafSha256);
  if (h['x5t#S256'] !== undefined) {
    if (h['x5t#S256'] !== encodeBase64Url(leafSha256)) refuse('ERR_JADES_X5T_MISMATCH', '"x5t#S256" is not the SHA-256 thumbprint of x5c[0].');
  } else {
    result.warnings.push({ code: 'WARN_JADES_NO_CERT_DIGEST', message: 'The protected header has no "x5t#S256" certificate digest.' });
  }
  if (h.kid !== undefined && !kidMatches(h.kid, leaf)) refuse('ERR_JADES_KID_MISMATCH', '"kid" is not the IssuerSerial (issuer and serial number) of x5c[0].');
  const mismatch = keyMismatch(algorithm, leaf);
  if (mismatch !== undefined) refuse('ERR_JADES_ALG_KEY_MISMATCH', mismatch);

  // 4. The signature: ASCII(protected) || '.' || payload bytes (RFC 7797).
  const signingInput = utf8(`${protectedB64 as string}.${payloadText}`);
  if (!budget.take()) refuse(BUDGET_EXCEEDED, 'No signature checks left.');
  if (!(await verifyJws(algorithm, leaf, signingInput, signature!))) {
    refuse('ERR_JADES_SIGNATURE_INVALID', 'The seal is broken: the signature does not match the credential and header (tampered, or not made with this certificate).');
  }
  result.signatureValid = true;
  result.payload = payloadText;
  const credential = parseJsonText(payloadText, maxBytes, maxDepth, 'payload');
  if (!isRecord(credential)) refuse('ERR_JADES_PAYLOAD', 'The sealed payload is not a JSON object.');
  result.credential = credential as Record<string, unknown>;

  // 5. Unprotected components (etsiU) and time-stamps.
  const etsiU = (unprotected as Record<string, unknown> | undefined)?.etsiU;
  const components: Array<{ name: string; raw: string; value: unknown }> = [];
  if (etsiU !== undefined) {
    if (!Array.isArray(etsiU) || etsiU.length === 0 || etsiU.length > MAX_ETSIU) refuse('ERR_JADES_ETSIU_MALFORMED', `"etsiU" must be an array of 1–${MAX_ETSIU} components.`);
    (etsiU as unknown[]).forEach((raw, index) => {
      if (typeof raw !== 'string') refuse('ERR_JADES_ETSIU_UNSUPPORTED', 'Only base64url-encoded etsiU components are supported.');
      const bytes = decodeBase64UrlStrict(raw);
      const text = bytes && decodeUtf8Strict(bytes);
      if (text === undefined) refuse('ERR_JADES_ETSIU_MALFORMED', `etsiU[${index}] is not canonical base64url of UTF-8 JSON.`);
      const value = parseJsonText(text!, maxBytes, 12, `etsiU[${index}]`);
      if (!isRecord(value) || Object.keys(value as object).length !== 1) refuse('ERR_JADES_ETSIU_MALFORMED', `etsiU[${index}] must hold exactly one component.`);
      const [name] = Object.keys(value as object) as [string];
      if (!TIMESTAMP_COMPONENTS.has(name) && name !== 'xVals' && name !== 'rVals' && !OPAQUE_COMPONENTS.has(name)) {
        refuse('ERR_JADES_ETSIU_UNKNOWN', `Unknown etsiU component "${name}".`);
      }
      components.push({ name, raw: raw as string, value: (value as Record<string, unknown>)[name] });
    });
  }
  const pool: Certificate[] = [...chainCerts];
  const crls: Crl[] = [];
  for (const component of components) {
    if (component.name === 'xVals') {
      if (!Array.isArray(component.value) || component.value.length === 0) refuse('ERR_JADES_ETSIU_MALFORMED', 'xVals must be a non-empty array.');
      if (pool.length + (component.value as unknown[]).length > 2 * MAX_CERTIFICATES) {
        refuse(TOO_MANY_CERTIFICATES, `x5c and xVals may carry at most ${2 * MAX_CERTIFICATES} certificates together.`);
      }
      (component.value as unknown[]).forEach((item, index) => {
        if (!isRecord(item) || Object.keys(item as object).length !== 1) refuse('ERR_JADES_ETSIU_MALFORMED', `xVals[${index}] must hold one value.`);
        const { x509Cert, otherCert } = item as Record<string, unknown>;
        if (otherCert !== undefined) return;
        if (!isRecord(x509Cert) || Object.keys(x509Cert as object).some((k) => k !== 'val' && k !== 'encoding')) refuse('ERR_JADES_ETSIU_MALFORMED', `xVals[${index}] must be { x509Cert: { val } }.`);
        const der = decodeBase64Strict((x509Cert as Record<string, unknown>).val);
        if (der === undefined) refuse('ERR_JADES_ETSIU_MALFORMED', `xVals[${index}] is not canonical base64.`);
        try {
          pool.push(parseCertificate(der!));
        } catch (error) {
          refuse('ERR_JADES_ETSIU_MALFORMED', `xVals[${index}] is not a readable certificate: ${(error as Error).message}`);
        }
      });
    } else if (component.name === 'rVals') {
      if (!isRecord(component.value)) refuse('ERR_JADES_ETSIU_MALFORMED', 'rVals must be an object.');
      for (const [kind, list] of Object.entries(component.value as object)) {
        if (kind === 'otherVals') continue;
        if ((kind !== 'crlVals' && kind !== 'ocspVals') || !Array.isArray(list)) refuse('ERR_JADES_ETSIU_MALFORMED', `rVals has an unexpected member "${kind}".`);
        if ((kind === 'crlVals' ? crls.length : 0) + (list as unknown[]).length > MAX_REVOCATION_VALUES) {
          refuse(TOO_MANY_CERTIFICATES, `rVals may carry at most ${MAX_REVOCATION_VALUES} CRLs in all, and ${MAX_REVOCATION_VALUES} OCSP responses per component.`);
        }
        (list as unknown[]).forEach((item, index) => {
          if (!isRecord(item) || Object.keys(item as object).some((k) => k !== 'val' && k !== 'encoding')) refuse('ERR_JADES_ETSIU_MALFORMED', `rVals.${kind}[${index}] must be { val }.`);
          const der = decodeBase64Strict((item as Record<string, unknown>).val);
          try {
            if (der === undefined) throw new DerError('not canonical base64');
            if (kind === 'crlVals') crls.push(parseCrl(der));
            else decodeDer(der);
          } catch (error) {
            refuse('ERR_JADES_ETSIU_MALFORMED', `rVals.${kind}[${index}] is not DER: ${(error as Error).message}`);
          }
        });
      }
    } else if (OPAQUE_COMPONENTS.has(component.name)) {
      result.warnings.push({ code: 'WARN_JADES_COMPONENT_NOT_EVALUATED', message: `The etsiU component "${component.name}" is carried but not evaluated.` });
    }
  }

  const checkToken = async (der: Uint8Array, data: Uint8Array, type: JadesTimestampReport['type'], covered: boolean) => {
    // Past the budget, further tokens would only cost parsing: stop.
    if (budget.exceeded) refuse(BUDGET_EXCEEDED, `The seal needs more than ${budget.limit} signature checks to verify (many certificates or time-stamps); it is refused.`);
    const outcome = await verifyTimestampToken(der, data, pool, budget);
    const report: JadesTimestampReport = { type, verified: outcome.ok };
    if (outcome.token) {
      report.genTime = outcome.token.genTime.toISOString();
      report.policy = outcome.token.policy;
    }
    if (outcome.ok) {
      report.tsa = formatName(outcome.tsa.subject);
      // Certificates in a token that nothing else protects must at least verify.
      if (!covered) {
        const candidates = [...outcome.token.certificates, ...pool];
        for (const cert of outcome.token.certificates) {
          if (bytesEqual(cert.der, outcome.tsa.der)) continue;
          let ok = false;
          for (const issuer of candidates) {
            if (!namesMatch(issuer.subjectDer, cert.issuerDer)) continue;
            if (!budget.take()) break;
            if (await verifyIssuedBy(cert, issuer)) {
              ok = true;
              break;
            }
          }
          if (!ok) {
            report.verified = false;
            report.code = 'ERR_TST_CERT';
            report.message = `The ${type} token carries a certificate that does not verify (${shortName(cert.subject)}).`;
          }
        }
      }
    } else {
      report.code = outcome.code;
      report.message = outcome.reason;
    }
    result.timestamps.push(report);
    if (!report.verified) result.problems.push({ code: report.code ?? 'ERR_TST_INVALID', message: `${type}: ${report.message ?? 'invalid time-stamp'}` });
    return outcome.ok ? { time: outcome.token.genTime, verified: report.verified, tsa: outcome.tsa, certificates: outcome.token.certificates, crls: outcome.token.crls } : undefined;
  };

  const times: Array<{ type: string; time: Date }> = [];
  const proofs: ProofToken[] = [];
  if (h.adoTst !== undefined) {
    for (const der of tokensOf(h.adoTst, 'adoTst')) {
      const checked = await checkToken(der, utf8(payloadText), 'adoTst', true);
      if (checked) times.push({ type: 'adoTst', time: checked.time });
    }
  }
  const lastArc = components.map((c) => c.name).lastIndexOf('arcTst');
  for (const [index, component] of components.entries()) {
    if (!TIMESTAMP_COMPONENTS.has(component.name)) continue;
    const covered = index < lastArc;
    const data =
      component.name === 'sigTst'
        ? utf8(signatureB64 as string)
        : utf8(`${payloadText}.${protectedB64 as string}.${signatureB64 as string}.${components.slice(0, index).map((c) => c.raw).join('')}`);
    for (const der of tokensOf(component.value, `etsiU[${index}].${component.name}`)) {
      const type = component.name as 'sigTst' | 'arcTst';
      const checked = await checkToken(der, data, type, covered);
      if (!checked) continue;
      times.push({ type, time: checked.time });
      if (checked.verified) {
        proofs.push({ type, position: index, genTime: checked.time, tsa: checked.tsa, certificates: checked.certificates });
        crls.push(...checked.crls);
      }
    }
  }
  const order = ['adoTst', 'sigTst', 'arcTst'];
  for (const a of times) {
    for (const b of times) {
      if (order.indexOf(a.type) < order.indexOf(b.type) && a.time.getTime() > b.time.getTime()) {
        result.problems.push({ code: 'ERR_TST_ORDER', message: `The ${a.type} time-stamp (${a.time.toISOString()}) is later than the ${b.type} time-stamp (${b.time.toISOString()}).` });
      }
    }
    if (a.type !== 'adoTst' && a.time.getTime() + skew < sigT!.getTime()) {
      result.problems.push({ code: 'ERR_TST_ORDER', message: `The ${a.type} time-stamp (${a.time.toISOString()}) is earlier than the claimed signing time ${result.signingTime}.` });
    }
    if (a.time.getTime() - skew > at.getTime()) {
      result.problems.push({ code: 'ERR_TST_FUTURE', message: `The ${a.type} time-stamp (${a.time.toISOString()}) is later than the verification time ${at.toISOString()}.` });
    }
  }
  const names = new Set(components.map((c) => c.name));
  const hasValidationData = names.has('xVals') || names.has('rVals');
  result.level = names.has('arcTst') ? 'B-LTA' : names.has('sigTst') ? (hasValidationData ? 'B-LT' : 'B-T') : 'B-B';

  // 6. Certificate validity, at the verification time and at the claimed signing time.
  const iso = (d: Date) => d.toISOString().replace(/\.000Z$/, 'Z');
  if (leaf.keyUsage !== undefined && !leaf.keyUsage.includes('digitalSignature') && !leaf.keyUsage.includes('nonRepudiation')) {
    result.problems.push({ code: 'ERR_CERT_KEY_USAGE', message: 'The sealing certificate is not for signatures (key usage lacks digitalSignature and nonRepudiation).' });
  }
  if (at.getTime() > leaf.notAfter.getTime() + skew) {
    result.problems.push({ code: 'ERR_CERT_EXPIRED', message: `The sealing certificate (${shortName(leaf.subject)}) expired on ${iso(leaf.notAfter)} (checked at ${iso(at)}).` });
  } else if (at.getTime() < leaf.notBefore.getTime() - skew) {
    result.problems.push({ code: 'ERR_CERT_NOT_YET_VALID', message: `The sealing certificate is valid only from ${iso(leaf.notBefore)} (checked at ${iso(at)}).` });
  }
  if (sigT!.getTime() > leaf.notAfter.getTime() + skew || sigT!.getTime() < leaf.notBefore.getTime() - skew) {
    result.problems.push({ code: 'ERR_CERT_NOT_VALID_AT_SIGNING_TIME', message: `The sealing certificate was not valid at the claimed signing time ${result.signingTime}.` });
  }
  if (sigT!.getTime() - skew > at.getTime()) {
    result.problems.push({ code: 'ERR_JADES_SIGT_FUTURE', message: `The claimed signing time ${result.signingTime} is after the verification time ${iso(at)}.` });
  }

  // 7. Trust.
  const chain = await buildChain(leaf, pool.slice(1), anchors, budget);
  result.chain = chain.path.map(summarize);
  if (chain.status === 'no-anchors') {
    result.warnings.push({
      code: 'WARN_NO_TRUST_ANCHORS',
      message: `No trust anchors configured: the sealing certificate (${shortName(leaf.subject)}, issued by ${shortName(leaf.issuer)}) was not checked against a trust list.`,
    });
    if (isSelfIssued(leaf)) result.warnings.push({ code: 'WARN_SELF_SIGNED', message: 'The sealing certificate is self-signed (a test seal?).' });
  } else if (chain.status === 'untrusted') {
    result.trusted = false;
    result.problems.push({
      code: chain.code ?? 'ERR_CERT_UNTRUSTED',
      message:
        chain.reason === undefined
          ? `The sealing certificate does not chain to a configured trust anchor (path found: ${describePath(chain.path)}).`
          : `The sealing certificate is not trusted: ${chain.reason}`,
    });
  } else {
    result.trusted = true;
    for (const cert of chain.path.slice(1)) {
      if (chain.anchor && bytesEqual(cert.der, chain.anchor.der)) continue;
      if (at.getTime() > cert.notAfter.getTime() + skew || at.getTime() < cert.notBefore.getTime() - skew) {
        result.problems.push({ code: 'ERR_CHAIN_CERT_EXPIRED', message: `The issuing certificate ${shortName(cert.subject)} is not valid at ${iso(at)}.` });
      }
    }
  }
  const revoked = await revokedIn(chain.path, at, crls, budget);
  if (revoked) {
    result.problems.push({
      code: revoked.index === 0 ? 'ERR_CERT_REVOKED' : 'ERR_CHAIN_CERT_REVOKED',
      message: `The ${revoked.index === 0 ? 'sealing' : 'issuing'} certificate ${describeRevocation(revoked.cert, revoked.entry)}, according to a revocation list the seal carries (rVals).`,
    });
  }

  // 8. Long-term validation: only when a certificate's end (expiry, revocation) is all that fails.
  if (result.problems.length > 0 && result.problems.every((p) => LONG_TERM_RESCUES.has(p.code)) && !budget.exceeded) {
    const outcome = await proveExistence({ path: chain.path, ...(chain.anchor ? { anchor: chain.anchor } : {}), tokens: proofs, anchors, pool, crls, at, budget });
    // Out of budget half-way, any outcome may rest on a check never made: no proof, and that is the reason.
    if (outcome.proven && !budget.exceeded) {
      result.longTerm = { status: 'proven', provenAt: iso(outcome.time), timestamp: outcome.token.type, tsa: formatName(outcome.token.tsa.subject), message: `${result.problems.map((p) => p.message).join(' ')} ${outcome.message}` };
      result.problems.length = 0;
    } else {
      const { code, reason } = outcome.proven || budget.exceeded ? { code: BUDGET_EXCEEDED, reason: `Long-term validation gave up after ${budget.limit} signature checks.` } : outcome;
      result.longTerm = { status: 'not-proven', code, message: reason };
      result.problems[0]!.message += ` ${reason}`;
      result.problems.push({ code, message: reason });
    }
  }
}
