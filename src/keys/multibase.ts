/**
 * Multibase (base58-btc, prefix `z`) and the multicodec key headers used by Multikey and did:key.
 * Written here rather than imported so the key code has no dependency on transitive packages.
 */

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Multicodec varint headers (https://github.com/multiformats/multicodec). */
export const MULTICODEC = Object.freeze({
  ed25519Pub: Uint8Array.of(0xed, 0x01),
  ed25519Priv: Uint8Array.of(0x80, 0x26),
  p256Pub: Uint8Array.of(0x80, 0x24),
  p256Priv: Uint8Array.of(0x86, 0x26),
  rsaPub: Uint8Array.of(0x85, 0x24),
});

/** Encodes bytes as base58-btc (Bitcoin alphabet). */
export function base58Encode(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  const digits: number[] = [];
  for (let i = zeros; i < bytes.length; i++) {
    let carry = bytes[i] as number;
    for (let j = 0; j < digits.length; j++) {
      carry += (digits[j] as number) << 8;
      digits[j] = carry % 58;
      carry = (carry / 58) | 0;
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = (carry / 58) | 0;
    }
  }
  let out = '1'.repeat(zeros);
  for (let i = digits.length - 1; i >= 0; i--) out += ALPHABET[digits[i] as number];
  return out;
}

/** Decodes base58-btc; returns undefined on a character outside the alphabet. */
export function base58Decode(text: string): Uint8Array | undefined {
  let zeros = 0;
  while (zeros < text.length && text[zeros] === '1') zeros++;
  const bytes: number[] = [];
  for (let i = zeros; i < text.length; i++) {
    let carry = INDEX.get(text[i] as string);
    if (carry === undefined) return undefined;
    for (let j = 0; j < bytes.length; j++) {
      carry += (bytes[j] as number) * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  const out = new Uint8Array(zeros + bytes.length);
  for (let i = 0; i < bytes.length; i++) out[out.length - 1 - i] = bytes[i] as number;
  return out;
}

/** `z` + base58-btc(header || key). */
export function encodeMultibaseKey(header: Uint8Array, key: Uint8Array): string {
  const bytes = new Uint8Array(header.length + key.length);
  bytes.set(header);
  bytes.set(key, header.length);
  return `z${base58Encode(bytes)}`;
}

/**
 * Splits a `z…` multibase key into its multicodec header and key bytes.
 * Returns undefined when the text is not base58-btc multibase or the header is unknown.
 */
export function decodeMultibaseKey(
  text: string,
): { codec: keyof typeof MULTICODEC; key: Uint8Array } | undefined {
  if (typeof text !== 'string' || !text.startsWith('z')) return undefined;
  const bytes = base58Decode(text.slice(1));
  if (bytes === undefined || bytes.length < 2) return undefined;
  for (const [codec, header] of Object.entries(MULTICODEC) as [keyof typeof MULTICODEC, Uint8Array][]) {
    if (bytes[0] === header[0] && bytes[1] === header[1]) {
      return { codec, key: bytes.subarray(2) };
    }
  }
  return undefined;
}
