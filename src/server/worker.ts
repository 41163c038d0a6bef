/**
 * A service worker thread (`createServer({ workers })`): verifies credentials and presentations
 * and signs credentials off the main thread, so one large credential does not stall the other
 * requests. What only the main thread has — the store, the signer, the resolver, a custom
 * document loader — is asked for over the task's message port ({@link ServiceRpc}).
 */
import { workerData } from 'piscina';
import type { MicrocredError } from '../errors.js';
import type { Signer } from '../keys/types.js';
import { type DocumentLoader, createDocumentLoader } from '../loader/document-loader.js';
import type { ProfileDefinition } from '../model/types.generated.js';
import { ProfileRegistry } from '../profiles/registry.js';
import { defaultSuiteRegistry } from '../suites/registry.js';
import { verifyPresentation } from '../verify/presentation.js';
import { verify } from '../verify/verify.js';
import { type ServiceResult, type ServiceRpc, type ServiceTask, type ServiceWorkerData, type SerializedError, deserializeError, serializeError, trustInWorker } from './worker-protocol.js';
import type { MessagePort } from 'node:worker_threads';

const data = workerData as ServiceWorkerData;

// One task at a time per worker (the pool runs them so): the port of the running task.
let port: MessagePort | undefined;
let calls = 0;
const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

function onReply(message: { id: number; ok: boolean; value?: unknown; error?: SerializedError }): void {
  const call = pending.get(message.id);
  if (!call) return;
  pending.delete(message.id);
  if (message.ok) call.resolve(message.value);
  else call.reject(deserializeError(message.error!));
}

function rpc<K extends keyof ServiceRpc>(method: K, ...args: Parameters<ServiceRpc[K]>): ReturnType<ServiceRpc[K]> {
  const current = port;
  if (!current) return Promise.reject(new Error('no task is running')) as ReturnType<ServiceRpc[K]>;
  const id = (calls += 1);
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    current.postMessage({ id, method, args });
  }) as ReturnType<ServiceRpc[K]>;
}

// Built once per worker, as the service builds its own, so processed contexts are cached across tasks.
const documentLoader: DocumentLoader = data.customLoader
  ? (url: string) => rpc('load', url)
  : createDocumentLoader({ extraContexts: data.extraContexts, ...(data.resolver ? { resolver: { resolve: (url: string) => rpc('resolve', url) } } : {}) });

function profileRegistry(definitions: ProfileDefinition[] | undefined): ProfileRegistry | undefined {
  if (!definitions?.length) return undefined;
  const registry = new ProfileRegistry();
  // A profile's base must be registered first: register in passes until none is left.
  let left = definitions;
  while (left.length > 0) {
    const next = left.filter((definition) => {
      try {
        registry.register(definition);
        return false;
      } catch (error) {
        return (error as MicrocredError).code === 'ERR_PROFILE_UNKNOWN';
      }
    });
    if (next.length === left.length) break;
    left = next;
  }
  return registry;
}

const profiles = profileRegistry(data.profiles);
const status = {
  resolveStatusList: (url: string) => rpc('statusList', url),
  store: { getCredential: (id: string) => rpc('storedCredential', id) as never },
};
const verifierOptions = { documentLoader, ...(data.trust ? { trust: trustInWorker(data.trust) } : {}), ...(profiles ? { profiles } : {}), status };

async function run(task: ServiceTask): Promise<unknown> {
  switch (task.op) {
    case 'verify':
      return verify(task.input, { ...verifierOptions, purpose: task.purpose });
    case 'verify-presentation':
      return verifyPresentation(task.input, { ...verifierOptions, challenge: task.challenge, domain: task.domain, allowEmpty: true });
    case 'issue': {
      const signer: Signer = { id: task.signer.id, algorithm: task.signer.algorithm, sign: (bytes: Uint8Array) => rpc('sign', bytes) };
      return defaultSuiteRegistry().get(task.suite).issue(task.credential, { signer, documentLoader, ...(task.created !== undefined ? { created: task.created } : {}) });
    }
  }
}

export default async function serviceTask(task: ServiceTask): Promise<ServiceResult> {
  port = task.port;
  port.on('message', onReply);
  try {
    return { ok: true, value: await run(task) };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  } finally {
    port.off('message', onReply);
    port.close();
    port = undefined;
  }
}
