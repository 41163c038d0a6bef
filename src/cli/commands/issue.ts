import { writeFile } from 'node:fs/promises';
import { InvalidArgumentError, KeyError } from '../../errors.js';
import { MicroCredentialInvalidError, createMicroCredential } from '../../issue/create-micro-credential.js';
import { parseKeyFile } from '../../keys/parse.js';
import { EXIT, type Io, UsageError, readJsonFile } from '../io.js';
import { resolveProfile } from './validate.js';

export interface IssueFlags {
  key: string;
  profile: string;
  format: 'ob3';
  suite?: string;
  vc: '2.0' | '1.1';
  output?: string;
}

/** `microcred issue`: validate, map, sign. Exit 0 issued, 1 invalid input (every error printed), 2 usage. */
export async function issueCommand(file: string, flags: IssueFlags, io: Io): Promise<number> {
  const document = await readJsonFile(file);
  let key;
  try {
    key = parseKeyFile(await readJsonFile(flags.key));
  } catch (error) {
    if (error instanceof KeyError) throw new UsageError(`${flags.key}: ${error.message}`);
    throw error;
  }
  const selected = await resolveProfile(flags.profile);
  let credential;
  try {
    credential = await createMicroCredential(document, { ...selected, key, suite: flags.suite, format: flags.format, vcVersion: flags.vc });
  } catch (error) {
    if (error instanceof MicroCredentialInvalidError) {
      io.err(`✘ ${file}: not issued, invalid under profile ${selected.profile}:`);
      for (const e of error.errors) io.err(`  ${e.pointer || '/'}  ${e.code}  ${e.message}`);
      return EXIT.FAILED;
    }
    if (error instanceof InvalidArgumentError) throw new UsageError(error.message);
    throw error;
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
