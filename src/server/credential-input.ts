/**
 * Structural checks of an unsigned credential sent to `POST /credentials/issue`, before any
 * JSON-LD processing: what the W3C VC 2.0 test suite expects an issuer to refuse with a 4xx.
 * JSON-LD problems (undefined terms, relative IRIs, protected-term redefinition, unloadable
 * contexts) are found while signing, by the suite in safe mode.
 */

import { isAbsoluteIri, isDateTimeStamp, isJsonObject as isObject } from '../json.js';
import { CONTEXTS, vcVersionOf } from '../loader/contexts.js';

type Json = Record<string, unknown>;

/** A refused input: where and why. */
export interface InputProblem {
  pointer: string;
  message: string;
}


const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
/** Properties whose objects must be typed. */
const TYPED = ['credentialStatus', 'termsOfUse', 'evidence', 'refreshService', 'credentialSchema'] as const;

/**
 * Every structural problem of an unsigned credential (empty when it may be signed): contexts,
 * types, ids, issuer, subject, dates, typed objects, related resources.
 */
export function credentialProblems(credential: unknown): InputProblem[] {
  if (!isObject(credential)) return [{ pointer: '', message: 'The credential must be a JSON object.' }];
  const problems: InputProblem[] = [];
  const add = (pointer: string, message: string) => problems.push({ pointer, message });

  const contexts = asArray(credential['@context']);
  if (credential['@context'] === undefined) add('/@context', '@context is required.');
  else if (!contexts.every((c) => typeof c === 'string' || isObject(c))) add('/@context', '@context entries must be URLs or objects.');
  const version = vcVersionOf(credential);
  if (credential['@context'] !== undefined && version === undefined) add('/@context/0', `The first @context must be ${CONTEXTS.CREDENTIALS_V2} or ${CONTEXTS.CREDENTIALS_V1}.`);

  const types = asArray(credential.type);
  if (!types.every((t) => typeof t === 'string') || !types.includes('VerifiableCredential')) add('/type', 'type must include "VerifiableCredential".');

  if (credential.id !== undefined && !isAbsoluteIri(credential.id)) add('/id', 'id must be an absolute URL.');

  const issuer = credential.issuer;
  const issuerId = isObject(issuer) ? issuer.id : issuer;
  if (!isAbsoluteIri(issuerId)) add('/issuer', 'issuer is required: a URL, or an object with a URL id.');

  const subjects = asArray(credential.credentialSubject);
  if (credential.credentialSubject === undefined || subjects.length === 0) add('/credentialSubject', 'credentialSubject is required.');
  subjects.forEach((subject, i) => {
    const pointer = Array.isArray(credential.credentialSubject) ? `/credentialSubject/${i}` : '/credentialSubject';
    if (!isObject(subject) || Object.keys(subject).length === 0) add(pointer, 'credentialSubject must be a non-empty object.');
    else if (subject.id !== undefined && !isAbsoluteIri(subject.id)) add(`${pointer}/id`, 'credentialSubject.id must be an absolute URL.');
  });

  const dates = version === '1.1' ? (['issuanceDate', 'expirationDate'] as const) : (['validFrom', 'validUntil'] as const);
  for (const name of ['validFrom', 'validUntil', 'issuanceDate', 'expirationDate'] as const) {
    const value = credential[name];
    if (value === undefined) continue;
    if (!isDateTimeStamp(value)) {
      add(`/${name}`, `${name} must be a date-time with a time zone, e.g. 2025-01-01T00:00:00Z.`);
    }
  }
  const [fromName, untilName] = dates;
  const from = credential[fromName];
  const until = credential[untilName];
  if (typeof from === 'string' && typeof until === 'string' && Date.parse(from) > Date.parse(until)) {
    add(`/${untilName}`, `${untilName} is before ${fromName}.`);
  }

  for (const name of TYPED) {
    const value = credential[name];
    if (value === undefined) continue;
    asArray(value).forEach((item, i) => {
      const pointer = Array.isArray(value) ? `/${name}/${i}` : `/${name}`;
      if (!isObject(item)) add(pointer, `${name} entries must be objects.`);
      else if (item.type === undefined || !asArray(item.type).every((t) => typeof t === 'string' && t !== '')) add(`${pointer}/type`, `${name} entries must have a type.`);
      else if (item.id !== undefined && !isAbsoluteIri(item.id)) add(`${pointer}/id`, `${name}.id must be an absolute URL.`);
      else if (name === 'credentialSchema' && typeof item.id !== 'string') add(`${pointer}/id`, 'credentialSchema entries must have an id.');
    });
  }

  const related = credential.relatedResource;
  if (related !== undefined) {
    const seen = new Set<string>();
    asArray(related).forEach((item, i) => {
      const pointer = Array.isArray(related) ? `/relatedResource/${i}` : '/relatedResource';
      if (!isObject(item) || !isAbsoluteIri(item.id)) {
        add(pointer, 'relatedResource entries need an absolute URL id.');
        return;
      }
      if (seen.has(item.id)) add(`${pointer}/id`, `relatedResource ${item.id} is listed twice.`);
      seen.add(item.id);
      const sri = item.digestSRI;
      const multibase = item.digestMultibase;
      if (sri === undefined && multibase === undefined) add(pointer, 'relatedResource entries need digestSRI or digestMultibase.');
      if (sri !== undefined && (typeof sri !== 'string' || !/^sha(256|384|512)-[A-Za-z0-9+/]+=*$/.test(sri))) add(`${pointer}/digestSRI`, 'digestSRI must be an SRI hash (sha256-…, sha384-…, sha512-…).');
      if (multibase !== undefined && (typeof multibase !== 'string' || !/^[uzmM][A-Za-z0-9_+/=-]+$/.test(multibase))) add(`${pointer}/digestMultibase`, 'digestMultibase must be a multibase string.');
    });
  }
  statusEntryProblems(credential, '', add);
  return problems;
}

/**
 * Every object typed `BitstringStatusListEntry`, wherever it sits, must be one a verifier can
 * read: a purpose, a base-10 index string, a list URL.
 */
function statusEntryProblems(value: unknown, pointer: string, add: (pointer: string, message: string) => void, depth = 0): void {
  if (depth > 32 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => statusEntryProblems(item, `${pointer}/${i}`, add, depth + 1));
    return;
  }
  const entry = value as Json;
  if (asArray(entry.type).includes('BitstringStatusListEntry')) {
    if (typeof entry.statusPurpose !== 'string' || entry.statusPurpose === '') add(`${pointer}/statusPurpose`, 'A BitstringStatusListEntry needs a statusPurpose.');
    if (typeof entry.statusListIndex !== 'string' || !/^(0|[1-9]\d*)$/.test(entry.statusListIndex)) add(`${pointer}/statusListIndex`, 'statusListIndex must be a base-10 integer string, e.g. "94567".');
    if (!isAbsoluteIri(entry.statusListCredential)) add(`${pointer}/statusListCredential`, 'statusListCredential must be a URL.');
  }
  for (const [key, child] of Object.entries(entry)) statusEntryProblems(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, add, depth + 1);
}
