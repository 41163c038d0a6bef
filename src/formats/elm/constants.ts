/**
 * Fixed IRIs of the European Digital Credential (EDC) application profile of ELM v3, as the
 * EU's own samples use them (research notes §1.1). Nothing here is fetched at run time.
 */

/** W3C Verifiable Credentials 1.1 context: EDCs are VC 1.1 documents. */
export const ELM_VC_CONTEXT = 'https://www.w3.org/2018/credentials/v1';

/**
 * The EDC application-profile JSON-LD context. It is not bundled: verifiers that expand EDCs
 * must supply it (see `validateElmWithShacl`), and docs/elm-context-defects.md lists the known
 * defects of the archived copy and how microcred avoids them.
 */
export const EDC_AP_CONTEXT = 'http://data.europa.eu/snb/model/context/edc-ap';

/** `@context` of every EDC microcred produces, in the order the EU samples use. */
export const ELM_CONTEXTS = [ELM_VC_CONTEXT, EDC_AP_CONTEXT] as const;

/** The SHACL application profile the credential declares in `credentialSchema` (imports edc-generic-no-cv). */
export const EDC_GENERIC_FULL_SHAPES = 'http://data.europa.eu/snb/model/ap/edc-generic-full';

/** `credentialSchema` type of the EDC shapes. */
export const SHACL_VALIDATOR_TYPE = 'ShaclValidator2017';

/**
 * Credential profile ("credential type") microcred declares: Generic, as the EU's Annex I
 * micro-credential sample does — no micro-credential profile exists in ELM 3.1.
 */
export const EDC_GENERIC_PROFILE = 'http://data.europa.eu/snb/credential/e34929035b';

/** JSON `type` of an EDC. */
export const EDC_TYPES = ['VerifiableCredential', 'EuropeanDigitalCredential'] as const;
