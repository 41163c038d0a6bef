/** Value encodings shared by toElm and fromElm, each an exact inverse pair. */
import { encodeBase64, utf8 } from '../../seal/encoding.js';

const DATE = /^(\d{4}-\d{2}-\d{2})$/;
const MIDNIGHT_UTC = /^(\d{4}-\d{2}-\d{2}T00:00:00)(?:\.(0+))?Z$/;

/**
 * Model date or date-time → xsd:dateTime, reversibly. EDC dates are xsd:dateTime, but the model
 * also has plain dates: a date becomes midnight UTC (`2025-10-20T00:00:00Z`, as the EU samples
 * write dates), and a date-time that already reads midnight UTC gains one zero of fraction
 * (`…T00:00:00Z` → `…T00:00:00.0Z`, the same instant) so the two never collide.
 */
export function encodeDateTime(value: string): string {
  if (DATE.test(value)) return `${value}T00:00:00Z`;
  const midnight = MIDNIGHT_UTC.exec(value);
  if (midnight) return `${midnight[1]}.${midnight[2] ?? ''}0Z`;
  return value;
}

/** Inverse of {@link encodeDateTime}. Other date-times (other producers) pass through. */
export function decodeDateTime(value: string): string {
  const midnight = MIDNIGHT_UTC.exec(value);
  if (!midnight) return value;
  if (midnight[2] === undefined) return midnight[1]!.slice(0, 10);
  const zeros = midnight[2].slice(1);
  return `${midnight[1]}${zeros ? `.${zeros}` : ''}Z`;
}

/**
 * A date read from a date-time another producer wrote. The EU tools write local midnight in
 * UTC (`1999-10-01T22:00:00Z` for 2 October in CET), so a time of 12:00 or later rounds to the
 * next day. Returns the date and whether rounding was needed.
 */
export function dateOfDateTime(value: string): { date: string; exact: boolean } | undefined {
  const decoded = decodeDateTime(value);
  if (DATE.test(decoded)) return { date: decoded, exact: true };
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})/.exec(decoded);
  if (!match) return undefined;
  if (Number(match[2]) < 12) return { date: match[1]!, exact: false };
  const next = new Date(`${match[1]}T00:00:00Z`);
  if (Number.isNaN(next.getTime())) return undefined;
  next.setUTCDate(next.getUTCDate() + 1);
  return { date: next.toISOString().slice(0, 10), exact: false };
}

/** `2025-10-20` → `2025-10-20T00:00:00Z` (for options given as dates). */
export const toDateTime = (value: string): string => (DATE.test(value) ? `${value}T00:00:00Z` : value);

const DURATION = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** What we write: a fraction only on seconds, as xsd:duration requires. */
const STRICT_DURATION = /^PT(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?$/;

/**
 * Hours in an xsd:duration, or undefined when it has no exact length in hours (years and
 * months vary) or is malformed. Days count 24 hours.
 */
export function durationToHours(value: string): number | undefined {
  const match = DURATION.exec(value);
  if (!match || value === 'P' || value.endsWith('T')) return undefined;
  const [, years, months, weeks, days, hours, minutes, seconds] = match;
  if (years !== undefined || months !== undefined) return undefined;
  const n = (part: string | undefined) => (part === undefined ? 0 : Number(part));
  return n(weeks) * 168 + n(days) * 24 + n(hours) + n(minutes) / 60 + n(seconds) / 3600;
}

/**
 * Hours → xsd:duration (`PT175H`, `PT27H30M`, …), or undefined when no duration gives back
 * exactly this number (then the exact value travels in a note). xsd:duration allows a fraction
 * only on seconds, so fractional hours are written with minutes and seconds.
 */
export function hoursToDuration(hours: number): string | undefined {
  if (!Number.isFinite(hours) || hours < 0) return undefined;
  const candidates: string[] = [];
  if (Number.isInteger(hours)) candidates.push(`PT${hours}H`);
  const minutes = Math.round(hours * 60);
  candidates.push(`PT${Math.floor(minutes / 60)}H${minutes % 60}M`);
  const millis = Math.round(hours * 3_600_000);
  const seconds = (millis % 60_000) / 1000;
  candidates.push(`PT${Math.floor(millis / 3_600_000)}H${Math.floor((millis % 3_600_000) / 60_000)}M${seconds}S`);
  candidates.push(`PT${plain(hours * 3600)}S`);
  return candidates.find((candidate) => STRICT_DURATION.test(candidate) && durationToHours(candidate) === hours);
}

/** A non-negative number as a plain decimal (no exponent); durations allow no other form. */
function plain(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(20).replace(/\.?0+$/, '') : text;
}

/** UTF-8 text → base64. */
export const utf8ToBase64 = (text: string): string => encodeBase64(utf8(text));
