import { toCsv } from '../export/csv.js';
import { textIn } from '../model/language-map.js';
import type { RecognitionRecord } from '../model/types.generated.js';

/** Columns of {@link recognitionRecordToCsv}, in order: one row per recognised credential. */
export const RECOGNITION_CSV_COLUMNS = [
  'record_id', 'decided_at', 'decision', 'route', 'record_recognised_ects',
  'learner_id', 'learner_name', 'student_id', 'institution_id', 'institution', 'programme_id', 'programme', 'component',
  'pathway_id', 'pathway_version', 'agreement', 'procedure', 'decided_by', 'decided_by_role',
  'credential_id', 'credential_digest', 'credential_title', 'credential_issuer', 'credential_ects', 'recognised_ects',
] as const;

/**
 * Exports recognition records as CSV for a student information system: a header row, then one
 * row per recognised credential (record fields repeated), CRLF line ends.
 *
 * @example
 * await writeFile('recognition.csv', recognitionRecordToCsv([record]));
 */
export function recognitionRecordToCsv(records: RecognitionRecord | readonly RecognitionRecord[], options: { language?: string } = {}): string {
  const language = options.language ?? 'en';
  const list = Array.isArray(records) ? records : [records as RecognitionRecord];
  type Row = Record<(typeof RECOGNITION_CSV_COLUMNS)[number], string | number | undefined>;
  const rows: Row[] = [];
  for (const r of list) {
    const studentId = (r.learner.identifiers as Array<{ type: string; value: string }> | undefined)?.find((i) => i.type === 'studentId')?.value;
    for (const c of r.credentials) {
      rows.push({
        record_id: r.id, decided_at: r.decidedAt, decision: r.decision, route: r.route, record_recognised_ects: r.recognisedEcts,
        learner_id: r.learner.id, learner_name: r.learner.name, student_id: studentId,
        institution_id: r.institution.id, institution: textIn(r.institution.name, language),
        programme_id: r.programme.id, programme: textIn(r.programme.title, language), component: textIn(r.programme.component, language),
        pathway_id: r.pathway?.id, pathway_version: r.pathway?.version,
        agreement: textIn(r.agreement?.title, language), procedure: r.procedure,
        decided_by: r.decidedBy.name, decided_by_role: r.decidedBy.role,
        credential_id: c.id, credential_digest: c.digest, credential_title: c.title, credential_issuer: c.issuer,
        credential_ects: c.ects, recognised_ects: c.recognisedEcts,
      });
    }
  }
  // The exports' CSV writer: RFC 4180 quoting, formula cells neutralised, CRLF line ends.
  return toCsv(rows, RECOGNITION_CSV_COLUMNS.map((header) => ({ header, value: (row: Row) => row[header] })));
}
