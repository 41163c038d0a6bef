/**
 * Unbaking without a fixed SVG reader: `unbake()` passes the XML one, `verify()` loads it only
 * when the badge is an SVG (a verifier in a browser then never downloads the XML parser for a
 * PNG or a JSON credential).
 */
import { InvalidArgumentError } from '../errors.js';
import { findDuplicateKey } from '../json-duplicate-keys.js';
import { isPng, unbakePng } from './png.js';
import { isSvg } from './svg-detect.js';

/** Largest image accepted for baking or unbaking. */
export const MAX_IMAGE_BYTES = 16 * 1024 * 1024;

/** Reads the baked text out of an SVG document (undefined when none). */
export type SvgReader = (svg: string) => string | undefined;

/** `unbake()` with the given SVG reader. */
export function unbakeWith(image: Uint8Array | string, readSvg: SvgReader): object | string {
  if (typeof image !== 'string' && image.length > MAX_IMAGE_BYTES) {
    throw new InvalidArgumentError('ERR_IMAGE_TOO_LARGE', `Images larger than ${MAX_IMAGE_BYTES} bytes are refused.`);
  }
  let text: string | undefined;
  if (typeof image === 'string') text = readSvg(image);
  else if (isPng(image)) text = unbakePng(image);
  else {
    const svg = new TextDecoder().decode(image);
    if (!isSvg(svg)) throw new InvalidArgumentError('ERR_IMAGE_UNSUPPORTED', 'Not a PNG or SVG image.');
    text = readSvg(svg);
  }
  if (text === undefined) throw new InvalidArgumentError('ERR_NOT_BAKED', 'The image holds no baked credential.');
  if (text.trimStart().startsWith('{')) {
    let value: object;
    try {
      value = JSON.parse(text) as object;
    } catch (error) {
      throw new InvalidArgumentError('ERR_BAKED_INVALID', `The baked credential is not valid JSON: ${(error as Error).message}`);
    }
    // Parsers disagree on which of two same-named members counts: refuse, as for JSON text.
    const duplicate = findDuplicateKey(text);
    if (duplicate !== undefined) throw new InvalidArgumentError('ERR_DUPLICATE_KEY', `The baked credential repeats the member name at ${duplicate}.`);
    return value;
  }
  return text.trim();
}
