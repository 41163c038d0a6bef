import { open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

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

/** Node's file-system error codes a person can act on: a mistake in a path or a problem of the machine, never a bug. */
const FILE_PROBLEMS: Record<string, (path: string) => string> = {
  ENOENT: (path) => (dirname(path) === '.' ? 'there is no such file' : `there is no such file or folder (does ${dirname(path)} exist?)`),
  EISDIR: () => 'it is a folder, not a file',
  ENOTDIR: () => 'a part of the path is a file, not a folder',
  EACCES: () => 'permission denied',
  EPERM: () => 'permission denied',
  EROFS: () => 'the file system is read-only',
  ENOSPC: () => 'no space left on device (ENOSPC); nothing more was written',
  EDQUOT: () => 'disk quota exceeded (EDQUOT); nothing more was written',
  EEXIST: () => 'it already exists (refused to overwrite it)',
  ENAMETOOLONG: () => 'the file name is too long',
  ELOOP: () => 'too many symbolic links',
  EMFILE: () => 'too many open files',
  EBUSY: () => 'the file is busy',
};

/**
 * The sentence for a file-system error (`ENOENT`, `EISDIR`, …) on `path`, e.g. "cannot write
 * out/x.json: there is no such file or folder (does out exist?)", or undefined for any other error.
 */
export function fileProblem(error: unknown, doing?: 'read' | 'write'): string | undefined {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  const words = code === undefined ? undefined : FILE_PROBLEMS[code];
  if (!words) return undefined;
  const where = typeof path === 'string' ? path : 'file';
  return `${doing ? `cannot ${doing} ${where}` : where}: ${words(where)}`;
}

/**
 * The sentence for a server that could not listen (busy port, a port below 1024, an address
 * this machine does not have, a host name that does not resolve), or undefined.
 */
export function listenProblem(error: unknown): string | undefined {
  const e = (error ?? {}) as NodeJS.ErrnoException & { address?: string; port?: number; hostname?: string };
  if (e.syscall === 'getaddrinfo') return `cannot listen on ${e.hostname ?? 'that host'}: no such host name (${e.code})`;
  if (e.syscall !== 'listen' && e.syscall !== 'bind') return undefined;
  const where = `${e.address ?? ''}${e.port !== undefined ? `:${e.port}` : ''}`;
  if (e.code === 'EADDRINUSE') return `cannot listen on ${where}: the port is already in use (EADDRINUSE); stop what uses it or choose another with --port`;
  if (e.code === 'EACCES' || e.code === 'EPERM') return `cannot listen on ${where}: permission denied (${e.code}); ports below 1024 need privileges, choose another with --port`;
  if (e.code === 'EADDRNOTAVAIL') return `cannot listen on ${where}: this machine has no such address (EADDRNOTAVAIL); check --host`;
  return `cannot listen on ${where}: ${e.code ?? e.message}`;
}

/**
 * Largest file the CLI reads (16 MiB). The read stops at this many bytes plus one, so a device
 * or pipe that never ends (`/dev/urandom`, `/dev/zero`) is refused after reading at most that
 * much, never read into memory whole.
 */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Reads at most `limit + 1` bytes of `path`; fewer means the whole file was read. */
async function readBounded(path: string, limit: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= limit) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/**
 * Reads a file the user named, or throws a {@link UsageError} saying why it could not: files
 * (or devices, pipes) longer than {@link MAX_FILE_BYTES} are refused after reading one byte
 * past the limit.
 */
export async function readUserFile(path: string, limit = MAX_FILE_BYTES): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readBounded(path, limit);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    const words = code !== undefined ? FILE_PROBLEMS[code] : undefined;
    throw new UsageError(`${path}: cannot read file: ${words ? words(path) : (code ?? (error as Error).message)}`);
  }
  if (bytes.length > limit) throw new UsageError(`${path}: file is larger than ${limit} bytes; refused`);
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

/**
 * Reads a key file, warning on `io.err` when group or others may read it (a private key
 * should be mode 0600, as `microcred keys generate` writes it).
 */
export async function readKeyJson(path: string, io: Io): Promise<unknown> {
  const value = await readJsonFile(path);
  const mode = (await stat(path).catch(() => undefined))?.mode;
  if (mode !== undefined && process.platform !== 'win32' && (mode & 0o077) !== 0) {
    io.err(`warning: ${path} is readable by others (mode ${(mode & 0o777).toString(8).padStart(4, '0')}); a private key should be 0600: chmod 600 ${path}`);
  }
  return value;
}
