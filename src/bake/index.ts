/**
 * Baked badges: a credential carried inside its badge image (PNG or SVG), per Open Badges 3.0.
 */
import { InvalidArgumentError } from '../errors.js';
import { bakePng, isPng, unbakePng } from './png.js';
import { bakeSvg, isSvg, unbakeSvg } from './svg.js';
import { MAX_IMAGE_BYTES, unbakeWith } from './unbake.js';

export { BAKE_KEYWORD, OB2_BAKE_KEYWORD } from './png.js';
export { DEFAULT_BADGE_SIZE, defaultBadgePng, defaultBadgeSvg } from './default-image.js';
export { OB_NAMESPACE, OB2_NAMESPACE } from './svg.js';
export { isPng, isSvg };


/**
 * Bakes `credential` (a signed credential object, its JSON, or a compact VC-JWT) into a PNG
 * (bytes) or SVG (text or bytes) image; returns the same kind of image.
 *
 * @example
 * const badge = bake(credential, readFileSync('badge.png'));
 */
export function bake(credential: object | string, image: Uint8Array | string): Uint8Array | string {
  if (typeof image === 'string') return bakeSvg(image, credential);
  if (image.length > MAX_IMAGE_BYTES) throw new InvalidArgumentError('ERR_IMAGE_TOO_LARGE', `Images larger than ${MAX_IMAGE_BYTES} bytes are refused.`);
  if (isPng(image)) return bakePng(image, credential);
  const text = new TextDecoder().decode(image);
  if (isSvg(text)) return new TextEncoder().encode(bakeSvg(text, credential));
  throw new InvalidArgumentError('ERR_IMAGE_UNSUPPORTED', 'Only PNG and SVG badge images can be baked.');
}

/**
 * Extracts the baked credential from a PNG or SVG badge: the credential object (embedded proof)
 * or the compact JWT string. Throws `InvalidArgumentError` when the image holds none
 * (`ERR_NOT_BAKED`) or is malformed.
 */
export function unbake(image: Uint8Array | string): object | string {
  return unbakeWith(image, unbakeSvg);
}
