import { CONTEXTS, bundledContext } from '../../loader/contexts.js';

/** W3C Verifiable Credentials 2.0 context. */
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
/** W3C Verifiable Credentials 1.1 context (for older wallets). */
export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
/** Open Badges 3.0 context, as the specification requires it. */
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** 1EdTech extensions context: defines the `1EdTech*` types (revocation list, refresh, schema validator). */
export const OB_EXTENSIONS_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';

/**
 * microcred's own JSON-LD context for the Annex I elements Open Badges 3.0 has no property
 * for. Bundled with the package (`contexts/microcred-v1.json`, content-pinned by a test),
 * never fetched. Its terms map to ELM IRIs (http://data.europa.eu/snb/model/elm/…) where ELM
 * defines one. It adds two properties: `microCredential` on the Achievement (the course's
 * Annex I description) and `microCredentialAward` on the AchievementSubject (learner, awarding
 * bodies, date, grade, evidence), whose shapes are those of the MicroCredential model.
 */
export const MICROCRED_CONTEXT_V1 = CONTEXTS.MICROCRED_V1;

/** The extension context document itself (deep-frozen). */
export const MICROCRED_CONTEXT_V1_DOCUMENT = bundledContext(MICROCRED_CONTEXT_V1) as Readonly<Record<string, unknown>>;

/**
 * microcred's accreditation context: the structured accreditation terms (`accreditationType`,
 * `scope`, `deqarId`) of quality-assurance entries, and the accreditation registry credential.
 * Added after the extension context only when a credential uses those terms, so other
 * credentials keep the @context they always had.
 */
export const ACCREDITATION_CONTEXT_V1 = CONTEXTS.ACCREDITATION_V1;
