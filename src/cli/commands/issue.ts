import { writeFile } from 'node:fs/promises';
import { InvalidArgumentError, MicrocredError } from '../../errors.js';
import { parseSealKeyFile } from '../../seal/seal-key.js';
import { MicroCredentialInvalidError, createMicroCredential } from '../../issue/create-micro-credential.js';
import { parseKeyFile } from '../../keys/parse.js';
import { EXIT, type Io, UsageError, readJsonFile, readKeyJson } from '../io.js';
import { resolveProfile } from './validate.js';

export interface IssueFlags {
  key: string;
  profile: string;
  /** Default: `elm` for a JAdES seal key, else `ob3`. */
  format?: 'ob3' | 'elm';
  suite?: string;
  vc: '2.0' | '1.1';
  output?: string;
}

/** Invalid input: every error, exit 1. Bad options: usage error. */
function reportIssueError(error: unknown, file: string, profile: string, io: Io): number {
  if (error instanceof MicroCredentialInvalidError) {
    io.err(`✘ ${file}: not issued, invalid under profile ${profile}:`);
    for (const e of error.errors) io.err(`  ${e.pointer || '/'}  ${e.code}  ${e.message}`);
    return EXIT.FAILED;
  }
  if (error instanceof InvalidArgumentError) throw new UsageError(error.message);
  throw error;
}

/** `microcred issue`: validate, map, sign. Exit 0 issued, 1 invalid input (every error printed), 2 usage. */
export async function issueCommand(file: string, flags: IssueFlags, io: Io): Promise<number> {
  const document = await readJsonFile(file);
  const keyJson = (await readKeyJson(flags.key, io)) as { type?: string };
  let key;
  try {
    key = keyJson?.type === 'MicrocredSealKey' ? parseSealKeyFile(keyJson) : parseKeyFile(keyJson);
  } catch (error) {
    if (error instanceof MicrocredError) throw new UsageError(`${flags.key}: ${error.message}`);
    throw error;
  }
  const format = flags.format ?? (key.type === 'MicrocredSealKey' ? 'elm' : 'ob3');
  if ((format === 'elm') !== (key.type === 'MicrocredSealKey')) {
    throw new UsageError(format === 'elm' ? '--format elm needs a JAdES seal key (keys generate --suite jades)' : `${flags.key} is a JAdES seal key: use --format elm`);
  }
  const selected = await resolveProfile(flags.profile);
  let credential;
  try {
    credential = await createMicroCredential(document, { ...selected, key, suite: flags.suite, format, vcVersion: flags.vc });
  } catch (error) {
    return reportIssueError(error, file, selected.profile, io);
  }
  const text = typeof credential === 'string' ? credential : JSON.stringify(credential, null, 2);
  if (flags.output) {
    await writeFile(flags.output, `${text}\n`);
    io.err(`✔ issued ${file} → ${flags.output}`);
  } else {
    io.out(text);
  }
  return EXIT.OK;
}
