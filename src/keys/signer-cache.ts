import { signerFromKeyFile } from './signer.js';
import type { KeyFile, Signer } from './types.js';

/**
 * Signers already imported, per key-file object. Keyed by the object itself (a different key
 * file never hits) and checked against the file's JSON as it was when imported, so a key file
 * edited in place is imported afresh. Entries go with their key-file objects (WeakMap).
 */
const imported = new WeakMap<object, { json: string; signer: Promise<Signer> }>();

/**
 * {@link signerFromKeyFile}, importing each key-file object once: issuing many credentials with
 * the same `key` option parses, checks and imports the key on the first call only. Failures are
 * not kept (the next call tries again and throws the same `KeyError`).
 */
export function cachedSignerFromKeyFile(keyFile: KeyFile | unknown): Promise<Signer> {
  if (keyFile === null || typeof keyFile !== 'object') return signerFromKeyFile(keyFile);
  let json: string;
  try {
    json = JSON.stringify(keyFile);
  } catch {
    return signerFromKeyFile(keyFile); // not JSON (a cycle, a BigInt): let the parser say so
  }
  const hit = imported.get(keyFile);
  if (hit !== undefined && hit.json === json) return hit.signer;
  const signer = signerFromKeyFile(keyFile);
  imported.set(keyFile, { json, signer });
  signer.catch(() => {
    if (imported.get(keyFile)?.signer === signer) imported.delete(keyFile);
  });
  return signer;
}
