import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import pathwaySchema from '../generated/schemas/pathway.js';
import recognitionRecordSchema from '../generated/schemas/recognition-record.js';
import { InvalidArgumentError } from '../errors.js';
import { checkInput } from '../model/guard.js';
import type { ValidationIssue } from '../model/issue.js';
import { schemaIssues } from '../model/schema-issues.js';
import { microCredentialSchema, vocabulariesSchema } from '../model/schemas.js';
import type { Pathway, RecognitionRecord } from '../model/types.generated.js';

export { pathwaySchema, recognitionRecordSchema };

let compiled: { pathway: ValidateFunction<Pathway>; record: ValidateFunction<RecognitionRecord> } | undefined;

/** Validators compiled once; pure functions of the bundled schemas. */
function validators() {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, strictTypes: false, allowUnionTypes: true });
    addFormats.default(ajv, ['date', 'date-time', 'email', 'uri']);
    ajv.addVocabulary(['x-annex-i', 'x-error']);
    ajv.addSchema(vocabulariesSchema);
    ajv.addSchema(microCredentialSchema);
    compiled = { pathway: ajv.compile<Pathway>(pathwaySchema), record: ajv.compile<RecognitionRecord>(recognitionRecordSchema) };
  }
  return compiled;
}

/** Schema findings (bounded input first), then the cross-references a schema cannot state. */
function issuesOf(value: unknown, validate: ValidateFunction): ValidationIssue[] {
  const limits = checkInput(value, {});
  if (limits.length > 0) return limits;
  return validate(value) ? [] : schemaIssues(validate.errors ?? [], value);
}

/**
 * Checks a {@link Pathway} document: the schema, then that member ids are unique, that every
 * choice names existing members and can be met, and that each level range is in order.
 * Returns every finding; an empty list means valid.
 */
export function validatePathway(value: unknown): ValidationIssue[] {
  const issues = issuesOf(value, validators().pathway);
  if (issues.length > 0) return issues;
  const pathway = value as Pathway;
  const error = (pointer: string, code: string, message: string): ValidationIssue => ({ code, pointer, message, severity: 'error' });
  const ids = new Set<string>();
  pathway.members.forEach((m, i) => {
    if (ids.has(m.id)) issues.push(error(`/members/${i}/id`, 'DUPLICATE_MEMBER', `members[${i}].id "${m.id}" is used twice: each member needs its own id.`));
    ids.add(m.id);
  });
  (pathway.choices ?? []).forEach((c, i) => {
    c.members.forEach((id, j) => {
      if (!ids.has(id)) issues.push(error(`/choices/${i}/members/${j}`, 'UNKNOWN_MEMBER', `choices[${i}] names member "${id}", which the pathway does not define.`));
    });
    if (c.min > c.members.length) issues.push(error(`/choices/${i}/min`, 'CHOICE_UNSATISFIABLE', `choices[${i}] asks for ${c.min} of ${c.members.length} members: it can never be met.`));
  });
  const ranges: Array<[string, { min?: number; max?: number } | undefined]> = [
    ['/criteria/eqf', pathway.criteria?.eqf],
    ['/criteria/nqf', pathway.criteria?.nqf],
    ...pathway.members.flatMap((m, i): Array<[string, { min?: number; max?: number } | undefined]> => [[`/members/${i}/criteria/eqf`, m.criteria?.eqf], [`/members/${i}/criteria/nqf`, m.criteria?.nqf]]),
  ];
  for (const [pointer, range] of ranges) {
    if (range?.min !== undefined && range.max !== undefined && range.min > range.max) issues.push(error(pointer, 'LEVEL_RANGE_EMPTY', `${pointer}: min ${range.min} is above max ${range.max}.`));
  }
  const credits = pathway.credits;
  if (credits?.minEcts !== undefined && credits.maxEcts !== undefined && credits.minEcts > credits.maxEcts) {
    issues.push(error('/credits/minEcts', 'CREDITS_UNSATISFIABLE', `credits.minEcts ${credits.minEcts} is above the cap credits.maxEcts ${credits.maxEcts}: the pathway can never be complete.`));
  }
  return issues;
}

/** {@link validatePathway}, throwing `InvalidArgumentError` (`ERR_PATHWAY_INVALID`, with the first pointer) on any finding. */
export function assertPathway(value: unknown): asserts value is Pathway {
  const issues = validatePathway(value);
  if (issues.length > 0) {
    throw new InvalidArgumentError('ERR_PATHWAY_INVALID', `The pathway is invalid (${issues.length} error(s)): ${issues.slice(0, 3).map((i) => i.message).join(' ')}`, { pointer: issues[0]!.pointer });
  }
}

/** Checks a {@link RecognitionRecord} against its schema. Returns every finding. */
export function validateRecognitionRecord(value: unknown): ValidationIssue[] {
  return issuesOf(value, validators().record);
}
