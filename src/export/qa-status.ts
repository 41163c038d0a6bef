/**
 * The quality-assurance / accreditation status a registry record shows, read from a course's
 * `qualityAssurance` entries (and the awarding body's `accreditation`). Armenia's registry keeps a
 * "QA status" (seed 000 L368) and publishes "accreditation status" (L798); Georgia records the
 * right-to-implement decision — granted, refused, or granted subject to monitoring (L1428) —
 * valid for two years (L1216).
 *
 * The model's QA entries are being extended (structured decisions and validity windows), so
 * this module reads them defensively — unknown shapes give `stated`/`unknown`, never a throw —
 * and keeps the whole mapping in {@link qaStatusOf}, the one place to extend.
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
  decision?: string;
  decisionDate?: string;
  accreditationId?: string;
  validFrom?: string;
  validUntil?: string;
  url?: string;
  deqarUrl?: string;
}

const GOOD = ['accredited', 'granted', 'granted-with-monitoring'] as const;
/** Preference when several external entries disagree: a valid grant first, a refusal last. */
const RANK: Readonly<Record<QaStatusValue, number>> = {
  accredited: 9,
  granted: 8,
  'granted-with-monitoring': 7,
  'not-yet-valid': 6,
  expired: 5,
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

/** Date part (YYYY-MM-DD) of an ISO date or date-time, for day-granular comparisons. */
const day = (value: string): string => value.slice(0, 10);

function statusOfEntry(entry: Record<string, unknown>, at: string): QaStatusValue {
  const { decision } = decisionOf(entry);
  if (decision === 'refused' || decision === 'withdrawn') return decision;
  const good = (GOOD as readonly string[]).includes(decision ?? '') ? (decision as QaStatusValue) : undefined;
  if (!good) return 'external-stated';
  const { from, until } = windowOf(entry);
  if (from !== undefined && day(at) < day(from)) return 'not-yet-valid';
  if (until !== undefined && day(at) > day(until)) return 'expired';
  return good;
}

/**
 * The QA status of a course at a date (ISO; default today): the best external decision valid
 * then, with its body, id and window; `internal-only` when only internal QA is stated.
 * `qualityAssurance` and `accreditation` may be anything: what is not an array of objects is
 * ignored.
 *
 * @example
 * qaStatusOf(course.qualityAssurance, { at: '2025-10-20', accreditation: course.awardingBodies?.[0]?.accreditation });
 */
export function qaStatusOf(qualityAssurance: unknown, options: { at?: string; accreditation?: unknown } = {}): QaStatus {
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
    const status = statusOfEntry(entry, at);
    if (best === undefined || RANK[status] > RANK[out.status]) {
      best = entry;
      out.status = status;
    }
  }
  if (best) {
    const { decision, date } = decisionOf(best);
    const { from, until } = windowOf(best);
    const fields: Array<[keyof QaStatus, string | undefined]> = [
      ['decision', decision],
      ['decisionDate', date],
      ['accreditationId', str(best.accreditationId)],
      ['validFrom', from],
      ['validUntil', until],
      ['url', str(best.url)],
      ['deqarUrl', str(best.deqarUrl)],
    ];
    for (const [key, value] of fields) if (value !== undefined) (out as unknown as Record<string, unknown>)[key] = value;
  }
  return out;
}
