/**
 * Pushing registry records to a registry's API. Neither national registry publishes an API yet
 * (seed 000 §6.10, §7.7), so this is an interface with one generic JSON-over-HTTPS adapter;
 * a registry with its own API gets its own adapter with the same two methods.
 */
import { ExportError } from '../errors.js';
import { readBodyBounded } from '../resolver/fetch-json.js';
import type { RegistryExport, RegistryFormat, RegistryRecord } from './registry.js';

/** What a registry said about one batch. */
export interface RegistryPushResult {
  /** Records the registry took. */
  accepted: number;
  /** Records it refused, by identifier (AM: credential id; GE: course id), with its reason. */
  rejected: Array<{ identifier: string; reason: string }>;
}

/**
 * A registry API. `push` sends one batch of records of one format; it must be idempotent by
 * record identifier (a re-run of an export sends the same records again).
 */
export interface RegistryAdapter {
  /** Short name for messages, e.g. `http https://registry.example.am/api/records`. */
  readonly name: string;
  push(records: readonly RegistryRecord[], context: { format: RegistryFormat }): Promise<RegistryPushResult>;
}

/** Options of {@link createHttpRegistryAdapter}. */
export interface HttpRegistryAdapterOptions {
  /** Endpoint that takes `POST { format, records }` as JSON. HTTPS unless `allowHttp`. */
  url: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Plain http (loopback tests, intranets). Default false. */
  allowHttp?: boolean;
  /** Time limit per request, ms. Default 10,000. */
  timeoutMs?: number;
  /** Largest response body read, bytes. Default 1 MiB. */
  maxResponseBytes?: number;
  /** The fetch to use. Default the global one. */
  fetch?: typeof fetch;
}

/** Records sent per request by {@link pushRegistryRecords} unless told otherwise. */
export const DEFAULT_PUSH_BATCH = 100;
/** Largest batch {@link pushRegistryRecords} sends. */
export const MAX_PUSH_BATCH = 1000;

export const identifierOf = (record: RegistryRecord): string => ('identifier' in record ? record.identifier : record.courseId);

async function readBounded(response: Response, limit: number): Promise<string> {
  const bytes = await readBodyBounded(response, limit, () => new ExportError('ERR_REGISTRY_PUSH', `The registry's answer is larger than ${limit} bytes; refused.`));
  return new TextDecoder().decode(bytes);
}

/** The rejections an answer names; anything else in it is ignored. */
function rejectionsOf(text: string, sent: ReadonlySet<string>): RegistryPushResult['rejected'] {
  let body: unknown;
  try {
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return [];
  }
  const list = (body as { rejected?: unknown })?.rejected;
  if (!Array.isArray(list)) return [];
  return list
    .filter((r): r is { identifier: string; reason?: unknown } => typeof (r as { identifier?: unknown })?.identifier === 'string' && sent.has((r as { identifier: string }).identifier))
    .map((r) => ({ identifier: r.identifier, reason: typeof r.reason === 'string' ? r.reason.slice(0, 500) : 'rejected' }));
}

/**
 * A registry adapter for a JSON API: `POST <url>` with `{ "format": "am", "records": [...] }`;
 * any 2xx answer accepts the batch, less the records its body lists as
 * `{ "rejected": [{ "identifier", "reason" }] }`. Other answers, time-outs and network errors
 * throw `ERR_REGISTRY_PUSH`. No redirects are followed (the records would go elsewhere).
 *
 * @example
 * const adapter = createHttpRegistryAdapter({ url: 'https://registry.example.am/api/records', token });
 * await pushRegistryRecords(adapter, await exportRegistryRecords(store, { format: 'am' }));
 */
export function createHttpRegistryAdapter(options: HttpRegistryAdapterOptions): RegistryAdapter {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new ExportError('ERR_EXPORT_OPTIONS', `Registry URL ${options.url} is not a URL.`);
  }
  if (url.protocol !== 'https:' && !(options.allowHttp && url.protocol === 'http:')) {
    throw new ExportError('ERR_EXPORT_OPTIONS', `Registry URL ${options.url}: HTTPS only (records are personal data, if pseudonymous).`);
  }
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxResponseBytes ?? 1024 * 1024;
  return {
    name: `http ${url.origin}${url.pathname}`,
    async push(records, { format }) {
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
      if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
      let response: Response;
      try {
        response = await doFetch(url, { method: 'POST', headers, body: JSON.stringify({ format, records }), redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
      } catch (cause) {
        throw new ExportError('ERR_REGISTRY_PUSH', `The registry at ${url.origin} did not answer: ${(cause as Error).message}`, { cause });
      }
      const text = await readBounded(response, maxBytes);
      if (response.status < 200 || response.status > 299) {
        throw new ExportError('ERR_REGISTRY_PUSH', `The registry at ${url.origin} refused the batch: HTTP ${response.status} ${text.slice(0, 200)}`.trim());
      }
      const rejected = rejectionsOf(text, new Set(records.map(identifierOf)));
      return { accepted: records.length - rejected.length, rejected };
    },
  };
}

/**
 * Sends an export's records to a registry in batches (default 100, at most 1,000 per request)
 * and sums the answers. Stops at the first batch that fails (`ERR_REGISTRY_PUSH`), after the
 * batches before it were accepted; since pushes are idempotent, re-running sends them again.
 */
export async function pushRegistryRecords(adapter: RegistryAdapter, exported: RegistryExport, options: { batchSize?: number } = {}): Promise<RegistryPushResult> {
  const size = options.batchSize ?? DEFAULT_PUSH_BATCH;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PUSH_BATCH) throw new ExportError('ERR_EXPORT_OPTIONS', `batchSize must be an integer from 1 to ${MAX_PUSH_BATCH}.`);
  const total: RegistryPushResult = { accepted: 0, rejected: [] };
  for (let i = 0; i < exported.records.length; i += size) {
    const result = await adapter.push(exported.records.slice(i, i + size), { format: exported.format });
    total.accepted += result.accepted;
    total.rejected.push(...result.rejected);
  }
  return total;
}
