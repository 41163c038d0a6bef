/**
 * What a verifier reads must be what was signed. RDF-canonicalized proofs sign the RDF graph,
 * not the JSON, and JSON-LD offers many spellings of one graph: `@id` for `id`, a full IRI for a
 * term, `@value` wrappers, `@index` and `@set` (dropped), `null` and `[]` (dropped), inline
 * contexts that alias or re-map terms. The proof still holds, while a reader of the JSON (the
 * report, the schema and profile checks) sees something else. JCS and JWT proofs sign the JSON
 * but do no JSON-LD processing at all, so their contexts are not checked by one either.
 *
 * The rule, the same for every suite: an Open Badges credential lists in `@context` only
 * contexts the loader serves (bundled or `extraContexts`; loading is checked by the suites),
 * never inline context objects, and is written in the plain compact form its contexts define —
 * no JSON-LD keyword other than the top-level `@context`, no IRI or compact IRI as a member
 * name, no `null`, no empty array (the proofs are left to the suites). Plain W3C credentials (no Open Badges context) keep JSON-LD's
 * full syntax under RDF suites, where safe-mode processing holds them to their contexts (the
 * W3C VC-API test suites need inline contexts); under eddsa-jcs-2022, which processes nothing,
 * they may not carry inline contexts.
 */
import { CONTEXTS } from '../loader/contexts.js';
import type { JsonObject } from './types.js';

/** A signed-shape problem: a stable code, a reason and the JSON Pointer of the offending member. */
export interface ShapeProblem {
  code: 'ERR_CONTEXT_INLINE' | 'ERR_JSONLD_KEYWORD' | 'ERR_JSONLD_TERM' | 'ERR_JSONLD_NULL' | 'ERR_JSONLD_EMPTY_ARRAY';
  reason: string;
  pointer: string;
}

const OPEN_BADGES_CONTEXTS: ReadonlySet<string> = new Set<string>(
  Object.entries(CONTEXTS)
    .filter(([name]) => name.startsWith('OB_') || name === 'MICROCRED_V1')
    .map(([, url]) => url),
);

const contextsOf = (credential: JsonObject): unknown[] => {
  const context = credential['@context'];
  return Array.isArray(context) ? context : [context];
};

/** True when the credential names an Open Badges 3.0 context (or microcred's extension). */
export function isOpenBadgesCredential(credential: JsonObject): boolean {
  return contextsOf(credential).some((c) => typeof c === 'string' && OPEN_BADGES_CONTEXTS.has(c));
}

const token = (name: string): string => name.replaceAll('~', '~0').replaceAll('/', '~1');

/** An inline (object) entry of the top-level `@context`, or undefined. */
export function inlineContextProblem(credential: JsonObject): ShapeProblem | undefined {
  const entries = contextsOf(credential);
  const i = entries.findIndex((c) => typeof c !== 'string');
  if (i < 0) return undefined;
  return {
    code: 'ERR_CONTEXT_INLINE',
    reason: '@context may only list context URLs the verifier has (bundled or configured); an inline context can alias or re-map terms without changing what is signed.',
    pointer: Array.isArray(credential['@context']) ? `/@context/${i}` : '/@context',
  };
}

/**
 * The first place where an Open Badges credential departs from the plain compact form, or
 * undefined. Iterative; the input has passed the JSON shape guard (bounded depth and size).
 */
export function plainFormProblem(credential: JsonObject): ShapeProblem | undefined {
  const stack: [unknown, string][] = [[credential, '']];
  while (stack.length > 0) {
    const [value, pointer] = stack.pop()!;
    if (value === null) return { code: 'ERR_JSONLD_NULL', reason: 'A null value: JSON-LD drops it, so it is not signed by an RDF proof; leave the member out.', pointer };
    if (Array.isArray(value)) {
      if (value.length === 0) return { code: 'ERR_JSONLD_EMPTY_ARRAY', reason: 'An empty array: JSON-LD drops it, so it is not signed by an RDF proof; leave the member out.', pointer };
      value.forEach((item, i) => stack.push([item, `${pointer}/${i}`]));
      continue;
    }
    if (typeof value === 'object' && value !== null) {
      // At the top, `@context` is the context list and `proof` is read by the suites themselves (with their own codes).
      const names = Object.keys(value).filter((name) => pointer !== '' || (name !== '@context' && name !== 'proof'));
      const problem = plainMember(names, pointer);
      if (problem !== undefined) return problem;
      for (const name of names) stack.push([(value as JsonObject)[name], `${pointer}/${token(name)}`]);
    }
  }
  return undefined;
}

function plainMember(names: string[], pointer: string): ShapeProblem | undefined {
  for (const name of names) {
    const at = `${pointer}/${token(name)}`;
    if (name.startsWith('@')) {
      return { code: 'ERR_JSONLD_KEYWORD', reason: `The JSON-LD keyword "${name}" is not part of the plain form of an Open Badges credential (write "id", "type", plain values).`, pointer: at };
    }
    if (name.includes(':')) {
      return { code: 'ERR_JSONLD_TERM', reason: `"${name}" is an IRI, not a term of the credential's contexts; write the term the context defines.`, pointer: at };
    }
  }
  return undefined;
}

/**
 * Everything above for one credential. Open Badges credentials are held to the plain form under
 * every suite. For plain W3C credentials `inlineContexts` says whether inline contexts may stay:
 * yes under RDF suites (safe-mode JSON-LD processing enforces protected terms) and VC-JWT (JOSE
 * processes no JSON-LD; VC 1.1 JWTs in the wild carry inline contexts); no under eddsa-jcs-2022,
 * a Data Integrity suite held to the same context policy as the RDF ones without processing.
 */
export function signedShapeProblem(credential: JsonObject, inlineContexts: 'allow' | 'refuse'): ShapeProblem | undefined {
  if (isOpenBadgesCredential(credential)) return inlineContextProblem(credential) ?? plainFormProblem(credential);
  return inlineContexts === 'refuse' ? inlineContextProblem(credential) : undefined;
}
