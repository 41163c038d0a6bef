import type { ValidationIssue } from '../../model/issue.js';
import type { LearnerIdentifier, MicroCredential, Organisation } from '../../model/types.generated.js';
import { derivedAchievementId } from './ids.js';
import { IDENTITY_TYPES } from './mapping.js';
import type { ObAchievement, ObAchievementSubject, ObProfile, OpenBadgeCredential } from './types.js';
import { isJsonObject as isObject } from '../../json.js';

/** What {@link parseOpenBadge} returns. */
export interface ParsedOpenBadge {
  /** The MicroCredential read from the credential (best effort for third-party credentials). */
  microCredential: MicroCredential;
  /** Annex I elements the credential does not state, and other things the parse could not do exactly. */
  warnings: ValidationIssue[];
  /** `true` when the credential carries microcred's extension, so the parse is lossless. */
  lossless: boolean;
}

const IDENTITY_TYPE_BACK = Object.fromEntries(Object.entries(IDENTITY_TYPES).map(([k, v]) => [v, k])) as Record<string, LearnerIdentifier['type']>;

type Json = Record<string, unknown>;
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const warn = (code: string, pointer: string, message: string): ValidationIssue => ({ code, pointer, message, severity: 'warning' });

/**
 * Reads a MicroCredential back from an Open Badges 3.0 credential (signed or not).
 *
 * For credentials microcred issued, the extension context's properties give back exactly the
 * MicroCredential that was mapped (`fromOpenBadge(toOpenBadge(x))` equals `x`). For other
 * issuers' OB 3.0 credentials it reads what OB 3.0 has (title, learner, issuer, dates,
 * credits, EQF alignment, results, criteria) and lists every Annex I element it could not find
 * as a warning; the result may then fail validation.
 */
export function parseOpenBadge(credential: OpenBadgeCredential | Json): ParsedOpenBadge {
  const vc = credential as OpenBadgeCredential;
  const subject = (Array.isArray(vc.credentialSubject) ? vc.credentialSubject[0] : vc.credentialSubject) as ObAchievementSubject | undefined;
  const achievement = (isObject(subject?.achievement) ? subject.achievement : {}) as ObAchievement;
  const issuer = (typeof vc.issuer === 'string' ? { id: vc.issuer } : (vc.issuer ?? {})) as Partial<ObProfile>;
  const extension = achievement.microCredential;
  const award = subject?.microCredentialAward;
  if (isObject(extension) && isObject(award)) {
    const { imageCaption, ...course } = extension;
    const mc = { ...(course as Partial<MicroCredential>), ...(award as Partial<MicroCredential>) } as MicroCredential;
    if (typeof vc.id === 'string') mc.id = vc.id;
    if (Array.isArray(vc.relatedResource) && vc.relatedResource.length > 0) mc.related = vc.relatedResource.map((r) => ({ ...r }));
    if (isObject(achievement.image)) {
      mc.image = { id: String(achievement.image.id) };
      if (isObject(imageCaption)) mc.image.caption = imageCaption as Record<string, string>;
    }
    if (typeof achievement.id === 'string' && typeof issuer.id === 'string' && achievement.id !== derivedAchievementId(issuer.id, mc.courseCode, mc.title ?? {})) {
      mc.achievementId = achievement.id;
    }
    return { microCredential: mc, warnings: [], lossless: true };
  }
  return parseThirdParty(vc, subject, achievement, issuer);
}

/** {@link parseOpenBadge}, returning only the MicroCredential. */
export function fromOpenBadge(credential: OpenBadgeCredential | Json): MicroCredential {
  return parseOpenBadge(credential).microCredential;
}

function parseThirdParty(vc: OpenBadgeCredential, subject: ObAchievementSubject | undefined, achievement: ObAchievement, issuer: Partial<ObProfile>): ParsedOpenBadge {
  const warnings: ValidationIssue[] = [
    warn('OB3_NO_MICROCRED_EXTENSION', '', 'The credential has no microcred extension: the micro-credential is read from plain Open Badges 3.0 properties, best effort.'),
  ];
  const language = typeof achievement.inLanguage === 'string' ? achievement.inLanguage : 'en';
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? { [language]: value } : undefined);
  const mc: Json = {};
  if (typeof vc.id === 'string') mc.id = vc.id;

  const learner: Json = {};
  if (typeof subject?.id === 'string') learner.id = subject.id;
  const identifiers: LearnerIdentifier[] = [];
  for (const identity of asArray(subject?.identifier)) {
    if (!isObject(identity) || typeof identity.identityHash !== 'string') continue;
    if (identity.identityType === 'name' && identity.hashed !== true) learner.name = identity.identityHash;
    else {
      const entry: LearnerIdentifier = { type: IDENTITY_TYPE_BACK[String(identity.identityType)] ?? 'other', value: identity.identityHash };
      if (identity.hashed === true) entry.hashed = true;
      if (typeof identity.salt === 'string') entry.salt = identity.salt;
      identifiers.push(entry);
    }
  }
  if (identifiers.length) learner.identifiers = identifiers;
  mc.learner = learner;
  if (Object.keys(learner).length === 0) warnings.push(warn('OB3_MISSING_ELEMENT', '/learner', 'The credential does not identify the learner.'));

  const title = text(achievement.name) ?? text(vc.name);
  if (title) mc.title = title;
  else warnings.push(warn('OB3_MISSING_ELEMENT', '/title', 'The credential has no achievement name.'));

  const body: Partial<Organisation> = { name: text(issuer.name) ?? (issuer.id ? { [language]: issuer.id } : { [language]: 'unknown issuer' }) };
  if (typeof issuer.id === 'string') body.id = issuer.id;
  const address: Json = isObject(issuer.address) ? issuer.address : {};
  if (typeof address.addressCountryCode === 'string') body.country = address.addressCountryCode as Organisation['country'];
  if (typeof address.addressRegion === 'string') body.region = address.addressRegion;
  if (typeof issuer.url === 'string') body.url = issuer.url;
  const logo = isObject(issuer.image) ? issuer.image.id : issuer.image;
  if (typeof logo === 'string' && /^(https:\/\/\S+|data:image\/(png|svg\+xml|jpeg|webp);base64,[A-Za-z0-9+/=]+)$/.test(logo)) body.image = { id: logo };
  mc.awardingBodies = [body];
  if (!body.country) warnings.push(warn('OB3_MISSING_ELEMENT', '/countries', "The issuer's country is not stated (issuer.address.addressCountryCode)."));

  const issued = vc.awardedDate ?? vc.validFrom ?? vc.issuanceDate;
  if (typeof issued === 'string') mc.dateOfIssuing = issued;
  else warnings.push(warn('OB3_MISSING_ELEMENT', '/dateOfIssuing', 'The credential has no issuance date.'));
  const until = vc.validUntil ?? vc.expirationDate;
  if (typeof until === 'string') mc.validUntil = until;

  const outcomes = outcomesOf(achievement);
  if (outcomes.length) mc.learningOutcomes = outcomes.map((o) => ({ text: { [language]: o } }));
  else warnings.push(warn('OB3_MISSING_ELEMENT', '/learningOutcomes', 'No learning outcomes found (criteria.narrative list or alignments).'));

  if (typeof achievement.creditsAvailable === 'number' && achievement.creditsAvailable > 0) mc.workload = { ects: achievement.creditsAvailable };
  else warnings.push(warn('OB3_MISSING_ELEMENT', '/workload', 'No workload: the achievement has no creditsAvailable.'));

  const eqf = asArray(achievement.alignment).find((a) => isObject(a) && /^https?:\/\/data\.europa\.eu\/snb\/eqf\/[1-8]$/.test(String(a.targetUrl)));
  if (eqf) mc.level = { eqf: Number(String(eqf.targetUrl).slice(-1)) };
  else warnings.push(warn('OB3_MISSING_ELEMENT', '/level', 'No EQF level (an alignment to http://data.europa.eu/snb/eqf/N).'));

  for (const [field, element] of [['assessment', 'type of assessment'], ['participation', 'form of participation'], ['qualityAssurance', 'type of quality assurance']]) {
    warnings.push(warn('OB3_MISSING_ELEMENT', `/${field}`, `Open Badges 3.0 has no property for the ${element}; the credential does not state it.`));
  }

  const result = asArray(subject?.result).find(isObject);
  if (result) {
    const grade: Json = {};
    if (typeof result.value === 'string') grade.value = result.value;
    if (result.status === 'Completed') grade.passed = true;
    if (result.status === 'Failed') grade.passed = false;
    if (Object.keys(grade).length) mc.grade = grade;
  }
  if (isObject(achievement.image) && typeof achievement.image.id === 'string') mc.image = { id: achievement.image.id };
  else if (typeof achievement.image === 'string') mc.image = { id: achievement.image };
  if (typeof achievement.humanCode === 'string') mc.courseCode = achievement.humanCode;
  if (typeof achievement.id === 'string') mc.achievementId = achievement.id;
  const objective = text(achievement.description);
  if (objective) mc.objective = objective;
  return { microCredential: mc as unknown as MicroCredential, warnings, lossless: false };
}

/** Learning outcomes from a Markdown list in criteria.narrative, else from alignment names. */
function outcomesOf(achievement: ObAchievement): string[] {
  const narrative = isObject(achievement.criteria) && typeof achievement.criteria.narrative === 'string' ? achievement.criteria.narrative : '';
  const listed = narrative
    .split('\n')
    .map((line) => /^\s*(?:[-*+]|\d+[.)])\s+(.+)$/.exec(line)?.[1]?.trim())
    .filter((line): line is string => !!line);
  if (listed.length) return listed;
  return asArray(achievement.alignment)
    .filter(isObject)
    .filter((a) => a.targetType !== 'ext:EQFLevel' && typeof a.targetName === 'string')
    .map((a) => String(a.targetName));
}
