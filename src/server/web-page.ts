import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { TrustList } from '../verify/checks/issuer-trust.js';

const TYPES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'styles.css': 'text/css; charset=utf-8',
};

/**
 * Where the built verification page is: dist/web beside the bundled server (dist/index.js), or
 * the repository's dist/web when running from source.
 */
function webRoots(): string[] {
  return [new URL('./web/', import.meta.url), new URL('../../dist/web/', import.meta.url)].map((url) => fileURLToPath(url));
}

/**
 * Serves the verification page at `/verify` (`/verify?id=…` is what certificate QR codes link
 * to), and `/verify/trust.json`, the trust list the page verifies with. Only the three files of
 * the page are served, never a path from the request.
 */
export function registerVerificationPage(app: FastifyInstance, root?: string, trust?: TrustList): void {
  const roots = root ? [root] : webRoots();
  const send = async (file: string) => {
    for (const dir of roots) {
      try {
        return await readFile(`${dir.replace(/\/?$/, '/')}${file}`);
      } catch {
        // try the next place
      }
    }
    return undefined;
  };
  const route = (path: string, file: string) =>
    app.get(path, async (_request, reply) => {
      const body = await send(file);
      if (!body) return reply.code(404).type('application/json').send({ code: 'ERR_PAGE_NOT_BUILT', message: 'The verification page is not built (npm run build).' });
      return reply
        .type(TYPES[file]!)
        // 'unsafe-eval': Ajv compiles the bundled JSON Schemas to functions at run time (our schemas, not input).
        .header('content-security-policy', "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self' https:; frame-ancestors 'none'")
        .header('x-content-type-options', 'nosniff')
        .send(body);
    });
  // The page's assets are relative, so it lives at /verify/; /verify (the QR link form) redirects, keeping ?id=….
  app.get('/verify', async (request, reply) => {
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    return reply.redirect(`/verify/${query}`, 302);
  });
  // The page reads the service's trust list from here, so it recognises the issuers the service does.
  app.get('/verify/trust.json', async (_request, reply) =>
    reply.header('cache-control', 'no-cache').header('x-content-type-options', 'nosniff').type('application/json').send(trust ?? {}),
  );
  route('/verify/', 'index.html');
  route('/verify/app.js', 'app.js');
  route('/verify/styles.css', 'styles.css');
}
