import { InvalidArgumentError } from '../../errors.js';
import type { Evidence, LearnerIdentifier, MicroCredential, Organisation } from '../../model/types.generated.js';
import { textIn } from '../../model/language-map.js';
import { ASSESSMENT_TYPES } from '../../model/vocabularies.js';
import { ACCREDITATION_CONTEXT_V1, MICROCRED_CONTEXT_V1, OB_V3_CONTEXT, VC_V1_CONTEXT, VC_V2_CONTEXT } from './contexts.js';
import { derivedAchievementId } from './ids.js';
import { ACHIEVEMENT_EXTENSION_FIELDS, AWARD_EXTENSION_FIELDS, IDENTITY_TYPES, RESULT_TYPES, pick } from './mapping.js';
import type { ObAchievement, ObEvidence, ObIdentityObject, ObProfile, OpenBadgeCredential } from './types.js';

/** Options of {@link toOpenBadge}. */
export interface ToOpenBadgeOptions {
  /**
   * The issuer id: the DID or URL that controls the signing key. Defaults to the first
   * awarding body's `id`; one of the two is required.
   */
  issuer?: string;
  /** Credential id when the MicroCredential has none. Default: a random `urn:uuid:`. */
  id?: string;
  /** Language of the plain-string OB fields (`name`, `description`, …). Default: `en` if present, else the title's first language. */
  language?: string;
  /** `2.0` (default): VC 2.0 with `validFrom`. `1.1`: VC 1.1 with `issuanceDate`, for older wallets. */
  vcVersion?: '2.0' | '1.1';
}

/** `2025-10-20` → `2025-10-20T00:00:00Z`; date-times pass through. */
export function toDateTime(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
}


function profile(body: Organisation, id: string, language: string): ObProfile {
  const result: ObProfile = { id, type: ['Profile'], name: textIn(body.name, language)! };
  if (body.url) result.url = body.url;
  if (body.email) result.email = body.email;
  if (body.image) result.image = { id: body.image.id, type: 'Image' };
  if (body.country || body.region) {
    result.address = { type: ['Address'] };
    if (body.country) result.address.addressCountryCode = body.country;
    if (body.region) result.address.addressRegion = body.region;
  }
  if (body.legalIdentifier) {
    result.otherIdentifier = [{ type: 'IdentifierEntry', identifier: body.legalIdentifier, identifierType: 'identifier' }];
  }
  return result;
}

function identityObject(identifier: LearnerIdentifier): ObIdentityObject {
  const object: ObIdentityObject = {
    type: 'IdentityObject',
    identityType: IDENTITY_TYPES[identifier.type],
    identityHash: identifier.value,
    hashed: identifier.hashed === true,
  };
  if (identifier.salt !== undefined) object.salt = identifier.salt;
  return object;
}

function achievement(mc: MicroCredential, id: string, language: string): ObAchievement {
  const outcomes = mc.learningOutcomes.map((o) => textIn(o.text, language)!);
  const ach: ObAchievement = {
    id,
    type: ['Achievement'],
    achievementType: 'MicroCredential',
    name: textIn(mc.title, language)!,
    description: textIn(mc.objective, language) ?? summary(mc, language),
    criteria: { narrative: outcomes.map((text) => `- ${text}`).join('\n') },
    inLanguage: language,
  };
  if (mc.workload.ects !== undefined) ach.creditsAvailable = mc.workload.ects;
  if (mc.image) {
    ach.image = { id: mc.image.id, type: 'Image' };
    const caption = textIn(mc.image.caption, language);
    if (caption) ach.image.caption = caption;
  }
  if (mc.fieldOfStudy) ach.fieldOfStudy = `ISCED-F ${mc.fieldOfStudy.iscedF}`;
  if (mc.courseCode) ach.humanCode = mc.courseCode;
  const alignment = [
    ...(typeof mc.level.eqf === 'number'
      ? [{ type: ['Alignment'], targetName: `EQF level ${mc.level.eqf}`, targetUrl: `http://data.europa.eu/snb/eqf/${mc.level.eqf}`,
          targetCode: String(mc.level.eqf), targetFramework: 'European Qualifications Framework', targetType: 'ext:EQFLevel' }]
      : []),
    ...mc.learningOutcomes.flatMap((o, i) =>
      (o.escoSkills ?? []).map((url) => ({ type: ['Alignment'], targetName: outcomes[i]!, targetUrl: url, targetFramework: 'ESCO', targetType: 'ext:ESCOSkill' })),
    ),
  ];
  if (alignment.length) ach.alignment = alignment;
  if (mc.grade) {
    ach.resultDescription = [
      { id: `${id}#grade`, type: ['ResultDescription'], name: 'Grade', resultType: RESULT_TYPES[mc.grade.scale ?? ''] ?? 'Result' },
    ];
  }
  const extension = pick(mc, ACHIEVEMENT_EXTENSION_FIELDS) as Record<string, unknown>;
  if (mc.image?.caption) extension.imageCaption = mc.image.caption;
  ach.microCredential = extension;
  return ach;
}

/** Achievement.description is required by OB 3.0; without an objective, summarise the award in English. */
function summary(mc: MicroCredential, language: string): string {
  const parts = [`Micro-credential "${textIn(mc.title, language)}"`];
  if (mc.workload.ects !== undefined) parts.push(`${mc.workload.ects} ECTS`);
  if (mc.workload.hours !== undefined) parts.push(`${mc.workload.hours} hours`);
  if (typeof mc.level.eqf === 'number') parts.push(`EQF level ${mc.level.eqf}`);
  parts.push(`assessed by ${mc.assessment.types.map((t) => ASSESSMENT_TYPES[t].label.toLowerCase()).join(', ')}`);
  return `${parts.join(', ')}.`;
}

function evidence(item: Evidence, language: string): ObEvidence {
  const out: ObEvidence = { type: ['Evidence'] };
  if (item.id) out.id = item.id;
  const name = textIn(item.name, language);
  const description = textIn(item.description, language);
  const narrative = textIn(item.narrative, language);
  if (name) out.name = name;
  if (description) out.description = description;
  if (narrative) out.narrative = narrative;
  if (item.genre) out.genre = item.genre;
  return out;
}

/** Whether any quality-assurance entry uses the structured accreditation terms (they need the accreditation context). */
function usesAccreditationTerms(mc: MicroCredential): boolean {
  // Organisations nest (a QA body may state its own accreditation), so walk the whole tree.
  const walk = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.some(walk);
    if (!value || typeof value !== 'object') return false;
    const record = value as Record<string, unknown>;
    return 'accreditationType' in record || 'scope' in record || 'deqarId' in record || Object.values(record).some(walk);
  };
  return walk([mc.qualityAssurance, mc.awardingBodies, mc.deliveringBodies]);
}

/**
 * Maps a MicroCredential to an unsigned Open Badges 3.0 `OpenBadgeCredential` (VC 2.0 by
 * default). Plain OB 3.0 properties carry what OB 3.0 has a place for, in one language
 * (`name`, `description`, `creditsAvailable`, `result`, `identifier`, `issuer` with address,
 * EQF and ESCO `alignment`); the microcred extension context carries every Annex I element,
 * in every language, so {@link fromOpenBadge} gets the MicroCredential back unchanged.
 *
 * The input should be valid (see `validateMicroCredential`); `createMicroCredential`
 * validates before mapping.
 */
export function toOpenBadge(mc: MicroCredential, options: ToOpenBadgeOptions = {}): OpenBadgeCredential {
  const [first] = mc.awardingBodies;
  const issuerId = options.issuer ?? first?.id;
  if (!first || !issuerId) {
    throw new InvalidArgumentError('ERR_ISSUER_REQUIRED', 'toOpenBadge needs an issuer id: options.issuer or awardingBodies[0].id.', {
      pointer: '/awardingBodies/0/id',
    });
  }
  const language = options.language ?? ('en' in mc.title ? 'en' : Object.keys(mc.title)[0]!);
  const achievementId = mc.achievementId ?? derivedAchievementId(issuerId, mc.courseCode, mc.title);
  const v1 = options.vcVersion === '1.1';
  const subject: OpenBadgeCredential['credentialSubject'] = {
    type: ['AchievementSubject'],
    achievement: achievement(mc, achievementId, language),
  };
  if (mc.learner.id) subject.id = mc.learner.id;
  const identifiers: ObIdentityObject[] = [
    ...(mc.learner.name ? [{ type: 'IdentityObject' as const, identityType: 'name', identityHash: mc.learner.name, hashed: false }] : []),
    ...(mc.learner.identifiers ?? []).map(identityObject),
  ];
  if (identifiers.length) subject.identifier = identifiers;
  if (mc.workload.ects !== undefined && mc.grade?.passed !== false) subject.creditsEarned = mc.workload.ects;
  if (mc.grade) {
    const result: NonNullable<typeof subject.result>[number] = { type: ['Result'], resultDescription: `${achievementId}#grade` };
    if (mc.grade.value !== undefined) result.value = mc.grade.value;
    if (mc.grade.passed !== undefined) result.status = mc.grade.passed ? 'Completed' : 'Failed';
    subject.result = [result];
  }
  subject.microCredentialAward = pick(mc, AWARD_EXTENSION_FIELDS);

  const credential: OpenBadgeCredential = {
    '@context': [v1 ? VC_V1_CONTEXT : VC_V2_CONTEXT, OB_V3_CONTEXT, MICROCRED_CONTEXT_V1, ...(usesAccreditationTerms(mc) ? [ACCREDITATION_CONTEXT_V1] : [])],
    id: mc.id ?? options.id ?? `urn:uuid:${globalThis.crypto.randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: profile(first, issuerId, language),
    name: textIn(mc.title, language)!,
    credentialSubject: subject,
  };
  const issued = toDateTime(mc.dateOfIssuing);
  if (v1) {
    credential.issuanceDate = issued;
    if (mc.validUntil) credential.expirationDate = toDateTime(mc.validUntil);
  } else {
    credential.validFrom = issued;
    if (mc.validUntil) credential.validUntil = toDateTime(mc.validUntil);
  }
  credential.awardedDate = issued;
  if (mc.evidence?.length) credential.evidence = mc.evidence.map((item) => evidence(item, language));
  // VC 1.1 has no relatedResource term: the link is then carried by VC 2.0 output only.
  if (mc.related?.length && !v1) credential.relatedResource = mc.related.map((r) => ({ ...r }));
  return credential;
}
