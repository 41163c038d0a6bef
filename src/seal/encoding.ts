/**
 * Strict base64 / base64url / PEM codecs and digests (portable: atob/btoa and WebCrypto).
 *
 * "Strict" means canonical: decoding then re-encoding gives back the exact input. A string whose
 * unused trailing bits were flipped, or with whitespace or missing padding, is refused, so two
 * different texts never decode to the same bytes.
 */
import { DerError } from './der.js';

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

/** Bytes → binary string, in chunks (no call-stack limits on large inputs). */
function toBinary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

function fromBinary(binary: string): Uint8Array {
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export const encodeBase64 = (bytes: Uint8Array): string => btoa(toBinary(bytes));

export const encodeBase64Url = (bytes: Uint8Array): string =>
  encodeBase64(bytes).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Canonical, padded standard base64 → bytes; `undefined` when the text is not exactly that. */
export function decodeBase64Strict(text: unknown): Uint8Array | undefined {
  if (typeof text !== 'string' || !BASE64.test(text)) return undefined;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined;
  }
  const bytes = fromBinary(binary);
  return btoa(binary) === text ? bytes : undefined;
}

/** Canonical, unpadded base64url → bytes; `undefined` when the text is not exactly that. */
export function decodeBase64UrlStrict(text: unknown): Uint8Array | undefined {
  if (typeof text !== 'string' || !BASE64URL.test(text) || text.length % 4 === 1) return undefined;
  const standard = text.replace(/-/g, '+').replace(/_/g, '/');
  let binary: string;
  try {
    binary = atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
  } catch {
    return undefined;
  }
  const bytes = fromBinary(binary);
  return encodeBase64Url(bytes) === text ? bytes : undefined;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** UTF-8 → string, refusing invalid sequences. */
export function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export type DigestName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

export async function digest(algorithm: DigestName, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest(algorithm, data as BufferSource));
}

/** One PEM block. */
export interface PemBlock {
  label: string;
  der: Uint8Array;
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

/** Every PEM block of a text, in order. Throws DerError on a block whose body is not base64. */
export function parsePem(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  for (const match of text.matchAll(PEM_BLOCK)) {
    const body = match[2]!;
    // Encapsulated headers (RFC 1421 "Proc-Type:" ...) mean legacy encrypted PEM: not supported.
    if (body.includes(':')) throw new DerError(`PEM block "${match[1]}" has headers (legacy encrypted PEM is not supported; use PKCS#8).`);
    const compact = body.replace(/\s+/g, '');
    const der = decodeBase64Strict(compact);
    if (der === undefined || der.length === 0) throw new DerError(`PEM block "${match[1]}" is not valid base64.`);
    blocks.push({ label: match[1]!, der });
  }
  return blocks;
}

/** Bytes → PEM with 64-character lines. */
export function toPem(label: string, der: Uint8Array): string {
  const body = encodeBase64(der).replace(/.{64}/g, '$&\n').replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}
