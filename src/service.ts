/**
 * `microcred/service`: the issuing service — storage (SQLite, PostgreSQL) and the HTTP server.
 * A separate entry point so that `import 'microcred'` does not load database drivers or fastify.
 *
 * @packageDocumentation
 */
export * from './store/index.js';
export * from './server/index.js';
export { issueBatch, type BatchOptions, type BatchSummary } from './batch/batch.js';
