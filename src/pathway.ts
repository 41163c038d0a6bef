/**
 * `microcred/pathway`: stacking micro-credentials — pathway evaluation, recognition records and
 * credentials, aggregates of parts.
 *
 * @packageDocumentation
 */
export * from './pathway/index.js';
