import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TrustList } from '../verify/checks/issuer-trust.js';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
};

/** Hashed names never change content, so browsers keep them a year; index.html is revalidated every time. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
export const HTML_CACHE = 'no-cache';

// 'unsafe-eval': Ajv compiles the bundled JSON Schemas to functions at run time (our schemas, not input).
const CSP = "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self' https:; frame-ancestors 'none'";

/** What scripts/build-web.mjs writes to manifest.json: the files to serve and their compressed copies. */
interface Manifest {
  files: Record<string, { encodings: Array<'br' | 'gzip'>; immutable: boolean }>;
}

interface Asset {
  type: string;
  immutable: boolean;
  etag: string;
  /** The file itself (`identity`) and its precompressed copies, by content coding. */
  bodies: Partial<Record<'identity' | 'br' | 'gzip', Buffer>>;
}

/**
 * Where the built verification page is: dist/web beside the bundled server (dist/index.js), or
 * the repository's dist/web when running from source.
 */
function webRoots(): string[] {
  return [new URL('./web/', import.meta.url), new URL('../../dist/web/', import.meta.url)].map((url) => fileURLToPath(url));
}

/** The content codings the client accepts, best first (`q=0` refuses one). */
export function acceptedEncodings(header: string | undefined): Array<'br' | 'gzip'> {
  const accepted: Array<{ coding: 'br' | 'gzip'; q: number }> = [];
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? '1');
    if ((name === 'br' || name === 'gzip') && q > 0) accepted.push({ coding: name, q });
  }
  // Brotli is smaller: on equal weight it goes first.
  return accepted.sort((a, b) => b.q - a.q || (a.coding === 'br' ? -1 : 1)).map((a) => a.coding);
}

/** Reads the built page (manifest.json and every file it lists, with their .br/.gz copies) from the first root that has one. */
async function loadAssets(roots: string[]): Promise<Map<string, Asset> | undefined> {
  for (const root of roots) {
    const dir = root.replace(/\/?$/, '/');
    let manifest: Manifest;
    try {
      manifest = JSON.parse(await readFile(`${dir}manifest.json`, 'utf8')) as Manifest;
    } catch {
      continue; // try the next place
    }
    const assets = new Map<string, Asset>();
    for (const [name, entry] of Object.entries(manifest.files)) {
      // The manifest is ours, but a name is still never a path.
      if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) continue;
      const identity = await readFile(`${dir}${name}`);
      const bodies: Asset['bodies'] = { identity };
      for (const coding of entry.encodings) bodies[coding] = await readFile(`${dir}${name}.${coding === 'br' ? 'br' : 'gz'}`);
      const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 22)}"`;
      assets.set(name, { type: TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream', immutable: entry.immutable, etag, bodies });
    }
    return assets;
  }
  return undefined;
}

function sendAsset(request: FastifyRequest, reply: FastifyReply, asset: Asset): FastifyReply {
  reply
    .header('cache-control', asset.immutable ? IMMUTABLE_CACHE : HTML_CACHE)
    .header('etag', asset.etag)
    .header('vary', 'accept-encoding')
    .header('x-content-type-options', 'nosniff')
    .type(asset.type);
  if (asset.type.startsWith('text/html')) reply.header('content-security-policy', CSP);
  if (request.headers['if-none-match'] === asset.etag) return reply.code(304).send();
  const coding = acceptedEncodings(request.headers['accept-encoding']).find((c) => asset.bodies[c]);
  if (coding) reply.header('content-encoding', coding);
  return reply.send(asset.bodies[coding ?? 'identity']);
}

/**
 * Serves the verification page at `/verify` (`/verify?id=…` is what certificate QR codes link
 * to), and `/verify/trust.json`, the trust list the page verifies with. Only the files the build
 * listed in manifest.json are served, never a path from the request: index.html (`no-cache`),
 * content-hashed assets (`immutable`, a year), each brotli- or gzip-compressed as the browser
 * accepts (`Accept-Encoding`), with an ETag.
 */
export function registerVerificationPage(app: FastifyInstance, root?: string, trust?: TrustList): void {
  const roots = root ? [root] : webRoots();
  let loaded: Promise<Map<string, Asset> | undefined> | undefined;
  // Read once; a page not built yet is looked for again on the next request.
  const assets = async () => {
    loaded ??= loadAssets(roots);
    const found = await loaded;
    if (!found) loaded = undefined;
    return found;
  };
  const notBuilt = (reply: FastifyReply) => reply.code(404).type('application/json').send({ code: 'ERR_PAGE_NOT_BUILT', message: 'The verification page is not built (npm run build).' });
  // The page's assets are relative, so it lives at /verify/; /verify (the QR link form) redirects, keeping ?id=….
  app.get('/verify', async (request, reply) => {
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    return reply.redirect(`/verify/${query}`, 302);
  });
  // The page reads the service's trust list from here, so it recognises the issuers the service does.
  app.get('/verify/trust.json', async (_request, reply) =>
    reply.header('cache-control', 'no-cache').header('x-content-type-options', 'nosniff').type('application/json').send(trust ?? {}),
  );
  app.get('/verify/', async (request, reply) => {
    const page = (await assets())?.get('index.html');
    return page ? sendAsset(request, reply, page) : notBuilt(reply);
  });
  app.get<{ Params: { file: string } }>('/verify/:file', async (request, reply) => {
    const found = await assets();
    if (!found) return notBuilt(reply);
    const asset = request.params.file === 'index.html' ? undefined : found.get(request.params.file);
    if (!asset) return reply.code(404).type('application/json').send({ code: 'ERR_NOT_FOUND', message: `No ${request.params.file} on the verification page.` });
    return sendAsset(request, reply, asset);
  });
}
