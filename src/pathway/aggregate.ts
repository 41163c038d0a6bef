import { InvalidArgumentError } from '../errors.js';
import { toElm } from '../formats/elm/to-elm.js';
import { toOpenBadge } from '../formats/ob3/to-open-badge.js';
import { MicroCredentialInvalidError } from '../issue/create-micro-credential.js';
import { textIn } from '../model/language-map.js';
import type { MicroCredential, Pathway, ProfileDefinition } from '../model/types.generated.js';
import { validateMicroCredential } from '../model/validate.js';
import type { ProfileName } from '../profiles/registry.js';
import { prepareForSeal } from '../seal/prepare.js';
import { loadSealKey } from '../seal/seal-key.js';
import { sealJades } from '../seal/seal.js';
import type { JadesDocument, SealKey, SealKeyFile } from '../seal/types.js';
import type { JsonObject, SignedCredential } from '../suites/types.js';
import { type PartLink, partEvidence, partsOf, relatedResources } from './links.js';
import { type PathwaySignOptions, signCredential, signingIssuer } from './sign.js';
import type { PathwayEvaluation } from './types.js';

/** Options of {@link issueAggregate}. */
export interface AggregateOptions extends Omit<PathwaySignOptions, 'key'> {
  /** `ob3` (default): Open Badges 3.0, signed. `elm`: a JAdES-sealed European Digital Credential (needs a seal key). */
  format?: 'ob3' | 'elm';
  key?: PathwaySignOptions['key'] | SealKeyFile | SealKey;
  /**
   * What the pathway does not say about the award: learner details, assessment, participation,
   * quality assurance, … Merged over what is derived from the pathway and the evaluation.
   */
  template?: Partial<MicroCredential>;
  /** Profile the award must meet. Default `eu`. */
  profile?: ProfileName | ProfileDefinition;
}

/** The larger award as a MicroCredential: the pathway's target, the evaluation's credits and parts. */
export function aggregateMicroCredential(pathway: Pathway, evaluation: PathwayEvaluation, template: Partial<MicroCredential> = {}): { document: MicroCredential; parts: PartLink[] } {
  if (evaluation.pathway.id !== pathway.id || evaluation.pathway.version !== pathway.version) {
    throw new InvalidArgumentError('ERR_EVALUATION_MISMATCH', `The evaluation is of pathway ${evaluation.pathway.id} v${evaluation.pathway.version}, not of ${pathway.id} v${pathway.version}.`);
  }
  if (!evaluation.eligible) {
    throw new InvalidArgumentError('ERR_PATHWAY_INCOMPLETE', `The pathway is not complete: ${evaluation.missing.map((m) => m.message).join(' ')}`);
  }
  const learner = template.learner ?? (evaluation.learner ? { id: evaluation.learner } : undefined);
  if (!learner) throw new InvalidArgumentError('ERR_LEARNER_REQUIRED', 'The parts name no learner id: give template.learner.', { pointer: '/learner' });
  if (!(evaluation.totalEcts > 0)) throw new InvalidArgumentError('ERR_PATHWAY_INCOMPLETE', 'The parts count 0 ECTS: there is no workload to award.');
  const parts = partsOf(evaluation.credentials);
  const target = pathway.target;
  const institution = textIn(target.institution.name, 'en') ?? 'the institution';
  const memberTitles = pathway.members.map((m) => textIn(m.title, 'en') ?? m.id).join('; ');
  const derived: MicroCredential = {
    learner,
    title: target.title,
    awardingBodies: [target.institution],
    dateOfIssuing: new Date().toISOString().slice(0, 10),
    learningOutcomes: target.learningOutcomes?.length ? target.learningOutcomes : [{ text: { en: `Has achieved the learning outcomes of the stacked micro-credentials: ${memberTitles}.` } }],
    workload: { ects: evaluation.totalEcts },
    level: target.level ?? { eqf: 'not-applicable' },
    assessment: { types: ['other'], description: { en: `Awarded on the verified credentials of its parts (pathway ${pathway.id} v${pathway.version}); each part was assessed on its own.` } },
    participation: { mode: 'blended', description: { en: 'As in each of the stacked micro-credentials.' } },
    qualityAssurance: [{ type: 'internal', description: { en: `${institution} evaluated the parts against pathway ${pathway.id} v${pathway.version} and decided to award.` } }],
    stackability: { type: 'stackable', description: { en: `Made of: ${memberTitles}.` }, towards: [{ id: pathway.id, title: pathway.title }] },
    evidence: partEvidence(parts),
  };
  if (target.fieldOfStudy) derived.fieldOfStudy = target.fieldOfStudy;
  if (target.achievementId) derived.achievementId = target.achievementId;
  const document = { ...derived, ...template, evidence: [...(template.evidence ?? []), ...partEvidence(parts)] } as MicroCredential;
  return { document, parts };
}

/**
 * Issues the larger award of a complete pathway as a credential that links its parts. Open
 * Badges 3.0: the parts as `evidence` (genre `Credential`, id and digest) and VC 2.0
 * `relatedResource` entries (`id`, `digestSRI`). ELM: a sealed EDC whose achievement `hasPart`
 * the parts' achievements, the parts also as evidence notes. `verifyAggregate` checks the digests
 * against the parts. Only an eligible evaluation of the same pathway is accepted: the institution
 * decided to award, and this writes the decision down.
 *
 * Throws `InvalidArgumentError` (`ERR_PATHWAY_INCOMPLETE`, `ERR_EVALUATION_MISMATCH`,
 * `ERR_LEARNER_REQUIRED`, `ERR_KEY_REQUIRED`) or `MicroCredentialInvalidError`.
 *
 * @example
 * const award = await issueAggregate(pathway, evaluation, { key });
 */
export async function issueAggregate(pathway: Pathway, evaluation: PathwayEvaluation, options: AggregateOptions & { format: 'elm' }): Promise<JadesDocument>;
export async function issueAggregate(pathway: Pathway, evaluation: PathwayEvaluation, options: AggregateOptions): Promise<SignedCredential | string>;
export async function issueAggregate(pathway: Pathway, evaluation: PathwayEvaluation, options: AggregateOptions): Promise<SignedCredential | string | JadesDocument> {
  const { document, parts } = aggregateMicroCredential(pathway, evaluation, options.template);
  const validation = validateMicroCredential(document, { profile: options.profile });
  if (!validation.valid) throw new MicroCredentialInvalidError(validation.errors, validation.warnings, `${validation.profile.id}@${validation.profile.version}`);
  if (options.format === 'elm') return sealAggregate(document, parts, options);
  const signOptions = options as PathwaySignOptions;
  const issuer = signingIssuer(signOptions);
  const unsigned = toOpenBadge(document, { issuer }) as unknown as JsonObject;
  const related = relatedResources(parts);
  if (related.length) unsigned.relatedResource = related;
  return signCredential(unsigned, signOptions);
}

/** ELM: the parts as `hasPart` of the achievement, then sealed as `createMicroCredential` seals. */
async function sealAggregate(document: MicroCredential, parts: readonly PartLink[], options: AggregateOptions): Promise<JadesDocument> {
  const key = options.key;
  if (!key || !('type' in key) || (key.type !== 'SealKey' && key.type !== 'MicrocredSealKey')) {
    throw new InvalidArgumentError('ERR_KEY_REQUIRED', 'format "elm" needs a JAdES seal key (microcred keys generate --suite jades, or loadSealKey).');
  }
  const sealKey = key.type === 'SealKey' ? key : await loadSealKey({ keyFile: key });
  const signingTime = options.created === undefined ? new Date() : new Date(options.created);
  const credential = toElm(document, { issuer: options.issuer ?? document.awardingBodies[0]?.id }) as unknown as Record<string, any>;
  const claim = credential.credentialSubject?.hasClaim?.[0];
  if (claim) {
    claim.hasPart = parts.flatMap((p) =>
      p.id ? [{ id: p.id, type: 'LearningAchievement', title: { en: p.title ?? p.id }, awardedBy: claim.awardedBy }] : [],
    );
  }
  return sealJades(prepareForSeal(credential, sealKey, signingTime), { key: sealKey, signingTime, timestamp: undefined });
}
