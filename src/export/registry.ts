/**
 * Records for the national micro-credential registries. Neither registry publishes a schema or
 * an API (seed 000 §7.7; seeds 001–004 §4.4), so the fields follow what the seeds say each one
 * keeps (line numbers: `shared/seeds/000_…txt` via requirements/seed000.md; `00n:` lines via
 * requirements/seeds001-004.md):
 *
 * - `am` — the Armenian National MC Registry, kept by MOESCS (L346), records **issued**
 *   credentials: "title, provider, NQF level, ECTS, learning outcomes, QA status, and
 *   verification key" (L368), entered by the provider with "the key data about the credential
 *   and the recipient" (L654) and a "unique certificate number or digital ID" (L482) or
 *   verification link (L472, L483). One record per issued credential.
 * - `ge` — the Georgian electronic registry of micro-credential courses (L1112, L1350) where
 *   authorisation decisions are reflected (L1433), a "registry for micro-credentials, providers,
 *   and students/learners" (003:236). One record per **course offering** with the syllabus
 *   fields (§1D, L1522–L1543), its right-to-implement decision (L1428, L1216) and how many
 *   credentials were issued, revoked and suspended in the period.
 *
 * Learners appear only as the store's opaque reference (`learnerRef`, a keyed hash or the
 * caller's own key): never a name, e-mail address, student or national id (L447, L1710).
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import { ExportError } from '../errors.js';
import type { CountryEntry, LanguageMap, MicroCredential, Organisation } from '../model/types.generated.js';
import type { ScannedCredential } from '../store/types.js';
import { type CourseDescription, type CourseIndex, courseIndex, courseKeyOf, createCourseResolver } from './courses.js';
import { type QaStatus, qaStatusOf } from './qa-status.js';
import { type CredentialSource, type ExportPeriod, scanPeriod } from './source.js';

/** Which registry's record shape. */
export type RegistryFormat = 'am' | 'ge';

/** An organisation as a registry lists it: no contact person, no accreditation detail. */
export interface RegistryOrganisation {
  name: LanguageMap;
  id?: string;
  country?: string;
  legalIdentifier?: string;
}

/** The level block: EQF, national framework level, QF-EHEA cycle (L452–L456, L1533). */
export interface RegistryLevel {
  eqf?: number | 'not-applicable';
  nqf?: { framework: string; level: number };
  qfEhea?: string;
}

/** Armenian National MC Registry: one issued micro-credential. */
export interface AmRegistryRecord {
  recordType: 'am-issued-micro-credential';
  /** The credential id: the unique certificate number / digital ID (L482). */
  identifier: string;
  /** The verification link (L472, L483), when a verification page URL was given. */
  verificationUrl?: string;
  /**
   * SHA-256 of the signed credential as kept, when the store kept it: one reading of the
   * undefined "verification key" (L368; seed 000 §7.7).
   */
  documentDigest?: string;
  /** The recipient, pseudonymously (L654): the store's opaque reference. */
  learnerRef?: string;
  title: LanguageMap;
  /** The issuing provider(s); co-issuers each listed (L448). */
  providers: RegistryOrganisation[];
  countries?: CountryEntry[];
  /** Date-time of issue (L450). */
  issuedAt: string;
  status: ScannedCredential['status'];
  statusChangedAt?: string;
  level?: RegistryLevel;
  ects?: number;
  hours?: number;
  learningOutcomes?: LanguageMap[];
  /** Mode of delivery (L458). */
  mode?: string;
  qualityAssurance: QaStatus;
  achievementId?: string;
  courseCode?: string;
  /** Registry fields nothing stated (the record is still exported). */
  missing: string[];
}

/** Georgian e-registry: one micro-credential course offering. */
export interface GeRegistryRecord {
  recordType: 'ge-micro-credential-course';
  /** The course: its achievement id, else `course-code:…`, else `title:…`. */
  courseId: string;
  courseCode?: string;
  /** Title in Georgian and English (L1522). */
  title: LanguageMap;
  /** Issuing country(ies)/region(s) (L1523, L1644). */
  countries?: CountryEntry[];
  /** Awarding institution(s) (L1645). */
  awardingBodies: RegistryOrganisation[];
  /** Delivering institution(s) (L1643). */
  deliveringBodies?: RegistryOrganisation[];
  /** By descriptor (L1526–L1531; all three required, L1455). */
  learningOutcomes?: { knowledge: LanguageMap[]; skills: LanguageMap[]; 'responsibility-autonomy': LanguageMap[]; uncategorised: LanguageMap[] };
  /** ECTS, hours, hours per ECTS (L1532, L1214). */
  workload?: { ects?: number; hours?: number; hoursPerCredit?: number };
  level?: RegistryLevel;
  /** Types of assessment, formative / summative (L1537). */
  assessment?: { types: string[]; formative?: string[]; summative?: string[] };
  /** Mode of participation (L1538). */
  participation?: { mode: string; synchronous?: boolean; asynchronous?: boolean; platform?: string };
  /** QA and the right-to-implement decision (L1539, L1428, L1216). */
  qualityAssurance: QaStatus;
  /** Admission requirements (L1540). */
  prerequisites?: LanguageMap;
  /** Stackability (L1541). */
  stackability?: { type: string; towards?: Array<{ title: LanguageMap; maxEcts?: number }> };
  /** Recognition opportunities (L1542, L1656–L1662). */
  recognition?: { description?: LanguageMap; maxEcts?: number };
  /** Language(s) of delivery (L1543). */
  languageOfDelivery?: string[];
  /** Field of study, ISCED-F code (L1303; the Classifier of Fields of Study, 002:704). */
  fieldOfStudy?: string;
  /** Credentials of this course issued in the period, by current status. */
  credentials: { issued: number; active: number; revoked: number; suspended: number };
  missing: string[];
}

export type RegistryRecord = AmRegistryRecord | GeRegistryRecord;

/** What {@link exportRegistryRecords} returns. */
export interface RegistryExport<R extends RegistryRecord = RegistryRecord> {
  format: RegistryFormat;
  generatedAt: string;
  period: ExportPeriod;
  records: R[];
}

/** Options of {@link exportRegistryRecords}. */
export interface ExportRegistryOptions {
  format: RegistryFormat;
  /** Course templates (what `batch --template` takes) describing courses the store has no credential text for. */
  templates?: readonly (Partial<MicroCredential> | Record<string, unknown>)[];
  /** Issue period (inclusive bounds). */
  period?: ExportPeriod;
  /** Verification page: `am` records get `<url>?id=<credential id>` (as the certificate's QR code). */
  verifyUrl?: string;
  /** Refuse periods with more credentials. Default 1,000,000. */
  maxCredentials?: number;
  /** Export time (tests). Default now. */
  now?: Date;
}

const orgs = (list: readonly Organisation[] | undefined): RegistryOrganisation[] =>
  (list ?? []).map((org) => {
    const out: RegistryOrganisation = { name: { ...org.name } };
    if (org.id !== undefined) out.id = org.id;
    if (org.country !== undefined) out.country = org.country;
    if (org.legalIdentifier !== undefined) out.legalIdentifier = org.legalIdentifier;
    return out;
  });

function levelOf(course: CourseDescription): RegistryLevel | undefined {
  const level = course.level;
  if (!level) return undefined;
  const out: RegistryLevel = {};
  if (level.eqf !== undefined) out.eqf = level.eqf;
  if (level.nqf) out.nqf = { framework: level.nqf.framework, level: level.nqf.level };
  if (level.qfEhea) out.qfEhea = level.qfEhea;
  return out;
}

/** Sets the defined values of `fields` on `target`, and names each undefined required one in `missing`. */
function assign<T extends object>(target: T, fields: Partial<T>, required: readonly (keyof T)[], missing: string[]): T {
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  for (const key of required) {
    const value = (target as Record<string, unknown>)[key as string];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) missing.push(String(key));
  }
  return target;
}

/** The verification link of a credential (`?id=` appended; the page reads it). */
function verificationUrlOf(base: string, id: string): string {
  const url = new URL(base);
  url.searchParams.set('id', id);
  return url.href;
}

function amRecord(record: ScannedCredential, course: CourseDescription, options: ExportRegistryOptions): AmRegistryRecord {
  const missing: string[] = [];
  const out: AmRegistryRecord = {
    recordType: 'am-issued-micro-credential',
    identifier: record.id,
    title: course.title ? { ...course.title } : record.title !== undefined ? { und: record.title } : {},
    providers: orgs(course.awardingBodies),
    issuedAt: record.issuedAt,
    status: record.status,
    qualityAssurance: qaStatusOf(course.qualityAssurance, { at: record.issuedAt, course, accreditation: course.awardingBodies?.[0]?.accreditation }),
    missing,
  };
  if (Object.keys(out.title).length === 0) missing.push('title');
  return assign(
    out,
    {
      verificationUrl: options.verifyUrl !== undefined ? verificationUrlOf(options.verifyUrl, record.id) : undefined,
      documentDigest: record.document !== undefined ? `sha256:${bytesToHex(sha256(new TextEncoder().encode(record.document)))}` : undefined,
      learnerRef: record.learnerRef,
      countries: course.countries,
      statusChangedAt: record.statusChangedAt,
      level: levelOf(course),
      ects: course.workload?.ects,
      hours: course.workload?.hours,
      learningOutcomes: course.learningOutcomes?.map((lo) => ({ ...lo.text })),
      mode: course.participation?.mode,
      achievementId: record.achievementId ?? course.achievementId,
      courseCode: course.courseCode,
    },
    ['providers', 'level', 'ects', 'learningOutcomes', 'learnerRef'],
    missing,
  );
}

function outcomesByCategory(course: CourseDescription): GeRegistryRecord['learningOutcomes'] {
  if (!course.learningOutcomes) return undefined;
  const out = { knowledge: [] as LanguageMap[], skills: [] as LanguageMap[], 'responsibility-autonomy': [] as LanguageMap[], uncategorised: [] as LanguageMap[] };
  for (const lo of course.learningOutcomes) out[lo.category ?? 'uncategorised'].push({ ...lo.text });
  return out;
}

function geRecord(courseId: string, course: CourseDescription, fallbackTitle: string | undefined, counts: GeRegistryRecord['credentials'], at: string): GeRegistryRecord {
  const missing: string[] = [];
  const out: GeRegistryRecord = {
    recordType: 'ge-micro-credential-course',
    courseId,
    title: course.title ? { ...course.title } : fallbackTitle !== undefined ? { und: fallbackTitle } : {},
    awardingBodies: orgs(course.awardingBodies),
    qualityAssurance: qaStatusOf(course.qualityAssurance, { at, course, accreditation: course.awardingBodies?.[0]?.accreditation }),
    credentials: counts,
    missing,
  };
  if (!out.title.ka || !out.title.en) missing.push('title (Georgian and English)');
  const { workload, assessment, participation, stackability, recognition } = course;
  assign(
    out,
    {
      courseCode: course.courseCode,
      countries: course.countries,
      deliveringBodies: course.deliveringBodies ? orgs(course.deliveringBodies) : undefined,
      learningOutcomes: outcomesByCategory(course),
      workload: workload ? { ects: workload.ects, hours: workload.hours, hoursPerCredit: workload.hoursPerCredit } : undefined,
      level: levelOf(course),
      assessment: assessment ? { types: [...assessment.types], formative: assessment.formative, summative: assessment.summative } : undefined,
      participation: participation
        ? { mode: participation.mode, synchronous: participation.synchronous, asynchronous: participation.asynchronous, platform: participation.platform }
        : undefined,
      prerequisites: course.prerequisites?.description,
      stackability: stackability ? { type: stackability.type, towards: stackability.towards?.map((t) => ({ title: t.title, maxEcts: t.maxEcts })) } : undefined,
      recognition: recognition ? { description: recognition.description, maxEcts: recognition.maxEcts } : undefined,
      languageOfDelivery: course.languageOfDelivery,
      fieldOfStudy: course.fieldOfStudy?.iscedF,
    },
    ['awardingBodies', 'learningOutcomes', 'workload', 'level', 'assessment', 'participation', 'languageOfDelivery', 'fieldOfStudy'],
    missing,
  );
  // Drop undefined members the nested objects picked up (JSON and CSV stay clean).
  return JSON.parse(JSON.stringify(out)) as GeRegistryRecord;
}

/**
 * Registry records of what a store holds: `am`, one per credential issued in the period; `ge`,
 * one per course (every template given, and every course with credentials in the period). Course
 * details come from the credential the store kept (publication enabled) or from the matching
 * template; what neither states is listed in each record's `missing`.
 *
 * @example
 * const store = await openSqliteStore({ dataDir: '.microcred' });
 * const { records } = await exportRegistryRecords(store, { format: 'am', templates: [course], verifyUrl: 'https://uni.example.am/verify' });
 *
 * @throws ExportError `ERR_EXPORT_OPTIONS` (unknown format, bad period or URL), `ERR_EXPORT_TOO_LARGE`.
 */
export async function exportRegistryRecords(source: CredentialSource, options: ExportRegistryOptions): Promise<RegistryExport> {
  if (options.format !== 'am' && options.format !== 'ge') throw new ExportError('ERR_EXPORT_OPTIONS', `Unknown registry format "${String(options.format)}"; use am or ge.`);
  if (options.verifyUrl !== undefined && !(/^https?:\/\//.test(options.verifyUrl) && URL.canParse(options.verifyUrl))) {
    throw new ExportError('ERR_EXPORT_OPTIONS', `verifyUrl ${options.verifyUrl}: an http(s) URL of the verification page.`);
  }
  const now = (options.now ?? new Date()).toISOString();
  const index: CourseIndex = courseIndex(options.templates ?? []);
  const resolver = createCourseResolver(index, source.getCredential?.bind(source));
  const scan = scanPeriod(source, { period: options.period, withDocument: options.format === 'am', maxCredentials: options.maxCredentials });
  const base = { generatedAt: now, period: { ...options.period } };

  if (options.format === 'am') {
    const records: AmRegistryRecord[] = [];
    for await (const record of scan) records.push(amRecord(record, (await resolver.resolve(record)) ?? {}, options));
    return { format: 'am', ...base, records };
  }

  const courses = new Map<string, { course: CourseDescription; title?: string; counts: GeRegistryRecord['credentials'] }>();
  const zero = () => ({ issued: 0, active: 0, revoked: 0, suspended: 0 });
  for (const template of index.templates) {
    const key = courseKeyOf(template);
    if (!courses.has(key)) courses.set(key, { course: template, counts: zero() });
  }
  for await (const record of scan) {
    const course = (await resolver.resolve(record)) ?? {};
    // A record described by a template counts toward that template's course.
    const template = index.find(record);
    const key = template ? courseKeyOf(template) : courseKeyOf(course, record);
    let entry = courses.get(key);
    if (!entry) courses.set(key, (entry = { course, title: record.title, counts: zero() }));
    entry.counts.issued += 1;
    entry.counts[record.status] += 1;
  }
  const records = [...courses].map(([key, { course, title, counts }]) => geRecord(key, course, title, counts, now));
  return { format: 'ge', ...base, records };
}
