/**
 * `microcred/registry`: signed accreditation registries — create one from JSON, CSV, DCC or EBSI
 * listings, verify one, check a provider against it. `verify()` takes registries through its
 * `registries` option without importing this.
 *
 * @packageDocumentation
 */
export * from './registry/index.js';
