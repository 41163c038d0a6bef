import type { Evidence } from '../model/types.generated.js';
import type { PathwayCredentialResult } from './types.js';

/** One part a pathway credential links to: a verified credential, by id and digest. */
export interface PartLink {
  id?: string;
  /** SRI digest (`sha256-…`) of the part as verified. */
  digest: string;
  title?: string;
  credits?: number;
  member?: string;
}

/** The counted and flagged credentials of an evaluation, as links. */
export function partsOf(credentials: readonly PathwayCredentialResult[]): PartLink[] {
  return credentials
    .filter((c) => c.outcome !== 'excluded')
    .map((c) => ({ digest: c.digest, credits: c.credits, ...(c.id ? { id: c.id } : {}), ...(c.title ? { title: c.title } : {}), ...(c.member ? { member: c.member } : {}) }));
}

/** The genre of the evidence entries that link a part (read back by `verifyAggregate`). */
export const PART_GENRE = 'Credential';

/** Parts as MicroCredential evidence: carried into Open Badges 3.0 `evidence` and the EDC alike. */
export function partEvidence(parts: readonly PartLink[]): Evidence[] {
  return parts.map((p) => {
    const item: Evidence = {
      name: { en: p.title ?? p.id ?? p.digest },
      description: { en: `Verified credential ${p.id ?? ''} with digest ${p.digest}${p.credits !== undefined ? `, counting ${p.credits} ECTS` : ''}${p.member ? ` as ${p.member}` : ''}.`.replace('credential  with', 'credential with') },
      genre: PART_GENRE,
    };
    if (p.id) item.id = p.id;
    return item;
  });
}

/** VC 2.0 `relatedResource` entries: the parts' ids with their SRI digests (parts without an id cannot be listed there). */
export function relatedResources(parts: readonly PartLink[]): Array<{ id: string; digestSRI: string }> {
  return parts.flatMap((p) => (p.id ? [{ id: p.id, digestSRI: p.digest }] : []));
}
