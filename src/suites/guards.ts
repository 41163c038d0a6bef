/**
 * Cheap structural checks run before any JSON-LD or crypto work, so hostile input (huge or
 * deeply nested documents, non-JSON values) fails fast with a clear code instead of exhausting
 * the stack or the CPU.
 */
import { isJsonObject } from '../json.js';

/**
 * Bounds on what a suite will sign or verify. Generous for credentials: OB 3.0 nests about ten
 * levels. `maxRdfValues` bounds the JSON values of a document whose proof is RDF-canonicalized
 * (eddsa-rdfc-2022, ecdsa-rdfc-2019, Ed25519Signature2020): JSON-LD expansion and RDFC-1.0 cost
 * CPU per value, so past it a verification could cost seconds before the signature is even looked
 * at. A full micro-credential has ~230 values.
 */
export const JSON_LIMITS = Object.freeze({ maxDepth: 64, maxNodes: 100_000, maxStringLength: 1_000_000, maxRdfValues: 5_000 });

/**
 * Walks `value` once: `reason` when it is not plain JSON within {@link JSON_LIMITS}, and how many
 * JSON values (objects, arrays, scalars) it holds. Iterative, so depth cannot overflow the stack.
 */
export function jsonShapeOf(value: unknown): { reason?: string; values: number } {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  const problem = (reason: string) => ({ reason, values: nodes });
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (++nodes > JSON_LIMITS.maxNodes) return problem(`more than ${JSON_LIMITS.maxNodes} JSON values`);
    if (depth > JSON_LIMITS.maxDepth) return problem(`nested deeper than ${JSON_LIMITS.maxDepth} levels`);
    // undefined members are absent once serialised; accept them as such.
    if (item === null || item === undefined || typeof item === 'boolean') continue;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return problem('a number that is not finite');
      continue;
    }
    if (typeof item === 'string') {
      if (item.length > JSON_LIMITS.maxStringLength) return problem('a string longer than 1,000,000 characters');
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
    return problem(`a value that is not JSON (${typeof item})`);
  }
  return { values: nodes };
}

/** Returns a reason when `value` is not plain JSON within {@link JSON_LIMITS}, else undefined. */
export const checkJsonShape = (value: unknown): string | undefined => jsonShapeOf(value).reason;

/** The issuer id of a credential (`issuer` or `issuer.id`), or undefined. */
export function issuerIdOf(credential: Record<string, unknown>): string | undefined {
  const { issuer } = credential;
  if (typeof issuer === 'string') return issuer;
  if (isJsonObject(issuer) && typeof issuer.id === 'string') return issuer.id;
  return undefined;
}
