/**
 * `microcred/elm`: European Digital Credentials (ELM v3, EDC application profile) — mapping to
 * and from EDC JSON-LD, the structural format check, SHACL validation (its RDF libraries load on
 * first use), the EDC display page, and JAdES sealing. Runtime-agnostic. `createMicroCredential`
 * and `verify()` in `microcred` already issue and verify EDCs; import this for the parts between.
 *
 * @packageDocumentation
 */
export * from './formats/elm/index.js';
export * from './seal/index.js';
