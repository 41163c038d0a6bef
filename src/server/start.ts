/**
 * `startService`: everything `microcred serve` does — open the store, load or create the issuer
 * key and the API token in the data directory, build the server and listen.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { InvalidArgumentError } from '../errors.js';
import { generateKey } from '../keys/generate.js';
import { parseKeyFile } from '../keys/parse.js';
import type { KeyFile } from '../keys/types.js';
import { loadTogether } from '../optional.js';
import { loadBetterSqlite3, loadPg } from '../store/drivers.js';
import { openPostgresStore } from '../store/postgres.js';
import { DEFAULT_DATA_DIR, openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/types.js';
import { API_TOKEN_ENV } from './auth.js';
import { type ServerOptions, createServer, loadFastify } from './server.js';
import { type OnlineOptions, onlineResolvers } from '../verify/online.js';
import type { TrustList } from '../verify/checks/issuer-trust.js';

/** The issuer key file `startService` creates in the data directory. */
export const KEY_FILE_NAME = 'issuer-key.json';
/** The API token file `startService` creates in the data directory. */
export const TOKEN_FILE_NAME = 'api-token';
/** Environment variable with the number of worker threads of `microcred serve` (`--workers`). */
export const WORKERS_ENV = 'MICROCRED_WORKERS';

/** Options of {@link startService}: the `microcred serve` flags. */
export interface StartServiceOptions {
  /** TCP port; 0 picks a free one. Default 8080. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1` (loopback only); `0.0.0.0` for all. */
  host?: string;
  /** Data directory (SQLite database, generated key and token). Default `.microcred`. */
  dataDir?: string;
  /** Issuer key file (`microcred keys generate`). Default: `<dataDir>/issuer-key.json`, generated on first start. */
  keyFile?: string;
  /** PEM certificate and key files: serve HTTPS (verifiers fetch status lists over HTTPS). Give both or neither. */
  tlsCert?: string;
  tlsKey?: string;
  /** PostgreSQL URL; default `DATABASE_URL`. Without one, SQLite in the data directory. */
  databaseUrl?: string;
  /** Public base URL (status list URLs are built from it); default `MICROCRED_PUBLIC_URL`, else the listening address. */
  publicBaseUrl?: string;
  /** API token; default `MICROCRED_API_TOKEN`, else `apiTokenFile`, else `<dataDir>/api-token` (generated on first start). */
  apiToken?: string;
  apiTokenFile?: string;
  /** Serve issued credentials at `GET /credentials/:id`. Default false. */
  publishCredentials?: boolean;
  /**
   * Create an empty store in an existing SQLite file that holds none (zero length, no tables);
   * without it such a file is refused, so an emptied file never starts an empty store
   * silently. A missing file is created on first start either way. `microcred serve --init`.
   */
  init?: boolean;
  /** Logger of the server (see `ServerOptions.logger`). Default JSON lines on stdout at `info`. */
  logger?: ServerOptions['logger'];
  /** Where the start-up lines (issuer DID, URL, token file) go. Default stdout. */
  out?: (line: string) => void;
  /**
   * What the verifier routes (`/credentials/verify`, `/presentations/verify`) may fetch: other
   * issuers' status lists and did:web/HTTPS keys, through microcred's resolver. Default `{}`:
   * any host on a public address; `false`: nothing (the service still checks its own lists).
   */
  online?: false | OnlineOptions;
  /**
   * Trusted issuers and accreditation registries (with their anchors) for the verifier routes
   * and the page at /verify (which reads them from /verify/trust.json).
   */
  trust?: TrustList;
  /**
   * Verify and sign on this many worker threads (see `ServerOptions.workers`). Default
   * `MICROCRED_WORKERS`, else 0 (in the thread that serves the requests).
   */
  workers?: number;
  /** URL of the built worker module (see `ServerOptions.workerUrl`). */
  workerUrl?: URL;
  /** Environment to read `DATABASE_URL`, `MICROCRED_API_TOKEN`, `MICROCRED_PUBLIC_URL`, `MICROCRED_WORKERS` from. Default `process.env`. */
  env?: NodeJS.ProcessEnv;
}

/** A running service. */
export interface RunningService {
  app: FastifyInstance;
  /** The URL it listens on (`http(s)://host:port`). */
  url: string;
  /** The issuer DID (or URL) it signs as. */
  issuer: string;
  store: Store;
  /** Path of the key file used. */
  keyFile: string;
  /** Path of the token file used, when the token came from a file. */
  tokenFile?: string;
  /** Stops listening, then closes the store. */
  close(): Promise<void>;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function readKey(path: string): Promise<KeyFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new InvalidArgumentError('ERR_KEY_FILE', `Cannot read the key file ${path}.`, { cause });
  }
  return parseKeyFile(text);
}

/**
 * Reads `<dataDir>/issuer-key.json`, or generates a key (eddsa-rdfc-2022, did:key) to write
 * there once the service listens: a start that fails writes no key.
 */
async function dataDirKey(path: string): Promise<{ key: KeyFile; created: boolean }> {
  if (await exists(path)) return { key: await readKey(path), created: false };
  return { key: await generateKey({ suite: 'eddsa-rdfc-2022' }), created: true };
}

/**
 * Writes a generated file (mode 0600) that must not exist yet. Another instance that wrote it
 * first, between our look and our write, wins: we then stop rather than run with other secrets
 * than the ones on disk.
 */
async function writeNew(path: string, text: string, what: string): Promise<void> {
  try {
    await writeFile(path, text, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new InvalidArgumentError('ERR_SERVER_START_RACE', `Another instance created ${what} ${path} while this one started: start again to use it.`);
    }
    throw error;
  }
}

/**
 * Fails fast, before anything is written, when the port cannot be listened on (busy, privileged,
 * an address this machine does not have): the error is Node's own (`EADDRINUSE`, …).
 */
async function probeListen(port: number, host: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolveProbe, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolveProbe()));
  });
}

/**
 * Starts the issuing and verifying service on embedded defaults: SQLite in `.microcred/`, an
 * issuer key generated there on first start (and reused later), a random API token in
 * `.microcred/api-token`, listening on 127.0.0.1:8080. Prints the issuer DID, the URL and
 * where the token is.
 *
 * @example
 * const service = await startService({ port: 8080, dataDir: '/var/lib/microcred' });
 * process.on('SIGTERM', () => void service.close());
 *
 * @throws MissingDependencyError `ERR_MISSING_DEPENDENCY` when fastify or the store's driver
 * (better-sqlite3, or pg with a database URL) is not installed — one error naming all that are
 * missing, before anything is written.
 */
export async function startService(options: StartServiceOptions = {}): Promise<RunningService> {
  const env = options.env ?? process.env;
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  if ((options.tlsCert === undefined) !== (options.tlsKey === undefined)) {
    throw new InvalidArgumentError('ERR_SERVER_OPTIONS', 'Give both tlsCert and tlsKey, or neither.');
  }
  const workersText = env[WORKERS_ENV];
  const workers = options.workers ?? (workersText === undefined || workersText === '' ? 0 : Number(workersText));
  if (!Number.isInteger(workers) || workers < 0) {
    throw new InvalidArgumentError('ERR_SERVER_OPTIONS', `${options.workers === undefined ? `${WORKERS_ENV}=${workersText}` : `workers ${workers}`}: a whole number of worker threads (0: none).`);
  }
  const databaseUrl = options.databaseUrl ?? env.DATABASE_URL;
  // Nothing is written (data directory, key, token, database) before we know the optional
  // packages are installed (one error naming all that are missing) and the port is free.
  await loadTogether([loadFastify(), databaseUrl ? loadPg() : loadBetterSqlite3()]);
  await probeListen(options.port ?? 8080, options.host ?? '127.0.0.1');
  await mkdir(dataDir, { recursive: true, mode: 0o700 });

  let key: KeyFile;
  let keyFile: string;
  let keyCreated = false;
  if (options.keyFile !== undefined) {
    keyFile = resolve(options.keyFile);
    key = await readKey(keyFile);
  } else {
    keyFile = join(dataDir, KEY_FILE_NAME);
    const loaded = await dataDirKey(keyFile);
    key = loaded.key;
    keyCreated = loaded.created;
  }

  let apiToken = options.apiToken ?? env[API_TOKEN_ENV];
  let tokenFile: string | undefined;
  // A token generated now is used from memory and written to its file once the service listens.
  let newToken: string | undefined;
  if (apiToken === undefined || apiToken === '') {
    apiToken = undefined;
    tokenFile = options.apiTokenFile ?? env.MICROCRED_API_TOKEN_FILE ?? join(dataDir, TOKEN_FILE_NAME);
    if (options.apiTokenFile === undefined && env.MICROCRED_API_TOKEN_FILE === undefined && !(await exists(tokenFile))) {
      newToken = randomBytes(32).toString('base64url');
    }
  }

  const tls =
    options.tlsCert !== undefined && options.tlsKey !== undefined
      ? { cert: await readFile(options.tlsCert), key: await readFile(options.tlsKey) }
      : undefined;
  const publicBaseUrl = options.publicBaseUrl ?? env.MICROCRED_PUBLIC_URL;
  const store = databaseUrl ? await openPostgresStore({ connectionString: databaseUrl }) : await openSqliteStore({ dataDir, init: options.init === true });
  let app: FastifyInstance;
  try {
    app = await createServer({
      store,
      key,
      ...(apiToken !== undefined ? { apiToken } : newToken !== undefined ? { apiToken: newToken } : { apiTokenFile: tokenFile }),
      publicBaseUrl,
      publishCredentials: options.publishCredentials,
      logger: options.logger,
      tls,
      ...(options.online === false ? {} : { resolver: onlineResolvers(options.online ?? {}).resolver }),
      ...(options.trust ? { trust: options.trust } : {}),
      ...(workers > 0 ? { workers, ...(options.workerUrl ? { workerUrl: options.workerUrl } : {}) } : {}),
    });
    await app.listen({ port: options.port ?? 8080, host: options.host ?? '127.0.0.1' });
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  try {
    if (keyCreated) await writeNew(keyFile, `${JSON.stringify(key, null, 2)}\n`, 'the issuer key');
    if (newToken !== undefined && tokenFile !== undefined) await writeNew(tokenFile, `${newToken}\n`, 'the API token');
  } catch (error) {
    await app.close().catch(() => undefined);
    await store.close().catch(() => undefined);
    throw error;
  }
  if (keyCreated) out(`Generated a new issuer key: ${keyFile} (keep it secret; back it up).`);
  if (newToken !== undefined) out(`Generated an API token: ${tokenFile}`);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 8080);
  const host = options.host ?? '127.0.0.1';
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  const url = `${tls ? 'https' : 'http'}://${shownHost}:${port}`;
  out(`Issuer: ${key.controller}`);
  out(`Listening on ${url} (store: ${store.kind}${store.kind === 'sqlite' ? ` in ${dataDir}` : ''})`);
  if (!publicBaseUrl) {
    out(`Status lists are published under ${url}: set a public URL (MICROCRED_PUBLIC_URL) that verifiers can reach, since it is written into every credential.`);
  }
  if (tokenFile) out(`API token: in ${tokenFile}`);
  let closing: Promise<void> | undefined;
  return {
    app,
    url,
    issuer: key.controller,
    store,
    keyFile,
    ...(tokenFile ? { tokenFile } : {}),
    close() {
      closing ??= (async () => {
        await app.close();
        await store.close();
      })();
      return closing;
    },
  };
}
