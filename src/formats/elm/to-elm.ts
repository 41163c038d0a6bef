/**
 * MicroCredential → European Digital Credential (ELM v3, EDC application profile). Where each
 * Annex I element goes is tabled in mapping.ts; vocabularies.ts holds the EU concepts.
 */
import { InvalidArgumentError } from '../../errors.js';
import type {
  CountryCode,
  LanguageMap,
  LearnerIdentifier,
  MicroCredential,
  Organisation,
  QualityAssurance,
} from '../../model/types.generated.js';
import { EDC_GENERIC_FULL_SHAPES, EDC_TYPES, ELM_CONTEXTS, SHACL_VALIDATOR_TYPE } from './constants.js';
import { NAL_COUNTRIES } from './data/countries.js';
import { contentCredentialId, nodeId } from './ids.js';
import {
  ACCREDITATION_ID_SCHEME_NAME,
  CLAIM_PATH,
  COURSE_CODE_SCHEME_NAME,
  GRADE_PLACEHOLDERS,
  IDENTIFIER_SCHEME_NAMES,
  QA_TITLES,
  URI_SCHEME_NAME,
} from './mapping.js';
import { type ElmNote, type NoteKey, jsonNote, listNote, mapNote, noteSubject, valueNote } from './notes.js';
import { textIn } from '../../model/language-map.js';
import { renderSvgPage } from './render-page.js';
import type { ElmDisplayPage, ElmNode, EuropeanDigitalCredential, ToElmOptions } from './types.js';
import { encodeDateTime, hoursToDuration, toDateTime } from './values.js';
import {
  ACCREDITATION_TYPES,
  ASSESSMENT_TYPE_CONCEPTS,
  BASE64_ENCODING,
  type ConceptEntry,
  CREDIT_SYSTEMS,
  ENTITLEMENT,
  type ElmConcept,
  GENERIC_PROFILE,
  LEARNING_SETTINGS,
  MICROCRED_CONCEPTS,
  PARTICIPATION_MODES,
  QA_DECISION_CONCEPTS,
  QF_EHEA_CONCEPTS,
  SCHEMES,
  SKILL_TYPES,
  SUPERVISION_LEVELS,
  concept,
  conceptOf,
  countryConcept,
  eqfEntry,
  fileTypeConcept,
  iscedFEntry,
  languageConcept,
  languageOfConcept,
  nqfEntry,
} from './vocabularies.js';

/** What every builder needs: the credential id (node ids derive from it) and the primary language. */
interface Ctx {
  credentialId: string;
  /** BCP 47 tag for language-neutral text (names, regions, grade values). */
  lang: string;
}

const ESCO_SKILL = /^https?:\/\/data\.europa\.eu\/esco\/skill\//;
const DCF_SKILL = /^https?:\/\/data\.europa\.eu\/snb\/dcf\//;

/** A node with its properties in order; undefined and empty-array properties are left out. */
function node(id: string, type: string, properties: Record<string, unknown>): ElmNode {
  const out: ElmNode = { id, type };
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}

const idOf = (ctx: Ctx, path: string) => nodeId(ctx.credentialId, path);
const text = (ctx: Ctx, value: string): LanguageMap => ({ [ctx.lang]: value });
const copy = (map: LanguageMap): LanguageMap => ({ ...map });

function identifier(ctx: Ctx, path: string, notation: string, schemeName: string): ElmNode {
  return node(idOf(ctx, path), 'Identifier', { notation, schemeName });
}

function webResource(ctx: Ctx, path: string, url: string): ElmNode {
  return node(idOf(ctx, path), 'WebResource', { contentURL: url });
}

function contactPoint(ctx: Ctx, path: string, email: string): ElmNode {
  return node(idOf(ctx, path), 'ContactPoint', { emailAddress: [{ id: `mailto:${email}`, type: 'Mailbox' }] });
}

function note(ctx: Ctx, path: string, literal: LanguageMap): ElmNote {
  return { id: idOf(ctx, path), type: 'Note', noteLiteral: copy(literal) };
}

/**
 * An organisation. Its accreditations are left out where it is embedded again as an
 * accrediting agent or as the issuer: the full node appears under awardedBy, and JSON-LD
 * merges embeddings of one id.
 */
function organisation(ctx: Ctx, org: Organisation, path: string, withAccreditation = true): ElmNode {
  // The NAL's "provisional data" stands in when the model states no country: ELM requires one.
  const country = countryConcept(org.country);
  return node(idOf(ctx, path), 'Organisation', {
    legalName: copy(org.name),
    identifier: org.id ? [identifier(ctx, `${path}/id`, org.id, URI_SCHEME_NAME)] : undefined,
    registration: org.legalIdentifier ? node(idOf(ctx, `${path}/registration`), 'LegalIdentifier', { notation: org.legalIdentifier, spatial: country }) : undefined,
    homepage: org.url ? [webResource(ctx, `${path}/homepage`, org.url)] : undefined,
    contactPoint: org.email ? [contactPoint(ctx, `${path}/contact`, org.email)] : undefined,
    location: [
      node(idOf(ctx, `${path}/location`), 'Location', {
        geographicName: org.region ? text(ctx, org.region) : undefined,
        address: [node(idOf(ctx, `${path}/location/address`), 'Address', { countryCode: country })],
      }),
    ],
    accreditation:
      withAccreditation && org.accreditation
        ? org.accreditation.map((qa, i) => accreditation(ctx, qa, `${path}/accreditation/${i}`, ACCREDITATION_TYPES.institution, { org, path }))
        : undefined,
  });
}

/** A quality-assurance entry as an Accreditation; without a QA body, `self` (internal QA) is the accrediting agent. */
function accreditation(ctx: Ctx, qa: QualityAssurance, path: string, kind: ConceptEntry, self: { org: Organisation; path: string }): ElmNode {
  return node(idOf(ctx, path), 'Accreditation', {
    title: { en: QA_TITLES[qa.type] },
    dcType: conceptOf(kind),
    description: qa.description ? copy(qa.description) : undefined,
    decision: qa.decision ? conceptOf(QA_DECISION_CONCEPTS[qa.decision]) : undefined,
    dateIssued: qa.decisionDate ? encodeDateTime(qa.decisionDate) : undefined,
    valid: qa.validFrom ? encodeDateTime(qa.validFrom) : undefined,
    expiryDate: qa.validUntil ? encodeDateTime(qa.validUntil) : undefined,
    identifier: qa.accreditationId ? [identifier(ctx, `${path}/id`, qa.accreditationId, ACCREDITATION_ID_SCHEME_NAME)] : undefined,
    homepage: qa.url ? [webResource(ctx, `${path}/homepage`, qa.url)] : undefined,
    landingPage: qa.deqarUrl ? [webResource(ctx, `${path}/deqar`, qa.deqarUrl)] : undefined,
    accreditingAgent: qa.body ? organisation(ctx, qa.body, `${path}/body`) : organisation(ctx, self.org, self.path, false),
  });
}

/** The learner's identifiers, in order; the first plain national id is a LegalIdentifier. */
function learnerIdentifiers(ctx: Ctx, mc: MicroCredential): { nodes: ElmNode[]; national?: ElmNode; notes: ElmNote[] } {
  const nodes: ElmNode[] = [];
  const notes: ElmNote[] = [];
  let national: ElmNode | undefined;
  (mc.learner.identifiers ?? []).forEach((item: LearnerIdentifier, i) => {
    const path = `learner/identifier/${i}`;
    const properties: Record<string, unknown> = {
      notation: item.value,
      schemeName: IDENTIFIER_SCHEME_NAMES[item.type],
      schemeAgency: item.issuedBy !== undefined ? text(ctx, item.issuedBy) : undefined,
    };
    let out: ElmNode;
    if (!national && item.type === 'nationalId' && item.hashed !== true) {
      // ELM requires the issuing country of a legal identifier: issuedBy when it is a country code, else the issuer's country.
      const country = item.issuedBy !== undefined && Object.hasOwn(NAL_COUNTRIES, item.issuedBy) ? (item.issuedBy as CountryCode) : mc.awardingBodies[0]?.country;
      out = node(idOf(ctx, path), 'LegalIdentifier', { ...properties, spatial: countryConcept(country) });
      national = out;
    } else {
      out = node(idOf(ctx, path), 'Identifier', properties);
    }
    nodes.push(out);
    if (item.hashed !== undefined || item.salt !== undefined) {
      const details: Record<string, unknown> = { identifier: out.id };
      if (item.hashed !== undefined) details.hashed = item.hashed;
      if (item.salt !== undefined) details.salt = item.salt;
      notes.push(jsonNote(idOf(ctx, `${path}/details`), 'learner-identifier', details));
    }
  });
  return national ? { nodes, national, notes } : { nodes, notes };
}

/** The awarding process, embedded in full wherever ELM requires `awardedBy`. */
function awardingProcess(ctx: Ctx, mc: MicroCredential): ElmNode {
  return node(idOf(ctx, 'awarding'), 'AwardingProcess', {
    awardingBody: mc.awardingBodies.map((org, i) => organisation(ctx, org, `awarding/${i}`)),
    awardingDate: encodeDateTime(mc.dateOfIssuing),
    location: mc.countries
      ? node(idOf(ctx, 'awarding/countries'), 'Location', {
          address: mc.countries.map((entry, i) => {
            const path = `awarding/countries/${i}`;
            const [code, region] = typeof entry === 'string' ? [entry, undefined] : [entry.country, entry.region];
            return node(idOf(ctx, path), 'Address', {
              countryCode: countryConcept(code),
              fullAddress: region !== undefined ? note(ctx, `${path}/region`, text(ctx, region)) : undefined,
            });
          }),
        })
      : undefined,
  });
}

/** Collects the labelled notes of one node. */
class Notes {
  readonly items: ElmNote[] = [];
  constructor(
    private readonly ctx: Ctx,
    private readonly path: string,
  ) {}
  private id(key: NoteKey) {
    return idOf(this.ctx, `${this.path}/note/${key}`);
  }
  map(key: NoteKey, value: LanguageMap | undefined) {
    if (value) this.items.push(mapNote(this.id(key), key, value));
  }
  value(key: NoteKey, value: string | number | boolean | undefined) {
    if (value !== undefined) this.items.push(valueNote(this.id(key), key, value));
  }
  list(key: NoteKey, items: readonly string[] | undefined) {
    if (items) this.items.push(listNote(this.id(key), key, items));
  }
}

function learningOutcomes(ctx: Ctx, mc: MicroCredential): ElmNode[] {
  return mc.learningOutcomes.map((outcome, i) => {
    const path = `outcome/${i}`;
    const skills = outcome.escoSkills ?? [];
    const notes = new Notes(ctx, path);
    // The EU skill-type vocabulary has knowledge and skill only.
    if (outcome.category === 'responsibility-autonomy') notes.value('learning-outcome-category', outcome.category);
    const skillType = outcome.category ? SKILL_TYPES[outcome.category] : undefined;
    return node(idOf(ctx, path), 'LearningOutcome', {
      title: copy(outcome.text),
      identifier: outcome.id ? [identifier(ctx, `${path}/id`, outcome.id, URI_SCHEME_NAME)] : undefined,
      dcType: skillType ? conceptOf(skillType) : undefined,
      relatedESCOSkill: skills.filter((url) => ESCO_SKILL.test(url)).map((url) => concept(url, SCHEMES.esco)),
      relatedSkill: skills.filter((url) => !ESCO_SKILL.test(url)).map((url) => (DCF_SKILL.test(url) ? concept(url, SCHEMES.dcf) : { id: url, type: 'Concept' })),
      additionalNote: notes.items,
    });
  });
}

/** Languages of delivery: NAL concepts, plus the exact tags in a note when a concept cannot give a tag back. */
function languagesOfDelivery(tags: readonly string[] | undefined): { concepts: ElmConcept[]; exact: boolean } {
  const concepts: ElmConcept[] = [];
  let exact = true;
  for (const tag of tags ?? []) {
    const found = languageConcept(tag);
    if (!found || languageOfConcept(found.id) !== tag) exact = false;
    if (!found) continue;
    if (concepts.some((c) => c.id === found.id)) exact = false;
    else concepts.push(found);
  }
  return { concepts, exact };
}

function qualification(ctx: Ctx, mc: MicroCredential, options: ToElmOptions): ElmNode {
  const notes = new Notes(ctx, 'qualification');
  const { workload, level, participation, prerequisites, stackability, recognition } = mc;

  const duration = workload.hours !== undefined ? hoursToDuration(workload.hours) : undefined;
  if (workload.hours !== undefined && duration === undefined) notes.value('workload-hours', workload.hours);
  notes.value('workload-hours-per-credit', workload.hoursPerCredit);

  const nqf = level.nqf ? nqfEntry(level.nqf.framework, level.nqf.level) : undefined;
  if (level.eqf === 'not-applicable') notes.value('level-eqf', 'not applicable');
  if (level.nqf && !nqf) notes.value('level-nqf', `${level.nqf.level} (framework ${level.nqf.framework})`);
  notes.map('level-justification', level.justification);

  if (participation.mode === 'hybrid') notes.value('participation-form', participation.mode);
  notes.value('participation-synchronous', participation.synchronous);
  notes.value('participation-asynchronous', participation.asynchronous);
  notes.value('participation-pacing', participation.pacing);
  notes.value('participation-intensity', participation.intensity);
  notes.value('participation-platform', participation.platform);
  notes.value('participation-location', participation.location);
  notes.map('participation-description', participation.description);

  notes.list('prerequisite-language-proficiency', prerequisites?.languageProficiency?.map((p) => `${p.language} ${p.level}`));
  notes.value('prerequisite-eqf-level', prerequisites?.eqfLevel);
  notes.map('stackability', stackability?.description);
  notes.map('recognition', recognition?.description);
  notes.value('recognition-max-ects', recognition?.maxEcts);
  notes.map('accessibility', mc.accessibility);
  notes.map('field-of-study', mc.fieldOfStudy?.description);
  notes.map('further-information', mc.furtherInformation?.description);

  const languages = languagesOfDelivery(mc.languageOfDelivery);
  if (mc.languageOfDelivery && !languages.exact) notes.list('language-of-delivery', mc.languageOfDelivery);

  const external = mc.qualityAssurance.some((qa) => qa.type === 'external');
  const setting = LEARNING_SETTINGS[options.learningSetting ?? (external ? 'formal' : 'non-formal')];
  const field = mc.fieldOfStudy ? iscedFEntry(mc.fieldOfStudy.iscedF) : undefined;
  const firstBody = { org: mc.awardingBodies[0]!, path: 'awarding/0' };

  return node(idOf(ctx, 'qualification'), 'Qualification', {
    title: copy(mc.title),
    description: mc.objective ? copy(mc.objective) : undefined,
    identifier: [
      ...(mc.achievementId ? [identifier(ctx, 'qualification/id', mc.achievementId, URI_SCHEME_NAME)] : []),
      ...(mc.courseCode ? [identifier(ctx, 'qualification/course-code', mc.courseCode, COURSE_CODE_SCHEME_NAME)] : []),
    ],
    eqfLevel: typeof level.eqf === 'number' ? conceptOf(eqfEntry(level.eqf)) : undefined,
    nqfLevel: nqf ? conceptOf(nqf) : undefined,
    educationLevel: level.qfEhea ? conceptOf(QF_EHEA_CONCEPTS[level.qfEhea]) : undefined,
    creditPoint:
      workload.ects !== undefined
        ? [node(idOf(ctx, 'qualification/credit'), 'CreditPoint', { framework: conceptOf(CREDIT_SYSTEMS.ects), point: String(workload.ects) })]
        : undefined,
    volumeOfLearning: duration,
    learningOutcome: learningOutcomes(ctx, mc),
    entryRequirement: prerequisites?.description ? note(ctx, 'qualification/entry-requirement', prerequisites.description) : undefined,
    mode: [conceptOf(PARTICIPATION_MODES[participation.mode])],
    learningSetting: conceptOf(setting),
    thematicArea: field ? [conceptOf(field)] : undefined,
    language: languages.concepts,
    isPartialQualification: stackability ? stackability.type === 'stackable' : undefined,
    isPartOf: stackability?.towards?.map((target, i) => {
      const path = `towards/${i}`;
      const targetNotes = new Notes(ctx, path);
      targetNotes.value('max-ects', target.maxEcts);
      return node(idOf(ctx, path), 'Qualification', {
        title: copy(target.title),
        identifier: target.id ? [identifier(ctx, `${path}/id`, target.id, URI_SCHEME_NAME)] : undefined,
        homepage: target.url ? [webResource(ctx, `${path}/homepage`, target.url)] : undefined,
        additionalNote: targetNotes.items,
      });
    }),
    entitlesTo: recognition?.programmes?.map((programme, i) => {
      const path = `programme/${i}`;
      return node(idOf(ctx, path), 'LearningEntitlementSpecification', {
        title: copy(programme.title),
        identifier: programme.id ? [identifier(ctx, `${path}/id`, programme.id, URI_SCHEME_NAME)] : undefined,
        dcType: conceptOf(ENTITLEMENT.learningOpportunity),
        entitlementStatus: conceptOf(ENTITLEMENT.prospective),
        limitOrganisation: programme.institution ? [organisation(ctx, { name: programme.institution }, `${path}/institution`)] : undefined,
      });
    }),
    influencedBy: workload.breakdown?.map((item, i) => {
      const path = `workload/${i}`;
      const itemDuration = hoursToDuration(item.hours);
      const itemNotes = new Notes(ctx, path);
      if (itemDuration === undefined) itemNotes.value('workload-hours', item.hours);
      return node(idOf(ctx, path), 'LearningActivitySpecification', {
        title: copy(item.activity),
        volumeOfLearning: itemDuration,
        additionalNote: itemNotes.items,
      });
    }),
    accreditation: mc.qualityAssurance.map((qa, i) => accreditation(ctx, qa, `qa/${i}`, ACCREDITATION_TYPES.programme, firstBody)),
    additionalNote: notes.items,
    supplementaryDocument: mc.furtherInformation?.urls?.map((url, i) => webResource(ctx, `further-information/${i}`, url)),
  });
}

function assessment(ctx: Ctx, mc: MicroCredential, awardedBy: ElmNode): ElmNode {
  const { grade, supervision } = mc;
  const notes = new Notes(ctx, 'assessment/spec');
  notes.map('assessment-criteria', mc.assessment.criteria);
  notes.list('assessment-formative', mc.assessment.formative);
  notes.list('assessment-summative', mc.assessment.summative);
  // ELM requires a grade on every assessment: without a value, a plain-language placeholder marked as such.
  const gradeNote: ElmNote =
    grade?.value !== undefined
      ? note(ctx, 'assessment/grade', text(ctx, grade.value))
      : {
          id: idOf(ctx, 'assessment/grade'),
          type: 'Note',
          subject: noteSubject('grade-not-stated'),
          noteLiteral: { en: grade?.passed === true ? GRADE_PLACEHOLDERS.passed : grade?.passed === false ? GRADE_PLACEHOLDERS.failed : GRADE_PLACEHOLDERS.unknown },
        };
  const level = supervision ? SUPERVISION_LEVELS[supervision] : undefined;
  return node(idOf(ctx, 'assessment'), 'LearningAssessment', {
    title: copy(mc.title),
    description: grade?.description ? copy(grade.description) : undefined,
    grade: gradeNote,
    gradeStatus: grade?.passed === undefined ? undefined : conceptOf(grade.passed ? MICROCRED_CONCEPTS.gradePassed : MICROCRED_CONCEPTS.gradeFailed),
    idVerification: level ? conceptOf(level.concept) : undefined,
    awardedBy,
    specifiedBy: node(idOf(ctx, 'assessment/spec'), 'LearningAssessmentSpecification', {
      title: copy(mc.title),
      description: mc.assessment.description ? copy(mc.assessment.description) : undefined,
      mode: level?.assessmentMode ? [conceptOf(level.assessmentMode)] : undefined,
      gradingScheme: grade?.scale !== undefined ? node(idOf(ctx, 'assessment/grading'), 'GradingScheme', { title: text(ctx, grade.scale) }) : undefined,
      // One part per type: dcType allows one concept per specification.
      hasPart: mc.assessment.types.map((type, i) => {
        const entry = ASSESSMENT_TYPE_CONCEPTS[type];
        return node(idOf(ctx, `assessment/type/${i}`), 'LearningAssessmentSpecification', { title: { en: entry.label }, dcType: conceptOf(entry) });
      }),
      additionalNote: notes.items,
    }),
  });
}

/** The achievement: title, awarding, specification, assessment, delivery, and award-level notes. */
function achievement(ctx: Ctx, mc: MicroCredential, options: ToElmOptions): ElmNode {
  const awardedBy = awardingProcess(ctx, mc);
  const notes = new Notes(ctx, CLAIM_PATH);
  (mc.evidence ?? []).forEach((item, i) => notes.items.push(jsonNote(idOf(ctx, `evidence/${i}`), 'evidence', item)));
  (mc.related ?? []).forEach((item, i) => notes.items.push(jsonNote(idOf(ctx, `related/${i}`), 'related', item)));
  if (mc.image && !mc.image.id.startsWith('data:')) {
    notes.value('badge-image-url', mc.image.id);
    notes.map('badge-image-caption', mc.image.caption);
  }
  return node(idOf(ctx, CLAIM_PATH), 'LearningAchievement', {
    title: copy(mc.title),
    awardedBy,
    specifiedBy: qualification(ctx, mc, options),
    provenBy: [assessment(ctx, mc, awardedBy)],
    influencedBy: mc.deliveringBodies
      ? [
          node(idOf(ctx, 'activity'), 'LearningActivity', {
            title: copy(mc.title),
            awardedBy,
            directedBy: mc.deliveringBodies.map((org, i) => organisation(ctx, org, `delivering/${i}`)),
          }),
        ]
      : undefined,
    additionalNote: notes.items,
  });
}

function person(ctx: Ctx, mc: MicroCredential, options: ToElmOptions): ElmNode {
  const { learner } = mc;
  const ids = learnerIdentifiers(ctx, mc);
  return node(learner.id ?? idOf(ctx, 'learner'), 'Person', {
    // One value each: SHACL allows a single fullName/givenName/familyName.
    fullName: learner.name !== undefined ? text(ctx, learner.name) : undefined,
    givenName: learner.givenName !== undefined ? text(ctx, learner.givenName) : undefined,
    familyName: learner.familyName !== undefined ? text(ctx, learner.familyName) : undefined,
    dateOfBirth: learner.birthDate ? encodeDateTime(learner.birthDate) : undefined,
    nationalID: ids.national,
    identifier: ids.nodes,
    contactPoint: learner.email ? [contactPoint(ctx, 'learner/contact', learner.email)] : undefined,
    additionalNote: ids.notes,
    hasClaim: [achievement(ctx, mc, options)],
  });
}


function displayParameter(ctx: Ctx, mc: MicroCredential, render: (page: ElmDisplayPage) => ReturnType<typeof renderSvgPage>): ElmNode {
  // One display language per NAL language among the title's languages, the primary one first.
  const tags = [ctx.lang, ...Object.keys(mc.title).filter((tag) => tag !== ctx.lang)];
  const displays: Array<{ tag: string; language: ElmConcept }> = [];
  for (const tag of tags) {
    const language = languageConcept(tag);
    if (language && !displays.some((d) => d.language.id === language.id)) displays.push({ tag, language });
  }
  if (displays.length === 0) displays.push({ tag: ctx.lang, language: languageConcept('en')! });
  const learnerName = mc.learner.name ?? ([mc.learner.givenName, mc.learner.familyName].filter(Boolean).join(' ') || undefined);
  return node(idOf(ctx, 'display'), 'DisplayParameter', {
    title: copy(mc.title),
    language: displays.map((d) => d.language),
    primaryLanguage: displays[0]!.language,
    individualDisplay: displays.map(({ tag, language }) => {
      const path = `display/${language.id.slice(-3)}`;
      const page: ElmDisplayPage = {
        language: tag,
        title: textIn(mc.title, tag)!,
        awardingBodies: mc.awardingBodies.map((org) => textIn(org.name, tag)!),
        dateOfIssuing: mc.dateOfIssuing,
      };
      if (learnerName !== undefined) page.learner = learnerName;
      if (mc.workload.ects !== undefined) page.ects = mc.workload.ects;
      if (mc.workload.hours !== undefined) page.hours = mc.workload.hours;
      if (mc.level.eqf !== undefined) page.eqfLevel = mc.level.eqf;
      const rendered = render(page);
      return node(idOf(ctx, path), 'IndividualDisplay', {
        language,
        displayDetail: [
          node(idOf(ctx, `${path}/page/1`), 'DisplayDetail', {
            page: 1,
            image: node(idOf(ctx, `${path}/page/1/image`), 'MediaObject', {
              content: rendered.base64,
              contentType: fileTypeConcept(rendered.mediaType),
              contentEncoding: conceptOf(BASE64_ENCODING),
            }),
          }),
        ],
      });
    }),
  });
}

/** The badge image, when it is inline (a data: URI): an attachment marked as the badge image. */
function badgeAttachment(ctx: Ctx, mc: MicroCredential): ElmNode | undefined {
  const match = mc.image ? /^data:([^;,]+);base64,(.*)$/.exec(mc.image.id) : null;
  if (!match || !mc.image) return undefined;
  return node(idOf(ctx, 'image'), 'MediaObject', {
    description: mc.image.caption ? copy(mc.image.caption) : undefined,
    content: match[2],
    contentType: fileTypeConcept(match[1]!),
    contentEncoding: conceptOf(BASE64_ENCODING),
    attachmentType: conceptOf(MICROCRED_CONCEPTS.badgeImage),
  });
}

/**
 * Maps a MicroCredential to an unsigned European Digital Credential (ELM v3, EDC application
 * profile): a VC 1.1 JSON-LD document with the `edc-ap` context whose every Annex I element sits
 * where ELM puts it, with EU vocabulary concepts and ELM language maps; elements ELM has no
 * property for travel in labelled notes (see mapping.ts), so {@link fromElm} gives the
 * MicroCredential back unchanged. Output is deterministic: node ids derive from the credential id.
 *
 * The EDC shapes also require `issued` and `issuer.eIDASIdentifier`, which the sealing step
 * provides (`options.issued`, `options.eidasIdentifier`); without them the result is a draft
 * that fails SHACL exactly as the EU's unsigned samples do.
 *
 * The input should be valid (see `validateMicroCredential`).
 */
export function toElm(mc: MicroCredential, options: ToElmOptions = {}): EuropeanDigitalCredential {
  const first = mc.awardingBodies?.[0];
  if (!first) throw new InvalidArgumentError('ERR_AWARDING_BODY_REQUIRED', 'toElm needs at least one awarding body.', { pointer: '/awardingBodies' });
  const titleLanguages = Object.keys(mc.title ?? {});
  if (titleLanguages.length === 0) throw new InvalidArgumentError('ERR_TITLE_REQUIRED', 'toElm needs a title.', { pointer: '/title' });
  if (options.primaryLanguage !== undefined && !titleLanguages.includes(options.primaryLanguage)) {
    throw new InvalidArgumentError('ERR_LANGUAGE_UNKNOWN', `The primary language "${options.primaryLanguage}" is not a language of the title (${titleLanguages.join(', ')}).`);
  }
  const eidas = options.eidasIdentifier;
  if (eidas && !Object.hasOwn(NAL_COUNTRIES, eidas.country)) {
    throw new InvalidArgumentError('ERR_COUNTRY_UNKNOWN', `"${eidas.country}" is not an ISO 3166-1 alpha-2 country code.`);
  }
  const credentialId = mc.id ?? options.id ?? contentCredentialId(mc);
  const ctx: Ctx = { credentialId, lang: options.primaryLanguage ?? (titleLanguages.includes('en') ? 'en' : titleLanguages[0]!) };

  const issuer = organisation(ctx, first, 'issuer', false);
  issuer.id = options.issuer ?? issuer.id;
  if (eidas) {
    issuer.eIDASIdentifier = node(idOf(ctx, 'issuer/eidas'), 'LegalIdentifier', { notation: eidas.notation, spatial: countryConcept(eidas.country) });
  }

  const credential: EuropeanDigitalCredential = {
    '@context': [...ELM_CONTEXTS],
    id: credentialId,
    type: [...EDC_TYPES],
    credentialProfiles: [conceptOf(GENERIC_PROFILE)],
    credentialSchema: [{ id: EDC_GENERIC_FULL_SHAPES, type: SHACL_VALIDATOR_TYPE }],
    displayParameter: displayParameter(ctx, mc, options.renderPage ?? renderSvgPage),
    issuer,
    validFrom: encodeDateTime(mc.dateOfIssuing),
    credentialSubject: person(ctx, mc, options),
  };
  if (options.issued !== undefined) {
    credential.issued = toDateTime(options.issued);
    credential.issuanceDate = credential.issued;
  }
  if (mc.validUntil !== undefined) {
    credential.validUntil = encodeDateTime(mc.validUntil);
    credential.expirationDate = credential.validUntil;
  }
  const attachment = badgeAttachment(ctx, mc);
  if (attachment) credential.attachment = [attachment];
  return credential;
}
