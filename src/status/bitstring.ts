/**
 * The `encodedList` of a Bitstring Status List: the bitstring GZIP-compressed, base64url-encoded,
 * with the multibase prefix `u`. Encoding uses @digitalbazaar/vc-bitstring-status-list, loaded on
 * first use (verifiers never encode, and it brings its own GZIP library); decoding
 * is done here, bounded, since the list comes from the network and a few kilobytes of GZIP can
 * inflate to gigabytes. Decoding uses fflate so that it runs unchanged in the verification page.
 */
import CRC32 from 'crc-32';
import { Gunzip } from 'fflate';
import { base64url } from 'jose';
import { concatBytes } from '../bytes.js';
import { type EncodedListErrorCode, MicrocredError } from '../errors.js';

/** Largest bitstring accepted when decoding, in bytes (16 MiB = 134 million entries). */
export const MAX_DECODED_BYTES = 16 * 1024 * 1024;

/**
 * Longest `encodedList` accepted, in characters (4 MiB ≈ 3 MiB of GZIP). A list of 131,072
 * entries is at most about 22 KB encoded; only lists of millions of mostly set, random bits
 * come near this.
 */
export const MAX_ENCODED_LENGTH = 4 * 1024 * 1024;

/**
 * Compressed bytes handed to the inflater at a time. DEFLATE expands at most 1032:1, so one
 * step produces at most about 1 MiB (plus fflate's 32 KiB window) before the cap is looked at.
 */
const INFLATE_STEP = 1024;

/**
 * Why an `encodedList` could not be decoded. Codes: `ERR_STATUS_LIST_MALFORMED` (not
 * `u` + base64url(GZIP(…))), `ERR_STATUS_LIST_TOO_LARGE` (longer than `maxEncodedLength`, or
 * inflates beyond `maxBytes`; then `inflatedBytes` says how far inflating went before it stopped).
 */
export class EncodedListError extends MicrocredError<EncodedListErrorCode> {
  /** Bytes the inflater had produced when decoding stopped (for `ERR_STATUS_LIST_TOO_LARGE`). */
  inflatedBytes?: number;
}

/** Limits of {@link decodeBitstring}. */
export interface DecodeBitstringOptions {
  /** Largest bitstring, in bytes. Default {@link MAX_DECODED_BYTES} (16 MiB). */
  maxBytes?: number;
  /** Longest `encodedList`, in characters. Default {@link MAX_ENCODED_LENGTH} (4 MiB). */
  maxEncodedLength?: number;
}

/** Encodes a bitstring (W3C bit order) as a multibase `encodedList`. */
export async function encodeBitstring(bits: Uint8Array): Promise<string> {
  const { BitstringStatusList } = await import('@digitalbazaar/vc-bitstring-status-list');
  // The library wraps `buffer.buffer` whole: give it a copy that owns exactly these bytes.
  return new BitstringStatusList({ buffer: new Uint8Array(bits) }).encode();
}

const malformed = (message: string) => new EncodedListError('ERR_STATUS_LIST_MALFORMED', message);

/**
 * Decodes a multibase `encodedList` to the bitstring. Inflating stops as soon as the output
 * passes `maxBytes`, so the work and memory spent on any input stay within about
 * `maxBytes` + 1 MiB of output (twice `maxBytes` for the result's copy), whatever its ratio.
 *
 * @param limits `{ maxBytes, maxEncodedLength }`, or `maxBytes` alone.
 * @throws EncodedListError `ERR_STATUS_LIST_MALFORMED` or `ERR_STATUS_LIST_TOO_LARGE`.
 */
export function decodeBitstring(encodedList: unknown, limits: number | DecodeBitstringOptions = {}): Uint8Array {
  const { maxBytes = MAX_DECODED_BYTES, maxEncodedLength = MAX_ENCODED_LENGTH } = typeof limits === 'number' ? { maxBytes: limits } : limits;
  if (typeof encodedList !== 'string' || !encodedList.startsWith('u')) {
    throw malformed('encodedList must be a multibase base64url string (starting with "u").');
  }
  if (encodedList.length > maxEncodedLength) {
    throw new EncodedListError('ERR_STATUS_LIST_TOO_LARGE', `encodedList is ${encodedList.length} characters, more than the ${maxEncodedLength} allowed.`);
  }
  const body = encodedList.slice(1);
  if (!/^[A-Za-z0-9_-]*$/.test(body)) throw malformed('encodedList is not base64url.');
  let input: Uint8Array;
  try {
    input = base64url.decode(body);
  } catch {
    throw malformed('encodedList is not base64url.');
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooLarge: EncodedListError | undefined;
  const gunzip = new Gunzip((chunk) => {
    size += chunk.length;
    if (size > maxBytes) {
      tooLarge = new EncodedListError('ERR_STATUS_LIST_TOO_LARGE', `encodedList inflates beyond ${maxBytes} bytes.`);
      tooLarge.inflatedBytes = size;
      throw tooLarge;
    }
    chunks.push(chunk);
  });
  try {
    // fflate inflates all it is given in one go: feed it a little at a time, so the cap is
    // checked every ~1 MiB of output instead of after the whole bomb.
    for (let offset = 0; offset < input.length; offset += INFLATE_STEP) {
      gunzip.push(input.subarray(offset, offset + INFLATE_STEP), offset + INFLATE_STEP >= input.length);
    }
    if (input.length === 0) gunzip.push(input, true);
  } catch (error) {
    if (tooLarge) throw tooLarge;
    throw malformed(`encodedList is not GZIP data${error instanceof Error && error.message ? ` (${error.message})` : ''}.`);
  }
  if (size === 0 && body.length > 0) throw malformed('encodedList is not GZIP data.');
  const bits = concatBytes(chunks);
  checkTrailer(input, bits);
  return bits;
}

/**
 * fflate does not check the GZIP trailer: a list whose CRC-32 or length (ISIZE) disagrees with
 * what inflated is damaged or was tampered with before signing, so it is refused. The list is
 * one GZIP member; several concatenated members fail here too.
 */
function checkTrailer(input: Uint8Array, bits: Uint8Array): void {
  if (input.length < 18) throw malformed('encodedList is not GZIP data (too short).');
  const view = new DataView(input.buffer, input.byteOffset + input.length - 8, 8);
  const crc = view.getUint32(0, true);
  const isize = view.getUint32(4, true);
  if (isize !== bits.length % 2 ** 32 || crc !== CRC32.buf(bits) >>> 0) {
    throw malformed('encodedList is damaged: its GZIP checksum or length does not match its content.');
  }
}
