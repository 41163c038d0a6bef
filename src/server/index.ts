/**
 * The issuing and verifying HTTP service (W3C VC-API endpoints, status lists) and `startService`
 * behind `microcred serve`.
 */
export { type ServerOptions, DEFAULT_BODY_LIMIT, EXAMPLES_V2_CONTEXT, createServer, withServiceIssuer } from './server.js';
export { type RunningService, type StartServiceOptions, KEY_FILE_NAME, TOKEN_FILE_NAME, WORKERS_ENV, startService } from './start.js';
export { API_TOKEN_ENV, bearerChecker, loadApiToken } from './auth.js';
export { type InputProblem, credentialProblems } from './credential-input.js';
export { type RelatedResourceFetcher, relatedResourceDigestProblems } from './related-resources.js';
