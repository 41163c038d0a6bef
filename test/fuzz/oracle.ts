/**
 * The oracle: what a signature covers, as one comparable string per input. A mutated input
 * that verifies while its signed content differs from the seed's is a false accept.
 *
 * - Data Integrity / Linked Data proofs (`ld`): the RDF canonical form (RDFC-1.0, N-Quads) of
 *   the document without `proof`, and of each proof's options without its value — exactly what
 *   the suites hash, so reordering keys or arrays the RDF does not order is neutral.
 * - eddsa-jcs-2022 (`jcs`): the JCS (RFC 8785) form of the same two parts.
 * - VC-JWT: the decoded bytes of the header and payload segments.
 * - JAdES: the decoded protected header bytes and the payload text (`b64: false`); the
 *   unprotected header (`etsiU`) is not covered.
 * - Baked images: the credential unbaked from them, by its own format.
 * - A proof set is a set: a proof given twice is the same proof.
 * - Presentations: the presentation's own proof coverage (which includes the credentials).
 *
 * Only computed for inputs that verified (rare), so the RDF canonicalization cost does not count.
 */
import canonicalizeModule from 'canonicalize';
import jsonld from 'jsonld';
import { unbake } from '../../src/bake/index.js';
import { defaultDocumentLoader } from '../../src/loader/default.js';
import type { SeedFormat } from './corpus.js';

type Json = any;

const PROOF_VALUES = ['proofValue', 'jws', 'signatureValue'];

/** The value as a verifier would parse it: JSON text is parsed (last duplicate key wins). */
function asObject(input: unknown): Json | undefined {
  if (typeof input === 'string') {
    try {
      return JSON.parse(input.trim());
    } catch {
      return undefined;
    }
  }
  if (input instanceof Uint8Array) return asObject(new TextDecoder().decode(input));
  return input && typeof input === 'object' ? input : undefined;
}

const canonicalize = canonicalizeModule as unknown as (value: unknown) => string | undefined;
const jcs = (value: unknown) => canonicalize(value) ?? 'undefined';

async function rdfc(doc: Json): Promise<string> {
  return jsonld.canonize(doc, { algorithm: 'RDFC-1.0', format: 'application/n-quads', documentLoader: defaultDocumentLoader() as never, safe: false } as never) as Promise<string>;
}

function split(doc: Json): { body: Json; proofs: Json[] } {
  const { proof, ...body } = doc;
  const proofs = (proof === undefined ? [] : Array.isArray(proof) ? proof : [proof]).map((p: Json) => {
    if (!p || typeof p !== 'object') return p;
    const options = { ...p };
    for (const k of PROOF_VALUES) delete options[k];
    return options;
  });
  return { body, proofs };
}

async function embedded(input: unknown, canon: 'ld' | 'jcs'): Promise<string> {
  const doc = asObject(input);
  if (!doc || Array.isArray(doc)) return `not an object: ${typeof input}`;
  const { body, proofs } = split(doc);
  if (canon === 'jcs') return `${jcs(body)}\n--proofs--\n${[...new Set(proofs.map(jcs))].sort().join('\n')}`;
  const context = doc['@context'];
  const parts = [await rdfc(body)];
  for (const p of proofs) parts.push(p && typeof p === 'object' ? await rdfc({ '@context': p['@context'] ?? context, ...p }) : jcs(p));
  return `${parts[0]}\n--proofs--\n${[...new Set(parts.slice(1))].sort().join('\n')}`;
}

function jwtSegments(input: unknown): string {
  const obj = asObject(input);
  let h: string, p: string;
  if (typeof input === 'string' && input.trim().split('.').length === 3) [h, p] = input.trim().split('.') as [string, string];
  else if (obj && typeof obj.protected === 'string' && typeof obj.payload === 'string') [h, p] = [obj.protected, obj.payload];
  else return `not a JWS: ${typeof input}`;
  return `${Buffer.from(h, 'base64url').toString('hex')}.${Buffer.from(p, 'base64url').toString('hex')}`;
}

function jades(input: unknown): string {
  const obj = asObject(input);
  const sig = Array.isArray(obj?.signatures) ? obj.signatures[0] : obj;
  if (!sig || typeof sig.protected !== 'string') return 'not a JAdES JWS';
  return `${Buffer.from(sig.protected, 'base64url').toString('hex')}.${JSON.stringify(obj.payload)}`;
}

/** The signed content of `input` read as `format` (`inner` for baked images and presentations). Never throws. */
export async function signedContent(input: unknown, format: SeedFormat, inner?: 'ld' | 'jcs' | 'jwt'): Promise<string> {
  try {
    switch (format) {
      case 'ld':
      case 'jcs':
        return await embedded(input, format);
      case 'jwt':
        return jwtSegments(input);
      case 'jades':
        return jades(input);
      case 'png':
      case 'svg':
        return await signedContent(unbake(input as Uint8Array | string), inner ?? 'jcs');
      case 'vp':
        return await embedded(input, inner === 'ld' ? 'ld' : 'jcs');
    }
  } catch (error) {
    return `unreadable: ${(error as Error).message}`;
  }
}

/**
 * True when `mutated` is `original` with entries appended to its `@context` and nothing else
 * changed (proof aside): eddsa-jcs-2022 signs the proof's `@context`, and the suite accepts a
 * document whose `@context` only starts with it (KNOWN-ISSUE-10.6).
 */
export function onlyContextAppended(original: unknown, mutated: unknown): boolean {
  const a = asObject(original);
  const b = asObject(mutated);
  if (!a || !b || !Array.isArray(a['@context']) || !Array.isArray(b['@context'])) return false;
  const ca = a['@context'] as unknown[];
  const cb = b['@context'] as unknown[];
  if (cb.length <= ca.length || !ca.every((c, i) => jcs(c) === jcs(cb[i]))) return false;
  const { proof: _pa, '@context': _ca, ...restA } = a;
  const { proof: _pb, '@context': _cb, ...restB } = b;
  return jcs(restA) === jcs(restB);
}

/** The signed content of each credential inside a presentation (all eddsa-jcs-2022 in the corpus). */
export async function innerContents(vp: unknown): Promise<string[]> {
  const obj = asObject(vp);
  const items = obj?.verifiableCredential;
  const list = items === undefined ? [] : Array.isArray(items) ? items : [items];
  return Promise.all(list.map((c: unknown) => signedContent(c, 'jcs')));
}

/** What the verifier tells its user: the MicroCredential view and the issuer (per credential for a presentation). */
export function viewOf(report: Json): string {
  if (report?.format === 'vp') return jcs((report.credentials ?? []).map((c: Json) => ({ m: c.microCredential, i: c.issuer })));
  return jcs({ m: report?.microCredential, i: report?.issuer });
}
