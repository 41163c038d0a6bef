/**
 * Cheap structural checks run before any JSON-LD or crypto work, so hostile input (huge or
 * deeply nested documents, non-JSON values) fails fast with a clear code instead of exhausting
 * the stack or the CPU.
 */
import { isJsonObject } from '../json.js';

/** Limits of {@link checkJsonShape}. Generous for credentials: OB 3.0 nests about ten levels. */
export const JSON_LIMITS = Object.freeze({ maxDepth: 64, maxNodes: 100_000, maxStringLength: 1_000_000 });


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
