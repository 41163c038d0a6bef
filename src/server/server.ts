/**
 * The HTTP service: W3C VC-API issuer and verifier endpoints on fastify, with status lists.
 *
 * | route | auth | what |
 * | --- | --- | --- |
 * | `POST /credentials/issue` | bearer | VC-API issue: `{credential, options}` → 201 `{verifiableCredential}` |
 * | `POST /micro-credentials?profile=P` | bearer | a MicroCredential → 201 `{verifiableCredential}`, or 422 with every validation error |
 * | `POST /credentials/verify` | — | VC-API verify: 200 with the report when verified, 400 with it otherwise |
 * | `POST /presentations/verify` | — | VC-API verify of a presentation (`options.challenge`, `options.domain`): 200 or 400 likewise |
 * | `POST /credentials/status` | bearer | VC-API status update: revoke, suspend, reinstate |
 * | `GET /credentials` | bearer | records of issued credentials, newest first, paged |
 * | `GET /status-lists/:id` | — | a signed `BitstringStatusListCredential` |
 * | `POST /status-lists/:id/publish` | bearer | 204: lists are re-signed on every change, nothing is pending |
 * | `GET /credentials/:id` | — | an issued credential, only with `publishCredentials` |
 * | `GET /ob2/assertions/:id`, `/ob2/badges/:id`, `/ob2/issuer` | — | Open Badges 2.0 hosted Assertion, BadgeClass, issuer Profile, only with `publishCredentials` |
 * | `GET /healthz` | — | liveness (the store answers) |
 * | `GET /verify` | — | the verification page (`?id=…` from certificate QR codes; needs `publishCredentials`) |
 */
import { findDuplicateKey } from '../json-duplicate-keys.js';
import type { AddressInfo } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { InvalidArgumentError, MicrocredError, ResolutionError, type CheckCode, type SignerUnavailableErrorCode, SigningError, StatusError, StoreError } from '../errors.js';
import { loadOptional } from '../optional.js';
import { toOpenBadge } from '../formats/ob3/to-open-badge.js';
import type { KeyFile, Signer, SuiteName } from '../keys/types.js';
import { signerFromKeyFile } from '../keys/signer.js';
import { defaultDocumentLoader, documentLoaderWith } from '../loader/default.js';
import { type DocumentLoader, createDocumentLoader } from '../loader/document-loader.js';
import type { MicroCredential } from '../model/types.generated.js';
import { validateMicroCredential } from '../model/validate.js';
import type { ProfileRegistry } from '../profiles/registry.js';
import type { Resolver } from '../resolver/resolver.js';
import { statusListResolver } from '../status/check.js';
import { listIdFromUrl, statusListUrl } from '../status/entry.js';
import { issueWithStatus } from '../status/issue.js';
import { type StatusService, createStatusService } from '../status/service.js';
import { registerVerificationPage } from './web-page.js';
import { STATUS_PURPOSES, type CredentialState, type StatusPurpose, type Store } from '../store/types.js';
import { DEFAULT_SUITE, type SuiteRegistry, createSuiteRegistry } from '../suites/registry.js';
import type { ProofPurposeOptions } from '../suites/types.js';
import type { TrustList } from '../verify/checks/issuer-trust.js';
import { verifiedTrust } from '../verify/checks/registry-trust.js';
import type { VerificationReport } from '../verify/report.js';
import { verify } from '../verify/verify.js';
import { type PresentationVerificationReport, verifyPresentation } from '../verify/presentation.js';
import { bearerChecker, loadApiToken } from './auth.js';
import { credentialProblems } from './credential-input.js';
import { vcVersionOf } from '../loader/contexts.js';
import { type RelatedResourceFetcher, relatedResourceDigestProblems } from './related-resources.js';
import { registerOb2Routes } from './ob2-routes.js';
import { COMPACT_JWT } from '../formats/jwt.js';
import { isJsonObject as isObject } from '../json.js';
import { createServicePool } from './workers.js';
import { workerDataOf } from './worker-protocol.js';

type Json = Record<string, unknown>;

/** Options of {@link createServer}. */
export interface ServerOptions {
  /** Where issued credential records and status lists live (`openSqliteStore` / `openPostgresStore`). */
  store: Store;
  /** Issuer key file. Give this or `signer`. */
  key?: KeyFile;
  /** Your own signer (KMS/HSM); its `id` is the verification method. */
  signer?: Signer;
  /** Issuer id; default the key's controller (or the signer id before `#`). */
  issuer?: string;
  /** Proof suite; default the key's suite, else `eddsa-rdfc-2022`. */
  suite?: SuiteName;
  /**
   * Public base URL of the service (status list URLs are built from it), e.g.
   * `https://badges.example.edu`. Default: the address the server listens on.
   */
  publicBaseUrl?: string;
  /** Bearer token of the issue and status endpoints (at least 16 characters). Default: `apiTokenFile`, else `MICROCRED_API_TOKEN`. */
  apiToken?: string;
  /** File whose first line is the bearer token. */
  apiTokenFile?: string;
  /** Serve issued credentials at `GET /credentials/:id` (they are then kept in the store). Default false. */
  publishCredentials?: boolean;
  /** Folder of the built verification page (default: dist/web of this package). */
  webRoot?: string;
  /** fastify's JSON logger (pino): `false` for none; `level` and `stream` (default stdout) otherwise. Default `{ level: 'info' }`. */
  logger?: boolean | { level?: string; stream?: { write(line: string): unknown } };
  /** Largest request body, in bytes. Default 1 MiB. */
  bodyLimit?: number;
  /** Serve HTTPS with this certificate and key (PEM). */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Status purposes added to each issued credential. Default `['revocation']` (one entry, as Open Badges 3.0 allows). */
  statusPurposes?: StatusPurpose[];
  /** Size of new status lists; default and minimum 131,072. */
  listSize?: number;
  /** Signed status lists expire after this many seconds (default 86,400) and are re-signed before; see `StatusServiceOptions.validitySeconds`. */
  statusListValiditySeconds?: number;
  suites?: SuiteRegistry;
  /** JSON-LD document loader; default the bundled offline loader (plus `resolver` and `extraContexts`). */
  documentLoader?: DocumentLoader;
  /**
   * More contexts the default loader serves, by URL. Default: the W3C examples context
   * (`https://www.w3.org/ns/credentials/examples/v2`, a single `@vocab`), which the W3C VC
   * test suites send. Pass `{}` to serve the bundled contexts only.
   */
  extraContexts?: Record<string, object>;
  /** Profiles for `POST /micro-credentials`. */
  profiles?: ProfileRegistry;
  /** Allow-listed resolver for the verifier: did:web keys and other issuers' status lists. Offline without it. */
  resolver?: Resolver;
  /** Fetches other issuers' status lists for the verifier (default: through `resolver`, else none). */
  resolveStatusList?: (url: string) => Promise<unknown>;
  /**
   * Trusted/distrusted issuers for the verifier's `issuer-trust` check (`/credentials/verify`,
   * `/presentations/verify` and the page at `/verify`, which reads it from `/verify/trust.json`).
   * The service's own issuer is always added to `trusted` unless `trustOwnIssuer` is false.
   */
  trust?: TrustList;
  /** Recognise the service's own issuer in the verifier and on the page. Default true. */
  trustOwnIssuer?: boolean;
  /**
   * Bytes of resources that credentials sent to `/credentials/issue` name in `relatedResource`, so
   * their `digestSRI`/`digestMultibase` are compared (a mismatch is a 400). Default: none — the
   * service fetches nothing, and digests are checked for presence and form only.
   */
  relatedResources?: RelatedResourceFetcher;
  /**
   * Verify (credentials and presentations) and sign on this many worker threads, so one slow
   * request — a 1 MiB credential takes seconds — does not hold up the others. Default 0: in the
   * thread that serves the requests. Needs the built-in `suites`; a custom `signer` and
   * `documentLoader` keep working (the workers call back to this thread for them).
   */
  workers?: number;
  /** URL of the built worker module. Default: `worker.js` beside this module (dist/server/worker.js; dist/cjs/worker.js for require). */
  workerUrl?: URL;
}

/** The W3C examples context the VC test suites use, and its published content (one `@vocab`). */
export const EXAMPLES_V2_CONTEXT = 'https://www.w3.org/ns/credentials/examples/v2';
const EXAMPLES_V2_DOCUMENT = Object.freeze({ '@context': Object.freeze({ '@vocab': 'https://www.w3.org/ns/credentials/examples#' }) });

/** Default body limit: 1 MiB. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

const LIST_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The issuer rule of the service: it always signs as itself. `POST /credentials/issue` requires
 * an issuer (a URL, or an object with a URL id, as VC requires); its id is replaced by the
 * service's issuer id, and an object-form issuer keeps its other properties (name, address, …).
 * Signing in another issuer's name would only make credentials that verifiers must reject.
 */
export function withServiceIssuer(credential: Json, issuer: string): Json {
  const current = credential.issuer;
  if (typeof current === 'object' && current !== null && !Array.isArray(current)) return { ...credential, issuer: { ...current, id: issuer } };
  return { ...credential, issuer };
}

/** A signer that failed (KMS down, …): a 503, not the caller's fault. */
class SignerUnavailableError extends MicrocredError<SignerUnavailableErrorCode> {}

function guardedSigner(signer: Signer): Signer {
  return Object.freeze({
    id: signer.id,
    algorithm: signer.algorithm,
    async sign(data: Uint8Array) {
      try {
        return await signer.sign(data);
      } catch (cause) {
        throw new SignerUnavailableError('ERR_SIGNER_UNAVAILABLE', 'The signing key is unavailable.', { cause });
      }
    },
  });
}

/** Codes that mean the disk is full: SQLite, the file system, PostgreSQL (`disk_full`). */
const DISK_FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT', '53100', 'ERR_STORE_FULL']);
/** Codes that mean the database file is damaged. */
const DAMAGED = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'ERR_STORE_DAMAGED']);

/** The first of `codes` found on the error or its causes (stores wrap driver errors). */
function causeCode(error: unknown, codes: Set<string>): string | undefined {
  let current = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && codes.has(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** HTTP status of an error thrown by a handler. */
function statusOf(error: unknown): number {
  if (causeCode(error, DISK_FULL) !== undefined) return 507;
  if (causeCode(error, DAMAGED) !== undefined) return 503;
  if (error instanceof SignerUnavailableError) return 503;
  if (error instanceof StoreError) {
    switch (error.code) {
      case 'ERR_STORE_DUPLICATE':
      case 'ERR_STATUS_PURPOSE_MISSING':
        return 409;
      case 'ERR_STORE_NOT_FOUND':
        return 404;
      case 'ERR_STORE_INVALID':
        return 400;
      default:
        return 503;
    }
  }
  if (error instanceof StatusError) return error.code === 'ERR_STATUS_LIST_UNKNOWN' ? 404 : 400;
  if (error instanceof SigningError || error instanceof InvalidArgumentError || error instanceof ResolutionError) return 400;
  const status = (error as FastifyError)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** fastify's own client errors get stable microcred codes; microcred errors keep theirs. */
function stableCode(error: FastifyError, status: number): string {
  const code = (error as { code?: string }).code;
  if (code !== undefined && !code.startsWith('FST_')) return code;
  if (status === 413) return 'ERR_BODY_TOO_LARGE';
  if (status === 415) return 'ERR_UNSUPPORTED_MEDIA_TYPE';
  if (status === 400 && (code === undefined || /JSON|BODY|CONTENT/.test(code))) return 'ERR_INPUT_NOT_JSON';
  return status === 404 ? 'ERR_NOT_FOUND' : 'ERR_BAD_REQUEST';
}

/** Reads the status purposes asked in VC-API `options.credentialStatus` (or our `statusPurpose`). */
function purposesFrom(value: unknown, defaults: readonly StatusPurpose[]): StatusPurpose[] | InputError {
  if (value === undefined) return [...defaults];
  if (value === false || value === null) return [];
  const wanted = new Set<StatusPurpose>();
  for (const item of Array.isArray(value) ? value : [value]) {
    if (!isObject(item)) return new InputError('options.credentialStatus must be an object like { "type": "BitstringStatusListEntry" }.');
    if (item.type !== undefined && item.type !== 'BitstringStatusListEntry') {
      return new InputError(`Unsupported credential status type ${JSON.stringify(item.type)}; this issuer supports BitstringStatusListEntry.`);
    }
    // Asking for a status entry without naming a purpose means the default one(s), at least revocation.
    const raw = item.statusPurpose ?? (defaults.length > 0 ? defaults : ['revocation']);
    for (const purpose of Array.isArray(raw) ? raw : [raw]) {
      if (!STATUS_PURPOSES.includes(purpose as StatusPurpose)) return new InputError(`Unsupported statusPurpose ${JSON.stringify(purpose)}; supported: ${STATUS_PURPOSES.join(', ')}.`);
      wanted.add(purpose as StatusPurpose);
    }
  }
  return STATUS_PURPOSES.filter((p) => wanted.has(p));
}

class InputError extends Error {}

/**
 * The state a VC-API status update asks for. `status` may sit in the entry or beside it (VC-API
 * drafts differ); without one, naming a purpose means setting it (revoke or suspend).
 */
function targetState(item: Json, outer: unknown): CredentialState | undefined {
  const { statusPurpose } = item;
  const status = item.status ?? outer ?? true;
  if (typeof status === 'boolean') {
    if (!status) return 'active';
    return statusPurpose === 'suspension' ? 'suspended' : statusPurpose === 'revocation' || statusPurpose === undefined ? 'revoked' : undefined;
  }
  if (typeof status !== 'string') return undefined;
  switch (status.toLowerCase()) {
    case 'revoked':
    case 'revocation':
      return 'revoked';
    case 'suspended':
    case 'suspension':
      return 'suspended';
    case 'active':
    case 'valid':
    case 'reinstated':
    case 'unsuspended':
    case 'unrevoked':
      return 'active';
    default:
      return undefined;
  }
}

/**
 * A verification report as VC-API answers it: 200 only when verified, else 400 — whether the
 * input could not be read or was read and failed (the W3C Data Integrity, Bitstring Status List
 * and VC-API verifier suites all accept 400; some accept nothing else). `errors` and `warnings`
 * list the failed and warning checks (VC-API clients look there); `checks` has every check.
 */
function sendReport(reply: FastifyReply, report: VerificationReport | PresentationVerificationReport): FastifyReply {
  const listed = (status: 'fail' | 'warn') => report.checks.filter((c) => c.status === status).map(({ id, code, message }) => ({ check: id, code, message }));
  return reply.code(report.verified ? 200 : 400).send({ ...report, errors: listed('fail'), warnings: listed('warn') });
}

/** VC-API `options.expectedProofPurpose` (with `challenge`/`domain`), or why it cannot be honoured. */
function expectedPurpose(options: Json): ProofPurposeOptions | string | undefined {
  const { expectedProofPurpose: name, challenge, domain } = options;
  if (name === undefined || name === 'assertionMethod') return undefined;
  if (name !== 'authentication') return `Unsupported expectedProofPurpose ${JSON.stringify(name)}: use assertionMethod or authentication.`;
  if (challenge !== undefined && typeof challenge !== 'string') return 'options.challenge must be a string.';
  if (domain !== undefined && typeof domain !== 'string') return 'options.domain must be a string.';
  return { proofPurpose: 'authentication', challenge, domain };
}

function problem(reply: FastifyReply, status: number, code: string, message: string, extra: Json = {}): FastifyReply {
  return reply.code(status).send({ code, message, ...extra });
}

/** fastify, loaded at first use: a verify-only install does not have it. */
export async function loadFastify(): Promise<(typeof import('fastify'))['default']> {
  return (await loadOptional('fastify', () => import('fastify'))).default;
}

/**
 * Creates the service (not yet listening): call `listen({ port, host })` on the result, or use
 * `startService` which also opens the store and the key.
 *
 * @example
 * const app = await createServer({ store: await openSqliteStore(), key, apiToken: process.env.MICROCRED_API_TOKEN, publicBaseUrl: 'https://badges.example.edu' });
 * await app.listen({ port: 8080, host: '0.0.0.0' });
 *
 * @throws InvalidArgumentError `ERR_API_TOKEN_REQUIRED` / `ERR_API_TOKEN_INVALID` / `ERR_KEY_REQUIRED` / `ERR_SERVER_OPTIONS`.
 * @throws MissingDependencyError `ERR_MISSING_DEPENDENCY` when fastify is not installed.
 */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  if (!options?.store) throw new InvalidArgumentError('ERR_SERVER_OPTIONS', 'createServer needs a store.');
  if (!options.key && !options.signer) throw new InvalidArgumentError('ERR_KEY_REQUIRED', 'createServer needs a key (options.key) or a signer (options.signer).');
  const tokenOk = bearerChecker(loadApiToken(options));
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  if (!Number.isInteger(bodyLimit) || bodyLimit < 1024) throw new InvalidArgumentError('ERR_SERVER_OPTIONS', 'bodyLimit must be an integer of at least 1024 bytes.');
  const statusPurposes = options.statusPurposes ?? ['revocation'];
  if (!statusPurposes.every((p) => STATUS_PURPOSES.includes(p))) throw new InvalidArgumentError('ERR_SERVER_OPTIONS', `statusPurposes must be among ${STATUS_PURPOSES.join(', ')}.`);
  const { store } = options;
  const suites = options.suites ?? createSuiteRegistry();
  const suite = suites.get(options.suite ?? options.key?.suite ?? DEFAULT_SUITE);
  const signer = guardedSigner(options.signer ?? (await signerFromKeyFile(options.key)));
  const issuer = options.issuer ?? options.key?.controller ?? signer.id.split('#')[0]!;
  const extraContexts = options.extraContexts ?? { [EXAMPLES_V2_CONTEXT]: EXAMPLES_V2_DOCUMENT };
  const documentLoader =
    options.documentLoader ??
    (Object.keys(extraContexts).length > 0
      ? createDocumentLoader({ extraContexts, ...(options.resolver ? { resolver: options.resolver } : {}) })
      : options.resolver
        ? documentLoaderWith(options.resolver)
        : defaultDocumentLoader());
  const publish = options.publishCredentials === true;
  const workers = options.workers ?? 0;
  if (!Number.isInteger(workers) || workers < 0) throw new InvalidArgumentError('ERR_SERVER_OPTIONS', 'workers must be a whole number of threads (0: none).');
  if (workers > 0 && options.suites) throw new InvalidArgumentError('ERR_SERVER_OPTIONS', 'workers run the built-in suites: give no suites with workers.');
  const tls = options.tls;

  const logger =
    options.logger === false
      ? false
      : {
          level: (typeof options.logger === 'object' ? options.logger.level : undefined) ?? 'info',
          ...(typeof options.logger === 'object' && options.logger.stream ? { stream: options.logger.stream } : {}),
          // No personal data in logs: no addresses, headers, bodies, query strings or ids.
          serializers: {
            req: (req: FastifyRequest) => ({ method: req.method, url: req.routeOptions?.url ?? '(no route)' }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            err: (err: FastifyError) => ({ type: err.name, code: err.code, message: '', stack: '' }),
          },
        };
  const Fastify = await loadFastify();
  const app = Fastify({
    logger,
    bodyLimit,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    requestTimeout: 60_000,
    return503OnClosing: true,
    ...(tls ? { https: { cert: tls.cert, key: tls.key } } : {}),
  }) as unknown as FastifyInstance;

  const baseUrl = (): string => {
    if (options.publicBaseUrl) return options.publicBaseUrl;
    const address = app.server.address() as AddressInfo | string | null;
    if (!address || typeof address === 'string') throw new StatusError('ERR_STATUS_OPTIONS', 'The server is not listening yet and has no publicBaseUrl.');
    const host = address.address === '0.0.0.0' || address.address === '::' ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return `${tls ? 'https' : 'http'}://${host}:${address.port}`;
  };
  const status: StatusService = await createStatusService({
    store,
    publicBaseUrl: options.publicBaseUrl ?? baseUrl,
    signer,
    issuer,
    suite: suite.name,
    suites,
    documentLoader,
    listSize: options.listSize,
    validitySeconds: options.statusListValiditySeconds,
  });
  /** The one issuing path of both issue endpoints. */
  const issue = (unsigned: Json, purposes: readonly StatusPurpose[]) =>
    issueWithStatus(withServiceIssuer(unsigned, issuer), { status, suite: issuingSuite, signer, documentLoader, purposes, publish });
  const foreignLists = options.resolveStatusList ?? (options.resolver ? statusListResolver(options.resolver) : undefined);
  const resolveStatusList = async (url: string): Promise<unknown> => {
    let own = false;
    try {
      own = listIdFromUrl(status.baseUrl(), url) !== undefined;
    } catch {
      own = false;
    }
    if (own) return status.resolveStatusList(url);
    if (foreignLists) return foreignLists(url);
    throw new Error('not a status list of this service, and no resolver is configured for other issuers');
  };

  const trust: TrustList | undefined =
    options.trustOwnIssuer === false ? options.trust : { ...options.trust, trusted: [...new Set([issuer, ...(options.trust?.trusted ?? [])])] };
  // Registries are checked once here; the page gets them as published and checks them itself.
  const verifierTrust = trust ? await verifiedTrust(trust, { suites, resolver: options.resolver }) : trust;
  const verifierOptions = { documentLoader, suites, trust: verifierTrust, profiles: options.profiles, status: { resolveStatusList, store } };
  const pool =
    workers > 0
      ? createServicePool({
          threads: workers,
          workerUrl: options.workerUrl ?? new URL('./worker.js', import.meta.url),
          data: workerDataOf({ extraContexts, resolver: options.resolver !== undefined, customLoader: options.documentLoader !== undefined, trust: verifierTrust, profiles: options.profiles }),
          rpc: {
            load: (url) => documentLoader(url),
            resolve: (url) => options.resolver!.resolve(url),
            statusList: resolveStatusList,
            storedCredential: (id) => store.getCredential(id),
            sign: (data) => signer.sign(data),
          },
        })
      : undefined;
  if (pool) app.addHook('onClose', () => pool.close());
  // With workers, proofs are made on a worker thread (called when a request comes, after this line); status allocation and records stay here.
  const issuingSuite = pool ? pool.issuingSuite(suite, signer) : suite;

  // JSON only: drop fastify's text/plain parser, accept application/*+json as JSON. Bodies that
  // repeat a member name are refused: JSON.parse keeps the last value, other parsers the first.
  app.removeContentTypeParser(['text/plain', 'application/json']);
  const defaultJson = app.getDefaultJsonParser('error', 'error');
  const strictJson: typeof defaultJson = (request, body, done) =>
    defaultJson(request, body, (error, value) => {
      const duplicate = error ? undefined : findDuplicateKey(String(body));
      if (duplicate === undefined) return done(error, value);
      done(new InvalidArgumentError('ERR_DUPLICATE_KEY', `The JSON body repeats the member name at ${duplicate}.`, { pointer: duplicate }), undefined);
    });
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, strictJson);
  app.addContentTypeParser(/^application\/[a-z0-9.!#$&^_-]+\+json$/i, { parseAs: 'string', bodyLimit }, strictJson);

  const requireToken = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!tokenOk(request.headers.authorization)) {
      reply.header('www-authenticate', 'Bearer realm="microcred"');
      return problem(reply, 401, 'ERR_UNAUTHORIZED', 'A valid bearer token is required.');
    }
    return undefined;
  };

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const code = statusOf(error);
    if (code >= 500) {
      // Type, code and stack frames only, in the log: messages may quote stored data. The
      // client gets a stable code and a sentence, never a stack trace.
      request.log.error(
        { errorType: error.name, errorCode: (error as { code?: string }).code, frames: error.stack?.split('\n').slice(1, 8).join('\n') },
        'request failed',
      );
      if (code === 507) return problem(reply, 507, 'ERR_STORE_FULL', 'The server has no space left to store this; nothing was changed. Try again later.');
      if (causeCode(error, DAMAGED) !== undefined) return problem(reply, 503, 'ERR_STORE_DAMAGED', 'The credential store is damaged; the operator must restore it.');
      return problem(reply, code, code === 503 ? ((error as { code?: string }).code ?? 'ERR_UNAVAILABLE') : 'ERR_INTERNAL', code === 503 ? error.message : 'Internal error.');
    }
    const errorCode = stableCode(error, code);
    const pointer = error instanceof MicrocredError ? (error as MicrocredError).pointer : undefined;
    const extra: Json = pointer !== undefined ? { pointer } : {};
    return problem(reply, code, errorCode, error.message, extra);
  });
  app.setNotFoundHandler((_request, reply) => problem(reply, 404, 'ERR_NOT_FOUND', 'No such resource.'));

  app.get('/healthz', async (_request, reply) => {
    try {
      await store.ping();
      return { status: 'ok', issuer, store: store.kind };
    } catch (error) {
      // The store's state, as a code and a reason; no paths or driver messages.
      if (causeCode(error, DISK_FULL) !== undefined) return problem(reply, 503, 'ERR_STORE_FULL', 'The store\'s disk is full.', { store: store.kind });
      if (causeCode(error, DAMAGED) !== undefined) return problem(reply, 503, 'ERR_STORE_DAMAGED', 'The store is damaged.', { store: store.kind });
      if (error instanceof StoreError && error.code === 'ERR_STORE_CLOSED') return problem(reply, 503, 'ERR_STORE_CLOSED', 'The store is closed.', { store: store.kind });
      return problem(reply, 503, 'ERR_STORE_UNAVAILABLE', 'The store does not answer.', { store: store.kind });
    }
  });

  app.post('/credentials/issue', { onRequest: requireToken }, async (request, reply) => {
    const body = request.body;
    if (!isObject(body) || !isObject(body.credential)) return problem(reply, 400, 'ERR_INPUT_INVALID', 'The body must be {"credential": {...}, "options": {...}}.');
    const requestOptions = isObject(body.options) ? body.options : {};
    const credential = body.credential;
    const problems = credentialProblems(credential);
    if (problems.length === 0 && options.relatedResources) problems.push(...(await relatedResourceDigestProblems(credential, options.relatedResources)));
    if (problems.length > 0) return problem(reply, 400, 'ERR_CREDENTIAL_INVALID', problems.map((p) => `${p.pointer || '/'}: ${p.message}`).join(' '), { errors: problems });
    const asked = purposesFrom(requestOptions.credentialStatus, statusPurposes);
    if (asked instanceof InputError) return problem(reply, 400, 'ERR_STATUS_OPTIONS', asked.message);
    let purposes = asked;
    if (credential.credentialStatus !== undefined) {
      purposes = []; // the caller manages this credential's status
    } else if (vcVersionOf(credential) === '1.1' && purposes.length > 0) {
      // The VC 1.1 context does not define BitstringStatusListEntry, and this service adds no context.
      if (requestOptions.credentialStatus !== undefined) return problem(reply, 400, 'ERR_STATUS_UNSUPPORTED', 'Bitstring status entries need a VC 2.0 credential.');
      purposes = [];
    }
    const { verifiableCredential } = await issue(credential, purposes);
    return reply.code(201).send({ verifiableCredential });
  });

  app.post<{ Querystring: { profile?: string; statusPurpose?: string; language?: string } }>(
    '/micro-credentials',
    { onRequest: requireToken },
    async (request, reply) => {
      const { profile, language } = request.query;
      const document = request.body;
      if (!isObject(document)) return problem(reply, 400, 'ERR_INPUT_INVALID', 'The body must be a MicroCredential JSON object.');
      const validation = validateMicroCredential(document, { profile, profiles: options.profiles, maxIssues: 100_000 });
      if (!validation.valid) {
        return reply.code(422).send({
          code: 'ERR_MICROCREDENTIAL_INVALID',
          message: `The micro-credential is invalid under profile ${validation.profile.id}@${validation.profile.version} (${validation.errors.length} error(s)).`,
          profile: validation.profile,
          errors: validation.errors,
          warnings: validation.warnings,
        });
      }
      const asked = purposesFrom(request.query.statusPurpose === undefined ? undefined : { statusPurpose: request.query.statusPurpose.split(',') }, statusPurposes);
      if (asked instanceof InputError) return problem(reply, 400, 'ERR_STATUS_OPTIONS', asked.message);
      const unsigned = toOpenBadge(document as unknown as MicroCredential, { issuer, language });
      const { verifiableCredential } = await issue(unsigned as unknown as Json, asked);
      return reply.code(201).send({ verifiableCredential, warnings: validation.warnings });
    },
  );

  app.post('/credentials/verify', async (request, reply) => {
    const body = request.body;
    const refuse = (code: CheckCode, message: string) => sendReport(reply, { verdict: 'not-verified', verified: false, format: 'unknown', checks: [{ id: 'parse', status: 'fail', code, message }] });
    if (!isObject(body) || body.verifiableCredential === undefined) return refuse('ERR_INPUT_INVALID', 'The body must be {"verifiableCredential": …, "options": {…}}.');
    const credential = body.verifiableCredential;
    if (typeof credential === 'string' ? !COMPACT_JWT.test(credential.trim()) : !isObject(credential)) {
      return refuse('ERR_INPUT_INVALID', 'verifiableCredential must be a credential object or a compact VC-JWT.');
    }
    const requestOptions = isObject(body.options) ? body.options : {};
    const purpose = expectedPurpose(requestOptions);
    if (typeof purpose === 'string') return refuse('ERR_INPUT_INVALID', purpose);
    const report = pool ? await pool.verify(credential, purpose) : await verify(credential, { ...verifierOptions, purpose });
    return sendReport(reply, report);
  });

  app.post('/presentations/verify', async (request, reply) => {
    const body = request.body;
    const refuse = (code: CheckCode, message: string) => sendReport(reply, { verdict: 'not-verified', verified: false, format: 'vp', checks: [{ id: 'parse', status: 'fail', code, message }], credentials: [] });
    if (!isObject(body) || !isObject(body.verifiablePresentation)) return refuse('ERR_INPUT_INVALID', 'The body must be {"verifiablePresentation": {…}, "options": {"challenge": "…", "domain": "…"}}.');
    const requestOptions = isObject(body.options) ? body.options : {};
    const { challenge, domain } = requestOptions;
    if (challenge !== undefined && typeof challenge !== 'string') return refuse('ERR_INPUT_INVALID', 'options.challenge must be a string.');
    if (domain !== undefined && typeof domain !== 'string' && !(Array.isArray(domain) && domain.every((d) => typeof d === 'string'))) {
      return refuse('ERR_INPUT_INVALID', 'options.domain must be a string or a list of strings.');
    }
    // VC-API: a signed presentation without credentials is a holder authentication (DID Auth), so it may be empty; it must be signed.
    const presentationOptions = { challenge, domain: domain as string | string[] | undefined };
    const report = pool
      ? await pool.verifyPresentation(body.verifiablePresentation, presentationOptions)
      : await verifyPresentation(body.verifiablePresentation, { ...verifierOptions, ...presentationOptions, allowEmpty: true });
    return sendReport(reply, report);
  });

  app.post('/credentials/status', { onRequest: requireToken }, async (request, reply) => {
    const body = request.body;
    if (!isObject(body) || typeof body.credentialId !== 'string' || body.credentialId === '') {
      return problem(reply, 400, 'ERR_INPUT_INVALID', 'The body must be {"credentialId": "…", "credentialStatus": [{"type": "BitstringStatusListEntry", "status": "revoked"}]}.');
    }
    const items = Array.isArray(body.credentialStatus) ? body.credentialStatus : [body.credentialStatus];
    if (items.length === 0 || items.length > 4 || !items.every(isObject)) return problem(reply, 400, 'ERR_INPUT_INVALID', 'credentialStatus must list one to four status updates.');
    const updates: Array<{ state: CredentialState; reason?: string }> = [];
    for (const item of items as Json[]) {
      if (item.type !== undefined && item.type !== 'BitstringStatusListEntry') return problem(reply, 400, 'ERR_STATUS_OPTIONS', `Unsupported status type ${JSON.stringify(item.type)}.`);
      const state = targetState(item, body.status);
      if (!state) return problem(reply, 400, 'ERR_STATUS_OPTIONS', `Unknown status ${JSON.stringify(item.status)}: use "revoked", "suspended" or "active".`);
      const reason = item.reason ?? item.statusReason ?? body.reason;
      if (reason !== undefined && (typeof reason !== 'string' || reason.length > 1000)) return problem(reply, 400, 'ERR_INPUT_INVALID', 'reason must be a string of at most 1000 characters.');
      updates.push(reason === undefined ? { state } : { state, reason });
    }
    let result;
    for (const update of updates) {
      result =
        update.state === 'revoked'
          ? await status.revoke(body.credentialId, update.reason)
          : update.state === 'suspended'
            ? await status.suspend(body.credentialId, update.reason)
            : await status.reinstate(body.credentialId);
    }
    const record = result!.record;
    return {
      credentialId: record.id,
      status: record.status,
      ...(record.statusReason ? { reason: record.statusReason } : {}),
      statusChangedAt: record.statusChangedAt,
      statusLists: record.statusEntries.map((e) => statusListUrl(status.baseUrl(), e.listId)),
    };
  });

  app.get<{ Querystring: { limit?: string; cursor?: string; status?: string; learnerRef?: string; achievementId?: string } }>('/credentials', { onRequest: requireToken }, async (request) => {
    const { limit, cursor, status: state, learnerRef, achievementId } = request.query;
    if (state !== undefined && !['active', 'revoked', 'suspended'].includes(state)) throw new StoreError('ERR_STORE_INVALID', 'status must be active, revoked or suspended.');
    const page = await store.listCredentials({
      ...(limit !== undefined ? { limit: Number(limit) } : {}),
      ...(cursor !== undefined ? { cursor } : {}),
      ...(state !== undefined ? { status: state as CredentialState } : {}),
      ...(learnerRef !== undefined ? { learnerRef } : {}),
      ...(achievementId !== undefined ? { achievementId } : {}),
    });
    return { items: page.items.map(({ document: _document, ...rest }) => rest), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  });

  app.get<{ Params: { id: string } }>('/status-lists/:id', async (request, reply) => {
    if (!LIST_ID.test(request.params.id)) return problem(reply, 404, 'ERR_STATUS_LIST_UNKNOWN', 'No such status list.');
    const signed = await status.statusListCredential(request.params.id);
    reply.header('cache-control', 'no-cache');
    // Status lists are public: verification pages on other origins must be able to read them.
    reply.header('access-control-allow-origin', '*');
    if (typeof signed === 'string') return reply.type('application/vc+jwt').send(signed);
    return reply.type('application/json').send(signed);
  });

  // Lists are re-signed on every change, so publishing is already done; the Bitstring Status List
  // test suite (and some VC-API clients) ask for it explicitly.
  app.post<{ Params: { id: string } }>('/status-lists/:id/publish', { onRequest: requireToken }, async (request, reply) => {
    if (!LIST_ID.test(request.params.id)) return problem(reply, 404, 'ERR_STATUS_LIST_UNKNOWN', 'No such status list.');
    await status.statusListCredential(request.params.id);
    return reply.code(204).send();
  });

  registerVerificationPage(app, options.webRoot, trust);

  if (publish) {
    registerOb2Routes(app, store, baseUrl);
    app.get<{ Params: { id: string } }>('/credentials/:id', async (request, reply) => {
      const record = request.params.id.length <= 2048 ? await store.getCredential(request.params.id) : undefined;
      if (!record?.document) return problem(reply, 404, 'ERR_NOT_FOUND', 'No such published credential.');
      if (!record.document.startsWith('{')) return reply.type('application/vc+jwt').send(record.document);
      return reply.type('application/json').send(record.document);
    });
  }

  return app;
}
