/**
 * File names of a batch's credentials, chosen so a registrar can find one learner's file:
 * by the learner's reference (student number, else learner id), by credential id, or by row.
 * Names are safe on every common file system; two rows that would share a name get `-2`, `-3`, …
 */
import { readFile } from 'node:fs/promises';

/** How `microcred batch --name-by` names files. `learner` falls back to the credential id when a row has no learner reference. */
export type NameBy = 'id' | 'learner' | 'row';
export const NAME_BY: readonly NameBy[] = ['learner', 'id', 'row'];

/** Longest name stem, in UTF-8 bytes: file systems allow 255, and `-NNN.json` and a temporary suffix must fit after it. */
export const MAX_STEM_BYTES = 160;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A name stem from any text: letters and digits of every script, `.`, `_` and `-` kept; anything
 * else (slashes, colons, spaces, control characters) becomes `_`; at most {@link MAX_STEM_BYTES}
 * bytes; never empty, never hidden (leading dot), never a Windows device name.
 */
export function safeStem(text: string): string {
  let stem = text.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}._-]+/gu, '_').replace(/^[._]+|[._]+$/g, '');
  const encoder = new TextEncoder();
  while (encoder.encode(stem).length > MAX_STEM_BYTES) stem = [...stem].slice(0, -1).join('');
  if (stem === '') stem = 'credential';
  return WINDOWS_RESERVED.test(stem) ? `_${stem}` : stem;
}

/** The learner's reference: a student number (or other identifier) first, else the learner's id. */
function learnerReference(document: Record<string, unknown>): string | undefined {
  const learner = document.learner as { id?: unknown; identifiers?: Array<{ type?: unknown; value?: unknown; hashed?: unknown }> } | undefined;
  // A hashed identifier (sha256$…) finds no one: not a name.
  const identifiers = (Array.isArray(learner?.identifiers) ? learner.identifiers : []).filter((i) => i?.hashed !== true);
  const identifier = identifiers.find((i) => i?.type === 'studentId' && typeof i.value === 'string') ?? identifiers.find((i) => typeof i?.value === 'string');
  if (typeof identifier?.value === 'string' && identifier.value.trim()) return identifier.value.trim();
  return typeof learner?.id === 'string' && learner.id.trim() ? learner.id.trim() : undefined;
}

/** The stem a row's file is named by (before collisions are resolved). */
export function fileStem(nameBy: NameBy, document: Record<string, unknown>, id: string, row: number): string {
  if (nameBy === 'row') return `row-${String(row).padStart(6, '0')}`;
  const byId = safeStem(id.replace(/^urn:uuid:/i, ''));
  if (nameBy === 'id') return byId;
  const reference = learnerReference(document);
  return reference === undefined ? byId : safeStem(reference);
}

/** The `id` of an issued credential file (JSON, or a VC-JWT's `jti`/`vc.id`), or undefined. */
export async function issuedId(path: string): Promise<string | undefined> {
  try {
    const text = (await readFile(path, 'utf8')).trim();
    if (text.startsWith('{')) return (JSON.parse(text) as { id?: string }).id;
    const payload = JSON.parse(Buffer.from(text.split('.')[1] ?? '', 'base64url').toString('utf8')) as { jti?: string; id?: string; vc?: { id?: string } };
    return payload.jti ?? payload.vc?.id ?? payload.id;
  } catch {
    return undefined;
  }
}
