import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { KeyError } from '../../errors.js';
import { didWebDocument } from '../../keys/documents.js';
import { generateKey } from '../../keys/generate.js';
import type { SignatureAlgorithm } from '../../keys/types.js';
import { generateSealKey } from '../../seal/seal-key.js';
import { EXIT, type Io, UsageError } from '../io.js';

/** Writes a secret file: mode 0600, never over an existing file. */
async function writeSecret(path: string, text: string): Promise<void> {
  await writeFile(path, text, { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(error.code === 'EEXIST' ? `${path} exists; not overwriting a key file` : `${path}: ${error.message}`);
  });
}

/**
 * `keys generate --suite jades --subject "CN=…,O=…,C=GE"`: a self-signed TEST seal for European
 * Digital Credentials. Verifiers will not trust it; production seals come from a qualified trust
 * service provider (load them from PEM or PKCS#12).
 */
async function sealKeyCommand(flags: KeysGenerateFlags, io: Io): Promise<number> {
  if (!flags.subject) throw new UsageError('--suite jades needs --subject "CN=…,O=…,C=GE"');
  if (flags.alg === 'EdDSA') throw new UsageError('JAdES seals use RS256 or ES256');
  let seal;
  try {
    seal = await generateSealKey({
      subject: flags.subject,
      algorithm: flags.alg,
      organizationIdentifier: flags.organizationIdentifier,
      validityDays: flags.validityDays ? Number(flags.validityDays) : undefined,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const text = `${JSON.stringify(seal.keyFile, null, 2)}\n`;
  if (flags.output) {
    await writeSecret(flags.output, text);
    io.err(`wrote ${flags.output} (private key and certificate, mode 0600)`);
  } else io.out(text.trimEnd());
  io.out(`seal certificate: ${flags.subject} (${seal.keyFile.alg}, self-signed)`);
  io.err('TEST ONLY: a self-signed seal. Verifiers will report it untrusted; production EDCs need an advanced or qualified eSeal.');
  return EXIT.OK;
}

export interface KeysGenerateFlags {
  suite: string;
  subject?: string;
  organizationIdentifier?: string;
  validityDays?: string;
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
  if (flags.suite === 'jades') return sealKeyCommand(flags, io);
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
    await writeSecret(flags.output, text);
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
