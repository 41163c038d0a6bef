/** Tables shared by {@link toOpenBadge} and {@link fromOpenBadge}, so the two stay inverse. */
import type { LearnerIdentifier, MicroCredential } from '../../model/types.generated.js';

/** MicroCredential fields carried by the `microCredential` extension on the Achievement. */
export const ACHIEVEMENT_EXTENSION_FIELDS = [
  'title', 'level', 'workload', 'learningOutcomes', 'assessment', 'participation', 'qualityAssurance',
  'prerequisites', 'supervision', 'stackability', 'recognition', 'furtherInformation', 'objective',
  'accessibility', 'languageOfDelivery', 'fieldOfStudy', 'deliveringBodies', 'courseCode',
] as const satisfies ReadonlyArray<keyof MicroCredential>;

/** MicroCredential fields carried by the `microCredentialAward` extension on the AchievementSubject. */
export const AWARD_EXTENSION_FIELDS = [
  'dateOfIssuing', 'validUntil', 'awardingBodies', 'countries', 'learner', 'grade', 'evidence',
] as const satisfies ReadonlyArray<keyof MicroCredential>;

/** Learner identifier types → OB 3.0 `IdentityObject.identityType`. */
export const IDENTITY_TYPES: Readonly<Record<LearnerIdentifier['type'], string>> = {
  studentId: 'sisSourcedId',
  nationalId: 'nationalIdentityNumber',
  emailAddress: 'emailAddress',
  sourcedId: 'sourcedId',
  institutionId: 'systemId',
  lisSourcedId: 'lisSourcedId',
  other: 'identifier',
};

/** Grade scales → OB 3.0 `ResultDescription.resultType`; other scales map to `Result`. */
export const RESULT_TYPES: Readonly<Record<string, string>> = {
  percent: 'Percent',
  'pass-fail': 'Status',
  letter: 'LetterGrade',
  gpa: 'GradePointAverage',
};

/** The listed fields of `source` that are present, in a new object. */
export function pick<T extends object, K extends keyof T>(source: T, fields: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const field of fields) if (source[field] !== undefined) out[field] = source[field];
  return out;
}
