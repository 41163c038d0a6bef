import { InvalidArgumentError } from '../../errors.js';
import { checkInput } from '../../model/guard.js';
import type { ValidationIssue } from '../../model/issue.js';
import type {
  AssessmentType,
  CountryEntry,
  Evidence,
  RelatedResource,
  LearnerIdentifier,
  LearningOutcome,
  MicroCredential,
  Organisation,
  Participation,
  QualityAssurance,
  Supervision,
} from '../../model/types.generated.js';
import { nodeId } from './ids.js';
import {
  ACCREDITATION_ID_SCHEME_NAME,
  CLAIM_PATH,
  COURSE_CODE_SCHEME_NAME,
  IDENTIFIER_SCHEME_NAMES,
  QA_TITLES,
  URI_SCHEME_NAME,
} from './mapping.js';
import { type NoteKey, booleanValue, listValue, noteKeyOf, numberValue, valueText } from './notes.js';
import {
  type Json,
  NodeIndex,
  asArray,
  conceptIdOf,
  conceptIdsOf,
  conceptLabelOf,
  firstText,
  hasType,
  isObject,
  langMapOf,
  noteLiteralOf,
  notesOf,
  stringOf,
} from './read.js';
import type { ParsedElm } from './types.js';
import { dateOfDateTime, decodeDateTime, durationToHours } from './values.js';
import {
  ASSESSMENT_TYPE_BY_CONCEPT,
  CREDIT_SYSTEMS,
  MICROCRED_CONCEPTS,
  MODES,
  PARTICIPATION_MODE_BY_CONCEPT,
  QA_DECISION_BY_CONCEPT,
  QF_EHEA_BY_CONCEPT,
  SKILL_TYPE_BY_CONCEPT,
  SUPERVISION_CONCEPTS,
  assessmentTypeByLabel,
  countryOfConcept,
  languageOfConcept,
  mediaTypeOfConcept,
  nqfOfConcept,
} from './vocabularies.js';

/** Limits for untrusted EDC input: EDCs nest deeper and run larger than MicroCredentials (base64 page images). */
const INPUT_LIMITS = { maxBytes: 32 * 1024 * 1024, maxDepth: 96, maxNodes: 500_000 };

const IDENTIFIER_TYPE_BY_SCHEME = new Map(Object.entries(IDENTIFIER_SCHEME_NAMES).map(([type, name]) => [name, type as LearnerIdentifier['type']]));
const QA_TYPE_BY_TITLE = new Map(Object.entries(QA_TITLES).map(([type, title]) => [title, type as QualityAssurance['type']]));
const ENUMS = {
  pacing: ['self-paced', 'instructor-led'],
  intensity: ['full-time', 'part-time'],
} as const;

/** The credential inside what a caller may hand over: JSON text, a JAdES JWS (JSON serialization), or the EU upload wrapper. */
function unwrap(input: unknown): Json {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      throw new InvalidArgumentError('ERR_ELM_INPUT', 'The input is not JSON.');
    }
  }
  if (isObject(value) && typeof value.payload === 'string' && (value.signatures !== undefined || value.signature !== undefined)) {
    try {
      value = JSON.parse(value.payload) as unknown;
    } catch {
      throw new InvalidArgumentError('ERR_ELM_INPUT', 'The JWS payload is not JSON (a detached or base64url payload cannot be read here).');
    }
  }
  if (isObject(value) && value.type === undefined && isObject(value.credential)) value = value.credential;
  const problems = checkInput(value, INPUT_LIMITS);
  if (problems.length) throw new InvalidArgumentError('ERR_ELM_INPUT', problems[0]!.message, { pointer: problems[0]!.pointer });
  return value as Json;
}

/** Reads one EDC. State shared by the field readers. */
class Parse {
  readonly index: NodeIndex;
  readonly warnings: ValidationIssue[] = [];
  readonly doc: Json;
  readonly credentialId: string | undefined;
  readonly subject: Json | undefined;
  readonly claim: Json | undefined;
  readonly spec: Json | undefined;
  readonly awarding: Json | undefined;
  readonly assessment: Json | undefined;
  readonly assessmentSpec: Json | undefined;
  readonly mine: boolean;
  private readonly specNotes: Map<NoteKey, Json[]>;

  constructor(doc: Json) {
    this.doc = doc;
    this.index = new NodeIndex(doc);
    this.credentialId = stringOf(doc.id);
    this.subject = this.index.first(doc.credentialSubject);
    const claims = this.index.nodes(this.subject?.hasClaim);
    this.claim = claims.find((c) => hasType(c, 'LearningAchievement')) ?? claims[0];
    if (claims.length > 1) this.warn('ELM_EXTRA_CLAIMS', '/credentialSubject/hasClaim', `The credential has ${claims.length} claims; only the first learning achievement is read.`);
    this.mine = this.credentialId !== undefined && this.claim?.id === nodeId(this.credentialId, CLAIM_PATH);
    this.spec = this.index.first(this.claim?.specifiedBy);
    this.awarding = this.index.first(this.claim?.awardedBy);
    const assessments = this.index.nodes(this.claim?.provenBy);
    this.assessment = assessments.find((a) => hasType(a, 'LearningAssessment')) ?? assessments[0];
    this.assessmentSpec = this.index.first(this.assessment?.specifiedBy);
    this.specNotes = notesOf(this.index, this.spec);
  }

  warn(code: string, pointer: string, message: string) {
    this.warnings.push({ code, pointer, message, severity: 'warning' });
  }

  /** An Annex I element the credential does not state (not reported for microcred's own EDCs: validation reports it). */
  missing(pointer: string, message: string) {
    if (!this.mine) this.warn('ELM_MISSING_ELEMENT', pointer, message);
  }

  /** Whether `id` is the derived id of microcred's node at `path`. */
  derived(id: unknown, path: string): boolean {
    return this.credentialId !== undefined && id === nodeId(this.credentialId, path);
  }

  // ── notes ──
  note(key: NoteKey, of: Json | undefined = this.spec): Record<string, string> | undefined {
    const notes = of === this.spec ? this.specNotes : notesOf(this.index, of);
    return noteLiteralOf(notes.get(key)?.[0]);
  }
  noteText(key: NoteKey, of?: Json): string | undefined {
    const literal = firstText(this.note(key, of));
    return literal === undefined ? undefined : valueText(key, literal);
  }
  noteNumber(key: NoteKey, of?: Json): number | undefined {
    const literal = firstText(this.note(key, of));
    return literal === undefined ? undefined : numberValue(key, literal);
  }
  noteBoolean(key: NoteKey, of?: Json): boolean | undefined {
    const literal = firstText(this.note(key, of));
    return literal === undefined ? undefined : booleanValue(key, literal);
  }
  noteList(key: NoteKey, of?: Json): string[] | undefined {
    const literal = firstText(this.note(key, of));
    return literal === undefined ? undefined : listValue(key, literal);
  }
  jsonNotes(key: NoteKey, of: Json | undefined): Json[] {
    const out: Json[] = [];
    for (const note of notesOf(this.index, of).get(key) ?? []) {
      const literal = firstText(noteLiteralOf(note));
      try {
        const value = literal === undefined ? undefined : (JSON.parse(literal) as unknown);
        if (isObject(value)) out.push(value);
      } catch {
        this.warn('ELM_BAD_NOTE', '', `A "${key}" note is not valid JSON; it is skipped.`);
      }
    }
    return out;
  }

  // ── shared node readers ──
  identifiers(node: Json | undefined, schemeName: string): string[] {
    return this.index
      .nodes(node?.identifier)
      .filter((item) => stringOf(item.schemeName) === schemeName)
      .map((item) => stringOf(item.notation))
      .filter((value): value is string => value !== undefined);
  }

  url(value: unknown): string | undefined {
    const resource = this.index.first(value);
    return stringOf(resource?.contentURL) ?? stringOf(resource?.contentUrl);
  }

  email(node: Json | undefined): string | undefined {
    for (const point of this.index.nodes(node?.contactPoint)) {
      for (const box of asArray(point.emailAddress)) {
        const iri = conceptIdOf(box);
        if (iri?.startsWith('mailto:')) return iri.slice('mailto:'.length);
      }
    }
    return undefined;
  }

  organisation(node: Json, pointer: string, selfIdForAccreditation?: string): Organisation {
    const name = langMapOf(node.legalName) ?? langMapOf(node.prefLabel) ?? langMapOf(node.altLabel);
    const org = { name: name ?? { en: stringOf(node.id) ?? 'unknown organisation' } } as Organisation;
    if (!name) this.missing(pointer, 'An organisation has no legal name.');
    const [id] = this.identifiers(node, URI_SCHEME_NAME);
    if (id !== undefined) org.id = id;
    const location = this.index.first(node.location);
    const address = this.index.first(location?.address);
    const countryIri = conceptIdOf(address?.countryCode);
    const country = countryIri === undefined ? undefined : countryOfConcept(countryIri);
    if (country) org.country = country;
    const region = firstText(langMapOf(location?.geographicName)) ?? conceptLabelOf(this.index.node(location?.spatialCode));
    if (region !== undefined) org.region = region;
    const url = this.url(node.homepage);
    if (url !== undefined) org.url = url;
    const email = this.email(node);
    if (email !== undefined) org.email = email;
    const legal = stringOf(this.index.first(node.registration)?.notation);
    if (legal !== undefined) org.legalIdentifier = legal;
    const accreditations = this.index.nodes(node.accreditation);
    if (accreditations.length) org.accreditation = accreditations.map((a, i) => this.qualityAssurance(a, `${pointer}/accreditation/${i}`, selfIdForAccreditation ?? stringOf(node.id)));
    return org;
  }

  qualityAssurance(node: Json, pointer: string, selfId: string | undefined): QualityAssurance {
    const title = langMapOf(node.title);
    const agent = this.index.first(node.accreditingAgent);
    let type = title?.en !== undefined ? QA_TYPE_BY_TITLE.get(title.en) : undefined;
    if (!type) {
      // Another producer's accreditation: external unless the awarding body accredits itself.
      type = agent && agent.id === selfId ? 'internal' : 'external';
      this.warn('ELM_GUESSED', pointer, `The type of quality assurance (internal or external) is not stated; read as ${type}.`);
    }
    const qa: QualityAssurance = { type };
    if (agent && !(selfId !== undefined && agent.id === selfId)) qa.body = this.organisation(agent, `${pointer}/body`);
    const description = langMapOf(node.description);
    if (description) qa.description = description;
    const decisionIri = conceptIdOf(node.decision);
    const decision = decisionIri === undefined ? undefined : QA_DECISION_BY_CONCEPT.get(decisionIri);
    if (decision) qa.decision = decision;
    const date = (value: unknown) => {
      const text = stringOf(value);
      return text === undefined ? undefined : dateOfDateTime(text)?.date;
    };
    const decisionDate = date(node.dateIssued);
    if (decisionDate) qa.decisionDate = decisionDate;
    const validFrom = date(node.valid);
    if (validFrom) qa.validFrom = validFrom;
    const validUntil = date(node.expiryDate);
    if (validUntil) qa.validUntil = validUntil;
    const [accreditationId] = this.identifiers(node, ACCREDITATION_ID_SCHEME_NAME);
    const fallbackId = stringOf(this.index.first(node.identifier)?.notation);
    if (accreditationId ?? fallbackId) qa.accreditationId = (accreditationId ?? fallbackId)!;
    const url = this.url(node.homepage);
    if (url !== undefined) qa.url = url;
    const deqar = this.url(node.landingPage);
    if (deqar !== undefined) qa.deqarUrl = deqar;
    return qa;
  }
}

function learnerOf(p: Parse): MicroCredential['learner'] {
  const subject = p.subject;
  const learner: MicroCredential['learner'] = {};
  if (!subject) {
    p.missing('/learner', 'The credential has no credentialSubject.');
    return learner;
  }
  // The EU tools give the subject a document-local node id (urn:epass:person:1), not an identifier of the learner.
  if (typeof subject.id === 'string' && !p.derived(subject.id, 'learner') && !subject.id.startsWith('urn:epass:')) learner.id = subject.id;
  const name = firstText(langMapOf(subject.fullName));
  if (name !== undefined) learner.name = name;
  const given = firstText(langMapOf(subject.givenName));
  if (given !== undefined) learner.givenName = given;
  const family = firstText(langMapOf(subject.familyName));
  if (family !== undefined) learner.familyName = family;
  const email = p.email(subject);
  if (email !== undefined) learner.email = email;
  const birth = stringOf(subject.dateOfBirth);
  if (birth !== undefined) {
    const date = dateOfDateTime(birth);
    if (date) {
      learner.birthDate = date.date;
      if (!date.exact) p.warn('ELM_DATE_ROUNDED', '/learner/birthDate', `dateOfBirth ${birth} is a date-time; read as the date ${date.date}.`);
    }
  }

  const details = new Map<string, Json>();
  for (const record of p.jsonNotes('learner-identifier', subject)) if (typeof record.identifier === 'string') details.set(record.identifier, record);
  const identifiers: LearnerIdentifier[] = [];
  const seen = new Set<string>();
  const read = (node: Json, fallbackType: LearnerIdentifier['type']) => {
    const value = stringOf(node.notation);
    if (value === undefined) return;
    const schemeName = stringOf(node.schemeName);
    const item: LearnerIdentifier = { type: (schemeName !== undefined ? IDENTIFIER_TYPE_BY_SCHEME.get(schemeName) : undefined) ?? fallbackType, value };
    const issuedBy = firstText(langMapOf(node.schemeAgency));
    if (issuedBy !== undefined) item.issuedBy = issuedBy;
    const extra = typeof node.id === 'string' ? details.get(node.id) : undefined;
    if (typeof extra?.hashed === 'boolean') item.hashed = extra.hashed;
    if (typeof extra?.salt === 'string') item.salt = extra.salt;
    identifiers.push(item);
    if (typeof node.id === 'string') seen.add(node.id);
  };
  for (const node of p.index.nodes(subject.identifier)) read(node, 'other');
  const national = p.index.first(subject.nationalID ?? subject.nationalId);
  if (national && !(typeof national.id === 'string' && seen.has(national.id))) read(national, 'nationalId');
  if (identifiers.length) learner.identifiers = identifiers;
  if (Object.keys(learner).length === 0) p.missing('/learner', 'The credential does not identify the learner (no name, identifier or id).');
  return learner;
}

function awardingOf(p: Parse, mc: Partial<MicroCredential>) {
  const bodies = p.index.nodes(p.awarding?.awardingBody);
  if (bodies.length) {
    mc.awardingBodies = bodies.map((body, i) => p.organisation(body, `/awardingBodies/${i}`));
  } else {
    const issuer = p.index.first(p.doc.issuer);
    p.missing('/awardingBodies', issuer ? 'The achievement names no awarding body; the issuer is read as the awarding body.' : 'The credential names no awarding body.');
    if (issuer) mc.awardingBodies = [p.organisation(issuer, '/awardingBodies/0')];
  }
  if (mc.awardingBodies && !mc.awardingBodies.some((body) => body.country)) p.missing('/countries', "The awarding body's country is not stated.");

  const addresses = p.index.nodes(p.index.first(p.awarding?.location)?.address);
  const countries: CountryEntry[] = [];
  for (const address of addresses) {
    const iri = conceptIdOf(address.countryCode);
    const country = iri === undefined ? undefined : countryOfConcept(iri);
    if (!country) continue;
    const region = firstText(noteLiteralOf(p.index.first(address.fullAddress)));
    countries.push(region !== undefined ? { country, region } : country);
  }
  if (countries.length) mc.countries = countries;

  const delivering = p.index.nodes(p.claim?.influencedBy).flatMap((activity) => p.index.nodes(activity.directedBy));
  if (delivering.length) mc.deliveringBodies = delivering.map((body, i) => p.organisation(body, `/deliveringBodies/${i}`));

  const awardingDate = stringOf(p.awarding?.awardingDate) ?? stringOf(p.doc.validFrom) ?? stringOf(p.doc.issued) ?? stringOf(p.doc.issuanceDate);
  if (awardingDate !== undefined) mc.dateOfIssuing = decodeDateTime(awardingDate);
  else p.missing('/dateOfIssuing', 'The credential has no date of issuing (awardingDate, validFrom or issued).');
  const until = stringOf(p.doc.validUntil) ?? stringOf(p.doc.expirationDate);
  if (until !== undefined) mc.validUntil = decodeDateTime(until);
}

function outcomesOf(p: Parse): LearningOutcome[] {
  return p.index.nodes(p.spec?.learningOutcome).flatMap((node, i) => {
    const text = langMapOf(node.title);
    if (!text) {
      p.missing(`/learningOutcomes/${i}`, 'A learning outcome has no title; it is skipped.');
      return [];
    }
    const outcome: LearningOutcome = { text };
    const [id] = p.identifiers(node, URI_SCHEME_NAME);
    if (id !== undefined) outcome.id = id;
    const typeIri = conceptIdOf(node.dcType);
    const category = typeIri === undefined ? undefined : SKILL_TYPE_BY_CONCEPT.get(typeIri);
    if (category) outcome.category = category;
    if (p.noteText('learning-outcome-category', node) === 'responsibility-autonomy') outcome.category = 'responsibility-autonomy';
    const skills = [...conceptIdsOf(node.relatedESCOSkill), ...conceptIdsOf(node.relatedSkill)];
    if (skills.length) outcome.escoSkills = skills;
    return [outcome];
  });
}

function workloadOf(p: Parse): MicroCredential['workload'] | undefined {
  const workload: MicroCredential['workload'] = {};
  for (const credit of p.index.nodes(p.spec?.creditPoint)) {
    const framework = conceptIdOf(credit.framework);
    const point = Number(stringOf(credit.point) ?? credit.point);
    if (framework === CREDIT_SYSTEMS.ects.id && Number.isFinite(point) && point > 0) workload.ects = point;
    else p.warn('ELM_NOT_CARRIED', '/workload', `Credit points in a framework other than ECTS (${framework ?? 'none'}) are not carried.`);
  }
  const volume = stringOf(p.spec?.volumeOfLearning);
  const hours = p.noteNumber('workload-hours') ?? (volume !== undefined ? durationToHours(volume) : undefined);
  if (volume !== undefined && hours === undefined) p.warn('ELM_NOT_CARRIED', '/workload/hours', `volumeOfLearning ${volume} has no exact length in hours.`);
  if (hours !== undefined && hours > 0) workload.hours = hours;
  const perCredit = p.noteNumber('workload-hours-per-credit');
  if (perCredit !== undefined) workload.hoursPerCredit = perCredit;
  const breakdown = p.index.nodes(p.spec?.influencedBy).flatMap((activity) => {
    const title = langMapOf(activity.title);
    const duration = stringOf(activity.volumeOfLearning);
    const itemHours = p.noteNumber('workload-hours', activity) ?? (duration !== undefined ? durationToHours(duration) : undefined);
    return title && itemHours !== undefined ? [{ activity: title, hours: itemHours }] : [];
  });
  if (breakdown.length) workload.breakdown = breakdown;
  if (workload.ects === undefined && workload.hours === undefined) {
    p.missing('/workload', 'The notional workload is not stated (no ECTS creditPoint, no volumeOfLearning).');
    return Object.keys(workload).length ? workload : undefined;
  }
  return workload;
}

function levelOf(p: Parse): MicroCredential['level'] | undefined {
  const level: MicroCredential['level'] = {};
  const eqfIri = conceptIdOf(p.spec?.eqfLevel);
  const eqf = eqfIri === undefined ? undefined : /^http:\/\/data\.europa\.eu\/snb\/eqf\/([1-8])$/.exec(eqfIri)?.[1];
  if (eqf) level.eqf = Number(eqf);
  else if (p.noteText('level-eqf') !== undefined) level.eqf = 'not-applicable';
  for (const value of asArray(p.spec?.nqfLevel)) {
    const iri = conceptIdOf(value);
    const nqf = iri === undefined ? undefined : nqfOfConcept(iri);
    if (nqf) level.nqf = nqf;
    else p.warn('ELM_NOT_CARRIED', '/level/nqf', `The NQF level ${conceptLabelOf(p.index.node(value)) ?? iri ?? ''} has no framework/level pair microcred knows; it is not carried.`);
  }
  const nqfNote = /^(\d+) \(framework (\S+)\)$/.exec(p.noteText('level-nqf') ?? '');
  if (nqfNote) level.nqf = { framework: nqfNote[2]!, level: Number(nqfNote[1]) };
  const cycleIri = conceptIdOf(p.spec?.educationLevel);
  const cycle = cycleIri === undefined ? undefined : QF_EHEA_BY_CONCEPT.get(cycleIri);
  if (cycle) level.qfEhea = cycle;
  const justification = p.note('level-justification');
  if (justification) level.justification = justification;
  if (Object.keys(level).length === 0) {
    p.missing('/level', 'No level is stated (eqfLevel, nqfLevel), nor that none applies.');
    return undefined;
  }
  return level;
}

function assessmentOf(p: Parse): MicroCredential['assessment'] | undefined {
  const types: AssessmentType[] = [];
  const add = (value: unknown, pointer: string) => {
    const iri = conceptIdOf(value);
    if (iri === undefined) return;
    let type = ASSESSMENT_TYPE_BY_CONCEPT.get(iri);
    if (!type) {
      const label = conceptLabelOf(p.index.node(value));
      type = label !== undefined ? assessmentTypeByLabel(label) : undefined;
      p.warn('ELM_GUESSED', pointer, type ? `The assessment type ${iri} is not an EU concept; read by its label "${label}" as ${type}.` : `The assessment type ${iri} (${label ?? 'no label'}) is unknown; read as "other".`);
      type ??= 'other';
    }
    if (!types.includes(type)) types.push(type);
  };
  const specs = p.index.nodes(p.claim?.provenBy).map((a) => p.index.first(a.specifiedBy));
  for (const spec of specs) {
    add(spec?.dcType, '/assessment/types');
    for (const part of p.index.nodes(spec?.hasPart)) add(part.dcType, '/assessment/types');
  }
  const assessment = { types } as MicroCredential['assessment'];
  const spec = p.assessmentSpec;
  const formative = p.noteList('assessment-formative', spec) as AssessmentType[] | undefined;
  if (formative) assessment.formative = formative;
  const summative = p.noteList('assessment-summative', spec) as AssessmentType[] | undefined;
  if (summative) assessment.summative = summative;
  const description = langMapOf(spec?.description);
  if (description) assessment.description = description;
  const criteria = p.note('assessment-criteria', spec);
  if (criteria) assessment.criteria = criteria;
  if (types.length === 0) {
    p.missing('/assessment', 'The type of assessment is not stated (no assessment specification with a dcType).');
    return Object.keys(assessment).length > 1 ? assessment : undefined;
  }
  return assessment;
}

function participationOf(p: Parse): Participation | undefined {
  const modes = [...conceptIdsOf(p.spec?.mode), ...p.index.nodes(p.claim?.influencedBy).flatMap((a) => conceptIdsOf(p.index.first(a.specifiedBy)?.mode))];
  const known = modes.map((iri) => PARTICIPATION_MODE_BY_CONCEPT.get(iri)).find((mode) => mode !== undefined);
  if (!known) {
    p.missing('/participation', modes.length ? `The learning mode (${modes.join(', ')}) is not a form of participation (online, on site, blended).` : 'The form of participation is not stated (no mode).');
    return undefined;
  }
  const participation: Participation = { mode: p.noteText('participation-form') === 'hybrid' && known === 'blended' ? 'hybrid' : known };
  const synchronous = p.noteBoolean('participation-synchronous');
  if (synchronous !== undefined) participation.synchronous = synchronous;
  const asynchronous = p.noteBoolean('participation-asynchronous');
  if (asynchronous !== undefined) participation.asynchronous = asynchronous;
  const pacing = p.noteText('participation-pacing');
  if ((ENUMS.pacing as readonly string[]).includes(pacing ?? '')) participation.pacing = pacing as Participation['pacing'];
  const intensity = p.noteText('participation-intensity');
  if ((ENUMS.intensity as readonly string[]).includes(intensity ?? '')) participation.intensity = intensity as Participation['intensity'];
  const platform = p.noteText('participation-platform');
  if (platform !== undefined) participation.platform = platform;
  const location = p.noteText('participation-location');
  if (location !== undefined) participation.location = location;
  const description = p.note('participation-description');
  if (description) participation.description = description;
  return participation;
}

function supervisionOf(p: Parse): Supervision | undefined {
  const iri = conceptIdOf(p.assessment?.idVerification);
  switch (iri) {
    case undefined:
      return undefined;
    case SUPERVISION_CONCEPTS.unsupervisedNoId.id:
      return 'unsupervised-no-id';
    case SUPERVISION_CONCEPTS.supervisedNoId.id:
      return 'supervised-no-id';
    case SUPERVISION_CONCEPTS.supervisedWithId.id:
      // The EU concept does not say where; the assessment's mode does (microcred writes it).
      return conceptIdsOf(p.assessmentSpec?.mode).includes(MODES.presential.id) ? 'supervised-onsite-id' : 'supervised-online-id';
    default:
      p.warn('ELM_NOT_CARRIED', '/supervision', `The supervision/ID verification ${iri} has no Annex I equivalent; it is not carried.`);
      return undefined;
  }
}

function gradeOf(p: Parse): MicroCredential['grade'] | undefined {
  const assessment = p.assessment;
  if (!assessment) return undefined;
  const grade: NonNullable<MicroCredential['grade']> = {};
  const gradeNote = p.index.first(assessment.grade);
  const subject = conceptIdOf(gradeNote?.subject);
  const placeholder = subject !== undefined && noteKeyOf(subject) === 'grade-not-stated';
  const value = placeholder ? undefined : firstText(noteLiteralOf(gradeNote));
  if (value !== undefined) grade.value = value;
  const scale = firstText(langMapOf(p.index.first(p.assessmentSpec?.gradingScheme)?.title));
  if (scale !== undefined) grade.scale = scale;
  const status = conceptIdOf(assessment.gradeStatus);
  if (status === MICROCRED_CONCEPTS.gradePassed.id) grade.passed = true;
  if (status === MICROCRED_CONCEPTS.gradeFailed.id) grade.passed = false;
  const description = langMapOf(assessment.description);
  if (description) grade.description = description;
  return Object.keys(grade).length ? grade : undefined;
}

function stackabilityOf(p: Parse): MicroCredential['stackability'] | undefined {
  const partial = p.spec?.isPartialQualification;
  const flag = typeof partial === 'boolean' ? partial : partial === 'true' ? true : partial === 'false' ? false : undefined;
  const targets = p.index.nodes(p.spec?.isPartOf);
  const description = p.note('stackability');
  if (flag === undefined && targets.length === 0 && !description) return undefined;
  const stackability: NonNullable<MicroCredential['stackability']> = { type: flag === false ? 'stand-alone' : 'stackable' };
  if (description) stackability.description = description;
  const towards = targets.flatMap((target) => {
    const title = langMapOf(target.title);
    if (!title) return [];
    const item: NonNullable<NonNullable<MicroCredential['stackability']>['towards']>[number] = { title };
    const [id] = p.identifiers(target, URI_SCHEME_NAME);
    if (id !== undefined) item.id = id;
    const maxEcts = p.noteNumber('max-ects', target);
    if (maxEcts !== undefined) item.maxEcts = maxEcts;
    const url = p.url(target.homepage);
    if (url !== undefined) item.url = url;
    return [item];
  });
  if (towards.length) stackability.towards = towards;
  return stackability;
}

function recognitionOf(p: Parse): MicroCredential['recognition'] | undefined {
  const recognition: NonNullable<MicroCredential['recognition']> = {};
  const description = p.note('recognition');
  if (description) recognition.description = description;
  const maxEcts = p.noteNumber('recognition-max-ects');
  if (maxEcts !== undefined) recognition.maxEcts = maxEcts;
  const programmes = p.index.nodes(p.spec?.entitlesTo).flatMap((spec) => {
    const title = langMapOf(spec.title);
    if (!title) return [];
    const programme: NonNullable<NonNullable<MicroCredential['recognition']>['programmes']>[number] = { title };
    const [id] = p.identifiers(spec, URI_SCHEME_NAME);
    if (id !== undefined) programme.id = id;
    const institution = langMapOf(p.index.first(spec.limitOrganisation)?.legalName);
    if (institution) programme.institution = institution;
    return [programme];
  });
  if (programmes.length) recognition.programmes = programmes;
  return Object.keys(recognition).length ? recognition : undefined;
}

function imageOf(p: Parse): MicroCredential['image'] | undefined {
  for (const media of p.index.nodes(p.doc.attachment)) {
    if (conceptIdOf(media.attachmentType) !== MICROCRED_CONCEPTS.badgeImage.id) continue;
    const typeIri = conceptIdOf(media.contentType);
    const mediaType = typeIri === undefined ? undefined : mediaTypeOfConcept(typeIri);
    const content = stringOf(media.content);
    if (!mediaType || content === undefined) continue;
    const image: NonNullable<MicroCredential['image']> = { id: `data:${mediaType};base64,${content}` };
    const caption = langMapOf(media.description);
    if (caption) image.caption = caption;
    return image;
  }
  const url = p.noteText('badge-image-url', p.claim);
  if (url === undefined) return undefined;
  const image: NonNullable<MicroCredential['image']> = { id: url };
  const caption = p.note('badge-image-caption', p.claim);
  if (caption) image.caption = caption;
  return image;
}

/** Only the Evidence fields of the model, with their types: the note is untrusted input. */
function evidenceOf(p: Parse): Evidence[] | undefined {
  const items = p.jsonNotes('evidence', p.claim).flatMap((record) => {
    const item: Evidence = {};
    if (typeof record.id === 'string') item.id = record.id;
    for (const key of ['name', 'description', 'narrative'] as const) {
      const map = langMapOf(record[key]);
      if (map) item[key] = map;
    }
    if (typeof record.genre === 'string') item.genre = record.genre;
    return Object.keys(item).length ? [item] : [];
  });
  return items.length ? items : undefined;
}

/** Only the RelatedResource fields of the model, with their types: the note is untrusted input. */
function relatedOf(p: Parse): RelatedResource[] | undefined {
  const items = p.jsonNotes('related', p.claim).flatMap((record): RelatedResource[] => {
    if (typeof record.id !== 'string' || typeof record.digestSRI !== 'string') return [];
    return [{ id: record.id, digestSRI: record.digestSRI, ...(typeof record.mediaType === 'string' ? { mediaType: record.mediaType } : {}) }];
  });
  return items.length ? items : undefined;
}

function courseOf(p: Parse, mc: Partial<MicroCredential>) {
  const spec = p.spec;
  const objective = langMapOf(spec?.description);
  if (objective) mc.objective = objective;
  const prerequisites: NonNullable<MicroCredential['prerequisites']> = {};
  const entry = noteLiteralOf(p.index.first(spec?.entryRequirement));
  if (entry) prerequisites.description = entry;
  const proficiency = p.noteList('prerequisite-language-proficiency')?.flatMap((item) => {
    const [language, level] = item.split(' ');
    return language && level ? [{ language, level: level as 'A1' }] : [];
  });
  if (proficiency) prerequisites.languageProficiency = proficiency;
  const minimumEqf = p.noteNumber('prerequisite-eqf-level');
  if (minimumEqf !== undefined) prerequisites.eqfLevel = minimumEqf;
  if (Object.keys(prerequisites).length) mc.prerequisites = prerequisites;

  const supervision = supervisionOf(p);
  if (supervision) mc.supervision = supervision;
  const grade = gradeOf(p);
  if (grade) mc.grade = grade;
  const stackability = stackabilityOf(p);
  if (stackability) mc.stackability = stackability;

  const further: NonNullable<MicroCredential['furtherInformation']> = {};
  const furtherText = p.note('further-information');
  if (furtherText) further.description = furtherText;
  const urls = p.index.nodes(spec?.supplementaryDocument).map((doc) => stringOf(doc.contentURL) ?? stringOf(doc.contentUrl)).filter((u): u is string => u !== undefined);
  if (urls.length) further.urls = urls;
  if (Object.keys(further).length) mc.furtherInformation = further;

  const recognition = recognitionOf(p);
  if (recognition) mc.recognition = recognition;
  const accessibility = p.note('accessibility');
  if (accessibility) mc.accessibility = accessibility;

  const exactLanguages = p.noteList('language-of-delivery');
  const languages = exactLanguages ?? conceptIdsOf(spec?.language).map(languageOfConcept).filter((tag): tag is string => tag !== undefined);
  if (languages.length) mc.languageOfDelivery = languages;

  const fields = conceptIdsOf(spec?.thematicArea)
    .map((iri) => /^http:\/\/data\.europa\.eu\/snb\/isced-f\/(\d{2,4})$/.exec(iri)?.[1])
    .filter((code): code is string => code !== undefined);
  if (fields.length) {
    mc.fieldOfStudy = { iscedF: fields[0] as NonNullable<MicroCredential['fieldOfStudy']>['iscedF'] };
    const description = p.note('field-of-study');
    if (description) mc.fieldOfStudy.description = description;
    if (fields.length > 1) p.warn('ELM_NOT_CARRIED', '/fieldOfStudy', `The credential names ${fields.length} ISCED-F fields (${fields.join(', ')}); only the first is carried.`);
  }

  const image = imageOf(p);
  if (image) mc.image = image;
  const evidence = evidenceOf(p);
  if (evidence) mc.evidence = evidence;
  const related = relatedOf(p);
  if (related) mc.related = related;
  const [achievementId] = p.identifiers(spec, URI_SCHEME_NAME);
  if (achievementId !== undefined) mc.achievementId = achievementId;
  const [courseCode] = p.identifiers(spec, COURSE_CODE_SCHEME_NAME);
  if (courseCode !== undefined) mc.courseCode = courseCode;
}

/** Things other producers state that the model has no place for, named so nobody expects them back. */
function notCarried(p: Parse) {
  if (p.mine) return;
  const report = (pointer: string, what: string) => p.warn('ELM_NOT_CARRIED', pointer, `${what} has no place in the MicroCredential; it is not carried.`);
  if (p.doc.identifier !== undefined) report('', 'The credential identifier (identifier)');
  for (const activity of p.index.nodes(p.claim?.influencedBy)) if (activity.temporal !== undefined) report('', 'The period of the learning activity (influencedBy.temporal)');
  if (p.spec?.maximumDuration !== undefined) report('/workload', 'The maximum duration (specifiedBy.maximumDuration)');
  if (p.spec?.dcType !== undefined) report('', 'The type of learning opportunity (specifiedBy.dcType)');
}

/**
 * Reads a MicroCredential back from a European Digital Credential: the credential JSON (object
 * or text), a JAdES-sealed EDC (JWS JSON serialization; the seal is not checked here — use
 * verify()), or the EU's upload wrapper `{ credential }`.
 *
 * For EDCs microcred produced, every element comes back exactly (`fromElm(toElm(x))` equals
 * `x`, with the credential id `toElm` chose). For EDCs from other producers (e.g. the Europass
 * issuer) it reads what ELM has, accepts single-or-array values, string-or-array language maps
 * and repeated embedded nodes, and lists each Annex I element it could not find, and each value
 * it could not carry exactly, as a warning; the result may then fail validation.
 *
 * Throws InvalidArgumentError (`ERR_ELM_INPUT`) only when the input is not a JSON object or
 * breaks the input limits (size, depth, prototype keys).
 */
export function parseElm(input: unknown): ParsedElm {
  const doc = unwrap(input);
  const p = new Parse(doc);
  const mc: Partial<MicroCredential> = {};
  if (p.credentialId !== undefined) mc.id = p.credentialId;
  if (!p.claim) p.missing('/title', 'The credential has no claim (credentialSubject.hasClaim): there is no achievement to read.');
  mc.learner = learnerOf(p);
  const title = langMapOf(p.claim?.title) ?? langMapOf(p.spec?.title) ?? langMapOf(p.index.first(doc.displayParameter)?.title);
  if (title) mc.title = title;
  else p.missing('/title', 'The credential has no title.');
  awardingOf(p, mc);
  const outcomes = outcomesOf(p);
  if (outcomes.length) mc.learningOutcomes = outcomes;
  else p.missing('/learningOutcomes', 'No learning outcomes are stated (specifiedBy.learningOutcome).');
  const workload = workloadOf(p);
  if (workload) mc.workload = workload;
  const level = levelOf(p);
  if (level) mc.level = level;
  const assessment = assessmentOf(p);
  if (assessment) mc.assessment = assessment;
  const participation = participationOf(p);
  if (participation) mc.participation = participation;
  const accreditations = p.index.nodes(p.spec?.accreditation);
  const selfId = stringOf(p.index.first(p.awarding?.awardingBody)?.id);
  if (accreditations.length) mc.qualityAssurance = accreditations.map((a, i) => p.qualityAssurance(a, `/qualityAssurance/${i}`, selfId));
  else p.missing('/qualityAssurance', 'The type of quality assurance is not stated (no accreditation on the specification).');
  courseOf(p, mc);
  notCarried(p);
  return { microCredential: mc as MicroCredential, warnings: p.warnings, lossless: p.mine && p.warnings.length === 0 };
}

/** {@link parseElm}, returning only the MicroCredential. */
export function fromElm(input: unknown): MicroCredential {
  return parseElm(input).microCredential;
}
