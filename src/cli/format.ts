import type { ValidationIssue, ValidationResult } from '../model/issue.js';

const line = (issue: ValidationIssue) => `  ${issue.pointer || '/'}  ${issue.code}  ${issue.message}`;

/** Human-readable validation report: verdict, then errors and warnings with pointer and code. */
export function formatValidation(file: string, result: ValidationResult): string {
  const profile = `${result.profile.id}@${result.profile.version}`;
  const verdict = result.valid
    ? `✔ ${file}: valid under profile ${profile}${result.warnings.length ? ` (${result.warnings.length} warning(s))` : ''}`
    : `✘ ${file}: invalid under profile ${profile} (${result.errors.length} error(s))`;
  const parts = [verdict];
  if (result.errors.length) parts.push('errors:', ...result.errors.map(line));
  if (result.warnings.length) parts.push('warnings:', ...result.warnings.map(line));
  return parts.join('\n');
}
