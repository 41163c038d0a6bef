export { evaluatePathway, MAX_PATHWAY_CREDENTIALS } from './evaluate.js';
export { credentialDigest } from './digest.js';
export { validatePathway, assertPathway, validateRecognitionRecord, pathwaySchema, recognitionRecordSchema } from './schema.js';
export type { EvaluatePathwayOptions, PathwayEvaluation, PathwayCredentialResult, PathwayMissing, PathwayNote, OutcomeCoverage } from './types.js';
