/**
 * Proof chains (Data Integrity 1.0 §2.1.2, §4.5): a proof that names `previousProof` signs the
 * document together with the proofs it names. jsonld-signatures knows proof sets only (every
 * proof over the bare document), so chained proofs are verified here by handing the suite the
 * document with its previous proofs put back.
 */
import type { JsonObject } from './types.js';

/** Ids named in a proof's `previousProof` (a string or an array of strings), or a reason it is malformed. */
export function previousProofIds(proof: JsonObject): string[] | { reason: string } {
  const value = proof.previousProof;
  if (value === undefined) return [];
  const ids = Array.isArray(value) ? value : [value];
  if (ids.length === 0 || !ids.every((id) => typeof id === 'string' && id !== '')) {
    return { reason: 'previousProof must be a proof id or a non-empty list of proof ids.' };
  }
  return ids as string[];
}

/**
 * The proofs a chained proof builds on, from the whole proof set; a reason when one is missing,
 * the proof names itself, or the chain loops.
 */
export function previousProofsOf(proof: JsonObject, all: readonly JsonObject[]): JsonObject[] | { reason: string } {
  const ids = previousProofIds(proof);
  if (!Array.isArray(ids)) return ids;
  const byId = new Map(all.filter((p) => typeof p.id === 'string').map((p) => [p.id as string, p]));
  const found: JsonObject[] = [];
  for (const id of ids) {
    const previous = byId.get(id);
    if (previous === undefined) return { reason: `previousProof "${id}" is not a proof of this document.` };
    if (previous === proof || id === proof.id) return { reason: `The proof "${id}" names itself as its previousProof.` };
    found.push(previous);
  }
  // Walk the chain back: it must end, without coming back to this proof.
  const seen = new Set<JsonObject>([proof]);
  const queue = [...found];
  while (queue.length > 0) {
    const next = queue.pop()!;
    if (seen.has(next)) return { reason: 'The previousProof chain loops.' };
    seen.add(next);
    const earlier = previousProofIds(next);
    if (!Array.isArray(earlier)) return earlier;
    for (const id of earlier) {
      const p = byId.get(id);
      if (p === undefined) return { reason: `previousProof "${id}" is not a proof of this document.` };
      queue.push(p);
    }
  }
  return found;
}

interface ProofVerifier {
  verifyProof(options: { proof: JsonObject; document: JsonObject; [key: string]: unknown }): Promise<unknown>;
}

/**
 * Wraps a digitalbazaar suite so each proof is verified against the document it was made over:
 * the bare document for proofs of a set, the document with its previous proofs for a chain.
 * `all` are the proofs as the document carries them (jsonld-signatures hands the suite copies).
 */
export function chainAwareSuite<T extends object>(suite: T, all: readonly JsonObject[]): T {
  const verifier = suite as unknown as ProofVerifier;
  const wrapped = Object.create(suite) as T & ProofVerifier;
  wrapped.verifyProof = (options) => {
    const previous = previousProofsOf(options.proof, all);
    if (!Array.isArray(previous)) return Promise.resolve({ verified: false, error: new Error(previous.reason) });
    if (previous.length === 0) return verifier.verifyProof.call(suite, options);
    const document = { ...options.document, proof: previous.length === 1 ? previous[0] : previous };
    return verifier.verifyProof.call(suite, { ...options, document });
  };
  return wrapped;
}
