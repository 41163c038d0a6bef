/**
 * What the store keeps about an issued credential, derived from the credential itself with as
 * little personal data as possible (see docs/data-protection.md).
 */
import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { StatusError } from '../errors.js';
import type { NewCredentialRecord } from '../store/types.js';
import { isJsonObject as isObject } from '../json.js';

type Json = Record<string, unknown>;


function firstSubject(credential: Json): Json | undefined {
  const subject = credential.credentialSubject;
  const first = Array.isArray(subject) ? subject[0] : subject;
  return isObject(first) ? first : undefined;
}

/**
 * The learner's most stable identifier in a credential, as `kind:value`: the subject `id`, else
 * the first non-name `identifier` (Open Badges IdentityObject), else the name. Undefined when
 * the credential names no learner.
 */
export function learnerKeyOf(credential: Json): string | undefined {
  const subject = firstSubject(credential);
  if (!subject) return undefined;
  if (typeof subject.id === 'string' && subject.id !== '') return `id:${subject.id}`;
  const identifiers = (Array.isArray(subject.identifier) ? subject.identifier : [subject.identifier]).filter(isObject);
  const usable = identifiers.filter((i) => typeof i.identityHash === 'string' && i.identityHash !== '');
  const strong = usable.find((i) => i.identityType !== 'name') ?? usable[0];
  if (strong) return `${String(strong.identityType ?? 'identifier')}:${String(strong.identityHash)}`;
  if (typeof subject.name === 'string' && subject.name !== '') return `name:${subject.name}`;
  return undefined;
}

/**
 * A pseudonymous learner reference: `hmac-sha256:` + hex(HMAC-SHA-256(secret, learner key)).
 * The same learner gets the same reference in one store (so "what did we issue to X" can be
 * answered by computing X's reference), and the reference reveals nothing without the secret.
 */
export function learnerRefFor(learnerKey: string, secret: Uint8Array): string {
  return `hmac-sha256:${bytesToHex(hmac(sha256, secret, utf8ToBytes(learnerKey)))}`;
}

/** Options of {@link recordFor}. */
export interface RecordOptions {
  /**
   * Your own opaque learner reference (e.g. an internal SIS key). Stored as given: never pass
   * names, e-mail addresses or national ids. Default: derived with {@link learnerRefFor}.
   */
  learnerRef?: string;
  /** Secret for the derived reference (see `Store.learnerRefSecret`). Without it and without `learnerRef`, none is kept. */
  secret?: Uint8Array;
  /** Keep the signed credential itself (needed to publish it at `GET /credentials/:id`). */
  publish?: boolean;
}

const clip = (value: unknown, max = 2048): string | undefined =>
  typeof value === 'string' && value !== '' ? value.slice(0, max) : undefined;

/**
 * The store record of an issued credential: id, learner reference, achievement id, title, issue
 * date (and the document only when `publish`). `signed` is the credential object; pass the
 * decoded payload for a VC-JWT and `document` as the compact JWT.
 *
 * @throws StatusError `ERR_STATUS_OPTIONS` when the credential has no string `id`.
 */
export function recordFor(signed: Json, options: RecordOptions & { document?: string } = {}): NewCredentialRecord {
  if (typeof signed.id !== 'string' || signed.id === '') {
    throw new StatusError('ERR_STATUS_OPTIONS', 'Only credentials with an id can be recorded (the id is how they are revoked).');
  }
  const subject = firstSubject(signed);
  const achievement = subject && isObject(subject.achievement) ? subject.achievement : undefined;
  const issued = [signed.validFrom, signed.issuanceDate].find((v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)));
  const record: NewCredentialRecord = { id: signed.id, issuedAt: new Date(typeof issued === 'string' ? issued : Date.now()).toISOString() };
  const key = learnerKeyOf(signed);
  const learnerRef = options.learnerRef ?? (key !== undefined && options.secret ? learnerRefFor(key, options.secret) : undefined);
  if (learnerRef !== undefined) record.learnerRef = learnerRef;
  const achievementId = clip(achievement?.id);
  if (achievementId !== undefined) record.achievementId = achievementId;
  const title = clip(signed.name) ?? clip(achievement?.name);
  if (title !== undefined) record.title = title;
  if (options.publish) record.document = options.document ?? JSON.stringify(signed);
  return record;
}
