/**
 * A catalogue of the micro-credentials an institution offers, for a national portal or
 * Europass: the Armenian portal is searchable "by field, provider, level, workload" and links
 * each entry to the provider's enrolment page (seed 000 L900); Georgian syllabi state fee,
 * language and delivery format (L1341), schedule and prerequisites (L628). Courses come from
 * course templates (what `batch --template` takes) and/or the achievements a store issued;
 * what a template cannot hold (fee, dates, enrolment page) comes from offerings.
 */
import { ExportError } from '../errors.js';
import { iscedFLabel } from '../formats/elm/data/isced-f.js';
import type { LanguageMap, MicroCredential } from '../model/types.generated.js';
import { type CourseDescription, courseIndex, courseKeyOf, createCourseResolver } from './courses.js';
import { type CsvColumn, languageColumns, languagesOf, toCsv } from './csv.js';
import { type QaStatusValue, qaStatusOf } from './qa-status.js';
import { type CredentialSource, scanPeriod } from './source.js';

/** What a template cannot say about one offering of a course. */
export interface CatalogueOffering {
  /** The course: its achievement id, course code or one of its titles. */
  course: string;
  /** The enrolment page (L900). */
  url?: string;
  /** The fee (L1341): an amount in an ISO 4217 currency, or free. */
  fee?: { amount: number; currency: string } | { free: true };
  /** First and last day of teaching, and the application deadline (ISO 8601 dates). */
  startDate?: string;
  endDate?: string;
  applicationDeadline?: string;
}

/** One catalogue entry: every searchable field flat. */
export interface CatalogueEntry {
  /** The course's key: achievement id, else `course-code:…`, else `title:…`. */
  id: string;
  courseCode?: string;
  title: LanguageMap;
  objective?: LanguageMap;
  /** Awarding bodies (first: the issuer). */
  providers: Array<{ name: LanguageMap; id?: string; country?: string }>;
  /** Delivering bodies, where they differ (Georgia). */
  deliveredBy?: Array<{ name: LanguageMap; id?: string }>;
  /** ISCED-F code and its English label. */
  field?: { code: string; label?: string };
  eqfLevel?: number | 'not-applicable';
  nqfLevel?: { framework: string; level: number };
  qfEheaCycle?: string;
  ects?: number;
  hours?: number;
  languages?: string[];
  /** online, onsite, blended or hybrid. */
  mode?: string;
  learningOutcomes?: LanguageMap[];
  prerequisites?: LanguageMap;
  qaStatus: QaStatusValue;
  url?: string;
  fee?: CatalogueOffering['fee'];
  startDate?: string;
  endDate?: string;
  applicationDeadline?: string;
  /** Where the course came from. */
  source: 'template' | 'issued';
}

/** A catalogue: its entries, and for the ELM export the courses and offerings behind them. */
export interface Catalogue {
  generatedAt: string;
  entries: CatalogueEntry[];
  /** Same order as `entries`. */
  items: Array<{ course: CourseDescription; offering?: CatalogueOffering }>;
  /** Offerings that matched no course, courses skipped (no title or awarding body). */
  warnings: string[];
}

/** Options of {@link exportCatalogue}. */
export interface CatalogueOptions {
  templates?: readonly (Partial<MicroCredential> | Record<string, unknown>)[];
  offerings?: readonly CatalogueOffering[];
  /** Also list every course the store issued credentials of (one kept credential read per course). */
  store?: CredentialSource;
  /** Most courses in one catalogue. Default 10,000. */
  maxCourses?: number;
  now?: Date;
}

const DATE = /^\d{4}-\d{2}-\d{2}(T.*)?$/;

function checkOffering(offering: CatalogueOffering, i: number): void {
  const fail = (what: string) => {
    throw new ExportError('ERR_EXPORT_OPTIONS', `offerings[${i}]: ${what}`);
  };
  if (typeof offering?.course !== 'string' || offering.course === '') fail('"course" must name a course (achievement id, course code or title).');
  if (offering.url !== undefined && !/^https?:\/\/\S+$/.test(offering.url)) fail(`url ${String(offering.url)} is not an http(s) URL.`);
  for (const key of ['startDate', 'endDate', 'applicationDeadline'] as const) {
    const value = offering[key];
    if (value !== undefined && (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(value)))) fail(`${key} ${String(value)} is not an ISO 8601 date.`);
  }
  if (offering.startDate && offering.endDate && offering.endDate < offering.startDate) fail('endDate is before startDate.');
  const fee = offering.fee as Record<string, unknown> | undefined;
  if (fee !== undefined && fee.free !== true) {
    if (typeof fee.amount !== 'number' || !Number.isFinite(fee.amount) || fee.amount < 0) fail('fee.amount must be a number of at least 0.');
    if (typeof fee.currency !== 'string' || !/^[A-Z]{3}$/.test(fee.currency)) fail('fee.currency must be an ISO 4217 code such as GEL, AMD or EUR.');
  }
}

function entryOf(course: CourseDescription, offering: CatalogueOffering | undefined, source: CatalogueEntry['source'], at: string): CatalogueEntry {
  const entry: CatalogueEntry = {
    id: courseKeyOf(course),
    title: { ...course.title },
    providers: (course.awardingBodies ?? []).map((o) => ({ name: { ...o.name }, ...(o.id ? { id: o.id } : {}), ...(o.country ? { country: o.country } : {}) })),
    qaStatus: qaStatusOf(course.qualityAssurance, { at, course, accreditation: course.awardingBodies?.[0]?.accreditation }).status,
    source,
  };
  const code = course.fieldOfStudy?.iscedF;
  const set: Partial<CatalogueEntry> = {
    courseCode: course.courseCode,
    objective: course.objective,
    deliveredBy: course.deliveringBodies?.map((o) => ({ name: { ...o.name }, ...(o.id ? { id: o.id } : {}) })),
    field: code ? { code, label: iscedFLabel(code) } : undefined,
    eqfLevel: course.level?.eqf,
    nqfLevel: course.level?.nqf,
    qfEheaCycle: course.level?.qfEhea,
    ects: course.workload?.ects,
    hours: course.workload?.hours,
    languages: course.languageOfDelivery,
    mode: course.participation?.mode,
    learningOutcomes: course.learningOutcomes?.map((lo) => ({ ...lo.text })),
    prerequisites: course.prerequisites?.description,
    url: offering?.url ?? course.furtherInformation?.urls?.[0],
    fee: offering?.fee,
    startDate: offering?.startDate,
    endDate: offering?.endDate,
    applicationDeadline: offering?.applicationDeadline,
  };
  for (const [key, value] of Object.entries(set)) if (value !== undefined) (entry as unknown as Record<string, unknown>)[key] = value;
  return JSON.parse(JSON.stringify(entry)) as CatalogueEntry;
}

/**
 * The catalogue of offered micro-credentials: every template, then every other course the store
 * issued (when `store` is given), each with the offerings that name it (one entry per offering;
 * a course without offerings gets one entry). Entries are sorted by title.
 *
 * @example
 * const catalogue = await exportCatalogue({ templates: [course], offerings: [{ course: course.achievementId, fee: { amount: 300, currency: 'GEL' }, startDate: '2026-02-01' }] });
 * console.log(catalogueToCsv(catalogue));
 *
 * @throws ExportError `ERR_EXPORT_OPTIONS` (a malformed offering), `ERR_EXPORT_TOO_LARGE` (more than `maxCourses`).
 */
export async function exportCatalogue(options: CatalogueOptions = {}): Promise<Catalogue> {
  const at = (options.now ?? new Date()).toISOString();
  const max = options.maxCourses ?? 10_000;
  const warnings: string[] = [];
  const courses = new Map<string, { course: CourseDescription; source: CatalogueEntry['source'] }>();
  const add = (course: CourseDescription, source: CatalogueEntry['source']) => {
    const key = courseKeyOf(course);
    if (courses.has(key)) return;
    if (!course.title || !course.awardingBodies?.length) {
      warnings.push(`${key}: skipped, no title or awarding body.`);
      return;
    }
    if (courses.size >= max) throw new ExportError('ERR_EXPORT_TOO_LARGE', `More than ${max} courses; raise maxCourses.`);
    courses.set(key, { course, source });
  };
  const index = courseIndex(options.templates ?? []);
  for (const template of index.templates) add(template, 'template');
  if (options.store) {
    const resolver = createCourseResolver(index, options.store.getCredential?.bind(options.store));
    const seen = new Set<string>();
    for await (const record of scanPeriod(options.store)) {
      const key = courseKeyOf(undefined, record);
      if (seen.has(key) || index.find(record)) continue;
      const course = await resolver.resolve(record);
      if (!course) continue;
      seen.add(key);
      add({ ...course, achievementId: course.achievementId ?? record.achievementId }, 'issued');
    }
  }
  const offerings = options.offerings ?? [];
  if (!Array.isArray(offerings)) throw new ExportError('ERR_EXPORT_OPTIONS', 'offerings must be an array of { course, url, fee, startDate, endDate, applicationDeadline }.');
  offerings.forEach(checkOffering);
  const byCourse = new Map<string, CatalogueOffering[]>();
  const keyOfOffering = (offering: CatalogueOffering): string | undefined => {
    for (const [key, { course }] of courses) {
      if (key === offering.course || course.achievementId === offering.course || course.courseCode === offering.course || Object.values(course.title ?? {}).includes(offering.course)) return key;
    }
    return undefined;
  };
  for (const offering of offerings) {
    const key = keyOfOffering(offering);
    if (key === undefined) warnings.push(`offering for "${offering.course}": no such course in the catalogue; left out.`);
    else byCourse.set(key, [...(byCourse.get(key) ?? []), offering]);
  }
  const items: Catalogue['items'] = [];
  const entries: CatalogueEntry[] = [];
  for (const [key, { course, source }] of courses) {
    for (const offering of byCourse.get(key) ?? [undefined]) {
      items.push(offering ? { course, offering } : { course });
      entries.push(entryOf(course, offering, source, at));
    }
  }
  const order = entries.map((entry, i) => i).sort((a, b) => (entries[a]!.title.en ?? Object.values(entries[a]!.title)[0] ?? '').localeCompare(entries[b]!.title.en ?? Object.values(entries[b]!.title)[0] ?? '') || (entries[a]!.startDate ?? '').localeCompare(entries[b]!.startDate ?? ''));
  return { generatedAt: at, entries: order.map((i) => entries[i]!), items: order.map((i) => items[i]!), warnings };
}

/** A search over catalogue entries; every given criterion must hold. */
export interface CatalogueQuery {
  /** ISCED-F code or its prefix (`01` matches 0111). */
  field?: string;
  /** Provider id, or part of a provider name (any language, case-insensitive). */
  provider?: string;
  eqfLevel?: number;
  minEcts?: number;
  maxEcts?: number;
  /** Language of delivery (BCP 47 primary tag). */
  language?: string;
  mode?: string;
  /** Free, or a fee of at most this amount (in the offering's currency). */
  maxFee?: number;
  /** Starts on or after this date. */
  startsFrom?: string;
}

/** The entries matching a query (see {@link CatalogueQuery}). */
export function searchCatalogue(entries: readonly CatalogueEntry[], query: CatalogueQuery): CatalogueEntry[] {
  const needle = query.provider?.toLowerCase();
  return entries.filter((e) => {
    if (query.field !== undefined && !e.field?.code.startsWith(query.field)) return false;
    if (needle !== undefined && !e.providers.some((p) => p.id === query.provider || Object.values(p.name).some((n) => n.toLowerCase().includes(needle)))) return false;
    if (query.eqfLevel !== undefined && e.eqfLevel !== query.eqfLevel) return false;
    if (query.minEcts !== undefined && !(e.ects !== undefined && e.ects >= query.minEcts)) return false;
    if (query.maxEcts !== undefined && !(e.ects !== undefined && e.ects <= query.maxEcts)) return false;
    if (query.language !== undefined && !e.languages?.some((l) => l.split('-')[0]!.toLowerCase() === query.language!.toLowerCase())) return false;
    if (query.mode !== undefined && e.mode !== query.mode) return false;
    if (query.maxFee !== undefined && !(e.fee && ('free' in e.fee || e.fee.amount <= query.maxFee))) return false;
    if (query.startsFrom !== undefined && !(e.startDate !== undefined && e.startDate >= query.startsFrom)) return false;
    return true;
  });
}

/** The catalogue as CSV: one line per entry, one title column per language. */
export function catalogueToCsv(catalogue: Pick<Catalogue, 'entries'>): string {
  const { entries } = catalogue;
  const first = (map: LanguageMap | undefined) => (map ? (map.en ?? Object.values(map)[0]) : undefined);
  const columns: CsvColumn<CatalogueEntry>[] = [
    { header: 'id', value: (e) => e.id },
    { header: 'courseCode', value: (e) => e.courseCode },
    ...languageColumns<CatalogueEntry>('title', languagesOf(entries, (e) => e.title), (e) => e.title),
    { header: 'providers', value: (e) => e.providers.map((p) => first(p.name) ?? '') },
    { header: 'deliveredBy', value: (e) => e.deliveredBy?.map((p) => first(p.name) ?? '') },
    { header: 'iscedF', value: (e) => e.field?.code },
    { header: 'field', value: (e) => e.field?.label },
    { header: 'eqfLevel', value: (e) => e.eqfLevel },
    { header: 'nqfFramework', value: (e) => e.nqfLevel?.framework },
    { header: 'nqfLevel', value: (e) => e.nqfLevel?.level },
    { header: 'qfEheaCycle', value: (e) => e.qfEheaCycle },
    { header: 'ects', value: (e) => e.ects },
    { header: 'hours', value: (e) => e.hours },
    { header: 'languages', value: (e) => e.languages },
    { header: 'mode', value: (e) => e.mode },
    { header: 'fee', value: (e) => (e.fee ? ('free' in e.fee ? 0 : e.fee.amount) : undefined) },
    { header: 'currency', value: (e) => (e.fee && !('free' in e.fee) ? e.fee.currency : undefined) },
    { header: 'startDate', value: (e) => e.startDate },
    { header: 'endDate', value: (e) => e.endDate },
    { header: 'applicationDeadline', value: (e) => e.applicationDeadline },
    { header: 'url', value: (e) => e.url },
    { header: 'qaStatus', value: (e) => e.qaStatus },
    { header: 'learningOutcomes', value: (e) => e.learningOutcomes?.map((lo) => first(lo) ?? '') },
    { header: 'source', value: (e) => e.source },
  ];
  return toCsv(entries, columns);
}
