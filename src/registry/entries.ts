import { MicrocredError, type RegistryEntriesInvalidErrorCode } from '../errors.js';
import type { ValidationIssue } from '../model/issue.js';
import { schemaIssues } from '../model/schema-issues.js';
import { validators } from '../model/schemas.js';
import type { RegistryEntry } from '../model/types.generated.js';

/**
 * Most entries one registry may hold (bounds signing, verifying and every lookup). A registry
 * is also bounded, like any signed document, to 100,000 JSON values (about 2,000 plain entries).
 */
export const MAX_REGISTRY_ENTRIES = 1000;

/** Thrown when registry entries are not valid: every problem is listed, nothing was signed. */
export class RegistryEntriesInvalidError extends MicrocredError<RegistryEntriesInvalidErrorCode> {
  /** Every problem found, each with a JSON Pointer (JSON input) or a row number (CSV input) in its message. */
  readonly errors: ValidationIssue[];

  constructor(errors: ValidationIssue[]) {
    super(
      'ERR_REGISTRY_ENTRIES_INVALID',
      `The registry entries are invalid (${errors.length} problem(s)): ${errors
        .slice(0, 3)
        .map((e) => e.message)
        .join(' ')}${errors.length > 3 ? ' …' : ''}`,
      { pointer: errors[0]?.pointer },
    );
    this.errors = errors;
  }
}

const issue = (code: string, pointer: string, message: string): ValidationIssue => ({ code, pointer, message, severity: 'error' });

/** Every identifier a provider is known by: issuer ids and seal organisation identifiers. */
export const providerIdentifiers = (entry: RegistryEntry): string[] => [...(entry.provider.ids ?? []), ...(entry.provider.sealOrganisationIdentifiers ?? [])];

/**
 * The problems of a list of registry entries: each must match
 * `schemas/accreditation-registry.schema.json`, there are at most {@link MAX_REGISTRY_ENTRIES},
 * and no provider identifier appears in two entries (a verifier could not tell which applies).
 */
export function registryEntryIssues(input: unknown): ValidationIssue[] {
  if (!Array.isArray(input)) return [issue('REGISTRY_ENTRIES_NOT_LIST', '', 'The registry entries must be a JSON array (or an object with an "entries" array).')];
  if (input.length === 0) return [issue('REGISTRY_EMPTY', '', 'The registry lists no entries.')];
  if (input.length > MAX_REGISTRY_ENTRIES) {
    return [issue('REGISTRY_TOO_LARGE', '', `The registry lists ${input.length} entries; at most ${MAX_REGISTRY_ENTRIES} are allowed. Split it into several registries.`)];
  }
  const validate = validators().registryEntry;
  const issues: ValidationIssue[] = [];
  const seen = new Map<string, number>();
  input.forEach((entry, i) => {
    if (!validate(entry)) {
      for (const found of schemaIssues(validate.errors ?? [], entry)) {
        issues.push({ ...found, pointer: `/${i}${found.pointer}`, message: `entry ${i + 1}: ${found.message}` });
      }
      return;
    }
    for (const id of providerIdentifiers(entry)) {
      const first = seen.get(id);
      if (first !== undefined && first !== i) {
        issues.push(issue('REGISTRY_DUPLICATE_PROVIDER', `/${i}/provider`, `entry ${i + 1}: the provider ${id} is already listed in entry ${first + 1}; list each provider once, with all its accreditations.`));
      } else seen.set(id, i);
    }
  });
  return issues;
}

/** The entries of a registry, checked (see {@link registryEntryIssues}); throws {@link RegistryEntriesInvalidError}. */
export function checkRegistryEntries(input: unknown): RegistryEntry[] {
  const list = input && typeof input === 'object' && !Array.isArray(input) && 'entries' in input ? (input as { entries: unknown }).entries : input;
  const issues = registryEntryIssues(list);
  if (issues.length > 0) throw new RegistryEntriesInvalidError(issues);
  return structuredClone(list) as RegistryEntry[];
}
