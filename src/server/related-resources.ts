/**
 * VC 2.0 §5.3 integrity of related resources: a `relatedResource` entry's `digestSRI` (Subresource
 * Integrity) or `digestMultibase` (a multibase multihash) must match the resource's bytes. The
 * service fetches nothing by itself; an injected `fetchBytes` supplies the bytes it may check.
 */
import { createHash } from 'node:crypto';
import { base58Decode } from '../keys/multibase.js';
import type { InputProblem } from './credential-input.js';

/** Returns a resource's bytes, or undefined when it cannot be had (the digest is then not compared). */
export type RelatedResourceFetcher = (url: string) => Promise<Uint8Array | undefined>;

type Json = Record<string, unknown>;
const SRI_ALGORITHMS: Readonly<Record<string, string>> = { sha256: 'sha256', sha384: 'sha384', sha512: 'sha512' };
/** Multihash codes (multicodec table) → Node digest name and length. */
const MULTIHASH: ReadonlyMap<number, { name: string; length: number }> = new Map([
  [0x12, { name: 'sha256', length: 32 }],
  [0x20, { name: 'sha384', length: 48 }],
  [0x13, { name: 'sha512', length: 64 }],
  [0x16, { name: 'sha3-256', length: 32 }],
  [0x15, { name: 'sha3-384', length: 48 }],
  [0x14, { name: 'sha3-512', length: 64 }],
]);
const RAW_BY_LENGTH: ReadonlyMap<number, string> = new Map([[32, 'sha256'], [48, 'sha384'], [64, 'sha512']]);

const digest = (name: string, bytes: Uint8Array): Buffer => createHash(name).update(bytes).digest();

/** True when one of the SRI hash expressions (`sha384-…`, space separated) matches the bytes. */
function sriMatches(sri: string, bytes: Uint8Array): boolean {
  return sri
    .trim()
    .split(/\s+/)
    .some((expression) => {
      const dash = expression.indexOf('-');
      const algorithm = SRI_ALGORITHMS[expression.slice(0, dash)];
      const value = expression.slice(dash + 1).split('?')[0]!;
      return algorithm !== undefined && digest(algorithm, bytes).toString('base64') === value;
    });
}

function decodeMultibase(value: string): Uint8Array | undefined {
  if (value.startsWith('u') && /^[A-Za-z0-9_-]+$/.test(value.slice(1))) return Buffer.from(value.slice(1), 'base64url');
  if (value.startsWith('z')) return base58Decode(value.slice(1));
  return undefined;
}

/** A multihash (code, length, digest) — or, as some published examples do, a bare SHA-2 digest. */
function multibaseMatches(value: string, bytes: Uint8Array): boolean {
  const decoded = decodeMultibase(value);
  if (decoded === undefined) return false;
  const hash = MULTIHASH.get(decoded[0]!);
  if (hash && decoded[1] === hash.length && decoded.length === hash.length + 2) return digest(hash.name, bytes).equals(decoded.subarray(2));
  const raw = RAW_BY_LENGTH.get(decoded.length);
  return raw !== undefined && digest(raw, bytes).equals(decoded);
}

/** Problems with the digests of `credential.relatedResource` whose bytes `fetchBytes` supplies. */
export async function relatedResourceDigestProblems(credential: Json, fetchBytes: RelatedResourceFetcher): Promise<InputProblem[]> {
  const related = credential.relatedResource;
  if (related === undefined) return [];
  const entries = Array.isArray(related) ? related : [related];
  const problems: InputProblem[] = [];
  for (const [i, entry] of entries.entries()) {
    if (typeof entry !== 'object' || entry === null || typeof (entry as Json).id !== 'string') continue;
    const { id, digestSRI, digestMultibase } = entry as Json;
    const pointer = Array.isArray(related) ? `/relatedResource/${i}` : '/relatedResource';
    let bytes: Uint8Array | undefined;
    try {
      bytes = await fetchBytes(id as string);
    } catch {
      bytes = undefined;
    }
    if (bytes === undefined) continue;
    if (typeof digestSRI === 'string' && !sriMatches(digestSRI, bytes)) problems.push({ pointer: `${pointer}/digestSRI`, message: `digestSRI does not match the content of ${id as string}.` });
    if (typeof digestMultibase === 'string' && !multibaseMatches(digestMultibase, bytes)) {
      problems.push({ pointer: `${pointer}/digestMultibase`, message: `digestMultibase does not match the content of ${id as string}.` });
    }
  }
  return problems;
}
