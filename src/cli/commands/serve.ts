import { MicrocredError, MissingDependencyError } from '../../errors.js';
import { startService } from '../../server/start.js';
import { EXIT, type Io, UsageError } from '../io.js';
import { readRegistryFlags } from './registry.js';

export interface ServeFlags {
  port: string;
  host: string;
  data: string;
  key?: string;
  tlsCert?: string;
  tlsKey?: string;
  publicUrl?: string;
  tokenFile?: string;
  publish?: boolean;
  init?: boolean;
  /** The verifier routes fetch nothing from other issuers. */
  offline?: boolean;
  /** Hosts the verifier routes may fetch from (repeatable). */
  allow?: string[];
  /** The verifier routes may fetch from loopback/private addresses (tests). */
  allowPrivateNetwork?: boolean;
  /** Accreditation registries (files or URLs) and the agencies whose signature counts. */
  registry?: string[];
  registryAnchor?: string[];
  /** Worker threads for verify and signing (default MICROCRED_WORKERS, else none). */
  workers?: string;
}

/**
 * `microcred serve`: the issuing and verifying service (W3C VC-API, status lists, the
 * verification page at /verify). Runs until SIGINT/SIGTERM.
 */
export async function serveCommand(flags: ServeFlags, io: Io): Promise<number> {
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${flags.port}: not a port number`);
  if (Boolean(flags.tlsCert) !== Boolean(flags.tlsKey)) throw new UsageError('--tls-cert and --tls-key go together');
  if (flags.offline && (flags.allow !== undefined || flags.allowPrivateNetwork)) throw new UsageError('--offline fetches nothing: it cannot go with --allow or --allow-private-network');
  const online = flags.offline ? false : { allow: flags.allow ?? ['*'], allowPrivateNetwork: flags.allowPrivateNetwork === true };
  const workers = flags.workers === undefined ? undefined : Number(flags.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0)) throw new UsageError(`--workers ${flags.workers}: a whole number of threads (0: none)`);
  const registries = await readRegistryFlags(flags, online);
  let service;
  try {
    service = await startService({
      port,
      host: flags.host,
      dataDir: flags.data,
      keyFile: flags.key,
      tlsCert: flags.tlsCert,
      tlsKey: flags.tlsKey,
      publicBaseUrl: flags.publicUrl,
      apiTokenFile: flags.tokenFile,
      publishCredentials: flags.publish,
      init: flags.init,
      online,
      ...(registries.registries ? { trust: registries } : {}),
      ...(workers !== undefined ? { workers } : {}),
      out: io.out,
    });
  } catch (error) {
    if (error instanceof MissingDependencyError) throw error;
    if (error instanceof MicrocredError) throw new UsageError(error.message);
    throw error;
  }
  io.out(`Verification page: ${service.url}/verify`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await service.close();
  return EXIT.OK;
}
