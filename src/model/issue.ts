import type { RuleSource } from './types.generated.js';

/** How bad a finding is: errors make a document invalid, warnings do not. */
export type Severity = 'error' | 'warning';

/** One finding about a MicroCredential document. */
export interface ValidationIssue {
  /** Stable code, e.g. `REQUIRED`, `ECTS_OUT_OF_RANGE`. Branch on this, not on `message`. */
  code: string;
  /** JSON Pointer (RFC 6901) to the offending place; `""` is the whole document. */
  pointer: string;
  /** What a registrar reads, naming the field in dotted form. */
  message: string;
  severity: Severity;
  /** Id of the profile rule that produced it (absent for schema and input-limit findings). */
  rule?: string;
  /** Where the rule comes from (document and lines). */
  source?: RuleSource;
}

/** Result of {@link validateMicroCredential}. */
export interface ValidationResult {
  /** `true` when there is no error (warnings allowed). */
  valid: boolean;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
  /** The profile that was applied, with its version, and the chain it extends. */
  profile: { id: string; version: string; chain: string[] };
}
