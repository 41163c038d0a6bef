import { isPng } from '../bake/png.js';
import { SVG_PROLOG_MAX, isSvg } from '../bake/svg-detect.js';
import { type SvgReader, unbakeWith } from '../bake/unbake.js';
import { findDuplicateKey } from '../json-duplicate-keys.js';
import type { InvalidArgumentErrorCode } from '../errors.js';
import { DEFAULT_LIMITS, type InputIssueCode, checkInput, jsonNodesExceed } from '../model/guard.js';
import { COMPACT_JWT as JWT } from '../formats/jwt.js';

/** Limits on what `verify()` will look at. */
export interface VerifyInputLimits {
  /** Largest accepted input, in characters. Default 4 Mi. */
  maxBytes?: number;
  /** Deepest accepted nesting. Default 64. */
  maxDepth?: number;
  /** Most JSON values (objects, arrays, scalars) accepted. Default 100,000. */
  maxNodes?: number;
}

export type ParsedInput =
  | { kind: 'json'; credential: Record<string, unknown> }
  | { kind: 'jwt'; token: string }
  /** A badge image baked with only its assertion's URL (Open Badges 2.0 hosted, as Moodle bakes). */
  | { kind: 'url'; url: string }
  | { kind: 'error'; code: InvalidArgumentErrorCode; message: string };


/** A baked badge (PNG bytes, SVG bytes or SVG text) gives up its credential; other bytes are read as UTF-8 text. */
function unbaked(input: unknown, readSvg: SvgReader | undefined): { value: unknown; baked?: true } | { error: ParsedInput } {
  const bytes = input instanceof Uint8Array ? input : undefined;
  const text = bytes ? (isPng(bytes) ? undefined : new TextDecoder().decode(bytes)) : typeof input === 'string' ? input : undefined;
  if (!(bytes && isPng(bytes)) && !(text !== undefined && isSvg(text))) return { value: text ?? input };
  try {
    if (readSvg === undefined && !(bytes && isPng(bytes))) {
      return { error: { kind: 'error', code: 'ERR_IMAGE_UNSUPPORTED', message: 'An SVG badge cannot be read here; give the credential itself.' } };
    }
    return { value: unbakeWith(bytes ?? text!, readSvg ?? (() => undefined)), baked: true };
  } catch (error) {
    // unbake throws InvalidArgumentError (ERR_NOT_BAKED, ERR_PNG_INVALID, …).
    const code = (error as { code?: InvalidArgumentErrorCode }).code ?? 'ERR_BAKED_INVALID';
    return { error: { kind: 'error', code, message: `The badge image holds no readable credential: ${(error as Error).message}` } };
  }
}

/**
 * The SVG reader `parseInput` needs for `received`, loaded only when it is an SVG badge: the XML
 * parser then stays out of what a browser downloads to verify JSON, JWTs and PNGs.
 */
export async function svgReaderFor(received: unknown): Promise<SvgReader | undefined> {
  const text = received instanceof Uint8Array ? (isPng(received) ? undefined : new TextDecoder().decode(received.subarray(0, SVG_PROLOG_MAX * 4))) : typeof received === 'string' ? received : undefined;
  return text !== undefined && isSvg(text) ? (await import('../bake/svg.js')).unbakeSvg : undefined;
}

/**
 * Turns what a verifier received — a credential object, JSON text, a compact JWT, or a baked
 * PNG/SVG badge — into a credential object or a compact JWT, refusing oversized, over-deep and
 * prototype-polluting input before anything else looks at it.
 */
export function parseInput(received: unknown, limits: VerifyInputLimits = {}, readSvg?: SvgReader): ParsedInput {
  const maxBytes = limits.maxBytes ?? 4 * 1024 * 1024;
  if (received instanceof Uint8Array && received.length > 4 * maxBytes) {
    return { kind: 'error', code: 'ERR_INPUT_TOO_LARGE', message: `The input is larger than ${4 * maxBytes} bytes.` };
  }
  const badge = unbaked(received, readSvg);
  if ('error' in badge) return badge.error;
  const input = badge.value;
  let value = input;
  if (typeof input === 'string') {
    const text = input.trim();
    if (text.length > maxBytes) return { kind: 'error', code: 'ERR_INPUT_TOO_LARGE', message: `The input is larger than ${maxBytes} characters.` };
    if (JWT.test(text)) return { kind: 'jwt', token: text };
    if (badge.baked && /^https?:\/\/\S+$/.test(text)) return { kind: 'url', url: text };
    // Count values before JSON.parse builds them: a 4 MiB text of `[0,0,…]` is 2 million nodes.
    if (jsonNodesExceed(text, limits.maxNodes ?? DEFAULT_LIMITS.maxNodes)) {
      return { kind: 'error', code: 'ERR_INPUT_TOO_LARGE', message: `The document has more than ${limits.maxNodes ?? DEFAULT_LIMITS.maxNodes} values.` };
    }
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { kind: 'error', code: 'ERR_INPUT_NOT_JSON', message: `The input is neither JSON nor a compact JWT: ${(error as Error).message}` };
    }
    const duplicate = findDuplicateKey(text);
    if (duplicate !== undefined) {
      return { kind: 'error', code: 'ERR_DUPLICATE_KEY', message: `The JSON repeats the member name at ${duplicate}; parsers disagree on which value counts, so it is refused.` };
    }
  }
  const issues = checkInput(value, { maxBytes, maxDepth: limits.maxDepth ?? 64, maxNodes: limits.maxNodes ?? DEFAULT_LIMITS.maxNodes });
  if (issues.length > 0) {
    const [issue] = issues;
    return { kind: 'error', code: `ERR_${issue!.code as InputIssueCode}`, message: `${issue!.message}${issue!.pointer ? ` (at ${issue!.pointer})` : ''}` };
  }
  return { kind: 'json', credential: value as Record<string, unknown> };
}
