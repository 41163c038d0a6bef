import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import ob3Schema from '../../generated/schemas/ob3-achievement-credential.js';
import { CONTEXTS } from '../../loader/contexts.js';
import type { ValidationIssue } from '../../model/issue.js';
import { describePointer, parsePointer } from '../../model/pointer.js';
import { schemaIssues, show } from '../../model/schema-issues.js';
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
 * Rounds of form normalisation for a third-party credential. Each round fixes every form
 * finding Ajv reports; nesting (an object inside a wrapped value) needs another round. Beyond
 * this the remaining findings are reported as they are.
 */
export const SCHEMA_FORM_ROUNDS = 8;

/**
 * Properties whose value, by the JSON-LD contexts OB 3.0 credentials use, may be an IRI string in
 * place of the object the plain JSON schema wants (`"@type": "@id"` terms), with the `type` the
 * object form carries.
 */
const IRI_FORMS: Readonly<Record<string, { type: unknown }>> = { issuer: { type: ['Profile'] }, image: { type: 'Image' } };

/** Who issued it: credentials carrying microcred's extension context are microcred's own. */
function isMicrocredIssued(credential: Record<string, unknown>): boolean {
  const context = credential['@context'];
  return Array.isArray(context) && context.includes(CONTEXTS.MICROCRED_V1);
}

/** The parent container and key of `pointer` in `document`, or undefined when it is not there. */
function locate(document: unknown, pointer: string): { parent: Record<string, unknown> | unknown[]; key: string } | undefined {
  const tokens = parsePointer(pointer);
  const key = tokens.pop();
  if (key === undefined) return undefined;
  let node: unknown = document;
  for (const token of tokens) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node !== null && typeof node === 'object' && Object.hasOwn(node, key) ? { parent: node as Record<string, unknown>, key } : undefined;
}

/**
 * A finding JSON-LD makes irrelevant, and the fix that gives the plain-JSON form: a single value
 * where the schema wants an array (JSON-LD reads a value and a one-element set alike), or an IRI
 * string for `issuer`/`image` where it wants the object. `@context` is never rewritten.
 */
function formFix(error: ErrorObject): { message: string; apply: (value: unknown) => unknown } | undefined {
  if (error.keyword !== 'type' || error.instancePath === '' || error.instancePath.startsWith('/@context')) return undefined;
  const expected = error.params.type as unknown;
  const field = describePointer(error.instancePath);
  if (expected === 'array' && !Array.isArray(error.data) && error.data !== undefined) {
    return { message: `${field} is a single value (${show(error.data)}); the OB 3.0 JSON schema wants an array. JSON-LD reads both alike.`, apply: (value) => [value] };
  }
  const name = parsePointer(error.instancePath).at(-1) ?? '';
  const form = Object.hasOwn(IRI_FORMS, name) ? IRI_FORMS[name] : undefined;
  if (expected === 'object' && form && typeof error.data === 'string') {
    return {
      message: `${field} is given by its IRI only (${show(error.data)}); the OB 3.0 JSON schema wants an object. JSON-LD reads the IRI as that object's id.`,
      apply: (value) => ({ id: value, type: structuredClone(form.type) }),
    };
  }
  return undefined;
}

/**
 * Brings a third-party credential into the plain-JSON form the schema checks, one round at a
 * time, and says what it changed (by JSON pointer; after a wrap, pointers below it carry the new index 0).
 */
function normaliseForms(credential: Record<string, unknown>, validateCredential: ValidateFunction): { copy: Record<string, unknown>; forms: ValidationIssue[] } {
  const copy = structuredClone(credential);
  const forms: ValidationIssue[] = [];
  for (let round = 0; round < SCHEMA_FORM_ROUNDS; round++) {
    if (validateCredential(copy)) break;
    let fixed = 0;
    const seen = new Set<string>();
    for (const error of validateCredential.errors ?? []) {
      const fix = formFix(error);
      if (!fix || seen.has(error.instancePath)) continue;
      const at = locate(copy, error.instancePath);
      if (!at) continue;
      seen.add(error.instancePath);
      const container = at.parent as Record<string, unknown>;
      container[at.key] = fix.apply(container[at.key]);
      forms.push({ code: 'SCHEMA_FORM', pointer: error.instancePath, message: fix.message, severity: 'warning' });
      fixed++;
    }
    if (fixed === 0) break;
  }
  return { copy, forms };
}

/**
 * Checks an Open Badges credential's structure against the Open Badges 3.0 AchievementCredential
 * schema. Other Verifiable Credentials (a plain VC sent to the VC-API verifier) are not Open
 * Badges: the check is skipped for them, with a reason.
 *
 * Credentials microcred issued (they carry its extension context) must match the schema as it
 * is. Credentials from other issuers are first brought into plain-JSON form where JSON-LD makes
 * the difference irrelevant — a single value for an array (`proof`, `issuer.type`, …), an IRI
 * string for `issuer` or `image` — and each such rewrite is a `WARN_SCHEMA_FORM` warning with its
 * JSON pointer (as the 1EdTech validator reports them); any other finding fails (`ERR_SCHEMA`).
 */
export function checkSchema(credential: Record<string, unknown>): Check {
  const types = Array.isArray(credential.type) ? credential.type : [credential.type];
  if (!types.some((t) => t === 'OpenBadgeCredential' || t === 'AchievementCredential')) {
    return { id: 'schema', status: 'skip', message: 'Not an Open Badges credential: the Open Badges 3.0 schema does not apply.' };
  }
  const validateCredential = validator();
  if (validateCredential(credential)) return { id: 'schema', status: 'pass', message: 'Matches the Open Badges 3.0 AchievementCredential schema.' };
  const strict = isMicrocredIssued(credential);
  const { copy, forms } = strict ? { copy: credential, forms: [] } : normaliseForms(credential, validateCredential);
  if (forms.length > 0 && validateCredential(copy)) {
    return {
      id: 'schema',
      status: 'warn',
      code: 'WARN_SCHEMA_FORM',
      message: `Matches the Open Badges 3.0 schema in its JSON-LD meaning; the plain JSON form differs at ${forms.length} place(s): ${forms
        .slice(0, 3)
        .map((f) => f.pointer)
        .join(', ')}${forms.length > 3 ? ', …' : ''}.`,
      details: forms.slice(0, 20),
    };
  }
  const issues = schemaIssues(validateCredential.errors ?? [], copy).slice(0, 20);
  return {
    id: 'schema',
    status: 'fail',
    code: 'ERR_SCHEMA',
    message: `Does not match the Open Badges 3.0 schema: ${issues.slice(0, 3).map((i) => i.message).join(' ')}`,
    details: [...issues, ...forms.slice(0, 20)],
  };
}
