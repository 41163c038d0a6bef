import { InvalidArgumentError } from '../errors.js';
import type { Learner, Organisation, RecognisedCredential, RecognitionRecord } from '../model/types.generated.js';
import { fromMilli, toMilli } from './credits.js';
import { validateRecognitionRecord } from './schema.js';
import type { PathwayEvaluation } from './types.js';

/** What {@link createRecognitionRecord} needs: the institution's decision. */
export interface RecognitionDecision {
  /** Record id. Default: a random `urn:uuid:`. */
  id?: string;
  /** The evaluation the decision follows: its counted credentials (id, digest, credits) and pathway become the record's. */
  evaluation?: PathwayEvaluation;
  learner: Learner;
  institution: Organisation;
  programme: RecognitionRecord['programme'];
  /** Default: `recognised` when every counted credit is recognised, `partially-recognised` when fewer, `not-recognised` at 0. */
  decision?: RecognitionRecord['decision'];
  /** Credits recognised. Default: the sum over `credentials`. */
  recognisedEcts?: number;
  route: RecognitionRecord['route'];
  agreement?: RecognitionRecord['agreement'];
  procedure?: string;
  decidedBy: RecognitionRecord['decidedBy'];
  /** Default: now. */
  decidedAt?: string;
  /** The credentials and what each is recognised for. Default: the evaluation's counted and flagged credentials with their credits. */
  credentials?: RecognisedCredential[];
  notes?: RecognitionRecord['notes'];
}

/**
 * Records the receiving institution's recognition decision — credits, programme, agreement or
 * RPL procedure, Lisbon Recognition Convention or RPL route, who decided and when — referencing
 * the verified credentials by id and digest. The result is schema-valid
 * (`schemas/recognition-record.schema.json`): export it as JSON, or with
 * `recognitionRecordToCsv` for the student information system; `issueRecognitionCredential`
 * signs it to the learner.
 *
 * Throws `InvalidArgumentError`: `ERR_RECORD_INVALID` (with a pointer), `ERR_RECORD_INCONSISTENT`
 * (the recognised total is not the sum over the credentials, or no credential is listed).
 *
 * @example
 * const record = createRecognitionRecord({ evaluation, learner: { id: evaluation.learner }, institution, programme,
 *   route: 'lisbon-recognition-convention', decidedBy: { name: 'Recognition Committee' } });
 */
export function createRecognitionRecord(input: RecognitionDecision): RecognitionRecord {
  const evaluation = input.evaluation;
  const credentials =
    input.credentials ??
    (evaluation?.credentials ?? [])
      .filter((c) => c.outcome !== 'excluded')
      .map((c) => {
        const item: RecognisedCredential = { digest: c.digest, recognisedEcts: c.credits };
        if (c.id !== undefined) item.id = c.id;
        if (c.title !== undefined) item.title = c.title;
        if (c.issuer !== undefined) item.issuer = c.issuer;
        if (c.statedEcts !== undefined) item.ects = c.statedEcts;
        return item;
      });
  if (credentials.length === 0) throw new InvalidArgumentError('ERR_RECORD_INCONSISTENT', 'A recognition record references at least one verified credential; the evaluation counted none.', { pointer: '/credentials' });
  const sum = credentials.reduce((s, c) => s + toMilli(c.recognisedEcts), 0);
  const recognisedEcts = input.recognisedEcts ?? fromMilli(sum);
  if (toMilli(recognisedEcts) !== sum) {
    throw new InvalidArgumentError('ERR_RECORD_INCONSISTENT', `recognisedEcts ${recognisedEcts} is not the sum of the credentials' recognisedEcts (${fromMilli(sum)}): state per credential what is recognised.`, { pointer: '/recognisedEcts' });
  }
  const counted = evaluation ? toMilli(evaluation.totalEcts) : sum;
  const decision = input.decision ?? (sum === 0 ? 'not-recognised' : sum < counted ? 'partially-recognised' : 'recognised');
  const record: RecognitionRecord = {
    id: input.id ?? `urn:uuid:${globalThis.crypto.randomUUID()}`,
    version: '1',
    learner: input.learner,
    institution: input.institution,
    programme: input.programme,
    decision,
    recognisedEcts,
    route: input.route,
    decidedBy: input.decidedBy,
    decidedAt: input.decidedAt ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    credentials,
  };
  if (evaluation) record.pathway = { id: evaluation.pathway.id, version: evaluation.pathway.version };
  if (input.agreement) record.agreement = input.agreement;
  if (input.procedure) record.procedure = input.procedure;
  if (input.notes) record.notes = input.notes;
  const issues = validateRecognitionRecord(record);
  if (issues.length > 0) {
    throw new InvalidArgumentError('ERR_RECORD_INVALID', `The recognition record is invalid (${issues.length} error(s)): ${issues.slice(0, 3).map((i) => i.message).join(' ')}`, { pointer: issues[0]!.pointer });
  }
  return record;
}
