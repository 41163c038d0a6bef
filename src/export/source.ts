/**
 * What the exports read: issued-credential records from a store (SQLite or PostgreSQL, through
 * `Store.scanCredentials`), limited to an issue period and to an explicit number of records.
 */
import { ExportError } from '../errors.js';
import type { ScanPage, ScanCredentialsQuery, ScannedCredential, CredentialRecord } from '../store/types.js';

/** A store, or anything that scans like one (tests, other databases). */
export interface CredentialSource {
  scanCredentials(query?: ScanCredentialsQuery): Promise<ScanPage>;
  /** Used to read one kept credential per course when no template describes the course. */
  getCredential?(id: string): Promise<CredentialRecord | undefined>;
}

/** An issue period. Each bound: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or an ISO date-time; both inclusive. */
export interface ExportPeriod {
  /** First year, month, day or instant included. */
  from?: string;
  /** Last year, month, day or instant included (`--to 2025-06` includes all of June). */
  to?: string;
}

/** Most records one export reads by default (the stores page through them; memory grows with distinct learners). */
export const DEFAULT_MAX_CREDENTIALS = 1_000_000;

const PARTIAL = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Start instant of a period bound, and the instant just after its end (UTC). */
function bound(value: string, name: string): { start: Date; after: Date } {
  // A non-string bound (a number from JSON, say) must not silently drop the limit.
  if (typeof value !== 'string') throw new ExportError('ERR_EXPORT_OPTIONS', `${name}: a date string (YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 date-time), not ${typeof value}.`);
  const match = PARTIAL.exec(value);
  if (match) {
    const [year, month, dayOfMonth] = [Number(match[1]), match[2] ? Number(match[2]) - 1 : undefined, match[3] ? Number(match[3]) : undefined];
    const start = new Date(Date.UTC(year, month ?? 0, dayOfMonth ?? 1));
    if (dayOfMonth !== undefined && start.getUTCDate() !== dayOfMonth) throw new ExportError('ERR_EXPORT_OPTIONS', `${name} ${value}: no such date.`);
    const after = month === undefined ? new Date(Date.UTC(year + 1, 0, 1)) : dayOfMonth === undefined ? new Date(Date.UTC(year, month + 1, 1)) : new Date(start.getTime() + 86_400_000);
    return { start, after };
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))) {
    const start = new Date(value);
    return { start, after: new Date(start.getTime() + 1) };
  }
  throw new ExportError('ERR_EXPORT_OPTIONS', `${name} ${value}: use YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 date-time.`);
}

/**
 * The store query bounds of a period: `issuedFrom` (inclusive) and `issuedBefore` (exclusive).
 * @throws ExportError `ERR_EXPORT_OPTIONS` for an unreadable bound or `from` after `to`.
 */
export function periodBounds(period: ExportPeriod = {}): { issuedFrom?: string; issuedBefore?: string } {
  const out: { issuedFrom?: string; issuedBefore?: string } = {};
  const from = period.from !== undefined ? bound(period.from, 'from').start : undefined;
  const after = period.to !== undefined ? bound(period.to, 'to').after : undefined;
  if (from && after && from >= after) throw new ExportError('ERR_EXPORT_OPTIONS', `from ${period.from} is after to ${period.to}.`);
  if (from) out.issuedFrom = from.toISOString();
  if (after) out.issuedBefore = after.toISOString();
  return out;
}

/** Options of {@link scanPeriod}. */
export interface ScanOptions {
  period?: ExportPeriod;
  withDocument?: boolean;
  /** Refuse to read more records than this. Default {@link DEFAULT_MAX_CREDENTIALS}. */
  maxCredentials?: number;
}

/**
 * Every record issued in the period, oldest first, page by page.
 * @throws ExportError `ERR_EXPORT_TOO_LARGE` past `maxCredentials` records.
 */
export async function* scanPeriod(source: CredentialSource, options: ScanOptions = {}): AsyncGenerator<ScannedCredential> {
  const max = options.maxCredentials ?? DEFAULT_MAX_CREDENTIALS;
  if (!Number.isInteger(max) || max < 1) throw new ExportError('ERR_EXPORT_OPTIONS', 'maxCredentials must be a positive integer.');
  const query: ScanCredentialsQuery = { ...periodBounds(options.period), limit: options.withDocument ? 50 : 5000, withDocument: options.withDocument === true };
  let seen = 0;
  for (let cursor: string | undefined; ; ) {
    const page = await source.scanCredentials(cursor === undefined ? query : { ...query, cursor });
    for (const item of page.items) {
      if (++seen > max) throw new ExportError('ERR_EXPORT_TOO_LARGE', `More than ${max} credentials were issued in the period; export a shorter period or raise maxCredentials.`);
      yield item;
    }
    if (page.nextCursor === undefined) return;
    cursor = page.nextCursor;
  }
}
