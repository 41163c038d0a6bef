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
 * RFC 4180 quoting, and a leading `'` on text a spreadsheet would run as a formula (`=`, `+`,
 * `-`, `@`, tab, CR): a credential title is the learner's issuer's text, not ours to execute.
 */
function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

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
  const rows: string[] = [RECOGNITION_CSV_COLUMNS.join(',')];
  for (const r of list) {
    const studentId = (r.learner.identifiers as Array<{ type: string; value: string }> | undefined)?.find((i) => i.type === 'studentId')?.value;
    for (const c of r.credentials) {
      const values: Record<(typeof RECOGNITION_CSV_COLUMNS)[number], string | number | undefined> = {
        record_id: r.id, decided_at: r.decidedAt, decision: r.decision, route: r.route, record_recognised_ects: r.recognisedEcts,
        learner_id: r.learner.id, learner_name: r.learner.name, student_id: studentId,
        institution_id: r.institution.id, institution: textIn(r.institution.name, language),
        programme_id: r.programme.id, programme: textIn(r.programme.title, language), component: textIn(r.programme.component, language),
        pathway_id: r.pathway?.id, pathway_version: r.pathway?.version,
        agreement: textIn(r.agreement?.title, language), procedure: r.procedure,
        decided_by: r.decidedBy.name, decided_by_role: r.decidedBy.role,
        credential_id: c.id, credential_digest: c.digest, credential_title: c.title, credential_issuer: c.issuer,
        credential_ects: c.ects, recognised_ects: c.recognisedEcts,
      };
      rows.push(RECOGNITION_CSV_COLUMNS.map((column) => cell(values[column])).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
