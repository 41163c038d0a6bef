/**
 * Duplicate member names in JSON text. `JSON.parse` keeps the last value of a repeated name and
 * other parsers keep the first, so a document with one could be read one way by the signer and
 * another by the verifier: verifiers refuse such text (RFC 8259 §4: names SHOULD be unique).
 */

/** Escapes a member name for a JSON Pointer (RFC 6901). */
const pointerToken = (name: string): string => name.replaceAll('~', '~0').replaceAll('/', '~1');

interface Frame {
  kind: 'object' | 'array';
  pointer: string;
  names: Set<string>;
  index: number;
  /** Object: the member whose value comes next. */
  name?: string;
}

/**
 * The JSON Pointer of the first repeated member name in `text` (decoded names compared, so
 * `"a"` and `"\u0061"` are the same), or undefined when every name is unique. `text` must already
 * be valid JSON (parse it first). One pass, no recursion: linear time, depth-independent stack.
 */
export function findDuplicateKey(text: string): string | undefined {
  const stack: Frame[] = [];
  let i = 0;
  const n = text.length;
  /** The pointer of the value starting now, within the innermost container. */
  const here = (): string => {
    const top = stack.at(-1);
    if (top === undefined) return '';
    return top.kind === 'array' ? `${top.pointer}/${top.index}` : `${top.pointer}/${pointerToken(top.name ?? '')}`;
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '"') {
      const start = i;
      i++;
      while (i < n && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      const top = stack.at(-1);
      // A string is a member name when it opens an object member: the next significant character is ':'.
      let j = i;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\n' || text[j] === '\r')) j++;
      if (top?.kind === 'object' && text[j] === ':') {
        const name = JSON.parse(text.slice(start, i)) as string;
        if (top.names.has(name)) return `${top.pointer}/${pointerToken(name)}`;
        top.names.add(name);
        top.name = name;
        i = j + 1;
      }
      continue;
    }
    if (c === '{' || c === '[') {
      stack.push({ kind: c === '{' ? 'object' : 'array', pointer: here(), names: new Set(), index: 0 });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack.at(-1);
      if (top?.kind === 'array') top.index++;
    }
    i++;
  }
  return undefined;
}
