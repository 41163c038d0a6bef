import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import ob3Schema from '../../../schemas/ob3-achievement-credential.schema.json' with { type: 'json' };
import { schemaIssues } from '../../model/schema-issues.js';
import type { Check } from '../report.js';

let validate: ValidateFunction | undefined;

/** microcred's own OB 3.0 schema (written from the specification), compiled once. */
function validator(): ValidateFunction {
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false });
    addFormats.default(ajv);
    validate = ajv.compile(ob3Schema);
  }
  return validate;
}

/**
 * Checks an Open Badges credential's structure against the Open Badges 3.0 AchievementCredential
 * schema. Other Verifiable Credentials (a plain VC sent to the VC-API verifier) are not Open
 * Badges: the check is skipped for them, with a reason.
 */
export function checkSchema(credential: Record<string, unknown>): Check {
  const types = Array.isArray(credential.type) ? credential.type : [credential.type];
  if (!types.some((t) => t === 'OpenBadgeCredential' || t === 'AchievementCredential')) {
    return { id: 'schema', status: 'skip', message: 'Not an Open Badges credential: the Open Badges 3.0 schema does not apply.' };
  }
  const validateCredential = validator();
  if (validateCredential(credential)) return { id: 'schema', status: 'pass', message: 'Matches the Open Badges 3.0 AchievementCredential schema.' };
  const issues = schemaIssues(validateCredential.errors ?? [], credential).slice(0, 20);
  return {
    id: 'schema',
    status: 'fail',
    code: 'ERR_SCHEMA',
    message: `Does not match the Open Badges 3.0 schema: ${issues.slice(0, 3).map((i) => i.message).join(' ')}`,
    details: issues,
  };
}
