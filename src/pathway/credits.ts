import type { Pathway, PathwayMember } from '../model/types.generated.js';

/** ECTS are counted in thousandths, as integers, so that no sum of credits drifts above a cap. */
const MILLI = 1000;
export const toMilli = (ects: number): number => Math.round(ects * MILLI);
export const fromMilli = (milli: number): number => milli / MILLI;

/** One placed credential, in the order credits are given out. */
export interface CreditInput {
  member: PathwayMember;
  statedEcts?: number;
  /** Issued by another institution than the target's (for `credits.maxEctsFromOtherInstitutions`). */
  external: boolean;
}

/**
 * Gives out credits in order: each credential its stated ECTS, lowered by the member's cap,
 * the per-credential cap, the cap on credits from other institutions and the total cap, in that
 * order. Returns the credits and the caps that bound, per credential.
 */
export function allocateCredits(pathway: Pathway, placed: readonly CreditInput[]): Array<{ credits: number; capsApplied: string[] }> {
  const caps = pathway.credits ?? {};
  let remainingTotal = caps.maxEcts === undefined ? Infinity : toMilli(caps.maxEcts);
  let remainingExternal = caps.maxEctsFromOtherInstitutions === undefined ? Infinity : toMilli(caps.maxEctsFromOtherInstitutions);
  return placed.map(({ member, statedEcts, external }) => {
    let milli = toMilli(statedEcts ?? 0);
    const capsApplied: string[] = [];
    const bound = (limit: number, name: string) => {
      if (milli > limit) {
        milli = Math.max(0, limit);
        capsApplied.push(name);
      }
    };
    const index = pathway.members.indexOf(member);
    if (member.maxEcts !== undefined) bound(toMilli(member.maxEcts), `members[${index}].maxEcts`);
    if (caps.maxEctsPerCredential !== undefined) bound(toMilli(caps.maxEctsPerCredential), 'credits.maxEctsPerCredential');
    if (external) bound(remainingExternal, 'credits.maxEctsFromOtherInstitutions');
    bound(remainingTotal, 'credits.maxEcts');
    remainingTotal -= milli;
    if (external) remainingExternal -= milli;
    return { credits: fromMilli(milli), capsApplied };
  });
}
