/**
 * One guarded HTTP GET of a JSON document: every hop (redirects included) is checked by
 * `checkUrl`, the whole exchange is bounded by a timeout, and the body by a byte limit
 * enforced while streaming.
 */
import { concatBytes } from '../bytes.js';
import { ResolutionError } from '../errors.js';

/** Options of {@link fetchJson}. */
export interface FetchJsonOptions {
  /** The transport; it is given the addresses `checkUrl` vetted, to connect to those only. */
  fetch: (url: string, init: RequestInit, addresses?: readonly string[]) => Promise<Response>;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /**
   * Called before every request (the first and each redirect target); throws to refuse. May
   * return the checked addresses, which are passed on to `fetch`.
   */
  checkUrl: (url: URL) => Promise<readonly string[] | void>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// application/json, application/ld+json, application/did+json, application/did+ld+json, ...
const JSON_TYPE = /^application\/(?:[a-z0-9!#$&^_.+-]+\+)?json\s*(?:;|$)/i;

/** Marker passed to `abort()` so a timeout is told apart from other aborts. */
class Timeout extends Error {}

async function readLimited(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  return readBodyBounded(response, maxBytes, () => new ResolutionError('ERR_RESOLVER_TOO_LARGE', `Response from ${url} exceeds the ${maxBytes}-byte limit.`));
}

/**
 * Reads a response body, stopping (and cancelling the stream) as soon as it passes `maxBytes` —
 * a declared `content-length` over the limit is refused before reading — and throwing `tooLarge()`.
 */
export async function readBodyBounded(response: Response, maxBytes: number, tooLarge: () => Error): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return concatBytes(chunks);
}

async function fetchHops(start: URL, options: FetchJsonOptions, signal: AbortSignal): Promise<{ body: Uint8Array; url: string }> {
  let url = start;
  for (let hop = 0; ; hop++) {
    const addresses = (await options.checkUrl(url)) ?? undefined;
    const init: RequestInit = {
      method: 'GET',
      redirect: 'manual', // follow by hand so every hop passes checkUrl
      credentials: 'omit',
      headers: { accept: 'application/did+ld+json, application/ld+json, application/json;q=0.9' },
      signal,
    };
    const response = await (addresses === undefined ? options.fetch(url.href, init) : options.fetch(url.href, init, addresses));
    if (REDIRECTS.has(response.status)) {
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get('location');
      if (location === null) throw new ResolutionError('ERR_RESOLVER_HTTP_STATUS', `Redirect without Location from ${url.href}.`);
      if (hop >= options.maxRedirects) {
        throw new ResolutionError('ERR_RESOLVER_TOO_MANY_REDIRECTS', `More than ${options.maxRedirects} redirects from ${start.href}.`);
      }
      url = new URL(location, url);
      continue;
    }
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      throw new ResolutionError('ERR_RESOLVER_HTTP_STATUS', `GET ${url.href} returned HTTP ${response.status}.`);
    }
    const type = response.headers.get('content-type') ?? '';
    if (!JSON_TYPE.test(type)) {
      await response.body?.cancel().catch(() => undefined);
      throw new ResolutionError('ERR_RESOLVER_CONTENT_TYPE', `GET ${url.href} returned "${type || 'no content type'}", not JSON.`);
    }
    return { body: await readLimited(response, options.maxBytes, url.href), url: url.href };
  }
}

/**
 * GETs `url` and parses a JSON object from it.
 *
 * @throws ResolutionError `ERR_RESOLVER_TIMEOUT`, `ERR_RESOLVER_TOO_LARGE`, `ERR_RESOLVER_HTTP_STATUS`,
 * `ERR_RESOLVER_CONTENT_TYPE`, `ERR_RESOLVER_INVALID_JSON`, `ERR_RESOLVER_TOO_MANY_REDIRECTS`,
 * `ERR_RESOLVER_FETCH_FAILED`, or whatever `checkUrl` throws.
 */
export async function fetchJson(url: URL, options: FetchJsonOptions): Promise<{ document: Record<string, unknown>; documentUrl: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Timeout()), options.timeoutMs);
  // The race also bounds work the signal cannot cancel, such as the DNS lookup in checkUrl.
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason as Error), { once: true });
  });
  let fetched: { body: Uint8Array; url: string };
  try {
    fetched = await Promise.race([fetchHops(url, options, controller.signal), aborted]);
  } catch (error) {
    if (controller.signal.aborted && controller.signal.reason instanceof Timeout) {
      throw new ResolutionError('ERR_RESOLVER_TIMEOUT', `GET ${url.href} took longer than ${options.timeoutMs} ms.`, { cause: error });
    }
    if (error instanceof ResolutionError) throw error;
    throw new ResolutionError('ERR_RESOLVER_FETCH_FAILED', `GET ${url.href} failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
  let document: unknown;
  try {
    document = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fetched.body));
  } catch (cause) {
    throw new ResolutionError('ERR_RESOLVER_INVALID_JSON', `${fetched.url} did not return valid JSON.`, { cause });
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new ResolutionError('ERR_RESOLVER_INVALID_JSON', `${fetched.url} did not return a JSON object.`);
  }
  return { document: document as Record<string, unknown>, documentUrl: fetched.url };
}
