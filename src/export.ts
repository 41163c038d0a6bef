/**
 * `microcred/export`: what registrars send on — national registry records (Armenia, Georgia),
 * course catalogues (JSON, CSV, ELM), statistics with small-count suppression.
 *
 * @packageDocumentation
 */
export * from './export/index.js';
