import type { Pathway, PathwayMember } from '../model/types.generated.js';
import { type CriteriaResult, checkCriteria } from './criteria.js';
import type { CredentialFacts } from './facts.js';
import type { PathwayNote } from './types.js';

/** One credential's place in the pathway, before credits. */
export interface Assignment {
  member?: PathwayMember;
  matchedBy?: 'achievementId' | 'criteria';
  reasons: PathwayNote[];
  flags: PathwayNote[];
}

/** Named members first (a named achievement is the stronger claim), then rule-only ones; pathway order within each. */
export function fillOrder(pathway: Pathway): PathwayMember[] {
  return [...pathway.members.filter((m) => m.achievementIds), ...pathway.members.filter((m) => !m.achievementIds)];
}

/**
 * Fills the pathway's members with credentials. The candidates must come sorted by digest; each
 * member takes, among those that meet its rules, the ones stating the most ECTS (ties: lowest
 * digest), up to its `maxCount`. Nothing depends on the order the credentials were given in.
 */
export function assignMembers(pathway: Pathway, candidates: readonly CredentialFacts[], enrolment: Date): Assignment[] {
  const where = (m: PathwayMember) => `member ${m.id}`;
  const common = candidates.map((c) => checkCriteria(pathway.criteria, c, { where: 'pathway criteria', enrolment }));
  const tests = new Map<PathwayMember, Array<{ named: boolean; result: CriteriaResult }>>();
  for (const member of pathway.members) {
    tests.set(
      member,
      candidates.map((c, i) => {
        const own = checkCriteria(member.criteria, c, { where: where(member), enrolment });
        const named = member.achievementIds ? c.achievementIds.some((id) => member.achievementIds!.includes(id)) : false;
        return { named, result: { failures: [...common[i]!.failures, ...own.failures], flags: [...common[i]!.flags, ...own.flags] } };
      }),
    );
  }
  const out: Assignment[] = candidates.map(() => ({ reasons: [], flags: [] }));
  const filledBy = new Map<PathwayMember, number[]>();
  for (const member of fillOrder(pathway)) {
    const eligible = tests
      .get(member)!
      .map((t, i) => ({ ...t, i }))
      .filter((t) => out[t.i]!.member === undefined && t.result.failures.length === 0 && (member.achievementIds ? t.named : true))
      .sort((a, b) => (candidates[b.i]!.ects ?? 0) - (candidates[a.i]!.ects ?? 0) || (candidates[a.i]!.digest < candidates[b.i]!.digest ? -1 : 1));
    const taken = eligible.slice(0, member.maxCount ?? 1);
    for (const t of taken) out[t.i] = { member, matchedBy: member.achievementIds ? 'achievementId' : 'criteria', reasons: [], flags: t.result.flags };
    filledBy.set(member, taken.map((t) => t.i));
  }
  candidates.forEach((c, i) => {
    if (out[i]!.member) return;
    out[i]!.reasons = whyNot(pathway, c, i, tests, filledBy, candidates);
  });
  return out;
}

/** The reason an unplaced credential counts nothing, most specific first. */
function whyNot(
  pathway: Pathway,
  candidate: CredentialFacts,
  index: number,
  tests: Map<PathwayMember, Array<{ named: boolean; result: CriteriaResult }>>,
  filledBy: Map<PathwayMember, number[]>,
  candidates: readonly CredentialFacts[],
): PathwayNote[] {
  const filled = (m: PathwayMember): PathwayNote => {
    const others = filledBy.get(m)!.map((i) => candidates[i]!.id ?? candidates[i]!.digest);
    return { code: 'ERR_MEMBER_FILLED', message: `Member ${m.id} is already filled (at most ${m.maxCount ?? 1}) by ${others.join(', ')}, which state as many ECTS or more.` };
  };
  for (const member of fillOrder(pathway)) {
    const test = tests.get(member)![index]!;
    if (member.achievementIds && test.named) return test.result.failures.length > 0 ? test.result.failures : [filled(member)];
  }
  const ruleOnly = pathway.members.filter((m) => !m.achievementIds);
  for (const member of ruleOnly) if (tests.get(member)![index]!.result.failures.length === 0) return [filled(member)];
  if (ruleOnly.length > 0) return tests.get(ruleOnly[0]!)![index]!.result.failures;
  const ids = candidate.achievementIds.length ? candidate.achievementIds.join(', ') : 'none';
  return [{ code: 'ERR_NOT_IN_PATHWAY', message: `It is for none of the pathway's achievements (its achievement id: ${ids}).` }];
}
