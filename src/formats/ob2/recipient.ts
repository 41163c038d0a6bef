/**
 * Does an assertion's recipient identity name this person? OB 2.0 hashes it as
 * `sha256$` + hex(SHA-256(identity + salt)) (Moodle always does, with the site salt), or gives
 * it in plain text.
 */
import type { CheckCode } from '../../errors.js';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Ob2IdentityObject } from './types.js';

export type RecipientMatch = { match: true } | { match: false; code: CheckCode; message: string };

/** Only SHA-256 is accepted: md5 (which OB 1.x allowed) is too weak to mean anything. */
const SHA256 = /^sha256\$([0-9a-f]{64})$/i;

/**
 * Compares `expected` (an e-mail address, or whatever identity the recipient type names) with
 * the recipient. E-mail addresses are compared without regard to case and surrounding space,
 * as issuers differ in whether they lower-case before hashing.
 */
export function matchRecipient(recipient: Ob2IdentityObject, expected: string): RecipientMatch {
  const email = recipient.type === 'email';
  const wanted = expected.trim();
  const candidates = email ? [...new Set([wanted, wanted.toLowerCase()])] : [wanted];
  if (recipient.hashed === true) {
    const hash = SHA256.exec(recipient.identity);
    if (!hash) return { match: false, code: 'ERR_OB2_RECIPIENT_HASH_UNSUPPORTED', message: `The recipient identity is hashed with an algorithm microcred does not accept (only sha256$…): ${recipient.identity.split('$')[0]}.` };
    const salt = recipient.salt ?? '';
    const found = candidates.some((c) => bytesToHex(sha256(utf8ToBytes(c + salt))) === hash[1]!.toLowerCase());
    return found ? { match: true } : mismatch(expected, recipient.type);
  }
  const identity = recipient.identity.trim();
  const same = email ? identity.toLowerCase() === wanted.toLowerCase() : identity === wanted;
  return same ? { match: true } : mismatch(expected, recipient.type);
}

const mismatch = (expected: string, type: string): RecipientMatch => ({
  match: false,
  code: 'ERR_OB2_RECIPIENT_MISMATCH',
  message: `The badge was not awarded to ${expected}: the recipient ${type} identity is someone else's. Ask the holder to show a badge of their own.`,
});
