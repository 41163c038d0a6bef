/**
 * The service's worker pool (`createServer({ workers })`): verify, verify-presentation and the
 * signing step of issue run on worker threads (src/server/worker.ts), so a slow request (a
 * 1 MiB credential) leaves the main thread free for the others. The main thread answers the
 * workers' calls for what only it has: the store, the signer, the resolver, a custom loader.
 */
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { Signer } from '../keys/types.js';
import type { IssueOptions, ProofPurposeOptions, Suite } from '../suites/types.js';
import type { PresentationVerificationReport } from '../verify/presentation.js';
import type { VerificationReport } from '../verify/report.js';
import { type ServiceJob, type ServiceResult, type ServiceRpc, type ServiceTask, type ServiceWorkerData, deserializeError, serializeError } from './worker-protocol.js';

/** Options of {@link createServicePool}. */
export interface ServicePoolOptions {
  threads: number;
  /** URL of the built worker module (dist/server/worker.js). */
  workerUrl: URL;
  data: ServiceWorkerData;
  rpc: ServiceRpc;
}

export interface ServicePool {
  verify(input: unknown, purpose?: ProofPurposeOptions): Promise<VerificationReport>;
  verifyPresentation(input: unknown, options: { challenge?: string; domain?: string | string[] }): Promise<PresentationVerificationReport>;
  /** `suite`, but signing on a worker thread, with `signer` called back on the main thread. */
  issuingSuite(suite: Suite, signer: Signer): Suite;
  close(): Promise<void>;
}

type Call = { id: number; method: keyof ServiceRpc; args: unknown[] };

export function createServicePool(options: ServicePoolOptions): ServicePool {
  const pool = new Piscina<ServiceTask, ServiceResult>({
    filename: options.workerUrl.href,
    minThreads: options.threads,
    maxThreads: options.threads,
    // A worker serves one task at a time: its calls back go over that task's port.
    concurrentTasksPerWorker: 1,
    workerData: options.data,
  });
  const { rpc } = options;

  const run = async (task: ServiceJob): Promise<unknown> => {
    const { port1, port2 } = new MessageChannel();
    // The main thread's own error of a call (the signer's, …), kept so its class survives.
    let failure: unknown;
    port1.on('message', (call: Call) => {
      void (async () => {
        try {
          const value = await (rpc[call.method] as (...args: unknown[]) => Promise<unknown>)(...call.args);
          port1.postMessage({ id: call.id, ok: true, value });
        } catch (error) {
          failure ??= error;
          port1.postMessage({ id: call.id, ok: false, error: serializeError(error) });
        }
      })();
    });
    try {
      const result = await pool.run({ ...task, port: port2 } as ServiceTask, { transferList: [port2] });
      if (result.ok) return result.value;
      const again = serializeError(failure);
      if (failure !== undefined && again.code === result.error.code && again.message === result.error.message) throw failure;
      throw Object.assign(deserializeError(result.error), failure === undefined ? {} : { cause: failure });
    } finally {
      port1.close();
    }
  };

  return {
    verify: (input, purpose) => run({ op: 'verify', input, ...(purpose ? { purpose } : {}) }) as Promise<VerificationReport>,
    verifyPresentation: (input, { challenge, domain }) => run({ op: 'verify-presentation', input, challenge, domain }) as Promise<PresentationVerificationReport>,
    issuingSuite(suite, signer) {
      const issue = (credential: Record<string, unknown>, issueOptions: IssueOptions) => {
        const created = issueOptions.created instanceof Date ? issueOptions.created.toISOString() : issueOptions.created;
        return run({ op: 'issue', suite: suite.name, credential, signer: { id: signer.id, algorithm: signer.algorithm }, ...(created !== undefined ? { created } : {}) });
      };
      return Object.freeze({ ...suite, issue }) as Suite;
    },
    close: () => pool.destroy(),
  };
}
