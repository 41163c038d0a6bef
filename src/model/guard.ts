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

function issue(code: string, pointer: string, message: string): ValidationIssue {
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
  const stack: Array<{ value: unknown; tokens: string[]; exit?: object }> = [{ value: input, tokens: [] }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.exit) {
      onPath.delete(frame.exit);
      continue;
    }
    const { value, tokens } = frame;
    if (nodes > 0) pending -= 1;
    if (++nodes > maxNodes) return tooMany();
    const pointer = () => toPointer(tokens);
    switch (typeof value) {
      case 'string':
        bytes += value.length + 2;
        break;
      case 'number':
        if (!Number.isFinite(value)) return [issue('INPUT_NOT_JSON', pointer(), `${value} is not a JSON number.`)];
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
        if (tokens.length >= maxDepth) {
          return [issue('INPUT_TOO_DEEP', pointer(), `The document nests deeper than ${maxDepth} levels.`)];
        }
        if (onPath.has(value)) return [issue('INPUT_CYCLE', pointer(), 'The document refers to itself (a cycle).')];
        const proto = Object.getPrototypeOf(value);
        if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) {
          return [issue('INPUT_NOT_JSON', pointer(), 'Only plain JSON objects and arrays are accepted.')];
        }
        const children = Array.isArray(value) ? value.length : Reflect.ownKeys(value).length;
        if (nodes + pending + children > maxNodes) return tooMany();
        let entries: Array<[string, unknown]>;
        try {
          entries = Array.isArray(value)
            ? Array.from({ length: value.length }, (_, i) => [String(i), value[i]] as [string, unknown]) // holes read as undefined: not JSON
            : Reflect.ownKeys(value).map((key) => {
                if (typeof key === 'symbol') throw new TypeError('symbol key');
                const descriptor = Object.getOwnPropertyDescriptor(value, key);
                if (!descriptor || !('value' in descriptor)) throw new TypeError('accessor property');
                return [key, descriptor.value] as [string, unknown];
              });
        } catch {
          return [issue('INPUT_NOT_JSON', pointer(), 'The document contains accessors, symbols or other non-JSON properties.')];
        }
        onPath.add(value);
        stack.push({ value: undefined, tokens, exit: value });
        for (const [key, item] of entries) {
          if (!Array.isArray(value) && FORBIDDEN_KEYS.has(key)) {
            return [issue('INPUT_FORBIDDEN_KEY', toPointer([...tokens, key]), `The key "${key}" is not allowed anywhere in a document.`)];
          }
          bytes += key.length + 4;
          stack.push({ value: item, tokens: [...tokens, key] });
          pending += 1;
        }
        bytes += 2;
        break;
      }
      default:
        return [issue('INPUT_NOT_JSON', pointer(), `A ${typeof value} is not a JSON value.`)];
    }
    if (bytes > maxBytes) {
      return [issue('INPUT_TOO_LARGE', pointer(), `The document is larger than ${maxBytes} characters.`)];
    }
  }
  return [];
}
