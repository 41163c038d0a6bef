/**
 * microcred — issue and verify EU micro-credentials (Council Recommendation 2022/C 243/02)
 * as Open Badges 3.0 and European Digital Credentials.
 *
 * @packageDocumentation
 */
export * from './model/index.js';
export { ProfileRegistry, BUILTIN_PROFILES } from './profiles/registry.js';
export * from './errors.js';
export { VERSION } from './version.js';
