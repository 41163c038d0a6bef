/** JSON Pointer (RFC 6901) helpers, plus a `*` segment that matches every array item. */

/** Escapes one reference token. */
export function escapeToken(token: string | number): string {
  const text = typeof token === 'string' ? token : String(token);
  if (!text.includes('~') && !text.includes('/')) return text;
  return text.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Splits a pointer into unescaped tokens. `""` → `[]`. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  const tokens = pointer.slice(1).split('/');
  return pointer.includes('~') ? tokens.map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~')) : tokens;
}

/** Joins tokens into a pointer. */
export function toPointer(tokens: ReadonlyArray<string | number>): string {
  return tokens.map((t) => `/${escapeToken(t)}`).join('');
}

/**
 * Human form of a pointer for messages: `/learningOutcomes/3/category` → `learningOutcomes[3].category`.
 */
export function describePointer(pointer: string): string {
  if (pointer === '') return '(document)';
  let out = '';
  for (const token of parsePointer(pointer)) {
    if (/^\d+$/.test(token)) out += `[${token}]`;
    else out += out === '' ? token : `.${token}`;
  }
  return out;
}

/** Own-property lookup that never walks the prototype chain. */
function child(value: unknown, token: string): unknown {
  if (Array.isArray(value)) return /^\d+$/.test(token) ? value[Number(token)] : undefined;
  if (value !== null && typeof value === 'object' && Object.hasOwn(value, token)) {
    return (value as Record<string, unknown>)[token];
  }
  return undefined;
}

/** One place a (possibly wildcard) pointer matched, with its concrete pointer. */
export interface Match {
  pointer: string;
  value: unknown;
}

/**
 * Resolves a pointer whose segments may be `*` (every array item) against a document.
 * Places that do not exist are returned with `value: undefined` only for the last segment,
 * so that "missing" can be reported at the exact place.
 */
export function resolvePointer(document: unknown, pattern: string): Match[] {
  // Concrete pointers are built as strings while walking (no token arrays copied per step).
  let frontier: Match[] = [{ pointer: '', value: document }];
  const tokens = parsePointer(pattern);
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    const last = index === tokens.length - 1;
    const next: Match[] = [];
    for (const node of frontier) {
      if (token === '*') {
        if (Array.isArray(node.value)) {
          node.value.forEach((item, i) => next.push({ pointer: `${node.pointer}/${i}`, value: item }));
        }
        continue;
      }
      const value = child(node.value, token);
      if (value !== undefined || last) next.push({ pointer: `${node.pointer}/${escapeToken(token)}`, value });
    }
    frontier = next;
  }
  return frontier;
}

/** Value at a concrete pointer, or `undefined`. */
export function getAt(document: unknown, pointer: string): unknown {
  let value = document;
  for (const token of parsePointer(pointer)) {
    value = child(value, token);
    if (value === undefined) return undefined;
  }
  return value;
}
