/** Recognising a JAdES seal without verifying it. */

/**
 * True when `value` looks like a JWS JSON serialization (general `{ payload, signatures }` or
 * flattened `{ payload, signature }`) — the shape of a JAdES-sealed EDC.
 */
export function isJadesEnvelope(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.payload === 'string' && (Array.isArray(v.signatures) || typeof v.signature === 'string');
}
