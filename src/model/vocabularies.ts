/**
 * The model's controlled values and the EU (Europass/ELM) vocabulary concepts they map to.
 * The value lists themselves live in schemas/vocabularies.schema.json; `Record<Union, …>`
 * makes the compiler reject a value that is missing here.
 */
import type { AssessmentType, ParticipationMode, QfEheaCycle, Supervision } from './types.generated.js';

/** A controlled value: an English label and, where the EU vocabulary has one, its concept IRI. */
export interface Concept {
  label: string;
  /** Concept IRI in the EU controlled vocabularies (data.europa.eu/snb/...). */
  euConcept?: string;
}

const ASSESSMENT = 'http://data.europa.eu/snb/assessment/';

/** Types of assessment → EU learning-assessment-type concepts. `presentation` and `other` have none. */
export const ASSESSMENT_TYPES: Readonly<Record<AssessmentType, Concept>> = {
  'written-exam': { label: 'Written examination', euConcept: `${ASSESSMENT}6e6cb2cc78` },
  'oral-exam': { label: 'Oral examination', euConcept: `${ASSESSMENT}d30284d7df` },
  project: { label: 'Project work', euConcept: `${ASSESSMENT}795dac4096` },
  portfolio: { label: 'Portfolio', euConcept: `${ASSESSMENT}4f03b91c0e` },
  presentation: { label: 'Presentation' },
  'practical-demonstration': { label: 'Practical demonstration', euConcept: `${ASSESSMENT}6a4db9f11d` },
  quiz: { label: 'Quiz', euConcept: `${ASSESSMENT}b1b68f6735` },
  'written-report': { label: 'Written report (marked assignment)', euConcept: `${ASSESSMENT}2939dae15f` },
  'peer-assessment': { label: 'Peer assessment', euConcept: `${ASSESSMENT}19a2e5e671` },
  'peer-review': { label: 'Peer review', euConcept: `${ASSESSMENT}812e3b0ae1` },
  'continuous-assessment': { label: 'Continuous assessment', euConcept: `${ASSESSMENT}3484bd7e51` },
  'group-performance': { label: 'Group performance', euConcept: `${ASSESSMENT}56539a6507` },
  attendance: { label: 'Level of attendance', euConcept: `${ASSESSMENT}7331eb4762` },
  'problem-based-learning': { label: 'Problem-based learning', euConcept: `${ASSESSMENT}c4256a2726` },
  'artefact-assessment': { label: 'Artefact assessment', euConcept: `${ASSESSMENT}de4d165a6c` },
  other: { label: 'Other' },
};

const MODE = 'http://data.europa.eu/snb/learning-assessment/';

/**
 * Forms of participation → EU learning-mode concepts. The EU vocabulary has no "hybrid";
 * its nearest concept is "blended".
 */
export const PARTICIPATION_MODES: Readonly<Record<ParticipationMode, Concept>> = {
  online: { label: 'Online', euConcept: `${MODE}920fbb3cbe` },
  onsite: { label: 'On site (face to face)', euConcept: `${MODE}9191af2ed9` },
  blended: { label: 'Blended', euConcept: `${MODE}e92d221e4d` },
  hybrid: { label: 'Hybrid', euConcept: `${MODE}e92d221e4d` },
};

/** Supervision and identity verification during assessment (Annex I wording). */
export const SUPERVISION_LEVELS: Readonly<Record<Supervision, Concept>> = {
  'unsupervised-no-id': { label: 'Unsupervised, with no identity verification' },
  'supervised-no-id': { label: 'Supervised, with no identity verification' },
  'supervised-online-id': { label: 'Supervised online, with identity verification' },
  'supervised-onsite-id': { label: 'Supervised on site, with identity verification' },
};

/** QF-EHEA cycles and the EQF level each corresponds to. */
export const QF_EHEA_CYCLES: Readonly<Record<QfEheaCycle, Concept & { eqf: number }>> = {
  'short-cycle': { label: 'Short cycle', eqf: 5 },
  'first-cycle': { label: 'First cycle (Bachelor)', eqf: 6 },
  'second-cycle': { label: 'Second cycle (Master)', eqf: 7 },
  'third-cycle': { label: 'Third cycle (Doctorate)', eqf: 8 },
};

/** EU concept IRI of an EQF level. */
export const eqfConcept = (level: number): string => `http://data.europa.eu/snb/eqf/${level}`;

/** EU concept IRI of an ISCED-F 2013 field code. */
export const iscedFConcept = (code: string): string => `http://data.europa.eu/snb/isced-f/${code}`;

/** EU concept IRI of the European Credit Transfer System. */
export const ECTS_CONCEPT = 'http://data.europa.eu/snb/education-credit/6fcec5c5af';
