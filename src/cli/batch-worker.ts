/** The batch worker at the path the CLI and integrators load it from: dist/cli/batch-worker.js. */
export { default } from '../batch/worker.js';
