/**
 * `parseOpenBadge2`: an Open Badges 2.0 assertion as received — JSON (object or text), a signed
 * assertion (compact JWS), or a PNG/SVG badge baked with either (or with the assertion's URL, as
 * Moodle bakes) — read into its parts, without fetching or verifying anything.
 */
import { InvalidArgumentError } from '../../errors.js';
import { type VerifyInputLimits, parseInput } from '../../verify/input.js';
import { isOpenBadge2, isOpenBadge2Jws, jwsPayload } from './detect.js';
import { assertionProblems, verificationType } from './structure.js';
import type { Ob2Assertion } from './types.js';
import { unbakeSvg } from '../../bake/svg.js';

/** What {@link parseOpenBadge2} returns. */
export type ParsedOpenBadge2 =
  /** A hosted assertion: authoritative only as fetched from `url` (its id). */
  | { verification: 'hosted'; assertion: Ob2Assertion; url: string }
  /** A signed assertion: `jws` is the compact JWS, `assertion` its (not yet verified) payload. */
  | { verification: 'signed'; assertion: Ob2Assertion; jws: string }
  /** A badge baked with only the URL of its hosted assertion. */
  | { verification: 'reference'; url: string };

/**
 * Reads an Open Badges 2.0 assertion. Nothing is fetched or verified: use `verify()` for that.
 *
 * @throws InvalidArgumentError `ERR_OB2_NOT_ASSERTION` (not an OB 2.0 assertion, with why),
 * `ERR_OB2_MALFORMED` (a required property is missing or wrong; `pointer` says where), or the
 * input's own code (`ERR_INPUT_TOO_LARGE`, `ERR_DUPLICATE_KEY`, `ERR_NOT_BAKED`, …).
 *
 * @example
 * const { verification, assertion } = parseOpenBadge2(readFileSync('badge.png'));
 */
export function parseOpenBadge2(input: unknown, limits?: VerifyInputLimits): ParsedOpenBadge2 {
  const parsed = parseInput(input, limits, unbakeSvg);
  if (parsed.kind === 'error') throw new InvalidArgumentError(parsed.code, parsed.message);
  if (parsed.kind === 'url') return { verification: 'reference', url: parsed.url };
  if (parsed.kind === 'jwt') {
    if (!isOpenBadge2Jws(parsed.token)) throw new InvalidArgumentError('ERR_OB2_NOT_ASSERTION', 'The JWS does not carry an Open Badges 2.0 assertion (a VC-JWT, perhaps: use verify()).');
    const assertion = jwsPayload(parsed.token)!;
    checkStructure(assertion);
    if (verificationType(assertion) !== 'signed') {
      throw new InvalidArgumentError('ERR_OB2_MALFORMED', 'A signed assertion (a JWS) must say verification type "signed".', { pointer: '/verification/type' });
    }
    return { verification: 'signed', assertion: assertion as Ob2Assertion, jws: parsed.token };
  }
  const assertion = parsed.credential;
  if (!isOpenBadge2(assertion)) throw new InvalidArgumentError('ERR_OB2_NOT_ASSERTION', 'Not an Open Badges 2.0 assertion: it needs the context https://w3id.org/openbadges/v2 and type Assertion.');
  checkStructure(assertion);
  if (verificationType(assertion) === 'signed') {
    throw new InvalidArgumentError('ERR_OB2_SIGNATURE_MISSING', 'This assertion says it is signed, but it came as plain JSON: a signed assertion is verified from its JWS (the signature string, or the badge image it is baked into).', { pointer: '/verification/type' });
  }
  return { verification: 'hosted', assertion: assertion as Ob2Assertion, url: assertion.id as string };
}

function checkStructure(assertion: Record<string, unknown>): void {
  const [first, ...rest] = assertionProblems(assertion);
  if (first) {
    const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
    throw new InvalidArgumentError('ERR_OB2_MALFORMED', `${first.message}${more}`, { pointer: first.pointer });
  }
}
