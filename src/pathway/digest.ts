import { sha256 } from '@noble/hashes/sha2';
import { utf8ToBytes } from '@noble/hashes/utils';
import canonicalizeModule from 'canonicalize';
import { encodeBase64 } from '../seal/encoding.js';
import { type VerifyInputLimits, parseInput } from '../verify/input.js';
import { unbakeSvg } from '../bake/svg.js';

// canonicalize is CommonJS; at runtime its default export is the function.
const canonicalize = canonicalizeModule as unknown as (value: unknown) => string;

/** What a digest covers, for `relatedResource.mediaType`. */
export type DigestedForm = 'json' | 'jwt' | 'raw';

/**
 * The SRI digest (`sha256-<base64>`, as VC 2.0 `digestSRI`) of a credential as received. A JSON
 * credential (also one baked into a PNG/SVG badge, or a JAdES-sealed EDC) is digested in its
 * RFC 8785 (JCS) form, so whitespace and member order do not change it; a VC-JWT as its compact
 * text; input that is neither, as its bytes (so excluded inputs still have a stable key).
 */
export function credentialDigest(input: unknown, limits?: VerifyInputLimits): { digest: string; form: DigestedForm } {
  const parsed = parseInput(input, limits, unbakeSvg);
  if (parsed.kind === 'json') return { digest: sri(utf8ToBytes(canonicalize(parsed.credential))), form: 'json' };
  if (parsed.kind === 'jwt') return { digest: sri(utf8ToBytes(parsed.token)), form: 'jwt' };
  return { digest: sri(rawBytes(input)), form: 'raw' };
}

function sri(bytes: Uint8Array): string {
  return `sha256-${encodeBase64(sha256(bytes))}`;
}

function rawBytes(input: unknown): Uint8Array {
  if (input instanceof Uint8Array) return input;
  if (typeof input === 'string') return utf8ToBytes(input);
  try {
    return utf8ToBytes(canonicalize(input) ?? String(input));
  } catch {
    return utf8ToBytes(String(input));
  }
}
