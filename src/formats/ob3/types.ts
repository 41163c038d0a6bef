/**
 * The Open Badges 3.0 shapes microcred produces and reads. Only what the mappers touch is
 * typed; extension properties from other issuers pass through as `unknown`.
 */

export interface ObProfile {
  id: string;
  type: string[];
  name?: string;
  url?: string;
  email?: string;
  address?: { type: string[]; addressCountry?: string; addressCountryCode?: string; addressRegion?: string };
  otherIdentifier?: Array<{ type: 'IdentifierEntry'; identifier: string; identifierType: string }>;
  [extension: string]: unknown;
}

export interface ObIdentityObject {
  type: 'IdentityObject';
  identityType: string;
  identityHash: string;
  hashed: boolean;
  salt?: string;
}

export interface ObAlignment {
  type: string[];
  targetName: string;
  targetUrl: string;
  targetCode?: string;
  targetFramework?: string;
  targetType?: string;
}

export interface ObAchievement {
  id: string;
  type: string[];
  achievementType?: string;
  name: string;
  description: string;
  criteria: { id?: string; narrative?: string };
  creditsAvailable?: number;
  inLanguage?: string;
  image?: { id: string; type: 'Image'; caption?: string };
  fieldOfStudy?: string;
  humanCode?: string;
  alignment?: ObAlignment[];
  resultDescription?: Array<{ id: string; type: string[]; name: string; resultType: string; allowedValue?: string[] }>;
  [extension: string]: unknown;
}

export interface ObResult {
  type: string[];
  resultDescription?: string;
  value?: string;
  status?: string;
}

export interface ObEvidence {
  id?: string;
  type: string[];
  name?: string;
  description?: string;
  narrative?: string;
  genre?: string;
}

export interface ObAchievementSubject {
  id?: string;
  type: string[];
  identifier?: ObIdentityObject[];
  achievement: ObAchievement;
  creditsEarned?: number;
  result?: ObResult[];
  [extension: string]: unknown;
}

/** An unsigned (or signed, with `proof`) OpenBadgeCredential. */
export interface OpenBadgeCredential {
  '@context': string[];
  id: string;
  type: string[];
  issuer: ObProfile | string;
  validFrom?: string;
  validUntil?: string;
  issuanceDate?: string;
  expirationDate?: string;
  awardedDate?: string;
  name?: string;
  credentialSubject: ObAchievementSubject;
  evidence?: ObEvidence[];
  /** VC 2.0 related resources with their digests (the MicroCredential's `related`). */
  relatedResource?: Array<{ id: string; digestSRI: string; mediaType?: string }>;
  credentialStatus?: unknown;
  credentialSchema?: unknown[];
  proof?: unknown[];
  [extension: string]: unknown;
}
