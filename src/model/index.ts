export * from './types.generated.js';
export type { ValidationIssue, ValidationResult, Severity } from './issue.js';
export type { InputLimits } from './guard.js';
export { DEFAULT_LIMITS } from './guard.js';
export { validateMicroCredential, type ValidateOptions } from './validate.js';
export { microCredentialSchema, profileSchema, vocabulariesSchema } from './schemas.js';
export * from './vocabularies.js';
