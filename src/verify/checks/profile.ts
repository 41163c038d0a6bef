import { parseOpenBadge } from '../../formats/ob3/from-open-badge.js';
import { isJsonObject } from '../../json.js';
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
  const shape = extensionShapeProblem(credential);
  if (shape !== undefined) return { check: { id: 'profile', status: 'fail', code: 'ERR_EXTENSION_SHAPE', message: shape } };
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

/**
 * The microcred extension must be in the exact shape contexts/microcred-v1.json defines: one
 * `achievement` node holding one `microCredential` object, one `microCredentialAward` object.
 * RDF does not tell `x` from `[x]`, so a wrapped one keeps the signature while the reader would
 * no longer find the extension (the profile check would skip, the view lose Annex I elements).
 */
function extensionShapeProblem(credential: Record<string, unknown>): string | undefined {
  const subjects = Array.isArray(credential.credentialSubject) ? credential.credentialSubject : [credential.credentialSubject];
  for (const [i, subject] of subjects.entries()) {
    if (!isJsonObject(subject)) continue;
    const at = Array.isArray(credential.credentialSubject) ? `/credentialSubject/${i}` : '/credentialSubject';
    const achievement = subject.achievement;
    const mc = isJsonObject(achievement) ? achievement.microCredential : undefined;
    const wrapped: [unknown, string][] = [
      [achievement, `${at}/achievement`],
      [mc, `${at}/achievement/microCredential`],
      [subject.microCredentialAward, `${at}/microCredentialAward`],
    ];
    for (const [value, pointer] of wrapped) {
      if (value !== undefined && !isJsonObject(value)) return `${pointer} must be a single JSON object (as the microcred context defines it), not ${Array.isArray(value) ? 'an array' : typeof value}.`;
    }
  }
  return undefined;
}
