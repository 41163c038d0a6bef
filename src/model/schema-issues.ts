import type { ErrorObject } from 'ajv';
import type { ValidationIssue } from './issue.js';
import { describePointer, escapeToken, getAt } from './pointer.js';

type SchemaNode = Record<string, unknown>;

/** Renders a value for a message, short enough to read. */
export function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Levenshtein distance, for "did you mean" hints on misspelt field names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function suggestion(name: string, parentSchema: SchemaNode | undefined): string {
  const known = Object.keys((parentSchema?.properties as SchemaNode | undefined) ?? {});
  const best = known
    .map((candidate) => ({ candidate, d: distance(name.toLowerCase(), candidate.toLowerCase()) }))
    .sort((x, y) => x.d - y.d)[0];
  if (best && best.d <= Math.max(2, Math.floor(name.length / 3))) return `; did you mean "${best.candidate}"?`;
  return known.length > 0 && known.length <= 12 ? `; known fields: ${known.join(', ')}` : '';
}

function enumText(values: unknown[], schema: SchemaNode | undefined): string {
  if (values.length <= 16) return `must be one of ${values.map((v) => show(v)).join(', ')}`;
  const about = typeof schema?.description === 'string' ? schema.description.replace(/\.$/, '') : 'a known value';
  return `must be ${schema?.title ? `a ${String(schema.title)}: ` : ''}${about}`;
}

/** Turns one Ajv error into an issue. */
function translate(error: ErrorObject): ValidationIssue {
  const parent = error.parentSchema as SchemaNode | undefined;
  const at = error.instancePath;
  const field = describePointer(at);
  const got = `; got ${show(error.data)}`;
  const make = (code: string, pointer: string, message: string): ValidationIssue => ({
    code,
    pointer,
    message,
    severity: 'error',
  });
  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params.missingProperty);
      const pointer = `${at}/${escapeToken(missing)}`;
      const element = ((parent?.properties as SchemaNode | undefined)?.[missing] as SchemaNode | undefined)?.['x-annex-i'];
      const why = typeof element === 'string' ? ` (Annex I element: ${element})` : '';
      return make('REQUIRED', pointer, `${describePointer(pointer)} is missing${why}.`);
    }
    case 'additionalProperties': {
      const name = String(error.params.additionalProperty);
      const pointer = `${at}/${escapeToken(name)}`;
      const hint = suggestion(name, parent);
      return make('UNKNOWN_FIELD', pointer, `${describePointer(pointer)} is not a field of ${at === '' ? 'a MicroCredential' : field}${hint}${hint.endsWith('?') ? '' : '.'}`);
    }
    case 'propertyNames': {
      const name = String(error.params.propertyName);
      return make('INVALID_LANGUAGE_TAG', `${at}/${escapeToken(name)}`, `${field} uses "${name}" as a language; use a BCP 47 tag such as "en", "ka" or "hy".`);
    }
    case 'type':
      return make('WRONG_TYPE', at, `${field} must be ${String(error.params.type).replace(',', ' or ')}${got}.`);
    case 'enum':
      return make('NOT_ALLOWED_VALUE', at, `${field} ${enumText(error.params.allowedValues as unknown[], parent)}${got}.`);
    case 'const':
      return make('NOT_ALLOWED_VALUE', at, `${field} must be ${show(error.params.allowedValue)}${got}.`);
    case 'format':
      return make('INVALID_FORMAT', at, `${field} must be a valid ${String(error.params.format)}${got}.`);
    case 'pattern': {
      const about = typeof parent?.description === 'string' ? `: ${parent.description.replace(/\.$/, '')}` : ` matching ${String(error.params.pattern)}`;
      return make('INVALID_FORMAT', at, `${field} must be${about}${got}.`);
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return make('OUT_OF_RANGE', at, `${field} must be ${String(error.params.comparison)} ${String(error.params.limit)}${got}.`);
    case 'minItems':
      return make('TOO_FEW_ITEMS', at, `${field} needs at least ${String(error.params.limit)} item(s).`);
    case 'maxItems':
      return make('TOO_MANY_ITEMS', at, `${field} may have at most ${String(error.params.limit)} items.`);
    case 'minProperties':
      return make('EMPTY', at, `${field} must not be empty.`);
    case 'maxProperties':
      return make('TOO_MANY_ITEMS', at, `${field} may have at most ${String(error.params.limit)} entries.`);
    case 'minLength':
      return make('EMPTY', at, `${field} must not be empty.`);
    case 'maxLength':
      return make('TOO_LONG', at, `${field} may be at most ${String(error.params.limit)} characters long.`);
    case 'uniqueItems':
      return make('DUPLICATE_ITEM', at, `${field} lists the same value twice (items ${String(error.params.j)} and ${String(error.params.i)}).`);
    default:
      return make('SCHEMA_VIOLATION', at, `${field} ${error.message ?? 'is invalid'}.`);
  }
}

/** One issue for a failed anyOf, using the schema's own `x-error` wording. */
function translateAnyOf(error: ErrorObject, branches: ErrorObject[]): ValidationIssue {
  const parent = error.parentSchema as SchemaNode | undefined;
  const text = typeof parent?.['x-error'] === 'string' ? parent['x-error'] : 'does not match any allowed form';
  const code = branches.length > 0 && branches.every((b) => b.keyword === 'required')
    ? 'REQUIRED'
    : branches.length > 0 && branches.every((b) => b.keyword === 'format')
      ? 'INVALID_FORMAT'
      : 'INVALID_VALUE';
  const got = error.data !== null && typeof error.data === 'object' ? '' : `; got ${show(error.data)}`;
  return { code, pointer: error.instancePath, message: `${describePointer(error.instancePath)} ${text}${got}.`, severity: 'error' };
}

/**
 * Marks the errors Ajv raised inside the branches of each failed anyOf. Ajv appends a
 * failed anyOf's branch errors immediately before the anyOf error itself; walking back from
 * it, an error belongs to a branch while it is at or below the anyOf's place and comes either
 * from the anyOf's own branches or from another schema they reference.
 */
function branchErrors(errors: ErrorObject[]): Map<ErrorObject, ErrorObject[]> {
  const branches = new Map<ErrorObject, ErrorObject[]>();
  errors.forEach((error, index) => {
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') return;
    const own = `${error.schemaPath}/`;
    const parentPrefix = error.schemaPath.slice(0, error.schemaPath.lastIndexOf('/') + 1);
    const under = (e: ErrorObject) => e.instancePath === error.instancePath || e.instancePath.startsWith(`${error.instancePath}/`);
    const found: ErrorObject[] = [];
    for (let j = index - 1; j >= 0; j--) {
      const e = errors[j]!;
      if (!under(e) || !(e.schemaPath.startsWith(own) || !e.schemaPath.startsWith(parentPrefix))) break;
      found.push(e);
    }
    branches.set(error, found);
  });
  return branches;
}

/**
 * Converts Ajv's errors into issues a registrar can act on: one issue per problem (the
 * branch errors of a failed anyOf fold into one), stable codes, JSON Pointers, field names
 * in dotted form and "did you mean" hints for misspelt fields.
 */
export function schemaIssues(errors: ErrorObject[], document: unknown): ValidationIssue[] {
  const branches = branchErrors(errors);
  const inBranch = new Set([...branches.values()].flat());
  const issues: ValidationIssue[] = [];
  for (const error of errors) {
    if (inBranch.has(error)) continue;
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') {
      issues.push(translateAnyOf(error, branches.get(error) ?? []));
      continue;
    }
    // Errors raised inside propertyNames are about a key, not the object: the propertyNames issue covers them.
    if (error.keyword !== 'propertyNames' && typeof error.data === 'string' && typeof getAt(document, error.instancePath) === 'object') continue;
    issues.push(translate(error));
  }
  // The same place and code can come from two schema paths; say it once.
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.code} ${i.pointer}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
