/**
 * `fromOpenBadge2`: an Open Badges 2.0 assertion (badge and issuer embedded, as `verify()`
 * reports it in `credential`) into a MicroCredential, with a course template supplying the
 * Annex I elements an LMS does not know (workload, level, learning outcomes, assessment, QA, …).
 */
import canonicalizeModule from 'canonicalize';
import { sha256 } from '@noble/hashes/sha2';
import { utf8ToBytes } from '@noble/hashes/utils';
import { InvalidArgumentError } from '../../errors.js';
import { isJsonObject } from '../../json.js';
import type { Evidence, LearnerIdentifier, MicroCredential, RelatedResource } from '../../model/types.generated.js';
import { nameBasedUrn } from '../ob3/ids.js';
import { AWARD_EXTENSION, COURSE_EXTENSION, DEFAULT_BADGE_IMAGE } from './extension.js';
import type { Ob2Alignment } from './types.js';

// canonicalize is CommonJS and its typings declare an ES default export; at runtime the default is the function.
const canonicalize = canonicalizeModule as unknown as (value: unknown) => string;

type Json = Record<string, unknown>;

/** Options of {@link fromOpenBadge2}. */
export interface FromOpenBadge2Options {
  /**
   * Course-level MicroCredential fields (the `--template course.json` of `microcred batch`):
   * what the template states wins over what the badge says, language by language.
   */
  template?: Record<string, unknown>;
  /** The compact JWS the assertion came in (signed badges): then it, not the JSON, is digested. */
  jws?: string;
  /** Language of the badge's plain strings when the BadgeClass states none (`@language`). Default: the template title's first language, else `en`. */
  language?: string;
}

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const IMAGE = /^(https:\/\/\S+|data:image\/(png|svg\+xml|jpeg|webp);base64,[A-Za-z0-9+/=]+)$/;
const EQF = /^https?:\/\/data\.europa\.eu\/snb\/eqf\/([1-8])$/;
const ESCO = /^https?:\/\/data\.europa\.eu\/esco\/skill\//;

const base64 = (bytes: Uint8Array): string => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));

/**
 * The link from a re-issued micro-credential to the OB 2.0 assertion it re-issues: the
 * assertion's id (its URL when hosted) and the SHA-256 of what was received — the JWS text of a
 * signed assertion, the JCS-canonical JSON (RFC 8785) of a hosted one.
 */
export function openBadge2Link(assertion: Json, jws?: string): RelatedResource {
  const bytes = utf8ToBytes(jws ?? canonicalize(assertion));
  return { id: String(assertion.id), digestSRI: `sha256-${base64(sha256(bytes))}`, mediaType: jws ? 'application/jws' : 'application/ld+json' };
}

/** The credential id a re-issue of `assertion` gets: the same assertion always gets the same id. */
export function reissuedId(assertion: Json): string {
  return nameBasedUrn(`microcred:ob2\n${String(assertion.id)}`);
}

/**
 * Maps an OB 2.0 assertion into a MicroCredential: the recipient (e-mail, hashed or not) as a
 * learner identifier; the BadgeClass name, description, image, criteria and EQF/ESCO alignment
 * where the template states none; the issuer as awarding body when the template names none;
 * `issuedOn`, `expires` and `evidence` of the award; and `related` linking the original
 * assertion with a digest. The result is not validated: issue it (or `validateMicroCredential`)
 * under a profile, where a template that lacks an Annex I element shows.
 *
 * @throws InvalidArgumentError `ERR_OB2_BADGE_NOT_EMBEDDED` when the badge (or its issuer) is a
 * URL: fetch them first, e.g. with `verify(…, { online: true })` and its report's `credential`.
 *
 * @example
 * const report = await verify(badge, { online: true });
 * const mc = fromOpenBadge2(report.credential!, { template: course });
 */
export function fromOpenBadge2(assertion: Json, options: FromOpenBadge2Options = {}): MicroCredential {
  const badge = assertion.badge;
  if (!isJsonObject(badge)) throw new InvalidArgumentError('ERR_OB2_BADGE_NOT_EMBEDDED', 'The assertion\'s badge is a URL, not the BadgeClass: fetch it first (verify with online: true gives the assertion with its badge and issuer in report.credential).', { pointer: '/badge' });
  const issuer = badge.issuer;
  // A badge microcred wrote carries the Annex I elements in full: they come first, the template over them.
  const course = isJsonObject(badge[COURSE_EXTENSION]) && isJsonObject(badge[COURSE_EXTENSION].microCredential) ? badge[COURSE_EXTENSION].microCredential : {};
  const award = isJsonObject(assertion[AWARD_EXTENSION]) && isJsonObject(assertion[AWARD_EXTENSION].microCredentialAward) ? assertion[AWARD_EXTENSION].microCredentialAward : {};
  const template = structuredClone({ ...course, ...award, ...(options.template ?? {}) }) as Partial<MicroCredential> & Json;
  if (!isJsonObject(issuer) && !template.awardingBodies) {
    throw new InvalidArgumentError('ERR_OB2_BADGE_NOT_EMBEDDED', 'The badge\'s issuer is a URL, and the template names no awardingBodies: fetch the issuer profile first.', { pointer: '/badge/issuer' });
  }
  const declared = typeof badge['@language'] === 'string' ? badge['@language'] : options.language;
  const language = declared && LANGUAGE.test(declared) ? declared : (Object.keys(template.title ?? {})[0] ?? 'en');
  const text = (value: unknown): Record<string, string> | undefined => (typeof value === 'string' && value.trim() !== '' ? { [language]: value } : undefined);
  const mc = template as MicroCredential & Json;

  // microcred's own badge: the extension is the whole truth, the plain strings are only its summary.
  const ours = Object.keys(course).length > 0;
  mc.id = reissuedId(assertion);
  mc.title = { ...text(badge.name), ...template.title };
  if (!ours && !template.objective && text(badge.description)) mc.objective = text(badge.description)!;
  const image = typeof badge.image === 'string' ? badge.image : isJsonObject(badge.image) ? badge.image.id : undefined;
  if (!template.image && typeof image === 'string' && IMAGE.test(image) && !(ours && image === DEFAULT_BADGE_IMAGE)) mc.image = { id: image };
  if (!template.awardingBodies && isJsonObject(issuer)) {
    const body: MicroCredential['awardingBodies'][number] = { name: text(issuer.name) ?? { [language]: String(issuer.id) } };
    if (typeof issuer.id === 'string') body.id = issuer.id;
    if (typeof issuer.url === 'string' && /^https?:\/\//.test(issuer.url)) body.url = issuer.url;
    if (typeof issuer.email === 'string') body.email = issuer.email;
    mc.awardingBodies = [body];
  }
  // Moodle writes `alignments`; the spec says `alignment`.
  const alignment = [badge.alignment, badge.alignments].flatMap((a) => (Array.isArray(a) ? a : [])).filter(isJsonObject) as unknown as Ob2Alignment[];
  const eqf = alignment.map((a) => EQF.exec(String(a.targetUrl))?.[1]).find(Boolean);
  if (!ours && !template.level && eqf) mc.level = { eqf: Number(eqf) as 1 };
  const esco = alignment.filter((a) => ESCO.test(String(a.targetUrl)) && typeof a.targetName === 'string');
  if (!ours && !template.learningOutcomes && esco.length > 0) mc.learningOutcomes = esco.map((a) => ({ text: { [language]: a.targetName }, escoSkills: [a.targetUrl] }));
  const criteria = isJsonObject(badge.criteria) && typeof badge.criteria.narrative === 'string' ? badge.criteria.narrative : undefined;
  if (!ours && criteria && template.assessment && !template.assessment.description) mc.assessment = { ...template.assessment, description: { [language]: criteria } };

  mc.learner = { ...(template.learner ?? {}), ...learnerOf(assertion.recipient) };
  if (typeof assertion.issuedOn === 'string') mc.dateOfIssuing = assertion.issuedOn;
  if (typeof assertion.expires === 'string') mc.validUntil = assertion.expires;
  else delete mc.validUntil;
  const evidence = evidenceOf(assertion.evidence, language);
  if (evidence.length > 0) mc.evidence = evidence.slice(0, 100);
  mc.related = [...(template.related ?? []), openBadge2Link(assertion, options.jws)];
  return mc;
}

function learnerOf(recipient: unknown): MicroCredential['learner'] {
  if (!isJsonObject(recipient) || typeof recipient.identity !== 'string') return {};
  const type: LearnerIdentifier['type'] = recipient.type === 'email' ? 'emailAddress' : 'other';
  const identifier: LearnerIdentifier = { type, value: recipient.identity };
  if (recipient.hashed === true) {
    identifier.hashed = true;
    if (typeof recipient.salt === 'string') identifier.salt = recipient.salt;
  }
  return { identifiers: [identifier] };
}

function evidenceOf(value: unknown, language: string): Evidence[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.flatMap((item): Evidence[] => {
    if (typeof item === 'string') return /^https?:\/\/\S+$/.test(item) ? [{ id: item }] : [];
    if (!isJsonObject(item)) return [];
    const out: Evidence = {};
    if (typeof item.id === 'string' && /^https?:\/\/\S+$/.test(item.id)) out.id = item.id;
    for (const key of ['name', 'description', 'narrative'] as const) if (typeof item[key] === 'string' && item[key] !== '') out[key] = { [language]: item[key] };
    if (typeof item.genre === 'string') out.genre = item.genre;
    return Object.keys(out).length > 0 ? [out] : [];
  });
}
