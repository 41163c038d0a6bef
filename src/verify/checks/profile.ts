import { parseOpenBadge } from '../../formats/ob3/from-open-badge.js';
import type { MicroCredential, ProfileDefinition } from '../../model/types.generated.js';
import { validateMicroCredential } from '../../model/validate.js';
import type { ProfileRegistry } from '../../profiles/registry.js';
import type { Check } from '../report.js';

/**
 * Reads the micro-credential and validates it against the asked profile (or `eu` when the
 * credential carries microcred's extension). Third-party credentials without the extension
 * are checked only when a profile is asked for.
 */
export function checkProfile(
  credential: Record<string, unknown>,
  options: { profile?: string | ProfileDefinition; profiles?: ProfileRegistry },
): { check: Check; microCredential?: MicroCredential } {
  let parsed;
  try {
    parsed = parseOpenBadge(credential);
  } catch (error) {
    return { check: { id: 'profile', status: 'fail', code: 'ERR_UNREADABLE', message: `The micro-credential could not be read: ${(error as Error).message}` } };
  }
  return judgeProfile(parsed, options);
}

/**
 * The profile check for a credential already read into a MicroCredential (by the OB 3.0 or the
 * ELM parser): validated against the asked profile, or `eu` when the parse was lossless (a
 * microcred credential); other credentials are checked only when a profile is asked for.
 */
export function judgeProfile(
  parsed: { microCredential: MicroCredential; warnings: readonly unknown[]; lossless: boolean },
  options: { profile?: string | ProfileDefinition; profiles?: ProfileRegistry },
): { check: Check; microCredential?: MicroCredential } {
  const { microCredential } = parsed;
  if (!parsed.lossless && options.profile === undefined) {
    return { check: { id: 'profile', status: 'skip', message: 'Not a microcred micro-credential and no profile asked for.', details: parsed.warnings }, microCredential };
  }
  const result = validateMicroCredential(microCredential, { profile: options.profile ?? 'eu', profiles: options.profiles });
  const name = `${result.profile.id}@${result.profile.version}`;
  if (!result.valid) {
    return {
      check: { id: 'profile', status: 'fail', code: 'ERR_PROFILE', message: `Does not meet profile ${name}: ${result.errors.map((e) => e.message).join(' ')}`, details: result },
      microCredential,
    };
  }
  const warnings = [...parsed.warnings, ...result.warnings];
  return {
    check: warnings.length
      ? { id: 'profile', status: 'warn', code: 'WARN_PROFILE', message: `Meets profile ${name}, with ${warnings.length} warning(s).`, details: { ...result, warnings } }
      : { id: 'profile', status: 'pass', message: `Meets profile ${name}.`, details: result },
    microCredential,
  };
}
