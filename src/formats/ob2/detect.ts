/** Telling an Open Badges 2.0 assertion (JSON or JWS) from the other formats `verify()` reads. */
import { decodeProtectedHeader } from 'jose';
import { base64url } from 'jose';
import { isJsonObject } from '../../json.js';
import { OB_V2_CONTEXT } from './context.js';

const contexts = (value: Record<string, unknown>): unknown[] => {
  const context = value['@context'];
  return Array.isArray(context) ? context : [context];
};
const types = (value: Record<string, unknown>): unknown[] => (Array.isArray(value.type) ? value.type : [value.type]);

/**
 * True for an Open Badges 2.0 Assertion: the OB 2.0 context, or (as older exports omit it) the
 * type `Assertion` with a `recipient` and a `badge` and no VC context.
 */
export function isOpenBadge2(value: unknown): value is Record<string, unknown> {
  if (!isJsonObject(value)) return false;
  if (contexts(value).includes(OB_V2_CONTEXT)) return types(value).includes('Assertion');
  return value['@context'] === undefined && types(value).includes('Assertion') && isJsonObject(value.recipient) && value.badge !== undefined;
}

/** Largest JWS payload looked into to tell an OB 2.0 signed assertion from a VC-JWT. */
const MAX_PAYLOAD_CHARS = 4 * 1024 * 1024;

/** The JSON payload of a compact JWS, or undefined when it is not a JSON object. */
export function jwsPayload(token: string): Record<string, unknown> | undefined {
  const part = token.split('.')[1] ?? '';
  if (part.length > MAX_PAYLOAD_CHARS) return undefined;
  try {
    const value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(part))) as unknown;
    return isJsonObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** True for a compact JWS whose payload is an OB 2.0 assertion (a signed badge, as Badgr signs). */
export function isOpenBadge2Jws(token: string): boolean {
  try {
    const header = decodeProtectedHeader(token);
    // A VC-JWT says so in typ; an OB 2.0 signature has none (or plain JWS).
    if (typeof header.typ === 'string' && /jwt/i.test(header.typ)) return false;
  } catch {
    return false;
  }
  return isOpenBadge2(jwsPayload(token));
}
