import type { PathwayCriteria } from '../model/types.generated.js';
import type { CredentialFacts } from './facts.js';
import type { PathwayNote } from './types.js';

/** Where a rule is checked from, for messages: `criteria` (the pathway's) or `members[i].criteria`. */
export interface CriteriaContext {
  where: string;
  enrolment: Date;
}

/** The outcome of a pathway's criteria on one credential: what fails it, and what to flag. */
export interface CriteriaResult {
  failures: PathwayNote[];
  flags: PathwayNote[];
}

const IDENTITY_CHECKED = new Set(['supervised-online-id', 'supervised-onsite-id']);

/**
 * Applies one set of criteria. Every rule that fails is listed (the first decides); a credential
 * that does not state what a rule needs (no level, no grade) does not meet it.
 */
export function checkCriteria(criteria: PathwayCriteria | undefined, facts: CredentialFacts, context: CriteriaContext): CriteriaResult {
  const result: CriteriaResult = { failures: [], flags: [] };
  if (!criteria) return result;
  const fail = (code: PathwayNote['code'], message: string) => result.failures.push({ code, message: `${message} (${context.where})` });

  if (criteria.fieldsOfStudy) {
    const codes = criteria.fieldsOfStudy;
    if (!facts.iscedF) fail('ERR_FIELD_OF_STUDY', `States no ISCED-F field of study; the pathway accepts ${codes.join(', ')}.`);
    else if (!codes.some((code) => facts.iscedF!.startsWith(code))) fail('ERR_FIELD_OF_STUDY', `Field of study ISCED-F ${facts.iscedF} is not among ${codes.join(', ')}.`);
  }
  if (criteria.eqf) {
    const { min, max } = criteria.eqf;
    if (facts.eqf === undefined) fail('ERR_LEVEL', 'States no EQF level.');
    else if ((min !== undefined && facts.eqf < min) || (max !== undefined && facts.eqf > max)) fail('ERR_LEVEL', `EQF level ${facts.eqf} is outside ${range(min, max)}.`);
  }
  if (criteria.nqf) {
    const { framework, min, max } = criteria.nqf;
    if (!facts.nqf || facts.nqf.framework !== framework) fail('ERR_LEVEL', `States no level in the ${framework} qualifications framework.`);
    else if ((min !== undefined && facts.nqf.level < min) || (max !== undefined && facts.nqf.level > max)) fail('ERR_LEVEL', `${framework} level ${facts.nqf.level} is outside ${range(min, max)}.`);
  }
  if (criteria.minGrade) {
    const { scale, value } = criteria.minGrade;
    const grade = facts.grade;
    const number = grade?.value !== undefined && /^-?\d+(\.\d+)?$/.test(grade.value.trim()) ? Number(grade.value) : undefined;
    if (grade?.passed === false) fail('ERR_GRADE', 'The grade is marked as not passed.');
    else if (!grade || (grade.scale ?? '').toLowerCase() !== scale.toLowerCase() || number === undefined) fail('ERR_GRADE', `States no numeric grade on the ${scale} scale; at least ${value} is required.`);
    else if (number < value) fail('ERR_GRADE', `Grade ${number} (${scale}) is below the minimum ${value}.`);
  }
  if (criteria.supervisedWithIdentityCheck && !IDENTITY_CHECKED.has(facts.supervision ?? '')) {
    fail('ERR_NOT_SUPERVISED', `The assessment is not stated as supervised with an identity check (supervision: ${facts.supervision ?? 'not stated'}).`);
  }
  if (criteria.maxAgeMonths !== undefined) {
    const issued = facts.dateOfIssuing ? new Date(facts.dateOfIssuing) : undefined;
    if (!issued || Number.isNaN(issued.getTime())) fail('ERR_TOO_OLD', 'States no date of issuing, so its age at enrolment is unknown.');
    else if (monthsBetween(issued, context.enrolment) > criteria.maxAgeMonths) {
      fail('ERR_TOO_OLD', `Issued ${facts.dateOfIssuing}: more than ${criteria.maxAgeMonths} months before enrolment on ${context.enrolment.toISOString().slice(0, 10)}.`);
    }
  }
  if (criteria.minEcts !== undefined && (facts.ects ?? 0) < criteria.minEcts) fail('ERR_TOO_FEW_CREDITS', `States ${facts.ects ?? 'no'} ECTS; at least ${criteria.minEcts} are required.`);
  if (criteria.awardingBodies) {
    const rule = criteria.awardingBodies;
    const listed = facts.issuer !== undefined && (rule.ids ?? []).includes(facts.issuer);
    const recognised = listed || (rule.recognisedByTrust === true && facts.issuerRecognised);
    if (!recognised) {
      const why = `The issuer ${facts.issuer ?? '(none)'} is not among the pathway's awarding bodies${rule.recognisedByTrust ? ' and not recognised by the trust list or registry given to the evaluation' : ''}`;
      if (rule.onUnrecognised === 'flag') result.flags.push({ code: 'WARN_ISSUER_NOT_RECOGNISED', message: `${why}: counted as the pathway allows, but the institution should check the issuer (${context.where}).` });
      else fail('ERR_ISSUER_NOT_RECOGNISED', `${why}.`);
    }
  }
  return result;
}

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return min === max ? `level ${min}` : `levels ${min}–${max}`;
  return min !== undefined ? `level ${min} and above` : `level ${max} and below`;
}

/** Whole calendar months from `from` to `to` (a month is complete on the same day of the month). */
export function monthsBetween(from: Date, to: Date): number {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (to.getUTCDate() < from.getUTCDate()) months -= 1;
  return months;
}
