/**
 * European Digital Credentials (ELM v3, EDC application profile): mapping MicroCredentials to
 * and from EDC JSON-LD, a structural format check, and SHACL validation with caller-supplied
 * shapes. Sealing (JAdES) lives in src/seal.
 */
export { toElm } from './to-elm.js';
export { fromElm, parseElm } from './from-elm.js';
export { checkElmFormat, type ElmFormatError, type ElmFormatResult, type CheckElmFormatOptions } from './format-check.js';
export { validateElmWithShacl, type ElmShaclOptions, type ElmShaclViolation } from './shacl.js';
export { renderSvgPage } from './render-page.js';
export * from './constants.js';
export type {
  ElmConcept,
  ElmDisplayPage,
  ElmEidasIdentifier,
  ElmNode,
  ElmRenderedPage,
  EuropeanDigitalCredential,
  ParsedElm,
  ToElmOptions,
} from './types.js';
