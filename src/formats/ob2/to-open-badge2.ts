/**
 * `toOpenBadge2`: a MicroCredential as Open Badges 2.0 — Assertion, BadgeClass and issuer
 * Profile — for LMSs and backpacks that read only 2.0. The Annex I elements go where 2.0 has a
 * place (description, criteria, alignment, tags) in one language, and in full into microcred's
 * OB 2.0 extensions, so `fromOpenBadge2` reads them back.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { InvalidArgumentError } from '../../errors.js';
import { textIn } from '../../model/language-map.js';
import type { MicroCredential } from '../../model/types.generated.js';
import { ASSESSMENT_TYPES, PARTICIPATION_MODES, SUPERVISION_LEVELS, eqfConcept, iscedFConcept } from '../../model/vocabularies.js';
import { derivedAchievementId } from '../ob3/ids.js';
import { OB_V2_CONTEXT } from './context.js';
import { AWARD_EXTENSION, COURSE_EXTENSION, DEFAULT_BADGE_IMAGE, awardExtension, courseExtension } from './extension.js';
import type { Ob2Alignment, Ob2Assertion, Ob2BadgeClass, Ob2CryptographicKey, Ob2Profile } from './types.js';

/** Options of {@link toOpenBadge2}. */
export interface ToOpenBadge2Options {
  /**
   * Where the documents are published (`serve --publish`: the service's public URL): the
   * assertion at `/ob2/assertions/:id`, the badge at `/ob2/badges/:id`, the issuer at `/ob2/issuer`.
   */
  baseUrl: string;
  /** Language of the plain strings. Default: `en` if the title has it, else its first language. */
  language?: string;
  /** `hosted` (default): verified by fetching the assertion. `signed`: verified by its JWS (see `signOpenBadge2`). */
  verification?: 'hosted' | 'signed';
  /** Signed: the issuer's public key (a CryptographicKey, embedded in the issuer profile). */
  publicKey?: Omit<Ob2CryptographicKey, 'owner' | 'id' | 'type'> & Partial<Ob2CryptographicKey>;
  /** Signed: URL of the issuer's revocation list, when it publishes one. */
  revocationList?: string;
}

/** What {@link toOpenBadge2} returns: the three documents, each to be published at its `id`. */
export interface OpenBadge2Documents {
  assertion: Ob2Assertion;
  badge: Ob2BadgeClass;
  issuer: Ob2Profile;
}

/** Paths under `baseUrl`; `id` is URL-encoded (credential ids are `urn:uuid:…`). */
export const ob2Paths = {
  assertion: (id: string) => `/ob2/assertions/${encodeURIComponent(id)}`,
  badge: (id: string) => `/ob2/badges/${encodeURIComponent(id)}`,
  issuer: () => '/ob2/issuer',
};

/**
 * The recipient salt: derived from the credential id, so the published assertion is the same
 * on every request (a hosted assertion must not change), and unique per credential.
 */
const saltOf = (id: string): string => bytesToHex(sha256(utf8ToBytes(`microcred:ob2-salt\n${id}`))).slice(0, 16);

function recipientOf(mc: MicroCredential, credentialId: string): Ob2Assertion['recipient'] {
  const hashedEmail = mc.learner.identifiers?.find((i) => i.type === 'emailAddress' && i.hashed === true && /^sha256\$/.test(i.value));
  if (hashedEmail) return { type: 'email', hashed: true, identity: hashedEmail.value, ...(hashedEmail.salt === undefined ? {} : { salt: hashedEmail.salt }) };
  const email = mc.learner.email ?? mc.learner.identifiers?.find((i) => i.type === 'emailAddress' && i.hashed !== true)?.value;
  const [type, identity] = email ? ['email', email.trim().toLowerCase()] : mc.learner.id ? ['url', mc.learner.id] : [undefined, undefined];
  if (!type || !identity) {
    throw new InvalidArgumentError('ERR_OB2_RECIPIENT_REQUIRED', 'Open Badges 2.0 names the recipient by e-mail address or URL: the learner needs an email, an emailAddress identifier or an id.', { pointer: '/learner' });
  }
  const salt = saltOf(credentialId);
  return { type, hashed: true, salt, identity: `sha256$${bytesToHex(sha256(utf8ToBytes(identity + salt)))}` };
}

const sentence = (label: string, value: string | undefined): string[] => (value ? [`${label}: ${value}`] : []);

/** The Annex I elements in words, for the BadgeClass description (OB 2.0 has no fields for them). */
function annexText(mc: MicroCredential, language: string): string {
  const t = (map: Record<string, string> | undefined) => textIn(map, language);
  const workload = [mc.workload.ects !== undefined ? `${mc.workload.ects} ECTS` : '', mc.workload.hours !== undefined ? `${mc.workload.hours} hours` : ''].filter(Boolean).join(', ');
  const level = [typeof mc.level.eqf === 'number' ? `EQF ${mc.level.eqf}` : '', mc.level.nqf ? `NQF (${mc.level.nqf.framework}) ${mc.level.nqf.level}` : '', mc.level.qfEhea ? `QF-EHEA ${mc.level.qfEhea}` : ''].filter(Boolean).join(', ');
  const assessment = [mc.assessment.types.map((x) => ASSESSMENT_TYPES[x].label).join(', '), t(mc.assessment.description)].filter(Boolean).join(' — ');
  const participation = [PARTICIPATION_MODES[mc.participation.mode].label, mc.participation.synchronous ? 'synchronous' : '', mc.participation.asynchronous ? 'asynchronous' : ''].filter(Boolean).join(', ');
  const qa = mc.qualityAssurance.map((q) => [q.type, q.body ? t(q.body.name) : '', t(q.description)].filter(Boolean).join(' — ')).join('; ');
  return [
    ...sentence('Awarding body', mc.awardingBodies.map((b) => t(b.name)).join(', ')),
    ...sentence('Workload', workload),
    ...sentence('Level', level),
    ...sentence('Assessment', assessment),
    ...sentence('Participation', participation),
    ...sentence('Quality assurance', qa),
    ...sentence('Prerequisites', t(mc.prerequisites?.description)),
    ...sentence('Supervision and identity verification', mc.supervision ? SUPERVISION_LEVELS[mc.supervision].label : undefined),
    ...sentence('Stackability', mc.stackability ? [mc.stackability.type, t(mc.stackability.description)].filter(Boolean).join(' — ') : undefined),
    ...sentence('Recognition', t(mc.recognition?.description)),
    ...sentence('Language of delivery', mc.languageOfDelivery?.join(', ')),
  ].join('\n');
}

function alignmentOf(mc: MicroCredential, language: string): Ob2Alignment[] {
  const out: Ob2Alignment[] = [];
  if (typeof mc.level.eqf === 'number') out.push({ targetName: `EQF level ${mc.level.eqf}`, targetUrl: eqfConcept(mc.level.eqf), targetFramework: 'European Qualifications Framework', targetCode: String(mc.level.eqf) });
  if (mc.fieldOfStudy) out.push({ targetName: `ISCED-F ${mc.fieldOfStudy.iscedF}`, targetUrl: iscedFConcept(mc.fieldOfStudy.iscedF), targetFramework: 'ISCED-F 2013', targetCode: mc.fieldOfStudy.iscedF });
  for (const outcome of mc.learningOutcomes) {
    for (const url of outcome.escoSkills ?? []) out.push({ targetName: textIn(outcome.text, language)!, targetUrl: url, targetFramework: 'ESCO' });
  }
  return out;
}

/**
 * Maps a (valid) MicroCredential with an `id` to Open Badges 2.0 documents published under
 * `options.baseUrl`. Hosted by default; with `verification: 'signed'`, sign the assertion with
 * `signOpenBadge2` and publish the issuer profile with its `publicKey`.
 *
 * @throws InvalidArgumentError `ERR_ID_REQUIRED`, `ERR_OB2_RECIPIENT_REQUIRED`, `ERR_OB2_OPTIONS`.
 *
 * @example
 * const { assertion, badge, issuer } = toOpenBadge2(mc, { baseUrl: 'https://badges.tsu.ge' });
 */
export function toOpenBadge2(mc: MicroCredential, options: ToOpenBadge2Options): OpenBadge2Documents {
  let base: URL;
  try {
    base = new URL(options.baseUrl);
  } catch {
    throw new InvalidArgumentError('ERR_OB2_OPTIONS', `baseUrl ${JSON.stringify(options.baseUrl)} is not a URL.`);
  }
  const root = base.href.replace(/\/+$/, '');
  if (!mc.id) throw new InvalidArgumentError('ERR_ID_REQUIRED', 'An Open Badges 2.0 assertion is published at a URL made from the credential id: the MicroCredential needs an id.', { pointer: '/id' });
  const language = options.language ?? ('en' in mc.title ? 'en' : Object.keys(mc.title)[0]!);
  const t = (map: Record<string, string> | undefined) => textIn(map, language);
  const [body] = mc.awardingBodies;
  const issuerUrl = `${root}${ob2Paths.issuer()}`;
  const achievementId = mc.achievementId ?? derivedAchievementId(body?.id ?? issuerUrl, mc.courseCode, mc.title);
  const signed = options.verification === 'signed';

  const issuer: Ob2Profile = { '@context': OB_V2_CONTEXT, type: 'Issuer', id: issuerUrl, name: t(body?.name) ?? issuerUrl };
  if (body?.url) issuer.url = body.url;
  if (body?.email) issuer.email = body.email;
  if (signed) {
    if (!options.publicKey?.publicKeyPem) throw new InvalidArgumentError('ERR_OB2_OPTIONS', 'A signed badge needs the issuer\'s publicKey (publicKeyPem) to publish.');
    issuer.publicKey = { type: 'CryptographicKey', id: `${issuerUrl}#key`, ...options.publicKey, owner: issuerUrl };
    if (options.revocationList) issuer.revocationList = options.revocationList;
  }

  const outcomes = mc.learningOutcomes.map((o) => `- ${t(o.text)}`).join('\n');
  const description = [t(mc.objective), annexText(mc, language)].filter(Boolean).join('\n\n');
  const badge: Ob2BadgeClass = {
    '@context': OB_V2_CONTEXT,
    type: 'BadgeClass',
    id: `${root}${ob2Paths.badge(achievementId)}`,
    name: t(mc.title)!,
    description,
    image: mc.image?.id ?? DEFAULT_BADGE_IMAGE,
    criteria: { narrative: `Learning outcomes:\n${outcomes}\n\nAssessment: ${mc.assessment.types.map((x) => ASSESSMENT_TYPES[x].label).join(', ')}` },
    issuer: issuerUrl,
    tags: tagsOf(mc),
    [COURSE_EXTENSION]: courseExtension(mc),
  };
  const alignment = alignmentOf(mc, language);
  if (alignment.length) badge.alignment = alignment;

  const assertion: Ob2Assertion = {
    '@context': OB_V2_CONTEXT,
    type: 'Assertion',
    id: signed ? mc.id : `${root}${ob2Paths.assertion(mc.id)}`,
    recipient: recipientOf(mc, mc.id),
    badge: badge.id,
    verification: signed ? { type: 'signed', creator: (issuer.publicKey as Ob2CryptographicKey).id } : { type: 'hosted' },
    issuedOn: /^\d{4}-\d{2}-\d{2}$/.test(mc.dateOfIssuing) ? `${mc.dateOfIssuing}T00:00:00Z` : mc.dateOfIssuing,
    [AWARD_EXTENSION]: awardExtension(mc),
  };
  if (mc.validUntil) assertion.expires = /^\d{4}-\d{2}-\d{2}$/.test(mc.validUntil) ? `${mc.validUntil}T00:00:00Z` : mc.validUntil;
  if (mc.evidence?.length) {
    assertion.evidence = mc.evidence.map((e) => {
      const out: Record<string, string> = { type: 'Evidence' };
      if (e.id) out.id = e.id;
      for (const key of ['name', 'description', 'narrative'] as const) if (t(e[key])) out[key] = t(e[key])!;
      if (e.genre) out.genre = e.genre;
      return out;
    });
  }
  return { assertion, badge, issuer };
}

function tagsOf(mc: MicroCredential): string[] {
  const tags = ['micro-credential'];
  if (mc.workload.ects !== undefined) tags.push(`${mc.workload.ects} ECTS`);
  if (typeof mc.level.eqf === 'number') tags.push(`EQF ${mc.level.eqf}`);
  if (mc.fieldOfStudy) tags.push(`ISCED-F ${mc.fieldOfStudy.iscedF}`);
  tags.push(PARTICIPATION_MODES[mc.participation.mode].label.toLowerCase());
  return tags;
}
