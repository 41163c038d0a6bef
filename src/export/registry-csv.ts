/**
 * Registry records as CSV: one line per record, one column per field and per language of each
 * multilingual field (`title@en`, `title@ka`); lists are one cell with a line per item.
 */
import type { LanguageMap } from '../model/types.generated.js';
import { type CsvColumn, languageColumns, languagesOf, toCsv } from './csv.js';
import type { QaStatus } from './qa-status.js';
import type { AmRegistryRecord, GeRegistryRecord, RegistryExport, RegistryLevel, RegistryOrganisation } from './registry.js';

const orgNames = (list: readonly RegistryOrganisation[] | undefined): string[] =>
  (list ?? []).map((org) => org.name.en ?? Object.values(org.name)[0] ?? org.id ?? '');
const texts = (list: readonly LanguageMap[] | undefined): string[] => (list ?? []).map((map) => map.en ?? Object.values(map)[0] ?? '');
const countries = (list: AmRegistryRecord['countries']): string[] =>
  (list ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.region ? `${entry.country} (${entry.region})` : entry.country));

function levelColumns<T extends { level?: RegistryLevel }>(): CsvColumn<T>[] {
  return [
    { header: 'eqfLevel', value: (r) => r.level?.eqf },
    { header: 'nqfFramework', value: (r) => r.level?.nqf?.framework },
    { header: 'nqfLevel', value: (r) => r.level?.nqf?.level },
    { header: 'qfEheaCycle', value: (r) => r.level?.qfEhea },
  ];
}

function qaColumns<T extends { qualityAssurance: QaStatus }>(): CsvColumn<T>[] {
  return [
    { header: 'qaStatus', value: (r) => r.qualityAssurance.status },
    { header: 'qaBodies', value: (r) => r.qualityAssurance.bodies },
    { header: 'qaAccreditationType', value: (r) => r.qualityAssurance.accreditationType },
    { header: 'qaDecision', value: (r) => r.qualityAssurance.decision },
    { header: 'qaDecisionDate', value: (r) => r.qualityAssurance.decisionDate },
    { header: 'accreditationId', value: (r) => r.qualityAssurance.accreditationId },
    { header: 'qaValidFrom', value: (r) => r.qualityAssurance.validFrom },
    { header: 'qaValidUntil', value: (r) => r.qualityAssurance.validUntil },
    { header: 'deqarId', value: (r) => r.qualityAssurance.deqarId },
    { header: 'deqarUrl', value: (r) => r.qualityAssurance.deqarUrl },
  ];
}

function amColumns(records: readonly AmRegistryRecord[]): CsvColumn<AmRegistryRecord>[] {
  return [
    { header: 'identifier', value: (r) => r.identifier },
    { header: 'verificationUrl', value: (r) => r.verificationUrl },
    { header: 'documentDigest', value: (r) => r.documentDigest },
    { header: 'learnerRef', value: (r) => r.learnerRef },
    ...languageColumns<AmRegistryRecord>('title', languagesOf(records, (r) => r.title), (r) => r.title),
    { header: 'providers', value: (r) => orgNames(r.providers) },
    { header: 'providerIds', value: (r) => r.providers.map((p) => p.id ?? '') },
    { header: 'countries', value: (r) => countries(r.countries) },
    { header: 'issuedAt', value: (r) => r.issuedAt },
    { header: 'status', value: (r) => r.status },
    { header: 'statusChangedAt', value: (r) => r.statusChangedAt },
    ...levelColumns<AmRegistryRecord>(),
    { header: 'ects', value: (r) => r.ects },
    { header: 'hours', value: (r) => r.hours },
    { header: 'learningOutcomes', value: (r) => texts(r.learningOutcomes) },
    { header: 'mode', value: (r) => r.mode },
    ...qaColumns<AmRegistryRecord>(),
    { header: 'achievementId', value: (r) => r.achievementId },
    { header: 'courseCode', value: (r) => r.courseCode },
    { header: 'missing', value: (r) => r.missing },
  ];
}

function geColumns(records: readonly GeRegistryRecord[]): CsvColumn<GeRegistryRecord>[] {
  const outcomes = (r: GeRegistryRecord, k: keyof NonNullable<GeRegistryRecord['learningOutcomes']>) => texts(r.learningOutcomes?.[k]);
  return [
    { header: 'courseId', value: (r) => r.courseId },
    { header: 'courseCode', value: (r) => r.courseCode },
    ...languageColumns<GeRegistryRecord>('title', languagesOf(records, (r) => r.title), (r) => r.title),
    { header: 'countries', value: (r) => countries(r.countries) },
    { header: 'awardingBodies', value: (r) => orgNames(r.awardingBodies) },
    { header: 'deliveringBodies', value: (r) => orgNames(r.deliveringBodies) },
    { header: 'outcomesKnowledge', value: (r) => outcomes(r, 'knowledge') },
    { header: 'outcomesSkills', value: (r) => outcomes(r, 'skills') },
    { header: 'outcomesResponsibilityAutonomy', value: (r) => outcomes(r, 'responsibility-autonomy') },
    { header: 'outcomesUncategorised', value: (r) => outcomes(r, 'uncategorised') },
    { header: 'ects', value: (r) => r.workload?.ects },
    { header: 'hours', value: (r) => r.workload?.hours },
    { header: 'hoursPerCredit', value: (r) => r.workload?.hoursPerCredit },
    ...levelColumns<GeRegistryRecord>(),
    { header: 'assessmentTypes', value: (r) => r.assessment?.types },
    { header: 'participationMode', value: (r) => r.participation?.mode },
    { header: 'platform', value: (r) => r.participation?.platform },
    ...qaColumns<GeRegistryRecord>(),
    { header: 'prerequisites', value: (r) => (r.prerequisites ? texts([r.prerequisites]) : undefined) },
    { header: 'stackability', value: (r) => r.stackability?.type },
    { header: 'recognitionMaxEcts', value: (r) => r.recognition?.maxEcts },
    { header: 'languageOfDelivery', value: (r) => r.languageOfDelivery },
    { header: 'fieldOfStudy', value: (r) => r.fieldOfStudy },
    { header: 'issued', value: (r) => r.credentials.issued },
    { header: 'active', value: (r) => r.credentials.active },
    { header: 'revoked', value: (r) => r.credentials.revoked },
    { header: 'suspended', value: (r) => r.credentials.suspended },
    { header: 'missing', value: (r) => r.missing },
  ];
}

/**
 * An export of {@link exportRegistryRecords} as CSV (multilingual fields: one column per
 * language; other lists: one cell, one line per item, English text where there is one).
 */
export function registryRecordsToCsv(exported: RegistryExport): string {
  if (exported.format === 'am') {
    const records = exported.records as AmRegistryRecord[];
    return toCsv(records, amColumns(records));
  }
  const records = exported.records as GeRegistryRecord[];
  return toCsv(records, geColumns(records));
}
