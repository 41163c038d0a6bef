/**
 * Labelled notes: how microcred carries Annex I elements ELM has no property for. Each is an
 * `additionalNote` Note (a place every ELM specification, claim and agent has) whose `subject`
 * is a microcred concept naming the element, so people read it in the viewer and microcred
 * reads it back exactly. Plain values are written "Label: value" in English; language maps are
 * written as they are; records with several fields are JSON, marked with the NAL file-type
 * JSON as `noteFormat`.
 */
import { type ElmConcept, MICROCRED_SCHEMES, concept, fileTypeConcept } from './vocabularies.js';

/** Every note subject microcred writes, and its label. */
export const NOTE_SUBJECTS = {
  'participation-form': 'Form of participation',
  'participation-synchronous': 'Synchronous participation',
  'participation-asynchronous': 'Asynchronous participation',
  'participation-pacing': 'Pacing',
  'participation-intensity': 'Intensity',
  'participation-platform': 'Learning platform',
  'participation-location': 'Place of learning',
  'participation-description': 'Form of participation (description)',
  'workload-hours': 'Notional workload in hours',
  'workload-hours-per-credit': 'Hours of learning per ECTS credit',
  'level-eqf': 'EQF level',
  'level-nqf': 'National qualifications framework level',
  'level-justification': 'Justification of the level',
  'prerequisite-language-proficiency': 'Language proficiency required (CEFR)',
  'prerequisite-eqf-level': 'Minimum EQF level of prior learning',
  stackability: 'Stackability',
  'max-ects': 'Maximum ECTS credits counted towards it',
  recognition: 'Recognition',
  'recognition-max-ects': 'ECTS credits that can be recognised',
  accessibility: 'Accessibility and support',
  'field-of-study': 'Field of study',
  'further-information': 'Further information',
  'language-of-delivery': 'Languages of delivery (BCP 47)',
  'learning-outcome-category': 'EQF descriptor domain',
  'assessment-criteria': 'Assessment criteria',
  'assessment-formative': 'Types of assessment used formatively',
  'assessment-summative': 'Types of assessment used summatively',
  'grade-not-stated': 'No grade value stated',
  'badge-image-url': 'Badge image',
  'badge-image-caption': 'Badge image caption',
  evidence: 'Evidence',
  related: 'Related document (with its digest)',
  'learner-identifier': 'Learner identifier details',
} as const;

export type NoteKey = keyof typeof NOTE_SUBJECTS;

/** The subject concept of a note key. */
export const noteSubject = (key: NoteKey): ElmConcept =>
  concept(`${MICROCRED_SCHEMES.noteSubject}/${key}`, MICROCRED_SCHEMES.noteSubject, NOTE_SUBJECTS[key]);

/** The note key of a subject concept IRI, if it is one of microcred's. */
export function noteKeyOf(subjectId: string): NoteKey | undefined {
  const prefix = `${MICROCRED_SCHEMES.noteSubject}/`;
  if (!subjectId.startsWith(prefix)) return undefined;
  const key = subjectId.slice(prefix.length);
  return Object.hasOwn(NOTE_SUBJECTS, key) ? (key as NoteKey) : undefined;
}

/** A Note node. */
export interface ElmNote {
  id: string;
  type: 'Note';
  subject?: ElmConcept;
  noteFormat?: ElmConcept;
  noteLiteral: Record<string, string>;
}

/** A note whose literal is a language map, as given. */
export function mapNote(id: string, key: NoteKey, literal: Record<string, string>): ElmNote {
  return { id, type: 'Note', subject: noteSubject(key), noteLiteral: { ...literal } };
}

/** A note reading "Label: value", in English. */
export function valueNote(id: string, key: NoteKey, value: string | number | boolean): ElmNote {
  const text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  return { id, type: 'Note', subject: noteSubject(key), noteLiteral: { en: `${NOTE_SUBJECTS[key]}: ${text}` } };
}

/** A note reading "Label: a, b, c" (items must not contain ", "). */
export const listNote = (id: string, key: NoteKey, items: readonly string[]): ElmNote => valueNote(id, key, items.join(', '));

/** A JSON note (noteFormat JSON) carrying a record. */
export function jsonNote(id: string, key: NoteKey, record: object): ElmNote {
  return { id, type: 'Note', subject: noteSubject(key), noteFormat: fileTypeConcept('application/json')!, noteLiteral: { en: JSON.stringify(record) } };
}

/** The value text of a "Label: value" literal (the whole text when another producer left the label out). */
export function valueText(key: NoteKey, literal: string): string {
  const prefix = `${NOTE_SUBJECTS[key]}: `;
  return literal.startsWith(prefix) ? literal.slice(prefix.length) : literal;
}

/** Number of a number note, or undefined. */
export function numberValue(key: NoteKey, literal: string): number | undefined {
  const text = valueText(key, literal).trim();
  const value = text === '' ? Number.NaN : Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** Boolean of a yes/no note, or undefined. */
export function booleanValue(key: NoteKey, literal: string): boolean | undefined {
  const text = valueText(key, literal).trim().toLowerCase();
  return text === 'yes' ? true : text === 'no' ? false : undefined;
}

/** Items of a list note. */
export const listValue = (key: NoteKey, literal: string): string[] => valueText(key, literal).split(', ').filter((item) => item !== '');
