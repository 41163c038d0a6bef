/**
 * The structural rules of Open Badges 2.0 that verification relies on (the `schema` check): what
 * an Assertion, a BadgeClass and an issuer Profile must have. Each problem has a JSON Pointer.
 */
import { isJsonObject } from '../../json.js';

export interface Ob2Problem {
  pointer: string;
  message: string;
}

const isIri = (v: unknown): v is string => typeof v === 'string' && /^(https?:\/\/\S+|urn:[a-z0-9][a-z0-9-]{0,31}:\S+|did:\S+)$/i.test(v);
const isDate = (v: unknown): boolean => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v));
const hasType = (value: Record<string, unknown>, type: string): boolean => (Array.isArray(value.type) ? value.type : [value.type]).includes(type);

/** The assertion's `verification` (OB 1.x and Moodle name it `verify`). */
export function verificationOf(assertion: Record<string, unknown>): Record<string, unknown> | undefined {
  const v = assertion.verification ?? assertion.verify;
  return isJsonObject(v) ? v : undefined;
}

/** `hosted`, `signed`, or undefined: the verification type, in any of the spellings OB 2.0 allows. */
export function verificationType(assertion: Record<string, unknown>): 'hosted' | 'signed' | undefined {
  const type = verificationOf(assertion)?.type;
  if (type === 'hosted' || type === 'HostedBadge') return 'hosted';
  if (type === 'signed' || type === 'SignedBadge') return 'signed';
  return undefined;
}

/** Problems with an Assertion (the badge and issuer only where embedded). */
export function assertionProblems(assertion: Record<string, unknown>): Ob2Problem[] {
  const problems: Ob2Problem[] = [];
  const add = (pointer: string, message: string) => problems.push({ pointer, message });
  if (!isIri(assertion.id)) add('/id', 'An assertion needs an id: its URL (hosted) or a URN (signed).');
  if (!hasType(assertion, 'Assertion')) add('/type', 'The type must be Assertion.');
  const recipient = assertion.recipient;
  if (!isJsonObject(recipient)) add('/recipient', 'An assertion needs a recipient identity object.');
  else {
    if (typeof recipient.type !== 'string') add('/recipient/type', 'The recipient needs a type, e.g. email.');
    if (typeof recipient.identity !== 'string' || recipient.identity === '') add('/recipient/identity', 'The recipient needs an identity.');
    if (recipient.hashed !== undefined && typeof recipient.hashed !== 'boolean') add('/recipient/hashed', 'hashed must be true or false.');
    if (recipient.salt !== undefined && typeof recipient.salt !== 'string') add('/recipient/salt', 'salt must be a string.');
  }
  if (!isIri(assertion.badge) && !isJsonObject(assertion.badge)) add('/badge', 'An assertion needs its badge: a BadgeClass URL or object.');
  if (isJsonObject(assertion.badge)) problems.push(...badgeProblems(assertion.badge, '/badge'));
  const verification = verificationOf(assertion);
  const pointer = assertion.verification === undefined && assertion.verify !== undefined ? '/verify' : '/verification';
  if (!verification) add(pointer, 'An assertion needs a verification object (hosted or signed).');
  else if (verificationType(assertion) === undefined) add(`${pointer}/type`, `Unknown verification type ${JSON.stringify(verification.type)}: hosted or signed.`);
  if (!isDate(assertion.issuedOn)) add('/issuedOn', 'issuedOn must be an ISO 8601 date-time.');
  if (assertion.expires !== undefined && !isDate(assertion.expires)) add('/expires', 'expires must be an ISO 8601 date-time.');
  if (verificationType(assertion) === 'hosted' && typeof assertion.id === 'string' && !/^https?:\/\//i.test(assertion.id)) {
    add('/id', 'A hosted assertion\'s id must be the URL it is published at.');
  }
  return problems;
}

/** Problems with a BadgeClass. */
export function badgeProblems(badge: Record<string, unknown>, at = ''): Ob2Problem[] {
  const problems: Ob2Problem[] = [];
  const add = (pointer: string, message: string) => problems.push({ pointer: `${at}${pointer}`, message });
  if (!isIri(badge.id)) add('/id', 'A BadgeClass needs an id (its URL).');
  if (!hasType(badge, 'BadgeClass')) add('/type', 'The type must be BadgeClass.');
  if (typeof badge.name !== 'string' || badge.name === '') add('/name', 'A BadgeClass needs a name.');
  if (typeof badge.description !== 'string') add('/description', 'A BadgeClass needs a description.');
  if (typeof badge.image !== 'string' && !isJsonObject(badge.image)) add('/image', 'A BadgeClass needs an image.');
  if (typeof badge.criteria !== 'string' && !isJsonObject(badge.criteria)) add('/criteria', 'A BadgeClass needs criteria: a URL or a Criteria object.');
  if (!isIri(badge.issuer) && !isJsonObject(badge.issuer)) add('/issuer', 'A BadgeClass needs its issuer: a profile URL or object.');
  if (isJsonObject(badge.issuer)) problems.push(...profileProblems(badge.issuer, `${at}/issuer`));
  return problems;
}

/** Problems with an issuer Profile. */
export function profileProblems(profile: Record<string, unknown>, at = ''): Ob2Problem[] {
  const problems: Ob2Problem[] = [];
  const add = (pointer: string, message: string) => problems.push({ pointer: `${at}${pointer}`, message });
  if (!isIri(profile.id)) add('/id', 'An issuer profile needs an id (its URL).');
  if (!hasType(profile, 'Issuer') && !hasType(profile, 'Profile')) add('/type', 'The type must be Issuer or Profile.');
  if (typeof profile.name !== 'string' || profile.name === '') add('/name', 'An issuer profile needs a name.');
  return problems;
}
