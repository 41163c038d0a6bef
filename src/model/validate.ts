import { onePerProblem } from './one-per-problem.js';
import { ProfileRegistry, assertProfileDefinition, type ProfileName } from '../profiles/registry.js';
import { applyRule } from '../profiles/rules.js';
import { DEFAULT_LIMITS, type InputLimits, checkInput, jsonNodesExceed } from './guard.js';
import type { ValidationIssue, ValidationResult } from './issue.js';
import { schemaIssues } from './schema-issues.js';
import { validators } from './schemas.js';
import type { ProfileDefinition } from './types.generated.js';

/** Options of {@link validateMicroCredential}. */
export interface ValidateOptions {
  /** Profile to apply: a registered id (`eu`, `ge`, `am`, `id@version`) or a definition. Default `eu`. */
  profile?: ProfileName | ProfileDefinition;
  /** Where to look profiles up; default: the built-in profiles only. */
  profiles?: ProfileRegistry;
  /** Input size and depth limits (see {@link InputLimits}). */
  limits?: InputLimits;
  /** Stop collecting schema and rule errors after this many. Default 200. */
  maxIssues?: number;
}

const builtins = new ProfileRegistry();

/**
 * Validates a MicroCredential document against the model schema and a profile.
 *
 * Accepts a parsed object or JSON text. Never throws for bad documents — hostile input
 * (not an object, huge strings, deep nesting, `__proto__` keys, wrong types) comes back as
 * errors. It throws only for caller mistakes: an unknown or invalid profile
 * (`InvalidArgumentError`, codes `ERR_PROFILE_UNKNOWN` / `ERR_PROFILE_INVALID`).
 *
 * @example
 * const result = validateMicroCredential(doc, { profile: 'ge' });
 * if (!result.valid) for (const e of result.errors) console.log(e.pointer, e.code, e.message);
 */
export function validateMicroCredential(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const registry = options.profiles ?? builtins;
  const requested = options.profile ?? 'eu';
  if (typeof requested !== 'string') assertProfileDefinition(requested);
  const chain = registry.chain(requested);
  const profile = chain.at(-1)!;
  const result = (issues: ValidationIssue[]): ValidationResult => {
    const limited = onePerProblem(issues).slice(0, options.maxIssues ?? 200);
    return {
      valid: !limited.some((i) => i.severity === 'error'),
      errors: limited.filter((i) => i.severity === 'error'),
      warnings: limited.filter((i) => i.severity === 'warning'),
      profile: { id: profile.id, version: profile.version, chain: chain.map((p) => `${p.id}@${p.version}`) },
    };
  };

  const parsed = parseIfText(input, options.limits);
  if ('issue' in parsed) return result([parsed.issue]);
  const document = parsed.value;
  const inputIssues = checkInput(document, options.limits);
  if (inputIssues.length > 0) return result(inputIssues);

  const validate = validators().microCredential;
  try {
    const issues = validate(document) ? [] : schemaIssues(validate.errors ?? [], document);
    for (const p of chain) for (const rule of p.rules) issues.push(...applyRule(rule, document));
    return result(issues);
  } catch {
    // An object that reads differently the second time (a Proxy): never throw, fail it.
    return result([{ code: 'INPUT_NOT_JSON', pointer: '', message: 'The document could not be read as JSON (an object threw while being read).', severity: 'error' }]);
  }
}

/** JSON text is parsed (after a size check); anything else passes through. */
function parseIfText(input: unknown, limits: InputLimits = {}): { value: unknown } | { issue: ValidationIssue } {
  if (typeof input !== 'string') return { value: input };
  const maxBytes = limits.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  if (input.length > maxBytes) {
    return { issue: { code: 'INPUT_TOO_LARGE', pointer: '', message: `The document is larger than ${maxBytes} characters.`, severity: 'error' } };
  }
  const maxNodes = limits.maxNodes ?? DEFAULT_LIMITS.maxNodes;
  if (jsonNodesExceed(input, maxNodes)) {
    return { issue: { code: 'INPUT_TOO_LARGE', pointer: '', message: `The document has more than ${maxNodes} values.`, severity: 'error' } };
  }
  try {
    return { value: JSON.parse(input) };
  } catch (error) {
    return { issue: { code: 'INPUT_NOT_JSON', pointer: '', message: `Not valid JSON: ${(error as Error).message}`, severity: 'error' } };
  }
}
