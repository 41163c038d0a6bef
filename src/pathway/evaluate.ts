import { InvalidArgumentError } from '../errors.js';
import { textIn } from '../model/language-map.js';
import type { Pathway } from '../model/types.generated.js';
import { verify } from '../verify/verify.js';
import { assignMembers, fillOrder } from './assign.js';
import { allocateCredits, fromMilli, toMilli } from './credits.js';
import { credentialDigest } from './digest.js';
import { type CredentialFacts, factsOf } from './facts.js';
import { outcomeCoverage } from './outcomes.js';
import { recommend } from './recommend.js';
import { assertPathway } from './schema.js';
import type { EvaluatePathwayOptions, PathwayCredentialResult, PathwayEvaluation, PathwayMissing } from './types.js';

/** Default for `maxCredentials`. */
export const MAX_PATHWAY_CREDENTIALS = 100;

/**
 * Evaluates a learner's credentials against a {@link Pathway}. Every input is verified first with
 * `verify()` (Open Badges 3.0, VC-JWT, baked PNG/SVG badges, sealed EDCs — anything it reads;
 * `options` pass through, `trust` and `status` included); only verified credentials count, and each
 * excluded one says why. Returns progress and a proposal — per credential the credits it
 * contributes after the caps and the member it fills, what is missing, learning-outcome coverage,
 * and `eligible` with reasons worded as a recommendation to the receiving institution. Stacking
 * creates no entitlement: the decision lies with the institution.
 *
 * Rejects with `InvalidArgumentError`: `ERR_PATHWAY_INVALID` (with a JSON Pointer),
 * `ERR_TOO_MANY_CREDENTIALS` (more than `maxCredentials`, default 100), `ERR_BAD_TIME`.
 *
 * @example
 * const result = await evaluatePathway(pathway, [badge1, badge2Png, jwt], { trust: { trusted: ['did:web:university.example.ge'] } });
 * console.log(result.eligible, result.totalEcts, result.recommendation);
 */
export async function evaluatePathway(pathway: Pathway | unknown, credentials: readonly unknown[], options: EvaluatePathwayOptions = {}): Promise<PathwayEvaluation> {
  assertPathway(pathway);
  const { enrolmentDate, learner, maxCredentials = MAX_PATHWAY_CREDENTIALS, language = 'en', ...verifyOptions } = options;
  if (!Array.isArray(credentials)) throw new InvalidArgumentError('ERR_CREDENTIALS_INVALID', 'evaluatePathway needs an array of credentials.');
  if (credentials.length > maxCredentials) {
    throw new InvalidArgumentError('ERR_TOO_MANY_CREDENTIALS', `${credentials.length} credentials given; one evaluation reads at most ${maxCredentials} (option maxCredentials).`);
  }
  const at = date(options.at ?? new Date(), 'at');
  const enrolment = enrolmentDate === undefined ? at : date(enrolmentDate, 'enrolmentDate');

  // Verify every input at one instant, so that no credential is judged at another time than the rest.
  const inputs = await Promise.all(
    credentials.map(async (input, index) => {
      const { digest } = credentialDigest(input, options.limits);
      const report = await verify(input, { ...verifyOptions, at });
      return { index, digest, report, facts: factsOf(report, digest, language) };
    }),
  );
  inputs.sort((a, b) => (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : a.index - b.index));

  const results = new Map<number, PathwayCredentialResult>();
  const candidates: Array<(typeof inputs)[number]> = [];
  const seenDigest = new Set<string>();
  const seenId = new Set<string>();
  for (const item of inputs) {
    const { report, facts } = item;
    const result: PathwayCredentialResult = { input: item.index, digest: item.digest, verdict: report.verdict, outcome: 'excluded', credits: 0, capsApplied: [], reasons: [], flags: [] };
    if (facts.id !== undefined) result.id = facts.id;
    if (facts.title !== undefined) result.title = facts.title;
    if (facts.issuer !== undefined) result.issuer = facts.issuer;
    if (facts.ects !== undefined) result.statedEcts = facts.ects;
    results.set(item.index, result);
    const failed = report.checks.find((c) => c.status === 'fail');
    if (!report.verified) {
      result.reasons.push({ code: failed?.code ?? 'ERR_NOT_VERIFIED', message: `Not verified (${failed?.id ?? 'verification'} check): ${failed?.message ?? 'the credential did not verify.'}` });
    } else if (seenDigest.has(item.digest) || (facts.id !== undefined && seenId.has(facts.id))) {
      result.reasons.push({ code: 'ERR_DUPLICATE_CREDENTIAL', message: `The same credential (${facts.id ?? item.digest}) was given more than once; it counts once.` });
    } else if (learner !== undefined && facts.learner !== learner) {
      result.reasons.push({ code: 'ERR_OTHER_LEARNER', message: `It was awarded to ${facts.learner ?? 'an unnamed learner'}, not to ${learner}.` });
    } else {
      candidates.push(item);
    }
    seenDigest.add(item.digest);
    if (report.verified && facts.id !== undefined) seenId.add(facts.id);
    for (const check of report.checks) if (check.status === 'warn') result.flags.push({ code: check.code ?? 'WARN', message: check.message });
  }

  const assignments = assignMembers(pathway, candidates.map((c) => c.facts), enrolment);
  const order = fillOrder(pathway);
  const placed = candidates
    .map((c, i) => ({ c, a: assignments[i]! }))
    .filter((p) => p.a.member !== undefined)
    .sort((x, y) => order.indexOf(x.a.member!) - order.indexOf(y.a.member!) || (x.c.facts.ects ?? 0) - (y.c.facts.ects ?? 0) || (x.c.digest < y.c.digest ? -1 : 1));
  const institution = pathway.target.institution.id;
  const credits = allocateCredits(pathway, placed.map(({ c, a }) => ({ member: a.member!, statedEcts: c.facts.ects, external: institution === undefined || c.facts.issuer !== institution })));
  candidates.forEach((c, i) => {
    const result = results.get(c.index)!;
    const a = assignments[i]!;
    result.reasons.push(...a.reasons);
    result.flags.push(...a.flags);
  });
  placed.forEach(({ c, a }, i) => {
    const result = results.get(c.index)!;
    result.member = a.member!.id;
    result.matchedBy = a.matchedBy!;
    result.credits = credits[i]!.credits;
    result.capsApplied = credits[i]!.capsApplied;
    // No awarding-body rule and nothing the verifier configured vouches for the issuer: anyone can
    // sign a credential naming the achievement, so it counts only flagged, for the institution to check.
    if (!hasIssuerRule(pathway, a.member!) && !c.facts.issuerRecognised) {
      a.flags.push({ code: 'WARN_ISSUER_NOT_RECOGNISED', message: `The pathway names no awarding bodies and no trust list recognises the issuer ${c.facts.issuer ?? '(none)'}: counted, but the institution should check the issuer.` });
      result.flags.push(a.flags.at(-1)!);
    }
    result.outcome = a.flags.some((f) => f.code === 'WARN_ISSUER_NOT_RECOGNISED') ? 'flagged' : 'counted';
    // The pathway names this issuer among its awarding bodies: that recognises it, so verify()'s "nothing vouches for the issuer" is answered.
    if (c.facts.issuer !== undefined && listedIssuers(pathway, a.member!).includes(c.facts.issuer)) {
      result.flags = result.flags.filter((f) => f.code !== 'WARN_ISSUER_NOT_CHECKED' && f.code !== 'WARN_ISSUER_UNKNOWN');
    }
    if (c.facts.ects === undefined) result.flags.push({ code: 'WARN_NO_ECTS', message: 'The credential states no ECTS credits: it fills its member but counts 0 ECTS.' });
  });

  const counted = placed.map(({ c }) => c.facts);
  const totalMilli = credits.reduce((sum, c) => sum + toMilli(c.credits), 0);
  const statedMilli = counted.reduce((sum, f) => sum + toMilli(f.ects ?? 0), 0);
  const missing = missingParts(pathway, placed.map((p) => p.a.member!.id), totalMilli, counted, learner);
  const evaluation: PathwayEvaluation = {
    pathway: { id: pathway.id, version: pathway.version, ...(textIn(pathway.title, language) ? { title: textIn(pathway.title, language)! } : {}) },
    target: { type: pathway.target.type, title: textIn(pathway.target.title, language) ?? '', ...(institution ? { institution } : {}) },
    evaluatedAt: at.toISOString(),
    eligible: missing.length === 0,
    recommendation: '',
    reasons: [],
    totalEcts: fromMilli(totalMilli),
    statedEcts: fromMilli(statedMilli),
    credentials: inputs.map((item) => results.get(item.index)!),
    missing,
  };
  const learners = [...new Set(counted.flatMap((f) => (f.learner === undefined ? [] : [f.learner])))];
  if (learners.length === 1) evaluation.learner = learners[0]!;
  if (pathway.target.learningOutcomes?.length) {
    const items = outcomeCoverage(pathway.target.learningOutcomes, counted, language);
    evaluation.outcomes = { covered: items.filter((o) => o.covered).length, total: items.length, items };
  }
  return { ...evaluation, ...recommend(pathway, evaluation, language) };
}

function hasIssuerRule(pathway: Pathway, member: Pathway['members'][number]): boolean {
  return pathway.criteria?.awardingBodies !== undefined || member.criteria?.awardingBodies !== undefined;
}

/** Issuer ids the pathway's awarding-body rules list for a member (its own and the pathway's). */
function listedIssuers(pathway: Pathway, member: Pathway['members'][number]): string[] {
  return [...(pathway.criteria?.awardingBodies?.ids ?? []), ...(member.criteria?.awardingBodies?.ids ?? [])];
}

function date(value: Date | string, name: string): Date {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) throw new InvalidArgumentError('ERR_BAD_TIME', `${name} ${String(value)} is not a date.`);
  return d;
}

/** Required members, "n of these" choices, the credit minimum, one learner: what is not yet met. */
function missingParts(pathway: Pathway, filled: readonly string[], totalMilli: number, counted: readonly CredentialFacts[], learner: string | undefined): PathwayMissing[] {
  const missing: PathwayMissing[] = [];
  const name = (id: string) => {
    const member = pathway.members.find((m) => m.id === id);
    const title = textIn(member?.title, 'en');
    return title ? `${id} (${title})` : id;
  };
  for (const member of pathway.members) {
    if (member.required && !filled.includes(member.id)) missing.push({ kind: 'member', id: member.id, message: `No verified credential fills the required member ${name(member.id)}.` });
  }
  for (const choice of pathway.choices ?? []) {
    const have = choice.members.filter((id) => filled.includes(id)).length;
    if (have < choice.min) {
      missing.push({ kind: 'choice', id: choice.id, message: `${have} of ${choice.min} needed from ${choice.members.map(name).join(', ')} (choice ${choice.id}).` });
    }
  }
  const minEcts = pathway.credits?.minEcts;
  if (minEcts !== undefined && totalMilli < toMilli(minEcts)) {
    const ects = fromMilli(toMilli(minEcts) - totalMilli);
    missing.push({ kind: 'credits', ects, message: `${fromMilli(totalMilli)} ECTS count after the caps; the pathway needs at least ${minEcts} (${ects} more).` });
  }
  if (learner === undefined) {
    const learners = new Set(counted.flatMap((f) => (f.learner === undefined ? [] : [f.learner])));
    if (learners.size > 1) {
      missing.push({ kind: 'learner', message: `The counted credentials name ${learners.size} different learners; a pathway is one learner's. Evaluate with option learner (CLI --learner) to keep one learner's credentials.` });
    }
  }
  return missing;
}
