import type { ValidationIssue } from './issue.js';
import { toPointer } from './pointer.js';

/** Limits applied to untrusted input before any schema work. All are options of `validateMicroCredential`. */
export interface InputLimits {
  /** Largest accepted document, in characters of its JSON form (counted while walking). Default 4 Mi. */
  maxBytes?: number;
  /** Deepest accepted nesting of objects and arrays. Default 32 (the model needs 6). */
  maxDepth?: number;
  /** Most objects, arrays and values in one document. Default 100,000. */
  maxNodes?: number;
}

export const DEFAULT_LIMITS: Required<InputLimits> = { maxBytes: 4 * 1024 * 1024, maxDepth: 32, maxNodes: 100_000 };

/** Keys that can reach `Object.prototype` when a careless consumer merges the document. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Codes of {@link checkInput}'s issues; `verify()` reports them prefixed with `ERR_` (e.g. `ERR_INPUT_TOO_DEEP`). */
export type InputIssueCode = 'INPUT_CYCLE' | 'INPUT_FORBIDDEN_KEY' | 'INPUT_NOT_JSON' | 'INPUT_NOT_OBJECT' | 'INPUT_TOO_DEEP' | 'INPUT_TOO_LARGE';

function issue(code: InputIssueCode, pointer: string, message: string): ValidationIssue {
  return { code, pointer, message, severity: 'error' };
}

/**
 * Walks untrusted input once, iteratively (no recursion, so no stack overflow), and reports
 * the first limit it breaks: size, depth, node count, non-JSON values, cycles and
 * prototype-polluting keys. Returns `[]` when the input is safe to hand to the schema validator.
 */
export function checkInput(input: unknown, limits: InputLimits = {}): ValidationIssue[] {
  try {
    return walk(input, limits);
  } catch {
    // A Proxy whose traps throw, a revoked Proxy, …: not JSON, and never an exception.
    return [issue('INPUT_NOT_JSON', '', 'The document could not be read as JSON (an object threw while being read).')];
  }
}

/**
 * A lower bound of the number of values in JSON text, counted without parsing: commas and
 * opening brackets outside strings. Stops as soon as it passes `limit`, so text with millions
 * of elements is refused before `JSON.parse` builds them. Linear in the text, no allocation.
 */
export function jsonNodesExceed(text: string, limit: number): boolean {
  let count = 1;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x2c || c === 0x5b || c === 0x7b) {
      if (++count > limit) return true;
    }
  }
  return false;
}

/** A place in the walk: its key and its parent's place, so a pointer is built only for a report. */
interface Place {
  parent: Place | undefined;
  key: string;
  depth: number;
}

function pointerOf(place: Place | undefined): string {
  const tokens: string[] = [];
  for (let p = place; p !== undefined; p = p.parent) tokens.push(p.key);
  return toPointer(tokens.reverse());
}

function walk(input: unknown, limits: InputLimits): ValidationIssue[] {
  const { maxBytes, maxDepth, maxNodes } = { ...DEFAULT_LIMITS, ...limits };
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    const kind = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
    return [issue('INPUT_NOT_OBJECT', '', `A micro-credential must be a JSON object; got ${kind}.`)];
  }
  let bytes = 0;
  let nodes = 0;
  // Values pushed but not yet visited: each will count as a node, so a container whose
  // children would pass the limit is refused before its children are listed.
  let pending = 0;
  const tooMany = () => [issue('INPUT_TOO_LARGE', '', `The document has more than ${maxNodes} values.`)];
  const onPath = new Set<object>();
  // Explicit stack; an `exit` marker pops the node from the cycle-detection path.
  const stack: Array<{ value: unknown; place: Place | undefined; exit?: object }> = [{ value: input, place: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.exit) {
      onPath.delete(frame.exit);
      continue;
    }
    const { value, place } = frame;
    if (nodes > 0) pending -= 1;
    if (++nodes > maxNodes) return tooMany();
    switch (typeof value) {
      case 'string':
        bytes += value.length + 2;
        break;
      case 'number':
        if (!Number.isFinite(value)) return [issue('INPUT_NOT_JSON', pointerOf(place), `${value} is not a JSON number.`)];
        bytes += 8;
        break;
      case 'boolean':
        bytes += 5;
        break;
      case 'object': {
        if (value === null) {
          bytes += 4;
          break;
        }
        const depth = place?.depth ?? 0;
        if (depth >= maxDepth) {
          return [issue('INPUT_TOO_DEEP', pointerOf(place), `The document nests deeper than ${maxDepth} levels.`)];
        }
        if (onPath.has(value)) return [issue('INPUT_CYCLE', pointerOf(place), 'The document refers to itself (a cycle).')];
        const isArray = Array.isArray(value);
        const proto = Object.getPrototypeOf(value);
        if (!isArray && proto !== Object.prototype && proto !== null) {
          return [issue('INPUT_NOT_JSON', pointerOf(place), 'Only plain JSON objects and arrays are accepted.')];
        }
        const keys = isArray ? undefined : Reflect.ownKeys(value);
        const children = isArray ? value.length : keys!.length;
        if (nodes + pending + children > maxNodes) return tooMany();
        // Read every child first (a throwing or accessor property refuses the whole object), as before.
        const items: unknown[] = new Array(children);
        try {
          if (isArray) {
            for (let i = 0; i < children; i += 1) items[i] = value[i]; // holes read as undefined: not JSON
          } else {
            for (let i = 0; i < children; i += 1) {
              const key = keys![i]!;
              if (typeof key === 'symbol') throw new TypeError('symbol key');
              const descriptor = Object.getOwnPropertyDescriptor(value, key);
              if (!descriptor || !('value' in descriptor)) throw new TypeError('accessor property');
              items[i] = descriptor.value;
            }
          }
        } catch {
          return [issue('INPUT_NOT_JSON', pointerOf(place), 'The document contains accessors, symbols or other non-JSON properties.')];
        }
        onPath.add(value);
        stack.push({ value: undefined, place, exit: value });
        for (let i = 0; i < children; i += 1) {
          const key = isArray ? String(i) : (keys![i] as string);
          if (!isArray && FORBIDDEN_KEYS.has(key)) {
            return [issue('INPUT_FORBIDDEN_KEY', pointerOf({ parent: place, key, depth: depth + 1 }), `The key "${key}" is not allowed anywhere in a document.`)];
          }
          bytes += key.length + 4;
          stack.push({ value: items[i], place: { parent: place, key, depth: depth + 1 } });
          pending += 1;
        }
        bytes += 2;
        break;
      }
      default:
        return [issue('INPUT_NOT_JSON', pointerOf(place), `A ${typeof value} is not a JSON value.`)];
    }
    if (bytes > maxBytes) {
      return [issue('INPUT_TOO_LARGE', pointerOf(place), `The document is larger than ${maxBytes} characters.`)];
    }
  }
  return [];
}
