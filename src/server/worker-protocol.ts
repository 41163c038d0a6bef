/**
 * What the service's main thread and its worker threads (src/server/worker.ts) send each other.
 * No worker code here: the main thread imports this.
 */
import type { MessagePort } from 'node:worker_threads';
import { InvalidArgumentError, KeyError, MicrocredError, ResolutionError, SigningError, StatusError, StoreError } from '../errors.js';
import type { SignatureAlgorithm } from '../keys/types.js';
import type { RemoteDocument } from '../loader/document-loader.js';
import type { ProfileDefinition } from '../model/types.generated.js';
import { BUILTIN_PROFILES, type ProfileRegistry } from '../profiles/registry.js';
import { VerifiedRegistry } from '../registry/verify-registry.js';
import type { ResolvedDocument } from '../resolver/resolver.js';
import type { ProofPurposeOptions } from '../suites/types.js';
import type { TrustList } from '../verify/checks/issuer-trust.js';

/** What the pool is started with (cloned into every worker once). */
export interface ServiceWorkerData {
  /** Contexts the service's loader serves besides the bundled ones. */
  extraContexts: Record<string, object>;
  /** The service has a resolver (did:web, HTTPS keys): resolutions are asked of the main thread. */
  resolver: boolean;
  /** The service has its own document loader: every URL is asked of the main thread. */
  customLoader: boolean;
  trust?: TrustList;
  /** Profiles registered besides the built-in ones. */
  profiles?: ProfileDefinition[];
}

/** Calls from a worker to the main thread, by name. */
export interface ServiceRpc {
  load(url: string): Promise<RemoteDocument>;
  resolve(url: string): Promise<ResolvedDocument>;
  statusList(url: string): Promise<unknown>;
  storedCredential(id: string): Promise<unknown>;
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/** An error as it crosses a thread: its class name, code, message and pointer. */
export interface SerializedError {
  name: string;
  code?: string;
  message: string;
  pointer?: string;
}

/** One job for a worker. */
export type ServiceJob =
  | { op: 'verify'; input: unknown; purpose?: ProofPurposeOptions }
  | { op: 'verify-presentation'; input: unknown; challenge?: string; domain?: string | string[] }
  | { op: 'issue'; suite: string; credential: Record<string, unknown>; signer: { id: string; algorithm: SignatureAlgorithm }; created?: string };

/** A job and the port its calls back to the main thread go over. */
export type ServiceTask = ServiceJob & { port: MessagePort };

export type ServiceResult = { ok: true; value: unknown } | { ok: false; error: SerializedError };

// By a name of our own: bundles may rename classes, and each thread runs its own bundle.
// `code: never`: each family takes only its own codes; a code from the other thread is that family's by construction.
const CLASSES: Record<string, new (code: never, message: string, options?: { pointer?: string }) => MicrocredError> = {
  InvalidArgumentError, KeyError, ResolutionError, SigningError, StatusError, StoreError, MicrocredError,
};

function className(error: unknown): string | undefined {
  return Object.entries(CLASSES).find(([, Class]) => error instanceof Class)?.[0];
}

export function serializeError(error: unknown): SerializedError {
  const e = error as { name?: unknown; code?: unknown; message?: unknown; pointer?: unknown };
  return {
    name: className(error) ?? (typeof e?.name === 'string' ? e.name : 'Error'),
    ...(typeof e?.code === 'string' ? { code: e.code } : {}),
    message: typeof e?.message === 'string' ? e.message : String(error),
    ...(typeof e?.pointer === 'string' ? { pointer: e.pointer } : {}),
  };
}

/** The error again, of its microcred class when it had one, so callers' `instanceof` and `code` still hold. */
export function deserializeError(error: SerializedError): Error {
  const Class = CLASSES[error.name];
  if (Class && error.code !== undefined) return new Class(error.code as never, error.message, error.pointer !== undefined ? { pointer: error.pointer } : {});
  return Object.assign(new Error(error.message), { name: error.name, ...(error.code !== undefined ? { code: error.code } : {}) });
}


/** The workers' start data from the service's options: its profiles as definitions (a registry is not cloned). */
export function workerDataOf(options: Omit<ServiceWorkerData, 'profiles'> & { profiles?: ProfileRegistry }): ServiceWorkerData {
  const { profiles, trust, ...rest } = options;
  const own = profiles
    ?.list()
    .map((p) => profiles.get(`${p.id}@${p.version}`))
    .filter((definition) => !BUILTIN_PROFILES.includes(definition));
  return { ...rest, ...(trust ? { trust: cloneableTrust(trust) } : {}), ...(own?.length ? { profiles: own } : {}) };
}

/** A registry checked at start-up, as it crosses to a worker (a class instance arrives as a plain object). */
interface CheckedRegistry {
  checkedRegistry: Pick<VerifiedRegistry, 'id' | 'issuer' | 'name' | 'validFrom' | 'validUntil' | 'entries'>;
}

function cloneableTrust(trust: TrustList): TrustList {
  if (!trust.registries) return trust;
  const registries = trust.registries.map((registry) => {
    if (!(registry instanceof VerifiedRegistry)) return registry;
    const { id, issuer, name, validFrom, validUntil, entries } = registry;
    return { checkedRegistry: { id, issuer, name, validFrom, validUntil, entries } } satisfies CheckedRegistry as unknown as Record<string, unknown>;
  });
  return { ...trust, registries };
}

/** The trust list again in a worker, its checked registries {@link VerifiedRegistry} instances (so they are not checked again). */
export function trustInWorker(trust: TrustList): TrustList {
  if (!trust.registries) return trust;
  const registries = trust.registries.map((registry) => {
    const checked = (registry as Partial<CheckedRegistry>).checkedRegistry;
    return typeof registry === 'object' && checked !== undefined ? new VerifiedRegistry(checked) : registry;
  });
  return { ...trust, registries };
}
