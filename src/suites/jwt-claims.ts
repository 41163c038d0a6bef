/**
 * The JWT claims of a VC-JWT, per OB 3.0 §8.2 "JSON Web Token Proof Format": the payload is the
 * credential itself plus `iss` (issuer.id), `jti` (id), `sub` (credentialSubject.id),
 * `nbf` (validFrom) and `exp` (validUntil). VC 1.1 credentials use the older form: the credential
 * in a `vc` claim, with `nbf` from issuanceDate and `exp` from expirationDate.
 */
import type { CheckCode } from '../errors.js';
import { SigningError } from '../errors.js';
import { issuerIdOf } from './guards.js';
import { isJsonObject } from '../json.js';
import { vcVersionOf } from '../loader/contexts.js';
import type { JsonObject } from './types.js';

/** Registered JWT claim names (RFC 7519 §4.1); never credential properties. */
const REGISTERED = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'] as const;

function isVc11(credential: JsonObject): boolean {
  return vcVersionOf(credential) === '1.1';
}

/** NumericDate (whole seconds) of an XSD dateTime, or undefined when unparseable. */
function numericDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

function subjectIdOf(credential: JsonObject): string | undefined {
  const subjects = Array.isArray(credential.credentialSubject) ? credential.credentialSubject : [credential.credentialSubject];
  const [only] = subjects;
  return subjects.length === 1 && isJsonObject(only) && typeof only.id === 'string' ? only.id : undefined;
}

/** The dates a credential maps to `nbf` and `exp`, by data model version. */
function datesOf(credential: JsonObject): { from: [string, unknown]; until: [string, unknown] } {
  return isVc11(credential)
    ? { from: ['issuanceDate', credential.issuanceDate], until: ['expirationDate', credential.expirationDate] }
    : { from: ['validFrom', credential.validFrom], until: ['validUntil', credential.validUntil] };
}

/**
 * The JWT payload for a credential.
 *
 * @throws SigningError `ERR_CREDENTIAL_INVALID` when the issuer id is missing, a date is not a
 * date, or the credential already uses a registered claim name.
 */
export function payloadFor(credential: JsonObject): JsonObject {
  const iss = issuerIdOf(credential);
  if (iss === undefined) throw new SigningError('ERR_CREDENTIAL_INVALID', 'vc-jwt: the credential has no issuer id.');
  const clash = REGISTERED.find((claim) => claim in credential);
  if (clash !== undefined) throw new SigningError('ERR_CREDENTIAL_INVALID', `vc-jwt: the credential has a property "${clash}", a reserved JWT claim name.`);
  const { from, until } = datesOf(credential);
  const claims: JsonObject = { iss };
  for (const [claim, [property, value]] of [['nbf', from], ['exp', until]] as const) {
    if (value === undefined) continue;
    const seconds = numericDate(value);
    if (seconds === undefined) throw new SigningError('ERR_CREDENTIAL_INVALID', `vc-jwt: "${property}" is not a date-time.`);
    claims[claim] = seconds;
  }
  if (typeof credential.id === 'string') claims.jti = credential.id;
  const sub = subjectIdOf(credential);
  if (sub !== undefined) claims.sub = sub;
  return isVc11(credential) ? { ...claims, vc: credential } : { ...credential, ...claims };
}

/** The credential carried by a verified payload: the `vc` claim (VC 1.1) or the payload minus JWT claims. */
export function credentialFromPayload(payload: JsonObject): JsonObject | undefined {
  if (isJsonObject(payload.vc) && payload['@context'] === undefined) return payload.vc;
  const credential: JsonObject = { ...payload };
  for (const claim of REGISTERED) delete credential[claim];
  return credential['@context'] === undefined ? undefined : credential;
}

/**
 * Checks the claims against the credential (OB 3.0 §8.2.4.1): `iss` must be the issuer id;
 * `jti`, `sub`, `nbf` and `exp`, when present, must agree with id, subject id and dates. An
 * absent one is not a contradiction — the credential's own fields, covered by the same signature,
 * are what the other checks read (VC-JOSE-COSE does not require them; OB 3.0 asks issuers for
 * `sub` and `jti`, and the 1EdTech validator accepts JWTs without `sub`). Returns a failure, or
 * undefined when they agree. Does not compare dates with now.
 */
export function checkClaims(payload: JsonObject, credential: JsonObject): { code: CheckCode; reason: string } | undefined {
  const issuer = issuerIdOf(credential);
  if (typeof payload.iss !== 'string') return { code: 'ERR_JWT_CLAIM_MISSING', reason: 'The JWT has no "iss" claim.' };
  if (payload.iss !== issuer) {
    return { code: 'ERR_JWT_CLAIM_MISMATCH', reason: `JWT "iss" (${payload.iss}) is not the credential issuer (${String(issuer)}).` };
  }
  const { from, until } = datesOf(credential);
  const pairs: [string, unknown, string, unknown][] = [
    ['jti', payload.jti, 'id', typeof credential.id === 'string' ? credential.id : undefined],
    ['sub', payload.sub, 'credentialSubject.id', subjectIdOf(credential)],
    ['nbf', payload.nbf, from[0], from[1] === undefined ? undefined : numericDate(from[1]) ?? NaN],
    ['exp', payload.exp, until[0], until[1] === undefined ? undefined : numericDate(until[1]) ?? NaN],
  ];
  for (const [claim, claimValue, property, credentialValue] of pairs) {
    if (claimValue === undefined) continue;
    if (claimValue !== credentialValue) {
      return {
        code: 'ERR_JWT_CLAIM_MISMATCH',
        reason: `JWT "${claim}" (${String(claimValue)}) does not match the credential's ${property} (${String(credentialValue)}).`,
      };
    }
  }
  return undefined;
}
