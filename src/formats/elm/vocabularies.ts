/**
 * The EU controlled vocabularies microcred writes into EDCs, as project data: for each model
 * value, the EU concept IRI and the EU's English label. Written for microcred (never copied from
 * the EU files); test/elm/vocabularies.test.ts checks every IRI against the EU vocabulary
 * files in ../shared/specs/elm/vocabularies where the EU publishes one. Schemes the shared specs
 * do not hold (NAL language and file-type, supervision-verification) are listed in
 * {@link UNVERIFIABLE_SCHEMES} with where each value comes from.
 *
 * Values the EU vocabularies lack get a concept in microcred's own namespace
 * ({@link MICROCRED_CONCEPTS}), always in a microcred concept scheme, so a reader can tell them
 * apart from EU concepts.
 */
import type {
  AssessmentType,
  CountryCode,
  LearningOutcomeCategory,
  ParticipationMode,
  QfEheaCycle,
  QualityAssurance,
  Supervision,
} from '../../model/types.generated.js';
import { EDC_GENERIC_PROFILE } from './constants.js';
import { NAL_COUNTRIES, NAL_COUNTRY_UNKNOWN } from './data/countries.js';
import { iscedFLabel } from './data/isced-f.js';
import { NAL_LANGUAGES } from './data/languages.js';

const SNB = 'http://data.europa.eu/snb/';
const NAL = 'http://publications.europa.eu/resource/authority/';

/** Concept schemes (the value of `inScheme`), by short name. */
export const SCHEMES = {
  credential: `${SNB}credential/25831c2`,
  eqf: `${SNB}eqf/25831c2`,
  qdr: `${SNB}qdr/25831c2`,
  iscedF: `${SNB}isced-f/25831c2`,
  learningSetting: `${SNB}learning-setting/25831c2`,
  /** The "mode" scheme is called learning-assessment in ELM. */
  mode: `${SNB}learning-assessment/25831c2`,
  assessment: `${SNB}assessment/25831c2`,
  supervision: `${SNB}supervision-verification/25831c2`,
  credit: `${SNB}education-credit/25831c2`,
  skillType: `${SNB}skill-type/25831c2`,
  accreditation: `${SNB}accreditation/25831c2`,
  entitlement: `${SNB}entitlement/25831c2`,
  entitlementStatus: `${SNB}entitlement-status/25831c2`,
  encoding: `${SNB}encoding/25831c2`,
  dcf: `${SNB}dcf/25831c2`,
  esco: 'http://data.europa.eu/esco/concept-scheme/skills',
  country: `${NAL}country`,
  language: `${NAL}language`,
  fileType: `${NAL}file-type`,
} as const;

/** An embedded SKOS concept, as EDCs carry them. */
export interface ElmConcept {
  id: string;
  type: 'Concept';
  inScheme?: { id: string; type: 'ConceptScheme' };
  prefLabel?: Record<string, string>;
  notation?: string;
}

/**
 * An embedded concept: id, type, inScheme and an English prefLabel. NAL concepts also get the
 * list name as `notation`, as the EU's own output does. Every use of one concept IRI produces
 * an identical object, so repeated embeddings merge cleanly in RDF.
 */
export function concept(id: string, scheme: string, label?: string, notation?: string): ElmConcept {
  const out: ElmConcept = { id, type: 'Concept', inScheme: { id: scheme, type: 'ConceptScheme' } };
  if (label !== undefined) out.prefLabel = { en: label };
  if (notation !== undefined) out.notation = notation;
  return out;
}

/** A value of a model vocabulary and the concept it maps to. */
export interface ConceptEntry {
  id: string;
  scheme: string;
  label: string;
}

const entry = (id: string, scheme: string, label: string): ConceptEntry => ({ id, scheme, label });
/** Builds the embedded concept of a table entry. */
export const conceptOf = (e: ConceptEntry): ElmConcept => concept(e.id, e.scheme, e.label);

// ── microcred's own concepts ───────────────────────────────────────────────────────────────

/** Base of microcred's concept schemes (same host as its JSON-LD extension namespace). */
export const MICROCRED_VOCAB = 'https://microcred.dev/ns/v1/elm/';

/** microcred concept schemes, for values no EU vocabulary has. */
export const MICROCRED_SCHEMES = {
  noteSubject: `${MICROCRED_VOCAB}note-subject`,
  assessmentType: `${MICROCRED_VOCAB}assessment-type`,
  qfEheaCycle: `${MICROCRED_VOCAB}qf-ehea-cycle`,
  qaDecision: `${MICROCRED_VOCAB}qa-decision`,
  gradeStatus: `${MICROCRED_VOCAB}grade-status`,
  attachmentType: `${MICROCRED_VOCAB}attachment-type`,
} as const;

const own = (scheme: string, key: string, label: string): ConceptEntry => entry(`${scheme}/${key}`, scheme, label);

/** Every microcred concept, by purpose (for documentation and tests). */
export const MICROCRED_CONCEPTS = {
  badgeImage: own(MICROCRED_SCHEMES.attachmentType, 'badge-image', 'Badge image of the micro-credential'),
  gradePassed: own(MICROCRED_SCHEMES.gradeStatus, 'passed', 'Passed'),
  gradeFailed: own(MICROCRED_SCHEMES.gradeStatus, 'failed', 'Failed'),
};

// ── EU vocabularies ────────────────────────────────────────────────────────────────────────

/** Credential profile (type) "Generic". */
export const GENERIC_PROFILE = entry(EDC_GENERIC_PROFILE, SCHEMES.credential, 'Generic');

/** EQF level concept. */
export const eqfEntry = (level: number): ConceptEntry => entry(`${SNB}eqf/${level}`, SCHEMES.eqf, `Level ${level}`);

/** European credit systems. */
export const CREDIT_SYSTEMS = {
  ects: entry(`${SNB}education-credit/6fcec5c5af`, SCHEMES.credit, 'European Credit Transfer System'),
  ecvet: entry(`${SNB}education-credit/60b314e826`, SCHEMES.credit, 'European credit system for vocational education and training'),
};

/** Learning settings (no model field; chosen by option or derived, see toElm). */
export const LEARNING_SETTINGS = {
  formal: entry(`${SNB}learning-setting/6fd4685715`, SCHEMES.learningSetting, 'formal learning'),
  'non-formal': entry(`${SNB}learning-setting/e207a81fc7`, SCHEMES.learningSetting, 'non-formal learning'),
} as const;

const mode = (key: string, label: string) => entry(`${SNB}learning-assessment/${key}`, SCHEMES.mode, label);
/** EU learning modes. */
export const MODES = {
  online: mode('920fbb3cbe', 'Online'),
  presential: mode('9191af2ed9', 'Presential'),
  blended: mode('e92d221e4d', 'Blended'),
  workbased: mode('729f3bed4b', 'Workbased'),
  projectBased: mode('7813801c77', 'Project based'),
  researchLab: mode('ed4c557045', 'Research-Lab based'),
};

/** Forms of participation → EU mode. "hybrid" has no EU concept: Blended, plus a note (see mapping.ts). */
export const PARTICIPATION_MODES: Readonly<Record<ParticipationMode, ConceptEntry>> = {
  online: MODES.online,
  onsite: MODES.presential,
  blended: MODES.blended,
  hybrid: MODES.blended,
};

const assessment = (key: string, label: string) => entry(`${SNB}assessment/${key}`, SCHEMES.assessment, label);
/**
 * Types of assessment → EU assessment-type concepts (labels as the EU writes them). The EU has
 * no "presentation" and no "other": those get microcred concepts.
 */
export const ASSESSMENT_TYPE_CONCEPTS: Readonly<Record<AssessmentType, ConceptEntry>> = {
  'written-exam': assessment('6e6cb2cc78', 'written examination'),
  'oral-exam': assessment('d30284d7df', 'oral examination'),
  project: assessment('795dac4096', 'project work'),
  portfolio: assessment('4f03b91c0e', 'portfolio'),
  presentation: own(MICROCRED_SCHEMES.assessmentType, 'presentation', 'presentation'),
  'practical-demonstration': assessment('6a4db9f11d', 'practical assessment'),
  quiz: assessment('b1b68f6735', 'quiz'),
  'written-report': assessment('2939dae15f', 'marked assignment'),
  'peer-assessment': assessment('19a2e5e671', 'peer assessment'),
  'peer-review': assessment('812e3b0ae1', 'peer review'),
  'continuous-assessment': assessment('3484bd7e51', 'continuous evaluation'),
  'group-performance': assessment('56539a6507', 'group performance'),
  attendance: assessment('7331eb4762', 'level of attendance'),
  'problem-based-learning': assessment('c4256a2726', 'problem based learning'),
  'artefact-assessment': assessment('de4d165a6c', 'artefact assessment'),
  other: own(MICROCRED_SCHEMES.assessmentType, 'other', 'other type of assessment'),
};

const supervision = (key: string, label: string) => entry(`${SNB}supervision-verification/${key}`, SCHEMES.supervision, label);
/** EU supervision and ID-verification concepts (research notes §1.5). */
export const SUPERVISION_CONCEPTS = {
  supervisedWithId: supervision('70be69aaf9', 'Supervised with ID Verification'),
  supervisedNoId: supervision('44314532f9', 'Supervised without ID Verification'),
  unsupervisedWithId: supervision('df2880c5cb', 'Unsupervised with ID Verification'),
  unsupervisedNoId: supervision('c598449d64', 'Unsupervised without ID Verification'),
};

/**
 * Supervision → idVerification concept and, for the two ID-verified levels the EU vocabulary
 * does not tell apart, the mode of the assessment (online or presential) that does.
 */
export const SUPERVISION_LEVELS: Readonly<Record<Supervision, { concept: ConceptEntry; assessmentMode?: ConceptEntry }>> = {
  'unsupervised-no-id': { concept: SUPERVISION_CONCEPTS.unsupervisedNoId },
  'supervised-no-id': { concept: SUPERVISION_CONCEPTS.supervisedNoId },
  'supervised-online-id': { concept: SUPERVISION_CONCEPTS.supervisedWithId, assessmentMode: MODES.online },
  'supervised-onsite-id': { concept: SUPERVISION_CONCEPTS.supervisedWithId, assessmentMode: MODES.presential },
};

/** Learning-outcome categories the EU skill-type vocabulary has (responsibility-autonomy has none). */
export const SKILL_TYPES: Readonly<Partial<Record<LearningOutcomeCategory, ConceptEntry>>> = {
  knowledge: entry(`${SNB}skill-type/knowledge`, SCHEMES.skillType, 'knowledge'),
  skills: entry(`${SNB}skill-type/skill`, SCHEMES.skillType, 'skill'),
};

/** Accreditation types: programme QA for the micro-credential, institutional QA for an organisation. */
export const ACCREDITATION_TYPES = {
  programme: entry(`${SNB}accreditation/820101cba6`, SCHEMES.accreditation, 'Program Quality Assurance'),
  institution: entry(`${SNB}accreditation/bb4618238e`, SCHEMES.accreditation, 'Institutional Quality Assurance'),
  programmeLicense: entry(`${SNB}accreditation/e57dddfcf3`, SCHEMES.accreditation, 'Program License'),
  institutionLicense: entry(`${SNB}accreditation/003293d2ce`, SCHEMES.accreditation, 'Institutional License'),
};

type AccreditationType = NonNullable<QualityAssurance['accreditationType']>;
/**
 * The model's accreditation types as ELM accreditation-type concepts (a right to implement is
 * a licence for the programme). `external-qa` has none of its own: it takes the place's
 * default (programme QA on the micro-credential, institutional QA on an organisation), and a
 * note keeps the exact type.
 */
export const ACCREDITATION_TYPE_CONCEPTS: Readonly<Record<Exclude<AccreditationType, 'external-qa'>, ConceptEntry>> = {
  institutional: ACCREDITATION_TYPES.institution,
  programme: ACCREDITATION_TYPES.programme,
  'right-to-implement': ACCREDITATION_TYPES.programmeLicense,
};

/** Model accreditation type of an ELM accreditation-type concept (another producer's EDC). */
export const ACCREDITATION_TYPE_BY_CONCEPT: ReadonlyMap<string, AccreditationType> = new Map([
  [ACCREDITATION_TYPES.institution.id, 'institutional'],
  [ACCREDITATION_TYPES.institutionLicense.id, 'institutional'],
  [ACCREDITATION_TYPES.programme.id, 'programme'],
  [ACCREDITATION_TYPES.programmeLicense.id, 'right-to-implement'],
]);

/** Entitlement type and status used for recognition programmes. */
export const ENTITLEMENT = {
  learningOpportunity: entry(`${SNB}entitlement/64aad92881`, SCHEMES.entitlement, 'learning opportunity'),
  prospective: entry(`${SNB}entitlement-status/5b8d6b34fb`, SCHEMES.entitlementStatus, 'prospective'),
};

/** base64 content encoding. */
export const BASE64_ENCODING = entry(`${SNB}encoding/6146cde7dd`, SCHEMES.encoding, 'base64');

/** Media types → NAL file-type concepts (PNG and JPEG appear in the EU samples). */
export const FILE_TYPES: Readonly<Record<string, string>> = {
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/svg+xml': 'SVG',
  'image/webp': 'WEBP',
  'application/json': 'JSON',
};

/** NAL file-type concept of a media type (with `notation` as the EU writes it). */
export function fileTypeConcept(mediaType: string): ElmConcept | undefined {
  const code = FILE_TYPES[mediaType];
  return code === undefined ? undefined : concept(`${NAL}file-type/${code}`, SCHEMES.fileType, code, 'file-type');
}

/** QF-EHEA cycles: no EU concept exists, so microcred concepts (carried as `educationLevel`). */
export const QF_EHEA_CONCEPTS: Readonly<Record<QfEheaCycle, ConceptEntry>> = {
  'short-cycle': own(MICROCRED_SCHEMES.qfEheaCycle, 'short-cycle', 'QF-EHEA short cycle'),
  'first-cycle': own(MICROCRED_SCHEMES.qfEheaCycle, 'first-cycle', 'QF-EHEA first cycle'),
  'second-cycle': own(MICROCRED_SCHEMES.qfEheaCycle, 'second-cycle', 'QF-EHEA second cycle'),
  'third-cycle': own(MICROCRED_SCHEMES.qfEheaCycle, 'third-cycle', 'QF-EHEA third cycle'),
};

type QaDecision = NonNullable<QualityAssurance['decision']>;
/** Quality-assurance decisions: no EU vocabulary in the shared specs, so microcred concepts. */
export const QA_DECISION_CONCEPTS: Readonly<Record<QaDecision, ConceptEntry>> = {
  accredited: own(MICROCRED_SCHEMES.qaDecision, 'accredited', 'Accredited'),
  granted: own(MICROCRED_SCHEMES.qaDecision, 'granted', 'Granted'),
  'granted-with-monitoring': own(MICROCRED_SCHEMES.qaDecision, 'granted-with-monitoring', 'Granted subject to monitoring'),
  refused: own(MICROCRED_SCHEMES.qaDecision, 'refused', 'Refused'),
  withdrawn: own(MICROCRED_SCHEMES.qaDecision, 'withdrawn', 'Withdrawn'),
  'self-evaluated': own(MICROCRED_SCHEMES.qaDecision, 'self-evaluated', 'Self-evaluated'),
};

const QDR = `${SNB}qdr/`;
/**
 * National qualifications framework levels that have a QDR concept, for a few frameworks
 * (framework = the country's ISO code). Georgia and Armenia have no QDR concepts in ELM 3.1;
 * levels of frameworks not listed here travel in a note (see mapping.ts).
 */
export const NQF_LEVELS: Readonly<Record<string, { label: string; levels: Readonly<Record<number, string>> }>> = {
  AT: { label: 'AT: NQF Level', levels: { 1: 'c_479252dc', 2: 'c_c3234df7', 3: 'c_1f1297d8', 4: 'c_67af56a4', 5: 'c_e8dd63b9', 6: 'c_1dcef432', 7: 'c_0e78414e', 8: 'c_c94a713e' } },
  DE: { label: 'DQR Level', levels: { 1: 'c_f77c7095', 2: 'c_c71cce15', 3: 'c_c37d888a', 4: 'c_12a84182', 5: 'c_bd9f8e42', 6: 'c_6919ed25', 7: 'c_184f7fed', 8: 'c_341d539b' } },
  IE: {
    label: 'IE NQF Level',
    levels: { 1: 'c_53e465cb', 2: 'c_060f2f91', 3: 'c_4c88e501', 4: 'c_57c9e957', 5: 'c_4053e803', 6: 'c_670e54c7', 7: 'c_38f52397', 8: 'c_218a7e54', 9: 'c_c6ada0f4', 10: 'c_ac9adabb' },
  },
  LT: { label: 'LTQF Level', levels: { 1: 'c_98b42a9f', 2: 'c_8525e36a', 3: 'c_9d34b310', 4: 'c_d1e9f55d', 5: 'c_b62fa7ef', 6: 'c_caa3091a', 7: 'c_dbbbe65b', 8: 'c_6e015474' } },
};

/** The QDR concept of an NQF level, when {@link NQF_LEVELS} has one. */
export function nqfEntry(framework: string, level: number): ConceptEntry | undefined {
  const table = NQF_LEVELS[framework];
  const key = table?.levels[level];
  return table && key ? entry(`${QDR}${key}`, SCHEMES.qdr, `${table.label} ${level}`) : undefined;
}

/** ISCED-F field concept, or undefined for an unknown code. */
export function iscedFEntry(code: string): ConceptEntry | undefined {
  const label = iscedFLabel(code);
  return label === undefined ? undefined : entry(`${SNB}isced-f/${code}`, SCHEMES.iscedF, label);
}

/** NAL country concept of an ISO alpha-2 code; no code → the NAL's "provisional data" concept. */
export function countryConcept(code: CountryCode | undefined): ElmConcept {
  const [nal, name] = (code !== undefined ? NAL_COUNTRIES[code] : undefined) ?? NAL_COUNTRY_UNKNOWN;
  return concept(`${NAL}country/${nal}`, SCHEMES.country, name, 'country');
}

/** NAL language concept of a BCP 47 tag (by its primary subtag), or undefined when not in the table. */
export function languageConcept(tag: string): ElmConcept | undefined {
  const found = NAL_LANGUAGES[primarySubtag(tag)];
  return found ? concept(`${NAL}language/${found[0]}`, SCHEMES.language, found[1], 'language') : undefined;
}

/** Lower-case primary subtag of a BCP 47 tag (`en-GB` → `en`). */
export const primarySubtag = (tag: string): string => tag.split('-')[0]!.toLowerCase();

// ── reverse lookups, for fromElm ────────────────────────────────────────────────────────────

const reverse = <K extends string>(table: Readonly<Record<K, ConceptEntry>>): ReadonlyMap<string, K> => {
  const map = new Map<string, K>();
  // First key wins: `hybrid` shares Blended with `blended`, which must come first.
  for (const [key, value] of Object.entries(table) as Array<[K, ConceptEntry]>) if (!map.has(value.id)) map.set(value.id, key);
  return map;
};

export const ASSESSMENT_TYPE_BY_CONCEPT = reverse(ASSESSMENT_TYPE_CONCEPTS);
export const PARTICIPATION_MODE_BY_CONCEPT = reverse(PARTICIPATION_MODES);
export const QF_EHEA_BY_CONCEPT = reverse(QF_EHEA_CONCEPTS);
export const QA_DECISION_BY_CONCEPT = reverse(QA_DECISION_CONCEPTS);
export const SKILL_TYPE_BY_CONCEPT = reverse(SKILL_TYPES as Record<'knowledge' | 'skills', ConceptEntry>);

/** Model assessment type whose EU or microcred label is `label` (case-insensitive), for third-party custom concepts. */
export function assessmentTypeByLabel(label: string): AssessmentType | undefined {
  const wanted = label.trim().toLowerCase();
  for (const [key, value] of Object.entries(ASSESSMENT_TYPE_CONCEPTS) as Array<[AssessmentType, ConceptEntry]>) {
    if (value.label.toLowerCase() === wanted || key.replace(/-/g, ' ') === wanted) return key;
  }
  return undefined;
}

const COUNTRY_BY_NAL = new Map<string, CountryCode>(
  (Object.entries(NAL_COUNTRIES) as Array<[CountryCode, readonly [string, string]]>).map(([code, [nal]]) => [`${NAL}country/${nal}`, code]),
);
/** ISO alpha-2 code of a NAL country concept IRI (undefined for OP_DATPRO and unknown IRIs). */
export const countryOfConcept = (iri: string): CountryCode | undefined => COUNTRY_BY_NAL.get(iri);

const LANGUAGE_BY_NAL = new Map<string, string>(Object.entries(NAL_LANGUAGES).map(([tag, [nal]]) => [`${NAL}language/${nal}`, tag]));
// `no` (Norwegian) and its written forms map back to their own subtags; first entry wins.
/** BCP 47 primary subtag of a NAL language concept IRI. */
export const languageOfConcept = (iri: string): string | undefined => LANGUAGE_BY_NAL.get(iri);

const NQF_BY_CONCEPT = new Map<string, { framework: string; level: number }>();
for (const [framework, { levels }] of Object.entries(NQF_LEVELS)) {
  for (const [level, key] of Object.entries(levels)) NQF_BY_CONCEPT.set(`${QDR}${key}`, { framework, level: Number(level) });
}
/** `{framework, level}` of a QDR level concept in {@link NQF_LEVELS}. */
export const nqfOfConcept = (iri: string): { framework: string; level: number } | undefined => NQF_BY_CONCEPT.get(iri);

/** Media type of a NAL file-type concept IRI. */
export function mediaTypeOfConcept(iri: string): string | undefined {
  for (const [mediaType, code] of Object.entries(FILE_TYPES)) if (iri === `${NAL}file-type/${code}`) return mediaType;
  return undefined;
}

/**
 * Schemes whose values cannot be checked against ../shared/specs (no vocabulary file there),
 * with where microcred's values come from.
 */
export const UNVERIFIABLE_SCHEMES: Readonly<Record<string, string>> = {
  [SCHEMES.language]: 'NAL language: ENG appears in the EU samples; the other codes follow ISO 639-3 as the NAL does (checked by hand against a DCAT-AP copy of the list)',
  [SCHEMES.fileType]: 'NAL file-type: PNG and JPEG appear in the EU samples; SVG, WEBP and JSON are NAL file types',
  [SCHEMES.supervision]: 'supervision-verification: c598449d64 appears in the EU sample; the other three from the EU vocabulary via research notes §1.5',
  [SCHEMES.esco]: 'ESCO skills: the IRIs come from the MicroCredential (escoSkills)',
  [SCHEMES.dcf]: 'DigComp: the IRIs come from the MicroCredential (escoSkills)',
};
