/**
 * Cheap structural checks run before any JSON-LD or crypto work, so hostile input (huge or
 * deeply nested documents, non-JSON values) fails fast with a clear code instead of exhausting
 * the stack or the CPU.
 */
import { isJsonObject } from '../json.js';

/** Limits of {@link checkJsonShape}. Generous for credentials: OB 3.0 nests about ten levels. */
/**
 * Bounds on what a suite will sign or verify. `maxRdfValues` bounds the JSON values of a document
 * whose proof is RDF-canonicalized (eddsa-rdfc-2022, ecdsa-rdfc-2019, Ed25519Signature2020):
 * JSON-LD expansion and RDFC-1.0 cost CPU per value, so past it a verification could cost seconds
 * before the signature is even looked at. A full micro-credential has ~230 values.
 */
export const JSON_LIMITS = Object.freeze({ maxDepth: 64, maxNodes: 100_000, maxStringLength: 1_000_000, maxRdfValues: 5_000 });

/** True when `value` holds more than `limit` JSON values (objects, arrays and scalars). Iterative. */
export function jsonValuesExceed(value: unknown, limit: number): boolean {
  const stack: unknown[] = [value];
  let count = 0;
  while (stack.length > 0) {
    const item = stack.pop();
    if (++count > limit) return true;
    if (Array.isArray(item)) stack.push(...item);
    else if (item !== null && typeof item === 'object') stack.push(...Object.values(item));
  }
  return false;
}


/**
 * Returns a reason when `value` is not plain JSON within {@link JSON_LIMITS}, else undefined.
 * Iterative, so depth cannot overflow the stack.
 */
export function checkJsonShape(value: unknown): string | undefined {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (++nodes > JSON_LIMITS.maxNodes) return `more than ${JSON_LIMITS.maxNodes} JSON values`;
    if (depth > JSON_LIMITS.maxDepth) return `nested deeper than ${JSON_LIMITS.maxDepth} levels`;
    // undefined members are absent once serialised; accept them as such.
    if (item === null || item === undefined || typeof item === 'boolean') continue;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return 'a number that is not finite';
      continue;
    }
    if (typeof item === 'string') {
      if (item.length > JSON_LIMITS.maxStringLength) return 'a string longer than 1,000,000 characters';
      continue;
    }
    if (Array.isArray(item)) {
      for (const child of item) stack.push([child, depth + 1]);
      continue;
    }
    if (typeof item === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(item) as object | null)) {
      for (const key of Object.keys(item)) stack.push([(item as Record<string, unknown>)[key], depth + 1]);
      continue;
    }
    return `a value that is not JSON (${typeof item})`;
  }
  return undefined;
}

/** The issuer id of a credential (`issuer` or `issuer.id`), or undefined. */
export function issuerIdOf(credential: Record<string, unknown>): string | undefined {
  const { issuer } = credential;
  if (typeof issuer === 'string') return issuer;
  if (isJsonObject(issuer) && typeof issuer.id === 'string') return issuer.id;
  return undefined;
}
