/**
 * The European Digital Credential (ELM v3 / EDC) JSON-LD shapes microcred writes and reads.
 * Only the envelope is typed; nodes are open records because EDCs from other producers carry
 * properties microcred does not use, with single-or-array cardinality and string-or-array
 * language-map values.
 */
import type { CountryCode, ValidationIssue } from '../../model/index.js';
import type { MicroCredential } from '../../model/types.generated.js';
import type { ElmConcept } from './vocabularies.js';

export type { ElmConcept } from './vocabularies.js';

/** A node of an EDC: every node microcred writes has an `id` and a `type`. */
export interface ElmNode {
  id: string;
  type: string | string[];
  [property: string]: unknown;
}

/** A European Digital Credential, unsigned (the JAdES seal envelopes it). */
export interface EuropeanDigitalCredential {
  '@context': string[];
  id: string;
  type: string[];
  credentialProfiles: ElmConcept[];
  credentialSchema: Array<{ id: string; type: string }>;
  displayParameter: ElmNode;
  issuer: ElmNode;
  /** Issuance (sealing) time; required by the EDC shapes, set by the sealing step. */
  issued?: string;
  issuanceDate?: string;
  validFrom: string;
  validUntil?: string;
  expirationDate?: string;
  credentialSubject: ElmNode;
  attachment?: ElmNode[];
  [property: string]: unknown;
}

/** What a display page shows, in one language. */
export interface ElmDisplayPage {
  /** BCP 47 tag of the page's language (a key of the title). */
  language: string;
  title: string;
  learner?: string;
  awardingBodies: string[];
  dateOfIssuing: string;
  ects?: number;
  hours?: number;
  eqfLevel?: number | 'not-applicable';
}

/** A rendered display page: its media type and base64 content. */
export interface ElmRenderedPage {
  mediaType: 'image/svg+xml' | 'image/png' | 'image/jpeg';
  base64: string;
}

/** The issuer's eIDAS legal identifier, from the organizationIdentifier and country of its seal certificate. */
export interface ElmEidasIdentifier {
  /** e.g. `VATES-A00000000`, `NTRGE-204864548`. */
  notation: string;
  country: CountryCode;
}

/** Options of {@link toElm}. */
export interface ToElmOptions {
  /** Credential id when the MicroCredential has none. Default: a name-based `urn:uuid:` of the MicroCredential's content (stable output). */
  id?: string;
  /** Id of the issuer node (DID, URL or URN). Default: an id derived from the credential id. */
  issuer?: string;
  /**
   * The issuer's eIDAS legal identifier (`issuer.eIDASIdentifier`). Required by the EDC shapes;
   * the sealing step sets it from the seal certificate.
   */
  eidasIdentifier?: ElmEidasIdentifier;
  /**
   * Issuance (sealing) date-time: sets `issued` and `issuanceDate`. Required by the EDC shapes;
   * the sealing step sets it. Without it the credential is a draft, like the EU's unsigned samples.
   */
  issued?: string;
  /** Primary language (a key of the title). Default: `en` when the title has it, else the title's first language. */
  primaryLanguage?: string;
  /**
   * ELM learning setting of the micro-credential (the model has no such field). Default:
   * `formal` when the credential states external quality assurance, else `non-formal`.
   */
  learningSetting?: 'formal' | 'non-formal';
  /**
   * Renders the display page of one language. Default: microcred's SVG page. Supply a renderer
   * to produce PNG/JPEG pages (the EU's own tools use JPEG) — microcred ships no rasteriser.
   */
  renderPage?: (page: ElmDisplayPage) => ElmRenderedPage;
}

/** What {@link parseElm} returns. */
export interface ParsedElm {
  /** The MicroCredential read from the credential (best effort for other producers' credentials). */
  microCredential: MicroCredential;
  /** Annex I elements the credential does not state, and what the parse could not carry exactly. */
  warnings: ValidationIssue[];
  /** `true` when the credential follows microcred's mapping, so the parse is lossless. */
  lossless: boolean;
}
