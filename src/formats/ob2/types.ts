/** Open Badges 2.0 documents (1EdTech, 2018): what microcred reads and writes. */

/** `recipient`: who the badge was awarded to, usually a (hashed) e-mail address. */
export interface Ob2IdentityObject {
  /** `email` (what Moodle and Badgr use), `url`, `telephone` or `id`. */
  type: string;
  /** The identity, or `sha256$<hex>` of identity + salt when `hashed`. */
  identity: string;
  hashed: boolean;
  salt?: string;
}

/** `verification`: `hosted` (fetch the assertion from its id) or `signed` (a JWS). */
export interface Ob2Verification {
  type: string;
  /** Signed: the URL of the CryptographicKey that signed. */
  creator?: string;
  /** On an issuer profile: hosts whose assertion URLs the issuer vouches for. */
  allowedOrigins?: string | string[];
  /** On an issuer profile: URL prefixes of its hosted assertions. */
  startsWith?: string | string[];
  [extension: string]: unknown;
}

/** A public key of an issuer (PEM), owned by the issuer profile. */
export interface Ob2CryptographicKey {
  '@context'?: unknown;
  id: string;
  type: string;
  owner: string;
  publicKeyPem: string;
}

/** An issuer profile. */
export interface Ob2Profile {
  '@context'?: unknown;
  id: string;
  type: string | string[];
  name: string;
  url?: string;
  email?: string;
  description?: string;
  image?: string;
  telephone?: string;
  /** Signed badges: the issuer's key(s), as URLs or embedded. */
  publicKey?: string | Ob2CryptographicKey | Array<string | Ob2CryptographicKey>;
  revocationList?: string;
  verification?: Ob2Verification;
  [extension: string]: unknown;
}

export interface Ob2Alignment {
  targetName: string;
  targetUrl: string;
  targetDescription?: string;
  targetFramework?: string;
  targetCode?: string;
}

export interface Ob2Criteria {
  id?: string;
  type?: string;
  narrative?: string;
}

/** What the badge is for; shared by every award. */
export interface Ob2BadgeClass {
  '@context'?: unknown;
  id: string;
  type: string | string[];
  name: string;
  description: string;
  image: string | { id: string; caption?: string };
  criteria: string | Ob2Criteria;
  issuer: string | Ob2Profile;
  alignment?: Ob2Alignment[];
  tags?: string[];
  [extension: string]: unknown;
}

export interface Ob2Evidence {
  id?: string;
  type?: string;
  narrative?: string;
  name?: string;
  description?: string;
  genre?: string;
  audience?: string;
}

/** One award of a badge to one recipient. */
export interface Ob2Assertion {
  '@context'?: unknown;
  id: string;
  type: string | string[];
  recipient: Ob2IdentityObject;
  badge: string | Ob2BadgeClass;
  verification: Ob2Verification;
  issuedOn: string;
  expires?: string;
  evidence?: string | Ob2Evidence | Array<string | Ob2Evidence>;
  narrative?: string;
  image?: string;
  revoked?: boolean;
  revocationReason?: string;
  [extension: string]: unknown;
}

/** A revocation list an issuer publishes for its signed assertions. */
export interface Ob2RevocationList {
  id: string;
  type: string;
  issuer?: string;
  revokedAssertions: Array<string | { id?: string; uid?: string; revocationReason?: string }>;
}
