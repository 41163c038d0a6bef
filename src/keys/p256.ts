/**
 * P-256 point compression, needed because Multikey and did:key carry compressed points
 * (33 bytes) while JWK and WebCrypto want x and y. BigInt arithmetic keeps this runtime-agnostic.
 */

const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return result;
}

function toBigInt(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

function toBytes32(n: bigint): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 31; i >= 0; i--) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return out;
}

/** Compresses an uncompressed point given as 32-byte x and y. */
export function compressP256(x: Uint8Array, y: Uint8Array): Uint8Array {
  const out = new Uint8Array(33);
  out[0] = ((y[31] as number) & 1) === 1 ? 0x03 : 0x02;
  out.set(x, 1);
  return out;
}

/**
 * Decompresses a 33-byte point, or returns undefined when it is not on the curve.
 * y² = x³ − 3x + b (mod p); p ≡ 3 (mod 4), so √a = a^((p+1)/4).
 */
export function decompressP256(point: Uint8Array): { x: Uint8Array; y: Uint8Array } | undefined {
  if (point.length !== 33 || (point[0] !== 0x02 && point[0] !== 0x03)) return undefined;
  const x = toBigInt(point.subarray(1));
  if (x >= P) return undefined;
  const rhs = (((x * x) % P) * x - 3n * x + B) % P;
  const a = (rhs + P) % P;
  let y = modPow(a, (P + 1n) / 4n, P);
  if ((y * y) % P !== a) return undefined;
  if ((y & 1n) !== BigInt((point[0] as number) & 1)) y = P - y;
  return { x: point.slice(1), y: toBytes32(y) };
}

/** Order of the P-256 group. */
const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

/** True when an IEEE P1363 P-256 signature (`r || s`, 64 bytes) has s ≤ n/2, its canonical form. */
export function isLowS(signature: Uint8Array): boolean {
  return signature.length === 64 && toBigInt(signature.subarray(32)) <= N >> 1n;
}

/**
 * The low-S form of an IEEE P1363 P-256 signature: (r, n − s) when s > n/2. ECDSA accepts both,
 * so microcred signs only the low one and verifiers refuse the other. Other lengths unchanged.
 */
export function toLowS(signature: Uint8Array): Uint8Array {
  if (signature.length !== 64 || isLowS(signature)) return signature;
  const out = new Uint8Array(64);
  out.set(signature.subarray(0, 32));
  out.set(toBytes32(N - toBigInt(signature.subarray(32))), 32);
  return out;
}
