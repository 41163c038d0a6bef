/**
 * A batch worker thread: validates, maps and signs one micro-credential per task, so every
 * core signs. The key is parsed once per worker.
 */
import { MicroCredentialInvalidError, createMicroCredential } from '../issue/create-micro-credential.js';
import type { KeyFile } from '../keys/types.js';
import type { SealKeyFile } from '../seal/types.js';

export interface BatchTask {
  document: unknown;
  keyJson: string;
  profile: string;
  suite?: string;
}

/** `text`: the credential as the file will hold it, serialised here so the main thread only writes it. */
export type BatchResult = { ok: true; text: string } | { ok: false; errors: string[] };

let key: { json: string; file: KeyFile | SealKeyFile } | undefined;

export default async function issueOne(task: BatchTask): Promise<BatchResult> {
  if (key?.json !== task.keyJson) key = { json: task.keyJson, file: JSON.parse(task.keyJson) as KeyFile | SealKeyFile };
  try {
    // A seal key issues European Digital Credentials (JAdES); any other key, Open Badges 3.0.
    const format = key.file.type === 'MicrocredSealKey' ? 'elm' : 'ob3';
    const credential = await createMicroCredential(task.document, { key: key.file, profile: task.profile, suite: task.suite, format });
    return { ok: true, text: typeof credential === 'string' ? credential : JSON.stringify(credential, null, 2) };
  } catch (error) {
    if (error instanceof MicroCredentialInvalidError) return { ok: false, errors: error.errors.map((e) => `${e.pointer || '/'} ${e.code} ${e.message}`) };
    return { ok: false, errors: [(error as Error).message] };
  }
}
