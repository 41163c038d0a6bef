/**
 * Open Badges 3.0 baking in PNG (OB 3.0 §"Baking"): one uncompressed `iTXt` chunk with the
 * keyword `openbadgecredential`, holding the JSON credential or the compact VC-JWT.
 */
import CRC32 from 'crc-32';
import { InvalidArgumentError } from '../errors.js';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
export const BAKE_KEYWORD = 'openbadgecredential';
/** Open Badges 2.0 (and 1.x) baking keyword: the assertion JSON, its JWS, or its URL. Read, never written. */
export const OB2_BAKE_KEYWORD = 'openbadges';
const READ_KEYWORDS = new Set([BAKE_KEYWORD, OB2_BAKE_KEYWORD]);
/** Most chunks a PNG may have before it is refused (legitimate files have a few dozen). */
const MAX_CHUNKS = 10_000;

interface Chunk {
  type: string;
  data: Uint8Array;
}

const ascii = (bytes: Uint8Array) => String.fromCharCode(...bytes);
const u32 = (bytes: Uint8Array, at: number) => ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;

/** True when `bytes` start with the PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Splits a PNG into chunks, checking the signature, lengths and every CRC. */
function readChunks(png: Uint8Array): Chunk[] {
  if (!isPng(png)) throw new InvalidArgumentError('ERR_PNG_INVALID', 'Not a PNG file (bad signature).');
  const chunks: Chunk[] = [];
  let at = 8;
  while (at < png.length) {
    if (at + 12 > png.length) throw new InvalidArgumentError('ERR_PNG_INVALID', 'The PNG is truncated.');
    const length = u32(png, at);
    if (at + 12 + length > png.length) throw new InvalidArgumentError('ERR_PNG_INVALID', 'A PNG chunk runs past the end of the file.');
    const type = ascii(png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    const crc = u32(png, at + 8 + length);
    if ((CRC32.buf(png.subarray(at + 4, at + 8 + length)) >>> 0) !== crc) {
      throw new InvalidArgumentError('ERR_PNG_INVALID', `The PNG chunk ${type} has a bad CRC.`);
    }
    chunks.push({ type, data });
    if (chunks.length > MAX_CHUNKS) throw new InvalidArgumentError('ERR_PNG_INVALID', `The PNG has more than ${MAX_CHUNKS} chunks.`);
    at += 12 + length;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR' || chunks.at(-1)?.type !== 'IEND') {
    throw new InvalidArgumentError('ERR_PNG_INVALID', 'The PNG must start with IHDR and end with IEND.');
  }
  return chunks;
}

function writeChunks(chunks: Chunk[]): Uint8Array {
  const size = 8 + chunks.reduce((n, c) => n + 12 + c.data.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(SIGNATURE, 0);
  let at = 8;
  for (const { type, data } of chunks) {
    view.setUint32(at, data.length);
    const typeBytes = Uint8Array.from(type, (c) => c.charCodeAt(0));
    out.set(typeBytes, at + 4);
    out.set(data, at + 8);
    view.setUint32(at + 8 + data.length, CRC32.buf(out.subarray(at + 4, at + 8 + data.length)) >>> 0);
    at += 12 + data.length;
  }
  return out;
}

/** The iTXt payload: keyword, NUL, compression flag 0, method 0, empty language and translated keyword, text. */
function itxt(text: string): Uint8Array {
  const keyword = new TextEncoder().encode(BAKE_KEYWORD);
  const body = new TextEncoder().encode(text);
  const data = new Uint8Array(keyword.length + 5 + body.length);
  data.set(keyword, 0);
  // keyword NUL, compression flag 0, compression method 0, language tag "" + NUL, translated keyword "" + NUL
  data.set(body, keyword.length + 5);
  return data;
}

/** Reads an iTXt chunk's keyword and, for ours, the text; refuses compressed text. */
function readItxt(data: Uint8Array): { keyword: string; text?: string } {
  const nul = data.indexOf(0);
  if (nul < 1) return { keyword: '' };
  const keyword = ascii(data.subarray(0, nul));
  if (!READ_KEYWORDS.has(keyword)) return { keyword };
  if (data[nul + 1] !== 0) throw new InvalidArgumentError('ERR_BAKED_COMPRESSED', 'The baked credential is compressed; Open Badges baking forbids compression.');
  const languageEnd = data.indexOf(0, nul + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) throw new InvalidArgumentError('ERR_PNG_INVALID', 'Malformed iTXt chunk.');
  return { keyword, text: new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(translatedEnd + 1)) };
}

/**
 * Bakes a credential (object, JSON text or compact JWT) into a PNG. An earlier baked
 * credential is replaced; every other chunk is kept as it was.
 */
export function bakePng(png: Uint8Array, credential: object | string): Uint8Array {
  const text = typeof credential === 'string' ? credential : JSON.stringify(credential);
  const chunks = readChunks(png).filter((c) => !(c.type === 'iTXt' && readItxt(c.data).keyword === BAKE_KEYWORD));
  chunks.splice(1, 0, { type: 'iTXt', data: itxt(text) }); // right after IHDR
  return writeChunks(chunks);
}

/**
 * The baked credential text of a PNG (JSON or compact JWT; for an Open Badges 2.0 `openbadges`
 * chunk also an assertion URL), or `undefined` when none is baked.
 */
export function unbakePng(png: Uint8Array): string | undefined {
  const found = readChunks(png)
    .filter((c) => c.type === 'iTXt')
    .map((c) => readItxt(c.data))
    .filter((c) => READ_KEYWORDS.has(c.keyword));
  if (found.length > 1) throw new InvalidArgumentError('ERR_BAKED_AMBIGUOUS', 'The PNG holds more than one baked credential.');
  return found[0]?.text;
}
