import { isJsonObject } from '../json.js';
import { textIn } from '../model/language-map.js';
import type { LearningOutcome, MicroCredential } from '../model/types.generated.js';
import type { VerificationReport } from '../verify/report.js';

/** What a pathway rule looks at in one verified credential. */
export interface CredentialFacts {
  id?: string;
  digest: string;
  issuer?: string;
  /** Whether the verifier's trust (lists, registries) recognised the issuer: the issuer-trust check passed. */
  issuerRecognised: boolean;
  achievementIds: string[];
  title?: string;
  ects?: number;
  eqf?: number;
  nqf?: { framework: string; level: number };
  iscedF?: string;
  grade?: MicroCredential['grade'];
  supervision?: MicroCredential['supervision'];
  dateOfIssuing?: string;
  learner?: string;
  outcomes: LearningOutcome[];
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Reads the facts of a verified credential from its report (the micro-credential it describes, and the credential). */
export function factsOf(report: VerificationReport, digest: string, language: string): CredentialFacts {
  const mc = report.microCredential;
  const credential = report.credential ?? {};
  const subject = isJsonObject(credential.credentialSubject) ? credential.credentialSubject : {};
  const achievement = isJsonObject(subject.achievement) ? subject.achievement : {};
  const achievementIds = [...new Set([mc?.achievementId, str(achievement.id)].filter((id): id is string => id !== undefined))].sort();
  const facts: CredentialFacts = {
    digest,
    issuerRecognised: report.checks.some((c) => c.id === 'issuer-trust' && c.status === 'pass'),
    achievementIds,
    outcomes: mc?.learningOutcomes ?? [],
  };
  const id = str(credential.id) ?? mc?.id;
  if (id !== undefined) facts.id = id;
  if (report.issuer?.id !== undefined) facts.issuer = report.issuer.id;
  const title = textIn(mc?.title, language) ?? str(achievement.name);
  if (title !== undefined) facts.title = title;
  if (typeof mc?.workload.ects === 'number') facts.ects = mc.workload.ects;
  if (typeof mc?.level.eqf === 'number') facts.eqf = mc.level.eqf;
  if (mc?.level.nqf) facts.nqf = mc.level.nqf;
  if (mc?.fieldOfStudy) facts.iscedF = mc.fieldOfStudy.iscedF;
  if (mc?.grade) facts.grade = mc.grade;
  if (mc?.supervision) facts.supervision = mc.supervision;
  const issued = mc?.dateOfIssuing ?? str(credential.validFrom) ?? str(credential.issuanceDate);
  if (issued !== undefined) facts.dateOfIssuing = issued;
  const learner = mc?.learner.id ?? str(subject.id);
  if (learner !== undefined) facts.learner = learner;
  return facts;
}
