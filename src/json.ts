/**
 * Predicates on JSON values that every layer needs (model, formats, suites, status, service):
 * one definition each, no dependencies.
 */

/** True for a non-null, non-array object. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An absolute IRI: a scheme, a colon, then no white space (relative references are refused). */
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

/** True for a string that is an absolute IRI, e.g. `https://…`, `did:key:…`, `urn:uuid:…`. */
export function isAbsoluteIri(value: unknown): value is string {
  return typeof value === 'string' && ABSOLUTE_IRI.test(value);
}

/** XML Schema dateTimeStamp: a date-time with a time zone (`Z` or an offset). */
const DATE_TIME_STAMP = /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-](0\d|1[0-3]):[0-5]\d|[+-]14:00)$/;

/** True for an XML Schema dateTimeStamp that is also a real date. */
export function isDateTimeStamp(value: unknown): value is string {
  return typeof value === 'string' && DATE_TIME_STAMP.test(value) && !Number.isNaN(Date.parse(value));
}
