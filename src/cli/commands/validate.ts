import { ProfileRegistry, assertProfileDefinition } from '../../profiles/registry.js';
import { validateMicroCredential } from '../../model/validate.js';
import { MicrocredError } from '../../errors.js';
import { formatValidation } from '../format.js';
import { EXIT, type Io, UsageError, readJsonFile } from '../io.js';

export interface ValidateFlags {
  profile: string;
  json?: boolean;
}

/**
 * `--profile` takes a registered id (eu, ge, am, id@version) or the path of a profile
 * definition file (*.json), which is registered on top of the built-ins.
 */
export async function resolveProfile(profile: string): Promise<{ profile: string; profiles: ProfileRegistry }> {
  const profiles = new ProfileRegistry();
  if (!profile.endsWith('.json')) return { profile, profiles };
  const definition = await readJsonFile(profile);
  try {
    assertProfileDefinition(definition);
    profiles.register(definition);
    return { profile: `${definition.id}@${definition.version}`, profiles };
  } catch (error) {
    throw new UsageError(`${profile}: ${(error as Error).message}`);
  }
}

/** `microcred validate <file>`: exit 0 valid (warnings allowed), 1 invalid, 2 usage. */
export async function validateCommand(file: string, flags: ValidateFlags, io: Io): Promise<number> {
  const document = await readJsonFile(file);
  const selected = await resolveProfile(flags.profile);
  let result;
  try {
    result = validateMicroCredential(document, selected);
  } catch (error) {
    if (error instanceof MicrocredError) throw new UsageError(error.message);
    throw error;
  }
  io.out(flags.json ? JSON.stringify(result, null, 2) : formatValidation(file, result));
  return result.valid ? EXIT.OK : EXIT.FAILED;
}
