import { isJsonObject } from '../json.js';
import type { VerificationReport } from '../verify/report.js';
import { type VerifyOptions, verify } from '../verify/verify.js';
import { parseInput } from '../verify/input.js';
import { credentialDigest } from './digest.js';
import { PART_GENRE } from './links.js';
import { unbakeSvg } from '../bake/svg.js';

/** One link of an aggregate to a part, checked against the parts given. */
export interface PartCheck {
  id?: string;
  digest: string;
  /** `pass`: a given part has this digest. `fail`: the part with this id was given, with another digest (changed). `warn`: not given. */
  status: 'pass' | 'fail' | 'warn';
  code?: 'ERR_PART_DIGEST_MISMATCH' | 'WARN_PART_NOT_GIVEN' | 'WARN_PART_NOT_LINKED';
  message: string;
}

/** What `verifyAggregate` returns: the `verify()` report of the award, and its links to the parts. */
export interface AggregateVerificationReport extends VerificationReport {
  parts: PartCheck[];
}

const DIGEST = /sha256-[A-Za-z0-9+/]{43}=/;

/** The award's links: `relatedResource` (OB 3.0) and, for parts without an id or an EDC, the part evidence. */
function linksOf(report: VerificationReport): Array<{ id?: string; digest: string }> {
  const links = new Map<string, { id?: string; digest: string }>();
  const related = report.credential?.relatedResource;
  for (const r of Array.isArray(related) ? related : []) {
    if (isJsonObject(r) && typeof r.digestSRI === 'string') links.set(r.digestSRI, { ...(typeof r.id === 'string' ? { id: r.id } : {}), digest: r.digestSRI });
  }
  for (const e of report.microCredential?.evidence ?? []) {
    const digest = e.genre === PART_GENRE ? DIGEST.exec(Object.values(e.description ?? {}).join(' '))?.[0] : undefined;
    if (digest && !links.has(digest)) links.set(digest, { ...(e.id ? { id: e.id } : {}), digest });
  }
  return [...links.values()];
}

/**
 * Verifies an aggregate award (from `issueAggregate`) with `verify()`, then checks each link to a
 * part against the parts given: a given part must have the linked digest. A part whose id is
 * linked but whose digest differs fails the award (`ERR_PART_DIGEST_MISMATCH`: that part is not
 * the one the award was made on); links to parts not given warn (`WARN_PART_NOT_GIVEN`).
 *
 * @example
 * const report = await verifyAggregate(award, [badge1, badge2, badge3], { trust });
 */
export async function verifyAggregate(aggregate: unknown, parts: readonly unknown[] = [], options: VerifyOptions = {}): Promise<AggregateVerificationReport> {
  const report = await verify(aggregate, options);
  const given = parts.map((part) => {
    const parsed = parseInput(part, options.limits, unbakeSvg);
    const id = parsed.kind === 'json' && typeof parsed.credential.id === 'string' ? parsed.credential.id : undefined;
    return { id, digest: credentialDigest(part, options.limits).digest };
  });
  const links = linksOf(report);
  const checks: PartCheck[] = links.map((link) => {
    const base = { ...(link.id ? { id: link.id } : {}), digest: link.digest };
    if (given.some((g) => g.digest === link.digest)) return { ...base, status: 'pass', message: `Part ${link.id ?? link.digest} was given and has the linked digest.` };
    if (link.id && given.some((g) => g.id === link.id)) {
      return { ...base, status: 'fail', code: 'ERR_PART_DIGEST_MISMATCH', message: `Part ${link.id} was given with another digest than the award links (${link.digest}): it is not the credential the award was made on.` };
    }
    return { ...base, status: 'warn', code: 'WARN_PART_NOT_GIVEN', message: `Part ${link.id ?? link.digest} was not given, so its link was not checked.` };
  });
  for (const g of given) {
    if (!links.some((l) => l.digest === g.digest) && !(g.id && links.some((l) => l.id === g.id))) {
      checks.push({ ...(g.id ? { id: g.id } : {}), digest: g.digest, status: 'warn', code: 'WARN_PART_NOT_LINKED', message: `A part given (${g.id ?? g.digest}) is not linked from the award.` });
    }
  }
  const broken = checks.some((c) => c.status === 'fail');
  return { ...report, ...(broken ? { verified: false, verdict: 'not-verified' as const } : {}), parts: checks };
}
