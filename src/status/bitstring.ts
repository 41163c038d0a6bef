/**
 * The `encodedList` of a Bitstring Status List: the bitstring GZIP-compressed, base64url-encoded,
 * with the multibase prefix `u`. Encoding uses @digitalbazaar/vc-bitstring-status-list; decoding
 * is done here with a bound on the inflated size, since the list comes from the network and a
 * few kilobytes of GZIP can inflate to gigabytes.
 */
import { BitstringStatusList } from '@digitalbazaar/vc-bitstring-status-list';
import { Gunzip } from 'fflate';
import { base64url } from 'jose';
import { concatBytes } from '../bytes.js';

/** Largest bitstring accepted when decoding, in bytes (16 MiB = 134 million entries). */
export const MAX_DECODED_BYTES = 16 * 1024 * 1024;

/** Encodes a bitstring (W3C bit order) as a multibase `encodedList`. */
export async function encodeBitstring(bits: Uint8Array): Promise<string> {
  // The library wraps `buffer.buffer` whole: give it a copy that owns exactly these bytes.
  return new BitstringStatusList({ buffer: new Uint8Array(bits) }).encode();
}

/** Why an `encodedList` could not be decoded. */
export class EncodedListError extends Error {}

/**
 * Decodes a multibase `encodedList` to the bitstring.
 * @throws EncodedListError when it is not `u` + base64url(GZIP(…)) or inflates beyond `maxBytes`.
 */
export function decodeBitstring(encodedList: unknown, maxBytes = MAX_DECODED_BYTES): Uint8Array {
  if (typeof encodedList !== 'string' || !encodedList.startsWith('u')) {
    throw new EncodedListError('encodedList must be a multibase base64url string (starting with "u").');
  }
  const body = encodedList.slice(1);
  if (!/^[A-Za-z0-9_-]*$/.test(body)) throw new EncodedListError('encodedList is not base64url.');
  // fflate inflates synchronously in chunks, in Node and in browsers alike; stop as soon as the cap is passed.
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooLarge = false;
  const gunzip = new Gunzip((chunk) => {
    size += chunk.length;
    if (size > maxBytes) {
      tooLarge = true;
      throw new EncodedListError(`encodedList inflates beyond ${maxBytes} bytes.`);
    }
    chunks.push(chunk);
  });
  try {
    gunzip.push(base64url.decode(body), true);
  } catch (error) {
    throw tooLarge ? error : new EncodedListError('encodedList is not GZIP data.');
  }
  if (size === 0 && body.length > 0 && chunks.length === 0) throw new EncodedListError('encodedList is not GZIP data.');
  return concatBytes(chunks);
}
