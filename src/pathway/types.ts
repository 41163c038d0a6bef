import type { PathwayReasonCode } from '../errors.js';
import type { VerifyOptions } from '../verify/verify.js';
import type { Check, Verdict } from '../verify/report.js';

/** Options of `evaluatePathway`: every `verify()` option (trust, status, online, at, …) passes through. */
export interface EvaluatePathwayOptions extends VerifyOptions {
  /**
   * Date of enrolment in the target, for `criteria.maxAgeMonths`. Default: `at`, else now.
   */
  enrolmentDate?: Date | string;
  /**
   * The learner the evaluation is for (credentialSubject id, e.g. a DID). Credentials of anyone
   * else are excluded (`ERR_OTHER_LEARNER`). Without it, counted credentials naming more than one
   * learner make the proposal not eligible.
   */
  learner?: string;
  /** Most credentials one evaluation reads. Default 100 (the schema's limit on a recognition record). */
  maxCredentials?: number;
  /** Language of the titles and sentences' names. Default `en`. */
  language?: string;
}

/** Why a credential counts nothing, or what to look at although it counts. */
export interface PathwayNote {
  /**
   * Stable code: `ERR_…` excludes, `WARN_…` flags. A credential that did not verify carries its
   * failed check's code; a warned check without a code gives `WARN`.
   */
  code: PathwayReasonCode | NonNullable<Check['code']> | 'WARN';
  message: string;
}

/** What one input contributes. */
export interface PathwayCredentialResult {
  /** Position of the input in the list given (0-based). Results are listed by digest, not by this. */
  input: number;
  /** Credential id, when it could be read. */
  id?: string;
  /** SRI digest (`sha256-…`) of the credential as received: what a recognition record or an aggregate links to. */
  digest: string;
  title?: string;
  issuer?: string;
  /** The `verify()` verdict. */
  verdict: Verdict;
  /** `counted`: contributes credits; `flagged`: contributes, with a note to check; `excluded`: contributes nothing. */
  outcome: 'counted' | 'flagged' | 'excluded';
  /** The pathway member it fills, and how it matched it. */
  member?: string;
  matchedBy?: 'achievementId' | 'criteria';
  /** Credits the credential states (workload.ects). */
  statedEcts?: number;
  /** Credits it contributes after every cap. */
  credits: number;
  /** The caps that lowered its credits, by the pathway field that set them, e.g. `credits.maxEcts`. */
  capsApplied: string[];
  /** For an excluded credential: why (the first reason is the deciding one). */
  reasons: PathwayNote[];
  /** Warnings worth a look (verify() warnings, an issuer accepted under `onUnrecognised: flag`). */
  flags: PathwayNote[];
}

/** What is still missing for the pathway to be complete. */
export interface PathwayMissing {
  kind: 'member' | 'choice' | 'credits' | 'learner';
  /** Member or choice id. */
  id?: string;
  /** ECTS still missing (kind `credits`). */
  ects?: number;
  message: string;
}

/** Which of the target's learning outcomes the counted credentials cover. */
export interface OutcomeCoverage {
  /** Index in `target.learningOutcomes`. */
  outcome: number;
  id?: string;
  text?: string;
  covered: boolean;
  by: Array<{ credential: string; outcome: number; match: 'esco' | 'text'; esco?: string }>;
}

/**
 * What `evaluatePathway` returns: progress and a proposal to the receiving institution — never an
 * entitlement (stacking creates none; the decision lies with the institution).
 */
export interface PathwayEvaluation {
  pathway: { id: string; version: string; title?: string };
  target: { type: string; title?: string; institution?: string };
  /** The learner the counted credentials name (their credentialSubject id), when they name one. */
  learner?: string;
  /** When the credentials were verified (ISO 8601). */
  evaluatedAt: string;
  /** True when the verified credentials meet every condition of the pathway: a recommendation, not a decision. */
  eligible: boolean;
  /** One sentence addressed to the receiving institution. */
  recommendation: string;
  /** Why (or why not), one sentence each. */
  reasons: string[];
  /** ECTS counted after every cap. */
  totalEcts: number;
  /** Sum of the counted credentials' stated ECTS, before caps. */
  statedEcts: number;
  /** Every input, in digest order (so the order of inputs never changes the result). */
  credentials: PathwayCredentialResult[];
  missing: PathwayMissing[];
  /** Present when the target lists learning outcomes. */
  outcomes?: { covered: number; total: number; items: OutcomeCoverage[] };
}
