/**
 * Interface text of certificates, supplements and the verification page in English, Georgian
 * and Armenian (the Georgian and Armenian tables are in labels-ka.ts and labels-hy.ts). The
 * wording must be reviewed by the institutions using it (docs/translations.md); a missing label
 * falls back to English, and test/render/labels.test.ts fails on any missing or untranslated one.
 */
import { HY } from './labels-hy.js';
import { KA } from './labels-ka.js';

export type UiLanguage = 'en' | 'ka' | 'hy';

/** The languages the labels exist in. */
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'ka', 'hy'];

export const EN = {
  microCredential: 'Micro-credential',
  supplement: 'Micro-credential supplement',
  awardedTo: 'awarded to',
  awardingBodies: 'Awarding body',
  deliveringBodies: 'Delivering institution',
  country: 'Country',
  dateOfIssuing: 'Date of issue',
  validUntil: 'Valid until',
  workload: 'Workload',
  ects: 'ECTS credits',
  hours: 'hours',
  hoursPerCredit: 'hours per credit',
  level: 'Level',
  notApplicable: 'not applicable',
  participation: 'Form of participation',
  credentialId: 'Credential ID',
  verifyAt: 'Verify at',
  scanToVerify: 'Scan to verify',
  learningOutcomes: 'Learning outcomes',
  knowledge: 'Knowledge',
  skills: 'Skills',
  'responsibility-autonomy': 'Responsibility and autonomy',
  other: 'Other',
  breakdown: 'Workload breakdown',
  assessment: 'Type of assessment',
  formative: 'Formative',
  summative: 'Summative',
  criteria: 'Criteria',
  qualityAssurance: 'Quality assurance',
  internal: 'Internal',
  external: 'External',
  prerequisites: 'Prerequisites',
  supervision: 'Supervision and identity verification',
  grade: 'Grade',
  passed: 'passed',
  failed: 'not passed',
  stackability: 'Integration and stackability',
  'stand-alone': 'Stand-alone',
  stackable: 'Stackable',
  towards: 'Counts towards',
  recognition: 'Recognition',
  objective: 'Objective',
  accessibility: 'Accessibility and support',
  languageOfDelivery: 'Language of delivery',
  fieldOfStudy: 'Field of study (ISCED-F)',
  furtherInformation: 'Further information',
  learner: 'Learner',
  online: 'online',
  onsite: 'on site',
  blended: 'blended',
  hybrid: 'hybrid',
  synchronous: 'synchronous',
  asynchronous: 'asynchronous',
  page: 'Page',
  pageOf: 'Page {n} of {m}',
  pageTitle: 'Verify a micro-credential',
  language: 'Language',
  inputHeading: 'Credential to check',
  privacy: 'The check runs in this browser: the credential does not leave your computer.',
  dropHelp: '…or drop a credential file here (JSON, VC-JWT, baked PNG or SVG badge, sealed European Digital Credential).',
  chooseFile: 'Choose a file',
  chosenFile: 'Chosen file',
  pasteLabel: '…or paste the credential (JSON or VC-JWT)',
  verifyButton: 'Verify',
  footer: 'Checks: signature or seal, status, validity period, schema, profile, issuer trust.',
  verified: 'Verified',
  notVerified: 'Not verified',
  verifiedWithWarnings: 'Verified with warnings',
  checking: 'Checking…',
  title: 'Title',
  issuer: 'Issuer',
  loadingById: 'Fetching the credential from its issuer…',
  notFound: 'The credential could not be fetched',
  nothingToVerify: 'Choose, drop or paste a credential first.',
  // Certificate
  signature: 'Signature',
  seal: 'Seal or stamp',
  placeAndDate: 'Place and date',
  nameAndRole: 'Name and position',
  notVerifiedNote: 'This credential did not pass verification when this document was produced. Do not rely on it.',
  moreOutcomes: '{n} more learning outcomes are listed in the supplement.',
  verificationIntro: 'This certificate is the printed form of a digitally signed micro-credential.',
  verificationByUrl: 'Scan the QR code or open the address below to check that it is authentic and has not been revoked.',
  verificationByEmbed: 'The QR code holds the signed credential itself: a verifier that reads it checks the signature without going online.',
  verificationByFile: 'To check it, verify the signed credential file held by the learner, or ask the awarding body, quoting the credential ID.',
  attachedNote: 'The signed credential is attached to this PDF file.',
  qrAltUrl: 'QR code: link to the verification page of this credential',
  qrAltEmbed: 'QR code holding the signed credential',
  logoAlt: 'Logo of {name}',
  // Supplement
  supplementIntro: 'This supplement follows the structure of the Europass diploma supplement and describes the micro-credential with the elements of Council Recommendation 2022/C 243/02.',
  sectionHolder: 'Information identifying the holder',
  sectionCredential: 'Information identifying the micro-credential and the awarding body',
  sectionLevel: 'Information on the level of the micro-credential',
  sectionContents: 'Information on the contents and results gained',
  sectionFunction: 'Information on the function of the micro-credential',
  sectionAdditional: 'Additional information',
  sectionCertification: 'Certification of the supplement',
  sectionNationalSystem: 'Information on the national education system',
  name: 'Name',
  dateOfBirth: 'Date of birth',
  digitalId: 'Digital identifier',
  issuedBy: 'issued by',
  courseCode: 'Course code',
  legalIdentifier: 'Registration number',
  website: 'Website',
  eqfLevel: 'European Qualifications Framework (EQF) level',
  nqfLevel: 'National qualifications framework level',
  qfEhea: 'Cycle in the European Higher Education Area (QF-EHEA)',
  levelJustification: 'Basis of the level',
  gradeScale: 'Grading scale',
  percentScale: 'per cent (0–100)',
  result: 'Result',
  pacing: 'Pacing',
  'self-paced': 'self-paced',
  'instructor-led': 'led by an instructor',
  intensity: 'Intensity',
  'full-time': 'full-time',
  'part-time': 'part-time',
  location: 'Location',
  platform: 'Platform',
  accredited: 'accredited',
  granted: 'granted',
  'granted-with-monitoring': 'granted subject to monitoring',
  refused: 'refused',
  withdrawn: 'withdrawn',
  'self-evaluated': 'self-evaluated',
  decisionDate: 'Date of decision',
  accreditationId: 'Decision or accreditation number',
  validFrom: 'Valid from',
  languageProficiency: 'Language proficiency',
  minimumEqf: 'Minimum EQF level',
  maxRecognised: 'Recognised up to',
  programmes: 'Programmes',
  certificationText: 'This supplement describes the credential {id}. The signed digital credential is authoritative.',
  nationalSystemGE: 'In Georgia, qualifications are placed in the National Qualifications Framework of Georgia (eight levels, referenced to the EQF). The National Center for Educational Quality Enhancement (NCEQE) authorises institutions and accredits programmes; micro-credentials in higher education are set at levels 6 and 7.',
  nationalSystemAM: 'In Armenia, qualifications are placed in the Armenian National Qualifications Framework (eight levels, referenced to the EQF and the QF-EHEA). The National Center for Professional Education Quality Assurance (ANQA) accredits institutions and programmes.',
  // Learner identifier types
  'id-studentId': 'Student number',
  'id-nationalId': 'National identification number',
  'id-emailAddress': 'Email address',
  'id-sourcedId': 'Record number in the source system',
  'id-institutionId': 'Institution identifier',
  'id-lisSourcedId': 'Learning information system number',
  'id-other': 'Other identifier',
};

export type LabelKey = keyof typeof EN;

const TABLES: Record<UiLanguage, Partial<Record<LabelKey, string>>> = { en: EN, ka: KA, hy: HY };

/**
 * A heading in capitals where the script has them in our font: Georgian capitals (Mtavruli,
 * U+1C90…) are missing from most fonts, so Georgian headings keep their ordinary letters.
 */
export function capitals(language: UiLanguage, text: string): string {
  return language === 'ka' ? text : text.toUpperCase();
}

/** The label in `language`, falling back to English; `{name}` placeholders are filled from `values`. */
export function label(language: UiLanguage, key: LabelKey, values?: Record<string, string | number>): string {
  const text = TABLES[language][key] ?? EN[key];
  return values ? text.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all)) : text;
}

/** The raw table of one language (tests check it for completeness). */
export function labelTable(language: UiLanguage): Partial<Record<LabelKey, string>> {
  return TABLES[language];
}

/** The text of a language map in the page's language, else English, else its first language. */
export { textIn as localized } from '../model/language-map.js';
