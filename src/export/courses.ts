/**
 * Course descriptions for exports: the course-level part of a MicroCredential (what
 * `microcred batch --template course.json` takes), found for a store record either in the signed
 * credential the store kept or among the course templates the caller passes.
 *
 * The store keeps only an achievement id and a title per credential (src/store/types.ts), so
 * level, credits, field, QA … come from here; a record neither source describes is exported with
 * what the store has and its gaps listed.
 */
import { ExportError } from '../errors.js';
import { parseElm } from '../formats/elm/from-elm.js';
import { parseOpenBadge } from '../formats/ob3/from-open-badge.js';
import { isJsonObject } from '../json.js';
import type { MicroCredential } from '../model/types.generated.js';
import { credentialFromText } from '../render/read-credential.js';

/** The course-level part of a MicroCredential: no learner, no award date, grade or evidence. */
export type CourseDescription = Partial<Omit<MicroCredential, 'learner' | 'grade' | 'evidence'>>;

/** Award-level fields a course description never carries (personal data and per-award facts). */
const AWARD_FIELDS = ['learner', 'grade', 'evidence', 'id', 'dateOfIssuing', 'validUntil'] as const;

/** A MicroCredential (or template) without its award-level fields. */
export function courseOf(value: Partial<MicroCredential> | Record<string, unknown>): CourseDescription {
  const course = structuredClone(value) as Record<string, unknown>;
  for (const field of AWARD_FIELDS) delete course[field];
  return course as CourseDescription;
}

/**
 * The course a signed credential (JSON text or compact VC-JWT; Open Badges 3.0 or EDC, sealed or
 * not) describes, or undefined when it cannot be read. Not verified: the store wrote it.
 */
export function courseOfDocument(document: string): CourseDescription | undefined {
  try {
    const credential = credentialFromText(document);
    const types = ([] as unknown[]).concat(credential.type ?? []);
    const elm = types.includes('EuropeanDigitalCredential') || typeof credential.payload === 'string';
    const parsed = elm ? parseElm(credential).microCredential : parseOpenBadge(credential).microCredential;
    return isJsonObject(parsed) && isJsonObject(parsed.title) ? courseOf(parsed) : undefined;
  } catch {
    return undefined;
  }
}

/** Every text of a language map, trimmed (for matching a store title to a template). */
const titlesOf = (course: CourseDescription): string[] =>
  isJsonObject(course.title) ? Object.values(course.title).filter((t): t is string => typeof t === 'string').map((t) => t.trim()) : [];

/** What a record is matched on. */
export interface CourseKeyed {
  achievementId?: string;
  title?: string;
}

/** Course templates indexed by achievement id, course code and title. */
export interface CourseIndex {
  /** The templates, in the order given. */
  readonly templates: readonly CourseDescription[];
  /** The template for a record: same achievement id, else a title equal to one of the template's titles. */
  find(record: CourseKeyed): CourseDescription | undefined;
}

/**
 * Indexes course templates. Matching is exact: the achievement id (`achievementId`), else the
 * stored title equal to any language of the template title. Two templates with the same id or
 * title: the first wins.
 *
 * @throws ExportError `ERR_EXPORT_OPTIONS` when `templates` is not an array of objects.
 *
 * @example
 * const index = courseIndex([JSON.parse(readFileSync('course.json', 'utf8'))]);
 * index.find({ title: 'Data Analytics Fundamentals' });
 */
export function courseIndex(templates: readonly (Partial<MicroCredential> | Record<string, unknown>)[] = []): CourseIndex {
  if (!Array.isArray(templates)) throw new ExportError('ERR_EXPORT_OPTIONS', 'templates must be an array of course templates (JSON objects).');
  const bad = templates.findIndex((t) => !isJsonObject(t));
  if (bad >= 0) throw new ExportError('ERR_EXPORT_OPTIONS', `templates[${bad}] is not a course template (a JSON object of MicroCredential fields).`);
  const courses = templates.map(courseOf);
  const byId = new Map<string, CourseDescription>();
  const byTitle = new Map<string, CourseDescription>();
  for (const course of courses) {
    if (typeof course.achievementId === 'string' && !byId.has(course.achievementId)) byId.set(course.achievementId, course);
    for (const title of titlesOf(course)) if (!byTitle.has(title)) byTitle.set(title, course);
  }
  return {
    templates: courses,
    find(record) {
      return (record.achievementId !== undefined ? byId.get(record.achievementId) : undefined) ?? (record.title !== undefined ? byTitle.get(record.title.trim()) : undefined);
    },
  };
}

/**
 * A stable key of a course: its achievement id, else its course code, else its first title.
 * Records of the same course share it; `(unknown)` when nothing identifies the course.
 */
export function courseKeyOf(course: CourseDescription | undefined, record: CourseKeyed = {}): string {
  if (record.achievementId !== undefined) return record.achievementId;
  if (typeof course?.achievementId === 'string') return course.achievementId;
  if (typeof course?.courseCode === 'string') return `course-code:${course.courseCode}`;
  const title = record.title ?? (course ? titlesOf(course)[0] : undefined);
  return title !== undefined ? `title:${title}` : '(unknown)';
}

/** Records of one course whose kept credential is read, at most, before the course counts as undescribed. */
const MAX_LOOKUPS_PER_COURSE = 3;

/** Finds the course of each record, reading few kept credentials per course. */
export interface CourseResolver {
  resolve(record: CourseKeyed & { id: string; document?: string }): Promise<CourseDescription | undefined>;
}

/**
 * The course of a record: from its own kept credential when the record carries it, else a
 * matching template, else the kept credential of the first record of that course the store can
 * give (`getCredential`; up to three records per course are tried, since records kept without
 * publication have no document), cached per course — so statistics over a million records read
 * a few documents, not a million.
 */
export function createCourseResolver(index: CourseIndex, getCredential?: (id: string) => Promise<{ document?: string } | undefined>): CourseResolver {
  const found = new Map<string, CourseDescription>();
  const misses = new Map<string, number>();
  return {
    async resolve(record) {
      if (record.document !== undefined) {
        const own = courseOfDocument(record.document);
        if (own) return own;
      }
      const template = index.find(record);
      if (template) return template;
      const key = courseKeyOf(undefined, record);
      const cached = found.get(key);
      if (cached || !getCredential || (misses.get(key) ?? 0) >= MAX_LOOKUPS_PER_COURSE) return cached;
      const kept = await getCredential(record.id).catch(() => undefined);
      const course = kept?.document !== undefined ? courseOfDocument(kept.document) : undefined;
      // Both maps hold one entry per distinct course key.
      if (course) found.set(key, course);
      else misses.set(key, (misses.get(key) ?? 0) + 1);
      return course;
    },
  };
}
