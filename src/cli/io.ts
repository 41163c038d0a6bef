import { readFile } from 'node:fs/promises';

/** Exit codes shared by every command: scripts rely on them. */
export const EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;

/** Where a command writes; tests pass their own. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** A usage problem (bad flag, unreadable file): the CLI prints it and exits with code 2. */
export class UsageError extends Error {}

/** Largest file the CLI reads; larger inputs are refused before parsing. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Reads a file the user named, or throws a {@link UsageError} saying why it could not. */
export async function readUserFile(path: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UsageError(`${path}: cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (bytes.length > MAX_FILE_BYTES) throw new UsageError(`${path}: file is larger than ${MAX_FILE_BYTES} bytes`);
  return bytes;
}

/** Reads and parses a JSON file, or throws a {@link UsageError} saying why it could not. */
export async function readJsonFile(path: string): Promise<unknown> {
  const text = (await readUserFile(path)).toString('utf8');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}
