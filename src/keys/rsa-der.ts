/**
 * DER for PKCS#1 `RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }`,
 * the key bytes of an RSA did:key (multicodec `rsa-pub`, 0x1205). Nothing more of ASN.1 is needed.
 */

function encodeLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let n = length; n > 0; n >>= 8) bytes.unshift(n & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

function encodeInteger(value: Uint8Array): number[] {
  let start = 0;
  while (start < value.length - 1 && value[start] === 0) start++;
  const body = [...value.subarray(start)];
  // A set high bit would make the INTEGER negative: prefix a zero byte.
  if (((body[0] ?? 0) & 0x80) !== 0) body.unshift(0);
  return [0x02, ...encodeLength(body.length), ...body];
}

/** Encodes modulus and exponent (big-endian, unsigned) as a PKCS#1 RSAPublicKey. */
export function encodeRsaPublicKey(n: Uint8Array, e: Uint8Array): Uint8Array {
  const body = [...encodeInteger(n), ...encodeInteger(e)];
  return Uint8Array.from([0x30, ...encodeLength(body.length), ...body]);
}

/** Reads one TLV at `offset`; undefined when truncated or not definite-length. */
function readTlv(bytes: Uint8Array, offset: number): { tag: number; start: number; end: number } | undefined {
  const tag = bytes[offset];
  let lengthByte = bytes[offset + 1];
  if (tag === undefined || lengthByte === undefined) return undefined;
  let start = offset + 2;
  let length = lengthByte;
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f;
    if (count === 0 || count > 4) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) {
      lengthByte = bytes[start + i];
      if (lengthByte === undefined) return undefined;
      length = length * 256 + lengthByte;
    }
    start += count;
  }
  const end = start + length;
  return end <= bytes.length ? { tag, start, end } : undefined;
}

/** Decodes a PKCS#1 RSAPublicKey into unsigned modulus and exponent, or undefined if malformed. */
export function decodeRsaPublicKey(der: Uint8Array): { n: Uint8Array; e: Uint8Array } | undefined {
  const seq = readTlv(der, 0);
  if (seq?.tag !== 0x30 || seq.end !== der.length) return undefined;
  const n = readTlv(der, seq.start);
  if (n?.tag !== 0x02) return undefined;
  const e = readTlv(der, n.end);
  if (e?.tag !== 0x02 || e.end !== seq.end) return undefined;
  const strip = (v: Uint8Array): Uint8Array => {
    let i = 0;
    while (i < v.length - 1 && v[i] === 0) i++;
    return v.slice(i);
  };
  return { n: strip(der.subarray(n.start, n.end)), e: strip(der.subarray(e.start, e.end)) };
}
