import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { KeyError } from '../../errors.js';
import { didWebDocument } from '../../keys/documents.js';
import { generateKey } from '../../keys/generate.js';
import type { SignatureAlgorithm } from '../../keys/types.js';
import { EXIT, type Io, UsageError } from '../io.js';

export interface KeysGenerateFlags {
  suite: string;
  alg?: SignatureAlgorithm;
  did: 'key' | 'web';
  domain?: string;
  controller?: string;
  output?: string;
}

/**
 * `microcred keys generate`: writes a key file (mode 0600, it holds the private key) and
 * prints the issuer id and verification method. With `--did web` it also writes the
 * did.json to publish at https://<domain>/.well-known/did.json.
 */
export async function keysGenerateCommand(flags: KeysGenerateFlags, io: Io): Promise<number> {
  if (flags.did === 'web' && !flags.domain) throw new UsageError('--did web needs --domain (e.g. --domain university.example.ge)');
  let key;
  try {
    key = await generateKey({ suite: flags.suite, alg: flags.alg, did: flags.did, domain: flags.domain, controller: flags.controller } as never);
  } catch (error) {
    if (error instanceof KeyError || (error as { code?: string }).code?.startsWith('ERR_')) throw new UsageError((error as Error).message);
    throw error;
  }
  const text = `${JSON.stringify(key, null, 2)}\n`;
  if (flags.output) {
    await writeFile(flags.output, text, { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(error.code === 'EEXIST' ? `${flags.output} exists; not overwriting a key file` : `${flags.output}: ${error.message}`);
    });
    io.err(`wrote ${flags.output} (private key, mode 0600)`);
    if (flags.did === 'web') {
      const didJson = join(dirname(flags.output), 'did.json');
      await writeFile(didJson, `${JSON.stringify(didWebDocument(key), null, 2)}\n`);
      io.err(`wrote ${didJson}: publish it at https://${flags.domain}/.well-known/did.json`);
    }
  } else {
    io.out(text.trimEnd());
  }
  io.out(`issuer: ${key.controller}`);
  io.out(`verification method: ${key.id}`);
  io.out(`suite: ${key.suite} (${key.alg})`);
  return EXIT.OK;
}
