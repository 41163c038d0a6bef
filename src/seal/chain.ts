/**
 * Certificate path building from the sealing certificate to a configured trust anchor.
 *
 * Candidates come from the seal (`x5c`, `xVals`) and the anchors; every link is a verified
 * signature; intermediates must be CA certificates (basicConstraints cA, keyCertSign when key
 * usage is stated). Trust anchors are taken as name + key (RFC 5280 §6.1.1): an anchor may be a
 * root, an intermediate, or the sealing certificate itself. Revocation is not checked here.
 */
import { bytesEqual } from './der.js';
import { type Certificate, namesMatch, sameKey, shortName, verifyIssuedBy } from './x509.js';

const MAX_DEPTH = 8;

export interface ChainResult {
  /** `trusted`: reaches an anchor; `untrusted`: anchors given, none reached; `no-anchors`: none configured. */
  status: 'trusted' | 'untrusted' | 'no-anchors';
  /** From the sealing certificate up (the anchor last when trusted). */
  path: Certificate[];
  anchor?: Certificate;
}

const isAnchorFor = (anchor: Certificate, cert: Certificate) =>
  bytesEqual(anchor.der, cert.der) || (sameKey(anchor, cert) && namesMatch(anchor.subjectDer, cert.subjectDer));

const canIssue = (cert: Certificate) =>
  cert.version === 3 && cert.basicConstraints?.ca === true && (cert.keyUsage === undefined || cert.keyUsage.includes('keyCertSign'));

function unique(certs: readonly Certificate[]): Certificate[] {
  const out: Certificate[] = [];
  for (const c of certs) if (!out.some((o) => bytesEqual(o.der, c.der))) out.push(c);
  return out;
}

/** Builds a path from `leaf` to one of `anchors` through `pool`. */
export async function buildChain(leaf: Certificate, pool: readonly Certificate[], anchors: readonly Certificate[]): Promise<ChainResult> {
  const candidates = unique(pool);
  let budget = 64; // signature checks: bounds the work on hostile pools

  async function extend(path: Certificate[]): Promise<ChainResult | undefined> {
    const current = path.at(-1)!;
    const anchor = anchors.find((a) => isAnchorFor(a, current));
    if (anchor) return { status: 'trusted', path: bytesEqual(anchor.der, current.der) ? path : [...path, anchor], anchor };
    if (path.length > MAX_DEPTH) return undefined;
    for (const issuer of anchors) {
      if (!namesMatch(issuer.subjectDer, current.issuerDer) || budget-- <= 0) continue;
      if (await verifyIssuedBy(current, issuer)) return { status: 'trusted', path: [...path, issuer], anchor: issuer };
    }
    for (const issuer of candidates) {
      if (path.some((p) => bytesEqual(p.der, issuer.der)) || !namesMatch(issuer.subjectDer, current.issuerDer) || !canIssue(issuer)) continue;
      if (budget-- <= 0) return undefined;
      if (!(await verifyIssuedBy(current, issuer))) continue;
      const found = await extend([...path, issuer]);
      if (found) return found;
    }
    return undefined;
  }

  if (anchors.length > 0) {
    const found = await extend([leaf]);
    if (found) return found;
  }
  // Best-effort path for the report.
  const path = [leaf];
  for (let current = leaf; path.length <= MAX_DEPTH; ) {
    let next: Certificate | undefined;
    for (const c of candidates) {
      if (path.some((p) => bytesEqual(p.der, c.der)) || !namesMatch(c.subjectDer, current.issuerDer) || budget-- <= 0) continue;
      if (await verifyIssuedBy(current, c)) {
        next = c;
        break;
      }
    }
    if (!next) break;
    path.push(next);
    current = next;
  }
  return { status: anchors.length > 0 ? 'untrusted' : 'no-anchors', path };
}

/** Human-readable path: `CN=leaf ← CN=CA ← CN=root`. */
export const describePath = (path: readonly Certificate[]): string => path.map((c) => shortName(c.subject)).join(' ← ');
