import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * A name-based UUID (RFC 9562 version 8) from SHA-256 of `name`: the same name always gives
 * the same URN, in any runtime.
 */
export function nameBasedUrn(name: string): string {
  return urnFromSha256(sha256(utf8ToBytes(name)));
}

/**
 * The URN of {@link nameBasedUrn} from an already computed SHA-256 digest (the batch's main
 * thread uses Node's native hash for it).
 */
export function urnFromSha256(digest: Uint8Array): string {
  const bytes = digest.slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80; // version 8
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytesToHex(bytes);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The achievement id used when a MicroCredential names none: stable for one issuer and one
 * course (course code, else title), so every learner's award points at the same achievement.
 */
export function derivedAchievementId(issuerId: string, courseCode: string | undefined, title: Record<string, string>): string {
  const titleKey = Object.keys(title)
    .sort()
    .map((tag) => `${tag}=${title[tag]}`)
    .join('\n');
  return nameBasedUrn(`microcred:achievement\n${issuerId}\n${courseCode ?? titleKey}`);
}

/**
 * Hashes a learner identifier as Open Badges 3.0 IdentityObject does:
 * `sha256$` + hex(SHA-256(value + salt)).
 */
export function hashIdentifier(value: string, salt = ''): string {
  return `sha256$${bytesToHex(sha256(utf8ToBytes(value + salt)))}`;
}
