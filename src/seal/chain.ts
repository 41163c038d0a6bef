/**
 * Certificate path building and validation from the sealing certificate to a configured trust
 * anchor (RFC 5280 §6, the parts seals need).
 *
 * Candidates come from the seal (`x5c`, `xVals`) and the anchors; every link is a verified
 * signature and a name match (RDN sets, §7.1). A path is accepted only when, for every CA
 * certificate in it (the anchor included, unless the anchor is the sealing certificate itself):
 * it is v3 with basicConstraints cA, keyCertSign is set when keyUsage is present, and its
 * pathLenConstraint covers the non-self-issued intermediates below it. No certificate in the path
 * may carry a critical extension outside {@link RECOGNISED_CRITICAL}, nor nameConstraints at all
 * (not implemented, so refused). Validity at the verification time is checked by the caller.
 * Revocation is not checked here. Signature checks draw on a shared {@link SignatureBudget}.
 */
import type { CheckCode } from '../errors.js';
import { BUDGET_EXCEEDED, SignatureBudget } from './budget.js';
import { bytesEqual } from './der.js';
import { OID } from './oids.js';
import { type Certificate, isSelfIssued, namesMatch, sameKey, shortName, verifyIssuedBy } from './x509.js';

const MAX_DEPTH = 8;

/** Critical extensions path validation understands: anything else critical refuses the path. */
export const RECOGNISED_CRITICAL: ReadonlySet<string> = new Set([
  OID.basicConstraints,
  OID.keyUsage,
  OID.extKeyUsage,
  OID.subjectKeyIdentifier,
  OID.authorityKeyIdentifier,
  OID.subjectAltName,
  OID.issuerAltName,
]);

export interface ChainResult {
  /** `trusted`: reaches an anchor; `untrusted`: anchors given, none reached; `no-anchors`: none configured. */
  status: 'trusted' | 'untrusted' | 'no-anchors';
  /** From the sealing certificate up (the anchor last when trusted). */
  path: Certificate[];
  anchor?: Certificate;
  /** When untrusted for a reason more precise than "no path": ERR_CERT_* code or ERR_SEAL_BUDGET_EXCEEDED. */
  code?: CheckCode;
  reason?: string;
}

interface PathProblem {
  code: CheckCode;
  reason: string;
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

/** RFC 5280 §6.1 checks on a complete path `[leaf, …, anchor]`; undefined when it holds. */
export function validatePath(path: readonly Certificate[]): PathProblem | undefined {
  for (const cert of path) {
    const name = shortName(cert.subject);
    if (cert.extensions.some((e) => e.oid === OID.nameConstraints)) {
      return { code: 'ERR_CERT_NAME_CONSTRAINTS', reason: `${name} carries name constraints, which this verifier does not implement; the path is refused.` };
    }
    const unknown = cert.extensions.find((e) => e.critical && !RECOGNISED_CRITICAL.has(e.oid));
    if (unknown) return { code: 'ERR_CERT_CRITICAL_EXTENSION', reason: `${name} carries the critical extension ${unknown.oid}, which this verifier does not understand.` };
  }
  let intermediates = 0; // non-self-issued CA certificates between the leaf and the one checked
  for (let i = 1; i < path.length; i++) {
    const ca = path[i]!;
    const name = shortName(ca.subject);
    if (ca.version !== 3 || ca.basicConstraints?.ca !== true) return { code: 'ERR_CERT_NOT_CA', reason: `${name} issues certificates but is not a CA certificate (basicConstraints cA).` };
    if (ca.keyUsage !== undefined && !ca.keyUsage.includes('keyCertSign')) return { code: 'ERR_CERT_KEY_USAGE', reason: `${name} issues certificates but its key usage lacks keyCertSign.` };
    const limit = ca.basicConstraints.pathLength;
    if (limit !== undefined && intermediates > limit) {
      return { code: 'ERR_CERT_PATH_LENGTH', reason: `${name} allows ${limit} intermediate CA certificate(s) below it (pathLenConstraint); the path has ${intermediates}.` };
    }
    if (!isSelfIssued(ca)) intermediates++;
  }
  return undefined;
}

/**
 * Builds a path from `leaf` to one of `anchors` through `pool` and validates it. `budget` bounds
 * the signature checks (shared with the caller's other checks).
 */
export async function buildChain(
  leaf: Certificate,
  pool: readonly Certificate[],
  anchors: readonly Certificate[],
  budget: SignatureBudget = new SignatureBudget(),
): Promise<ChainResult> {
  const candidates = unique(pool);
  let problem: PathProblem | undefined;
  let outOfBudget = false;

  const accept = (path: Certificate[], anchor: Certificate): ChainResult | undefined => {
    const found = validatePath(path);
    if (found === undefined) return { status: 'trusted', path, anchor };
    problem ??= found;
    return undefined;
  };
  const verify = async (cert: Certificate, issuer: Certificate): Promise<boolean> => {
    if (!budget.take()) {
      outOfBudget = true;
      return false;
    }
    return verifyIssuedBy(cert, issuer);
  };

  async function extend(path: Certificate[]): Promise<ChainResult | undefined> {
    const current = path.at(-1)!;
    for (const anchor of anchors) {
      if (!isAnchorFor(anchor, current)) continue;
      // The sealing certificate itself trusted: nothing above it to validate.
      if (path.length === 1) return { status: 'trusted', path: bytesEqual(anchor.der, current.der) ? path : [...path, anchor], anchor };
      const found = accept(bytesEqual(anchor.der, current.der) ? path : [...path.slice(0, -1), anchor], anchor);
      if (found) return found;
    }
    if (path.length > MAX_DEPTH) return undefined;
    for (const issuer of anchors) {
      if (outOfBudget || !namesMatch(issuer.subjectDer, current.issuerDer)) continue;
      if (await verify(current, issuer)) {
        const found = accept([...path, issuer], issuer);
        if (found) return found;
      }
    }
    for (const issuer of candidates) {
      if (outOfBudget) return undefined;
      if (path.some((p) => bytesEqual(p.der, issuer.der)) || !namesMatch(issuer.subjectDer, current.issuerDer) || !canIssue(issuer)) continue;
      if (!(await verify(current, issuer))) continue;
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
  for (let current = leaf; path.length <= MAX_DEPTH && !outOfBudget; ) {
    let next: Certificate | undefined;
    for (const c of candidates) {
      if (path.some((p) => bytesEqual(p.der, c.der)) || !namesMatch(c.subjectDer, current.issuerDer)) continue;
      if (await verify(current, c)) {
        next = c;
        break;
      }
    }
    if (!next) break;
    path.push(next);
    current = next;
  }
  const result: ChainResult = { status: anchors.length > 0 ? 'untrusted' : 'no-anchors', path };
  if (anchors.length > 0 && problem) Object.assign(result, problem);
  else if (outOfBudget) Object.assign(result, { code: BUDGET_EXCEEDED, reason: `Gave up after ${budget.limit} signature checks.` });
  return result;
}

/** Human-readable path: `CN=leaf ← CN=CA ← CN=root`. */
export const describePath = (path: readonly Certificate[]): string => path.map((c) => shortName(c.subject)).join(' ← ');
