/**
 * A batch worker thread: validates, maps, signs and writes a chunk of micro-credentials per
 * task, so every core signs and the main thread only reads rows and names files. The key is
 * parsed once per worker.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { MicroCredentialInvalidError, createMicroCredential } from '../issue/create-micro-credential.js';
import type { KeyFile } from '../keys/types.js';
import type { SealKeyFile } from '../seal/types.js';

/** One row of a chunk: the document (with its `id`) and the file it goes to. */
export interface BatchItem {
  row: number;
  document: unknown;
  /** Path of the credential file; written through a temporary file of this row's own. */
  target: string;
}

export interface BatchTask {
  items: BatchItem[];
  keyJson: string;
  profile: string;
  suite?: string;
}

/** What became of one row: issued and written, or not (its errors). */
export type BatchItemResult = { row: number; ok: true } | { row: number; ok: false; errors: string[] };

/** One result per item, in the order of the items. */
export type BatchResult = BatchItemResult[];

let key: { json: string; file: KeyFile | SealKeyFile } | undefined;

/** A sentence for a failed write: disk full and friends are named, with the file. */
export function writeError(target: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return `cannot write ${target}: no space left on device (ENOSPC); not issued`;
  if (code === 'EDQUOT') return `cannot write ${target}: disk quota exceeded (EDQUOT); not issued`;
  return `cannot write ${target}: ${code ?? (error as Error).message}; not issued`;
}

/**
 * Writes then renames, so an interrupted run never leaves a half file that a re-run would skip;
 * the temporary name is this row's own, so no two writes share one.
 */
async function write(item: BatchItem, text: string): Promise<BatchItemResult> {
  const partial = `${item.target}.${process.pid}-${item.row}.partial`;
  try {
    await writeFile(partial, `${text}\n`);
    await rename(partial, item.target);
    return { row: item.row, ok: true };
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    return { row: item.row, ok: false, errors: [writeError(item.target, error)] };
  }
}

async function issue(item: BatchItem, file: KeyFile | SealKeyFile, task: BatchTask): Promise<string | BatchItemResult> {
  try {
    // A seal key issues European Digital Credentials (JAdES); any other key, Open Badges 3.0.
    const format = file.type === 'MicrocredSealKey' ? 'elm' : 'ob3';
    const credential = await createMicroCredential(item.document, { key: file, profile: task.profile, suite: task.suite, format });
    return typeof credential === 'string' ? credential : JSON.stringify(credential, null, 2);
  } catch (error) {
    if (error instanceof MicroCredentialInvalidError) return { row: item.row, ok: false, errors: error.errors.map((e) => `${e.pointer || '/'} ${e.code} ${e.message}`) };
    return { row: item.row, ok: false, errors: [(error as Error).message] };
  }
}

export default async function issueChunk(task: BatchTask): Promise<BatchResult> {
  if (key?.json !== task.keyJson) key = { json: task.keyJson, file: JSON.parse(task.keyJson) as KeyFile | SealKeyFile };
  const results: Array<BatchItemResult | Promise<BatchItemResult>> = [];
  for (const item of task.items) {
    const issued = await issue(item, key.file, task);
    // The file is written while the next row is signed.
    results.push(typeof issued === 'string' ? write(item, issued) : issued);
  }
  return Promise.all(results);
}
