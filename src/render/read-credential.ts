import { decodeJwt } from 'jose';
import { InvalidArgumentError } from '../errors.js';
import { parseOpenBadge } from '../formats/ob3/from-open-badge.js';
import type { MicroCredential } from '../model/types.generated.js';

/** The credential in JSON text or a compact VC-JWT (decoded, not verified). */
export function credentialFromText(input: string): Record<string, unknown> {
  const text = input.trim();
  if (text.startsWith('{')) return JSON.parse(text) as Record<string, unknown>;
  try {
    const claims = decodeJwt(text) as Record<string, unknown>;
    return (claims.vc as Record<string, unknown> | undefined) ?? claims;
  } catch (error) {
    throw new InvalidArgumentError('ERR_CREDENTIAL_UNREADABLE', `Neither JSON nor a compact JWT: ${(error as Error).message}`);
  }
}

/** What the renderers need from a credential: its id and the micro-credential it describes. */
export interface Readable {
  id: string | undefined;
  microCredential: MicroCredential;
}

/**
 * Reads a credential for display — a signed Open Badges 3.0 credential object, its JSON, or a
 * compact VC-JWT — without verifying it (rendering shows; `verify()` decides).
 */
export function readCredential(input: object | string): Readable {
  const credential = typeof input === 'string' ? credentialFromText(input) : (input as Record<string, unknown>);
  const { microCredential } = parseOpenBadge(credential);
  if (!microCredential.title) throw new InvalidArgumentError('ERR_CREDENTIAL_UNREADABLE', 'The credential has no micro-credential to render.');
  // Another issuer's credential may lack Annex I elements (the parse warns; verify() decides):
  // show what is there rather than fail on what is not.
  const shown = {
    ...microCredential,
    learningOutcomes: microCredential.learningOutcomes ?? [],
    workload: microCredential.workload ?? {},
    level: microCredential.level ?? {},
    assessment: microCredential.assessment ?? { types: [] },
    qualityAssurance: microCredential.qualityAssurance ?? [],
    awardingBodies: microCredential.awardingBodies?.length ? microCredential.awardingBodies : [{ name: { en: '—' } }],
  } as MicroCredential;
  return { id: typeof credential.id === 'string' ? credential.id : undefined, microCredential: shown };
}
