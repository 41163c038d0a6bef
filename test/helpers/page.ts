import { readFile } from 'node:fs/promises';
import { type Server, createServer } from 'node:http';
import type { Page } from 'playwright-core';
import { repoRoot } from './fixtures.js';

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript', css: 'text/css', svg: 'image/svg+xml', map: 'application/json' };

/**
 * Serves dist/web at /verify (with `trust` at /verify/trust.json, as `microcred serve` does) and at
 * /open (no trust list, as a page hosted anywhere), and issued credentials at /credentials/:id.
 */
export function staticService(credentials: Map<string, object>, trust: object): Promise<Server> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/verify' || url.pathname === '/open') {
      // As microcred serve does: the page's assets are relative to /verify/.
      response.writeHead(302, { location: `${url.pathname}/${url.search}` });
      response.end();
      return;
    }
    if (url.pathname === '/verify/trust.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(trust));
      return;
    }
    if (url.pathname.startsWith('/credentials/')) {
      const credential = credentials.get(decodeURIComponent(url.pathname.slice('/credentials/'.length)));
      response.writeHead(credential ? 200 : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify(credential ?? { error: 'not found' }));
      return;
    }
    const file = /^\/(verify|open)\/?$/.test(url.pathname) ? 'index.html' : url.pathname.replace(/^\/(verify|open)\//, '');
    try {
      const body = await readFile(`${repoRoot}dist/web/${file}`);
      response.writeHead(200, { 'content-type': TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Drops a file on the page's drop zone, as a person dragging it from their desktop would. */
export async function drop(page: Page, name: string, content: string | Uint8Array, type: string): Promise<void> {
  const bytes = typeof content === 'string' ? [...new TextEncoder().encode(content)] : [...content];
  await page.evaluate(
    ({ name, bytes, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
      document.getElementById('dropzone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, bytes, type },
  );
}

export const verdict = async (page: Page) => {
  await page.waitForSelector('#result[data-verdict]', { timeout: 30_000 });
  return { verdict: await page.getAttribute('#result', 'data-verdict'), text: (await page.textContent('#result')) ?? '' };
};
