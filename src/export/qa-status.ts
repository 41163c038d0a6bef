/**
 * The quality-assurance / accreditation status a registry record shows, read from a course's
 * `qualityAssurance` entries (and the awarding body's `accreditation`). Armenia's registry keeps a
 * "QA status" (seed 000 L368) and publishes "accreditation status" (L798); Georgia records the
 * right-to-implement decision — granted, refused, or granted subject to monitoring (L1428) —
 * valid for two years (L1216).
 *
 * The model's QA entries are being extended (structured accreditation: `accreditationType`,
 * `decision`, `validFrom`/`validUntil`, `scope`, `deqarId`), so this module reads them
 * defensively — unknown shapes give `external-stated`/`unknown`, never a throw — and keeps the
 * whole mapping in {@link qaStatusOf}, the one place to extend.
 */
import { isJsonObject } from '../json.js';

/** The status a registry record shows. */
export type QaStatusValue =
  /** An external decision that accredits or grants, valid at the date asked. */
  | 'accredited'
  | 'granted'
  | 'granted-with-monitoring'
  /** The best external decision was valid once but has ended, or starts later. */
  | 'expired'
  | 'not-yet-valid'
  /** A grant whose `scope` (ISCED-F fields, EQF/NQF levels, programmes, ECTS) leaves this course out. */
  | 'out-of-scope'
  | 'refused'
  | 'withdrawn'
  /** External QA is named but no decision is stated. */
  | 'external-stated'
  /** Only internal QA is stated. */
  | 'internal-only'
  /** Nothing readable. */
  | 'unknown';

/** A registry's view of a course's quality assurance. */
export interface QaStatus {
  status: QaStatusValue;
  internal: boolean;
  external: boolean;
  /** Names (first language given) of the external QA bodies. */
  bodies: string[];
  /** Of the entry that decided the status. */
  accreditationType?: string;
  decision?: string;
  decisionDate?: string;
  accreditationId?: string;
  validFrom?: string;
  validUntil?: string;
  url?: string;
  deqarId?: string;
  deqarUrl?: string;
}

/** What a course states that an accreditation `scope` limits (the course-level MicroCredential fields). */
export interface QaCourse {
  achievementId?: unknown;
  courseCode?: unknown;
  fieldOfStudy?: unknown;
  level?: unknown;
  workload?: unknown;
}

const GOOD = ['accredited', 'granted', 'granted-with-monitoring'] as const;
/** Preference when several external entries disagree: a valid grant first, a refusal last. */
const RANK: Readonly<Record<QaStatusValue, number>> = {
  accredited: 9,
  granted: 8,
  'granted-with-monitoring': 7,
  'not-yet-valid': 6,
  expired: 5,
  'out-of-scope': 4.5,
  'external-stated': 4,
  withdrawn: 3,
  refused: 2,
  'internal-only': 1,
  unknown: 0,
};

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const firstText = (map: unknown): string | undefined => (isJsonObject(map) ? Object.values(map).map(str).find((t) => t !== undefined) : str(map));

/** A decision as a word: a string, or an object's `outcome`/`value`/`type` (structured decisions). */
function decisionOf(entry: Record<string, unknown>): { decision?: string; date?: string } {
  const raw = entry.decision;
  if (typeof raw === 'string') return { decision: raw, date: str(entry.decisionDate) };
  if (isJsonObject(raw)) return { decision: str(raw.outcome) ?? str(raw.value) ?? str(raw.type), date: str(raw.date) ?? str(entry.decisionDate) };
  return { date: str(entry.decisionDate) };
}

/** A validity window: top-level `validFrom`/`validUntil`, or a `validity: { from, until }` object. */
function windowOf(entry: Record<string, unknown>): { from?: string; until?: string } {
  const validity = isJsonObject(entry.validity) ? entry.validity : {};
  return { from: str(entry.validFrom) ?? str(validity.from) ?? str(validity.validFrom), until: str(entry.validUntil) ?? str(validity.until) ?? str(validity.validUntil) };
}

/** Among entries of equal status, the more specific one speaks for the course (programme before institution). */
const SPECIFICITY: Readonly<Record<string, number>> = { 'right-to-implement': 3, programme: 2, 'external-qa': 1, institutional: 0 };
const specificityOf = (entry: Record<string, unknown>): number => SPECIFICITY[str(entry.accreditationType) ?? ''] ?? 0;

/**
 * Whether a `scope` leaves the course out. Every stated limit applies; an absent one does not
 * limit; a limit the course states nothing about cannot be judged and does not exclude.
 */
function outOfScope(scope: unknown, course: QaCourse | undefined): boolean {
  if (!isJsonObject(scope) || !course) return false;
  const field = isJsonObject(course.fieldOfStudy) ? str(course.fieldOfStudy.iscedF) : undefined;
  const level = isJsonObject(course.level) ? course.level : {};
  const nqf = isJsonObject(level.nqf) ? level.nqf : undefined;
  const ects = isJsonObject(course.workload) && typeof course.workload.ects === 'number' ? course.workload.ects : undefined;
  const list = (value: unknown): unknown[] | undefined => (Array.isArray(value) && value.length > 0 ? value : undefined);
  const fields = list(scope.iscedF);
  // A broad or narrow field covers the detailed fields under it (04 covers 0411).
  if (fields && field !== undefined && !fields.some((f) => typeof f === 'string' && field.startsWith(f))) return true;
  const eqf = list(scope.eqf);
  if (eqf && typeof level.eqf === 'number' && !eqf.includes(level.eqf)) return true;
  const nqfs = list(scope.nqf);
  if (nqfs && nqf && !nqfs.some((n) => isJsonObject(n) && n.framework === nqf.framework && n.level === nqf.level)) return true;
  const programmes = list(scope.programmes);
  const id = str(course.achievementId);
  const code = str(course.courseCode);
  if (programmes && (id !== undefined || code !== undefined)) {
    const named = programmes.some((p) => isJsonObject(p) && ((id !== undefined && p.id === id) || (code !== undefined && p.courseCode === code)));
    if (!named) return true;
  }
  if (typeof scope.maxEcts === 'number' && ects !== undefined && ects > scope.maxEcts) return true;
  return false;
}

/** Date part (YYYY-MM-DD) of an ISO date or date-time, for day-granular comparisons. */
const day = (value: string): string => value.slice(0, 10);

function statusOfEntry(entry: Record<string, unknown>, at: string, course: QaCourse | undefined): QaStatusValue {
  const { decision } = decisionOf(entry);
  if (decision === 'refused' || decision === 'withdrawn') return decision;
  const good = (GOOD as readonly string[]).includes(decision ?? '') ? (decision as QaStatusValue) : undefined;
  if (!good) return 'external-stated';
  const { from, until } = windowOf(entry);
  if (from !== undefined && day(at) < day(from)) return 'not-yet-valid';
  if (until !== undefined && day(at) > day(until)) return 'expired';
  return outOfScope(entry.scope, course) ? 'out-of-scope' : good;
}

/**
 * The QA status of a course at a date (ISO; default today): the best external decision valid
 * then, with its body, id and window; `internal-only` when only internal QA is stated.
 * `qualityAssurance` and `accreditation` may be anything: what is not an array of objects is
 * ignored. With `course`, a grant whose `scope` leaves the course out counts as `out-of-scope`;
 * of equally good entries the most specific (`right-to-implement`, then `programme`, then
 * `institutional`) is reported.
 *
 * @example
 * qaStatusOf(course.qualityAssurance, { at: '2025-10-20', course, accreditation: course.awardingBodies?.[0]?.accreditation });
 */
export function qaStatusOf(qualityAssurance: unknown, options: { at?: string; accreditation?: unknown; course?: QaCourse } = {}): QaStatus {
  const at = options.at ?? new Date().toISOString();
  const entries = [qualityAssurance, options.accreditation].flatMap((list) => (Array.isArray(list) ? list.filter(isJsonObject) : []));
  const external = entries.filter((e) => e.type !== 'internal');
  const internal = entries.some((e) => e.type === 'internal');
  const out: QaStatus = {
    status: external.length ? 'external-stated' : internal ? 'internal-only' : 'unknown',
    internal,
    external: external.length > 0,
    bodies: [...new Set(external.map((e) => firstText(isJsonObject(e.body) ? e.body.name : undefined)).filter((n): n is string => n !== undefined))],
  };
  let best: Record<string, unknown> | undefined;
  for (const entry of external) {
    const status = statusOfEntry(entry, at, options.course);
    const better = RANK[status] > RANK[out.status] || (RANK[status] === RANK[out.status] && best !== undefined && specificityOf(entry) > specificityOf(best));
    if (best === undefined || better) {
      best = entry;
      out.status = status;
    }
  }
  if (best) {
    const { decision, date } = decisionOf(best);
    const { from, until } = windowOf(best);
    const fields: Array<[keyof QaStatus, string | undefined]> = [
      ['accreditationType', str(best.accreditationType)],
      ['decision', decision],
      ['decisionDate', date],
      ['accreditationId', str(best.accreditationId)],
      ['validFrom', from],
      ['validUntil', until],
      ['url', str(best.url)],
      ['deqarId', str(best.deqarId)],
      ['deqarUrl', str(best.deqarUrl)],
    ];
    for (const [key, value] of fields) if (value !== undefined) (out as unknown as Record<string, unknown>)[key] = value;
  }
  return out;
}
