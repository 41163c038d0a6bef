import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResolver, didWebToUrl, isNonPublicAddress } from '../../src/resolver/index.js';

/** A real HTTP server on 127.0.0.1 with one route per behaviour under test. */
let server: Server;
let base: string;
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    const url = req.url ?? '/';
    const json = (status: number, body: unknown, type = 'application/json'): void => {
      res.writeHead(status, { 'content-type': type });
      res.end(JSON.stringify(body));
    };
    if (url === '/issuer') return json(200, { id: `${base}/issuer`, name: 'ხელოვნური ინტელექტი' });
    if (url === '/did') return json(200, { id: 'did:web:example.edu' }, 'application/did+ld+json; charset=utf-8');
    if (url === '/html') return json(200, { ok: true }, 'text/html');
    if (url === '/missing') return json(404, { error: 'nope' });
    if (url === '/not-json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end('{"unterminated": ');
    }
    if (url === '/array') return json(200, [1, 2, 3]);
    if (url === '/big-declared') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(5000) });
      return res.end(`"${'x'.repeat(4998)}"`);
    }
    if (url === '/big-streamed') {
      // No content-length: the limit must be enforced while reading.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"padding": "');
      const chunk = 'y'.repeat(1024);
      let sent = 0;
      const timer = setInterval(() => {
        if (res.destroyed || sent++ > 64) {
          clearInterval(timer);
          if (!res.destroyed) res.end('"}');
          return;
        }
        res.write(chunk);
      }, 1);
      return;
    }
    if (url === '/slow') {
      setTimeout(() => json(200, { id: 'late' }), 2000).unref();
      return;
    }
    if (url === '/redirect-ok') {
      res.writeHead(302, { location: '/issuer' });
      return res.end();
    }
    if (url === '/redirect-away') {
      res.writeHead(302, { location: 'http://not-allowed.example/' });
      return res.end();
    }
    if (url === '/redirect-loop') {
      res.writeHead(302, { location: '/redirect-loop' });
      return res.end();
    }
    json(404, {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const local = (options: Partial<Parameters<typeof createResolver>[0]> = {}) =>
  createResolver({ allow: ['127.0.0.1'], timeoutMs: 1000, maxBytes: 4096, allowPrivateNetwork: true, cacheTtlMs: 0, ...options });

describe('createResolver against a local HTTP server', () => {
  it('fetches a JSON document and freezes it', async () => {
    const { document, documentUrl } = await local().resolve(`${base}/issuer#key-1`);
    expect(documentUrl).toBe(`${base}/issuer`);
    expect(document).toEqual({ id: `${base}/issuer`, name: 'ხელოვნური ინტელექტი' });
    expect(Object.isFrozen(document)).toBe(true);
  });

  it('accepts +json media types with parameters', async () => {
    expect((await local().resolve(`${base}/did`)).document).toEqual({ id: 'did:web:example.edu' });
  });

  it('refuses hosts not on the allow-list', async () => {
    await expect(local({ allow: ['example.edu'] }).resolve(`${base}/issuer`)).rejects.toMatchObject({
      name: 'ResolutionError',
      code: 'ERR_RESOLVER_NOT_ALLOWED',
    });
  });

  it('refuses loopback unless allowPrivateNetwork, and plain http with it off', async () => {
    const strict = createResolver({ allow: ['127.0.0.1'], timeoutMs: 1000, maxBytes: 4096 });
    await expect(strict.resolve(`${base}/issuer`)).rejects.toMatchObject({ code: 'ERR_RESOLVER_INSECURE_URL' });
    await expect(strict.resolve('https://127.0.0.1/issuer')).rejects.toMatchObject({ code: 'ERR_RESOLVER_PRIVATE_ADDRESS' });
  });

  it('times out', async () => {
    // The slow route answers only after 2 s: a timeout error (not its late document) is the proof.
    await expect(local({ timeoutMs: 200 }).resolve(`${base}/slow`)).rejects.toMatchObject({ code: 'ERR_RESOLVER_TIMEOUT' });
  });

  it('enforces the size limit from content-length and while streaming', async () => {
    await expect(local().resolve(`${base}/big-declared`)).rejects.toMatchObject({ code: 'ERR_RESOLVER_TOO_LARGE' });
    await expect(local().resolve(`${base}/big-streamed`)).rejects.toMatchObject({ code: 'ERR_RESOLVER_TOO_LARGE' });
  });

  it('accepts JSON objects only', async () => {
    await expect(local().resolve(`${base}/html`)).rejects.toMatchObject({ code: 'ERR_RESOLVER_CONTENT_TYPE' });
    await expect(local().resolve(`${base}/not-json`)).rejects.toMatchObject({ code: 'ERR_RESOLVER_INVALID_JSON' });
    await expect(local().resolve(`${base}/array`)).rejects.toMatchObject({ code: 'ERR_RESOLVER_INVALID_JSON' });
    await expect(local().resolve(`${base}/missing`)).rejects.toMatchObject({ code: 'ERR_RESOLVER_HTTP_STATUS' });
  });

  it('follows redirects only to allowed places, and not forever', async () => {
    expect((await local().resolve(`${base}/redirect-ok`)).documentUrl).toBe(`${base}/issuer`);
    await expect(local().resolve(`${base}/redirect-away`)).rejects.toMatchObject({ code: 'ERR_RESOLVER_NOT_ALLOWED' });
    await expect(local().resolve(`${base}/redirect-loop`)).rejects.toMatchObject({ code: 'ERR_RESOLVER_TOO_MANY_REDIRECTS' });
  });

  it('caches documents per resolver', async () => {
    const cached = local({ cacheTtlMs: 60_000 });
    const before = hits;
    await cached.resolve(`${base}/issuer`);
    await cached.resolve(`${base}/issuer#a`);
    expect(hits - before).toBe(1);
  });
});

describe('address checks', () => {
  // A fetch that must never be reached: the address check comes first.
  const neverFetch = (async () => {
    throw new Error('fetch must not be called');
  }) as unknown as typeof fetch;

  it('refuses hosts whose DNS answers include a private address (IPv4, IPv6, IPv4-mapped)', async () => {
    for (const address of ['10.0.0.8', '169.254.169.254', '::1', 'fd00::1', '::ffff:127.0.0.1', 'fe80::1']) {
      const resolver = createResolver({
        allow: ['example.edu'],
        fetch: neverFetch,
        lookup: async () => [{ address: '93.184.215.14' }, { address }],
      });
      await expect(resolver.resolve('https://example.edu/issuer'), address).rejects.toMatchObject({ code: 'ERR_RESOLVER_PRIVATE_ADDRESS' });
    }
  });

  it('"*" allows any host, still on public addresses only and over https only', async () => {
    const any = createResolver({ allow: ['*'], fetch: neverFetch, lookup: async () => [{ address: '10.0.0.8' }] });
    await expect(any.resolve('https://anything.example/issuer')).rejects.toMatchObject({ code: 'ERR_RESOLVER_PRIVATE_ADDRESS' });
    await expect(any.resolve('http://anything.example/issuer')).rejects.toMatchObject({ code: 'ERR_RESOLVER_INSECURE_URL' });
    await expect(createResolver({ allow: ['*'], fetch: neverFetch }).resolve('https://127.0.0.1/x')).rejects.toMatchObject({ code: 'ERR_RESOLVER_PRIVATE_ADDRESS' });
    expect(() => createResolver({ allow: ['*.*'] })).toThrow(/Invalid allow-list entry/);
  });

  it('refuses IP literal URLs in private ranges', async () => {
    const resolver = createResolver({ allow: ['[::ffff:7f00:1]', '192.168.1.1'], fetch: neverFetch });
    await expect(resolver.resolve('https://[::ffff:7f00:1]/x')).rejects.toMatchObject({ code: 'ERR_RESOLVER_PRIVATE_ADDRESS' });
    await expect(resolver.resolve('https://192.168.1.1/x')).rejects.toMatchObject({ code: 'ERR_RESOLVER_PRIVATE_ADDRESS' });
  });

  it('reports DNS failures', async () => {
    const resolver = createResolver({
      allow: ['example.edu'],
      fetch: neverFetch,
      lookup: async () => {
        throw new Error('ENOTFOUND');
      },
    });
    await expect(resolver.resolve('https://example.edu/x')).rejects.toMatchObject({ code: 'ERR_RESOLVER_DNS' });
  });

  it('classifies addresses', () => {
    const nonPublic = ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.0.1', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::', '::1',
      '::ffff:10.0.0.1', '::ffff:a00:1', '64:ff9b::a00:1', '2002:a00:1::', 'fc00::1', 'fe80::1%eth0', 'ff02::1', 'not-an-ip'];
    const isPublic = ['8.8.8.8', '1.1.1.1', '172.32.0.1', '::ffff:8.8.8.8', '2606:4700:4700::1111', '64:ff9b::808:808'];
    for (const a of nonPublic) expect(isNonPublicAddress(a), a).toBe(true);
    for (const a of isPublic) expect(isNonPublicAddress(a), a).toBe(false);
  });
});

describe('did:web', () => {
  it('maps DIDs to URLs', () => {
    expect(didWebToUrl('did:web:example.edu')).toBe('https://example.edu/.well-known/did.json');
    expect(didWebToUrl('did:web:example.edu#key-1')).toBe('https://example.edu/.well-known/did.json');
    expect(didWebToUrl('did:web:example.edu%3A8443:issuers:1')).toBe('https://example.edu:8443/issuers/1/did.json');
    for (const bad of ['did:web:', 'did:web:exa mple.edu', 'did:web:example.edu::x', 'did:key:z6Mk', 'did:web:a%2Fb.edu']) {
      expect(() => didWebToUrl(bad), bad).toThrow(expect.objectContaining({ code: 'ERR_DID_INVALID' }));
    }
  });

  it('resolves through the injected fetch and checks the document id', async () => {
    const requested: string[] = [];
    const fakeFetch = (async (url: string) => {
      requested.push(url);
      const id = url.includes('/issuers/') ? 'did:web:example.edu:issuers:other' : 'did:web:example.edu';
      return new Response(JSON.stringify({ id }), { headers: { 'content-type': 'application/did+json' } });
    }) as unknown as typeof fetch;
    const resolver = createResolver({ allow: ['example.edu'], fetch: fakeFetch, lookup: async () => [{ address: '93.184.215.14' }] });
    expect((await resolver.resolve('did:web:example.edu')).document).toEqual({ id: 'did:web:example.edu' });
    expect(requested).toEqual(['https://example.edu/.well-known/did.json']);
    await expect(resolver.resolve('did:web:example.edu:issuers:1')).rejects.toMatchObject({ code: 'ERR_DID_DOCUMENT_ID_MISMATCH' });
  });

  it('rejects unsupported URLs and bad options', async () => {
    const resolver = createResolver({ allow: ['example.edu'] });
    await expect(resolver.resolve('ftp://example.edu/x')).rejects.toMatchObject({ code: 'ERR_RESOLVER_UNSUPPORTED_URL' });
    await expect(resolver.resolve('did:key:z6Mk')).rejects.toMatchObject({ code: 'ERR_RESOLVER_UNSUPPORTED_URL' });
    expect(() => createResolver({ allow: ['https://example.edu/'] })).toThrow(expect.objectContaining({ code: 'ERR_RESOLVER_OPTIONS' }));
  });
});

describe('DNS rebinding: the connection goes to the address that was checked', () => {
  it('looks each host up once per hop and connects to that answer, never to a later one', async () => {
    const port = new URL(base).port;
    const asked: string[] = [];
    // First answer per hop is the (loopback) server; any later lookup would rebind to metadata.
    const lookup = async (hostname: string) => {
      asked.push(hostname);
      return [{ address: asked.length <= 2 ? '127.0.0.1' : '169.254.169.254' }];
    };
    const before = hits;
    const resolver = local({ allow: ['rebind.test'], lookup });
    const { documentUrl } = await resolver.resolve(`http://rebind.test:${port}/redirect-ok`);
    expect(documentUrl).toBe(`http://rebind.test:${port}/issuer`);
    expect(asked).toEqual(['rebind.test', 'rebind.test']); // one lookup per hop, none by the transport
    expect(hits - before).toBe(2);
  });

  it('refuses before connecting when any address of the answer is private', async () => {
    let called = 0;
    const neverFetch = async (): Promise<Response> => {
      called++;
      throw new Error('must not connect');
    };
    const resolver = createResolver({ allow: ['*'], fetch: neverFetch, lookup: async () => [{ address: '93.184.216.34' }, { address: '127.0.0.1' }] });
    await expect(resolver.resolve('https://rebind.test/x')).rejects.toMatchObject({ code: 'ERR_RESOLVER_PRIVATE_ADDRESS' });
    expect(called).toBe(0);
  });

  it('passes the vetted addresses to an injected fetch', async () => {
    const seen: unknown[] = [];
    const fetchSpy = async (_url: string, _init: RequestInit, addresses?: readonly string[]): Promise<Response> => {
      seen.push(addresses);
      return new Response('{"id":"x"}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const resolver = createResolver({ allow: ['*'], fetch: fetchSpy, lookup: async () => [{ address: '93.184.216.34' }] });
    await resolver.resolve('https://public.test/x');
    expect(seen).toEqual([['93.184.216.34']]);
  });

  it('the pinned transport speaks HTTPS to the pinned address with the host name for TLS (test CA)', async () => {
    const { createServer: createHttpsServer } = await import('node:https');
    const { selfSignedCertificate } = await import('../server/helpers.js');
    const { createPinnedFetch } = await import('../../src/resolver/pinned-fetch.js');
    const tls = selfSignedCertificate();
    const hosts: string[] = [];
    const secure = createHttpsServer({ cert: tls.cert, key: tls.key }, (req, res) => {
      hosts.push(req.headers.host ?? '');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
    await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
    try {
      const port = (secure.address() as AddressInfo).port;
      const pinned = createPinnedFetch({ ca: tls.cert });
      // "localhost" is in the certificate; the pin decides where the socket goes.
      const ok = await pinned(`https://localhost:${port}/x`, { method: 'GET' }, ['127.0.0.1']);
      expect(await ok.json()).toEqual({ ok: true });
      expect(hosts).toEqual([`localhost:${port}`]);
      // A name the certificate does not cover fails the TLS check although the address is right.
      await expect(pinned(`https://rebind.test:${port}/x`, { method: 'GET' }, ['127.0.0.1'])).rejects.toThrow();
      // Without the test CA the certificate is not trusted.
      await expect(createPinnedFetch()(`https://localhost:${port}/x`, { method: 'GET' }, ['127.0.0.1'])).rejects.toThrow();
    } finally {
      secure.closeAllConnections();
      await new Promise<void>((resolve) => secure.close(() => resolve()));
    }
  });
});
