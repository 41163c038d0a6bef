/**
 * Long-term validation of a JAdES seal (ETSI EN 319 102-1 §5.6.2.4 past signature validation, the
 * parts an offline verifier can do): when the sealing certificate (or one above it) has expired or
 * been revoked by now, a time-stamp over the signature can still prove the seal was made while it
 * was valid.
 *
 * A time-stamp counts only once it is itself established: its TSA chains to a configured trust
 * anchor, and every certificate of that chain was valid — and not revoked — from the time stamped
 * up to the time the token is proven to have existed: the time of the earliest established
 * archive time-stamp that covers it (`arcTst` later in `etsiU`), or the verification time for the
 * latest. The seal is then proven at the earliest established token's time at which the sealing
 * certificate and its chain were valid and not revoked. Revocation evidence is the CRLs the seal
 * carries (`rVals`, and inside tokens), signed by the revoked certificate's issuer; OCSP responses
 * are not evaluated, nothing is fetched, and algorithm strength at the proven time is not judged.
 */
import type { CheckCode } from '../errors.js';
import type { SignatureBudget } from './budget.js';
import { type ChainResult, buildChain } from './chain.js';
import { type Crl, type CrlEntry, revocationOf } from './crl.js';
import { bytesEqual } from './der.js';
import { toHex } from './encoding.js';
import { type Certificate, shortName } from './x509.js';

/** A time-stamp token over the signature that verified (imprint and CMS signature). */
export interface ProofToken {
  type: 'sigTst' | 'arcTst';
  /** Index of its `etsiU` component: archive time-stamps at higher indexes cover it. */
  position: number;
  genTime: Date;
  tsa: Certificate;
  /** Certificates the token carries (candidates for the TSA's chain). */
  certificates: readonly Certificate[];
}

export interface LongTermInput {
  /** The sealing certificate's path, leaf first (to the anchor when trusted). */
  path: readonly Certificate[];
  anchor?: Certificate;
  tokens: readonly ProofToken[];
  anchors: readonly Certificate[];
  /** Further certificates for the TSAs' chains (`x5c`, `xVals`). */
  pool: readonly Certificate[];
  crls: readonly Crl[];
  /** The verification time. */
  at: Date;
  budget: SignatureBudget;
}

export type LongTermOutcome =
  | { proven: true; time: Date; token: ProofToken; message: string }
  | { proven: false; code: CheckCode; reason: string };

export const iso = (d: Date): string => d.toISOString().replace(/\.000Z$/, 'Z');

/** A certificate of `path` not valid over [from, to] (the anchor, above the leaf, is not judged). */
function invalidIn(path: readonly Certificate[], anchor: Certificate | undefined, from: Date, to: Date): string | undefined {
  for (const [i, cert] of path.entries()) {
    if (i > 0 && anchor && bytesEqual(cert.der, anchor.der)) continue;
    if (to.getTime() > cert.notAfter.getTime()) return `${shortName(cert.subject)} expired on ${iso(cert.notAfter)}`;
    if (from.getTime() < cert.notBefore.getTime()) return `${shortName(cert.subject)} was valid only from ${iso(cert.notBefore)}`;
  }
  return undefined;
}

/**
 * The first certificate of `path` that a carried CRL, signed by its issuer (the next certificate
 * in the path), lists as revoked at or before `by`.
 */
export async function revokedIn(
  path: readonly Certificate[],
  by: Date,
  crls: readonly Crl[],
  budget: SignatureBudget,
): Promise<{ index: number; cert: Certificate; entry: CrlEntry } | undefined> {
  if (crls.length === 0) return undefined;
  for (let i = 0; i + 1 < path.length; i++) {
    const entry = await revocationOf(path[i]!, path[i + 1]!, crls, budget);
    if (entry && entry.revocationDate.getTime() <= by.getTime()) return { index: i, cert: path[i]!, entry };
  }
  return undefined;
}

export const describeRevocation = (cert: Certificate, entry: CrlEntry): string =>
  `${shortName(cert.subject)} was revoked on ${iso(entry.revocationDate)}${entry.reason ? ` (${entry.reason})` : ''}`;

const tokenName = (t: ProofToken) => `the ${t.type} time-stamp of ${iso(t.genTime)} by ${shortName(t.tsa.subject)}`;

/** Tries to prove the seal existed while its certificate chain was valid. */
export async function proveExistence(input: LongTermInput): Promise<LongTermOutcome> {
  const { tokens, anchors, at, budget, crls } = input;
  if (tokens.length === 0) {
    return { proven: false, code: 'ERR_LTV_NO_TIMESTAMP', reason: 'The seal carries no verified signature or archive time-stamp (sigTst, arcTst) that could prove it was made while the certificate was valid.' };
  }
  if (anchors.length === 0) {
    return { proven: false, code: 'ERR_LTV_TSA_UNTRUSTED', reason: 'No trust anchors are configured, so no time-stamp authority is trusted to prove when the seal was made.' };
  }
  const chains = new Map<string, ChainResult>();
  const chainOf = async (t: ProofToken): Promise<ChainResult> => {
    const key = toHex(t.tsa.der);
    let chain = chains.get(key);
    if (chain === undefined) {
      chain = await buildChain(t.tsa, [...t.certificates, ...input.pool], anchors, budget);
      chains.set(key, chain);
    }
    return chain;
  };

  // Establish the tokens, latest component first: each one's proof comes from later ones.
  const established: ProofToken[] = [];
  const why = new Map<ProofToken, { code: CheckCode; text: string }>();
  for (const t of [...tokens].sort((a, b) => b.position - a.position)) {
    const covering = established
      .filter((o) => o.type === 'arcTst' && o.position > t.position && o.genTime.getTime() >= t.genTime.getTime())
      .sort((a, b) => a.genTime.getTime() - b.genTime.getTime())[0];
    const need = covering?.genTime ?? at;
    const until = covering ? `the archive time-stamp of ${iso(need)} that covers it` : `now (${iso(at)}), with no later archive time-stamp covering it`;
    const chain = await chainOf(t);
    if (chain.status !== 'trusted') {
      why.set(t, { code: 'ERR_LTV_TSA_UNTRUSTED', text: `${tokenName(t)}: its TSA does not chain to a configured trust anchor${chain.reason ? ` (${chain.reason})` : ''}` });
      continue;
    }
    const invalid = invalidIn(chain.path, chain.anchor, t.genTime, need);
    const revoked = invalid === undefined ? await revokedIn(chain.path, need, crls, budget) : undefined;
    if (invalid !== undefined || revoked !== undefined) {
      why.set(t, { code: 'ERR_LTV_TSA_NOT_VALID', text: `${tokenName(t)}: the TSA's ${invalid ?? describeRevocation(revoked!.cert, revoked!.entry)}, before ${until}` });
      continue;
    }
    established.push(t);
  }

  // The earliest established time at which the sealing certificate chain was valid and not revoked.
  for (const t of [...established].sort((a, b) => a.genTime.getTime() - b.genTime.getTime())) {
    const invalid = invalidIn(input.path, input.anchor, t.genTime, t.genTime);
    const revoked = invalid === undefined ? await revokedIn(input.path, t.genTime, crls, budget) : undefined;
    if (invalid === undefined && revoked === undefined) {
      const message =
        `Long-term validation (ETSI EN 319 102-1): the ${t.type} time-stamp by ${shortName(t.tsa.subject)}, a trusted TSA, proves the seal existed on ${iso(t.genTime)}, ` +
        `while the sealing certificate and its chain were valid${crls.length > 0 ? ' and not revoked by any revocation list the seal carries' : ''}.`;
      return { proven: true, time: t.genTime, token: t, message };
    }
    why.set(t, { code: 'ERR_LTV_TIMESTAMP_TOO_LATE', text: `${tokenName(t)} is too late: by then ${invalid ?? describeRevocation(revoked!.cert, revoked!.entry)}` });
  }
  const reasons = [...tokens].sort((a, b) => a.genTime.getTime() - b.genTime.getTime()).map((t) => why.get(t)!);
  const unique = [...new Set(reasons.map((r) => r.text))];
  return { proven: false, code: reasons[0]!.code, reason: `No time-stamp proves the seal was made while its certificate was valid: ${unique.join('; ')}.` };
}
