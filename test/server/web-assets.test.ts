import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTML_CACHE, IMMUTABLE_CACHE, acceptedEncodings, registerVerificationPage } from '../../src/server/web-page.js';
import { repoRoot } from '../helpers/fixtures.js';

const web = `${repoRoot}dist/web/`;

describe('the verification page as microcred serve serves it', () => {
  let app: FastifyInstance;
  let assets: string[];
  beforeAll(async () => {
    app = Fastify();
    registerVerificationPage(app, web, { trusted: ['did:example:issuer'] });
    await app.ready();
    assets = Object.keys((JSON.parse(readFileSync(`${web}manifest.json`, 'utf8')) as { files: object }).files).filter((f) => f !== 'index.html');
  });
  afterAll(() => app.close());

  it('names every asset by its content hash, and index.html links them all (favicon included)', () => {
    const html = readFileSync(`${web}index.html`, 'utf8');
    const named = assets.map((a) => a.replace(/\.[A-Za-z0-9]{8,10}\./, '.H.'));
    expect([...new Set(named)].sort()).toEqual(['app.H.js', 'chunk.H.js', 'favicon.H.svg', 'styles.H.css']);
    // Chunks (code loaded on demand, or shared by it) are imported by app.js, not linked.
    for (const asset of assets.filter((a) => !a.startsWith('chunk.'))) expect(html).toContain(`"${asset}"`);
    expect(html).toMatch(/<link rel="icon" href="favicon\.[a-f0-9]{10}\.svg" type="image\/svg\+xml">/);
  });

  it('sends brotli or gzip as Accept-Encoding asks, the same bytes once decoded, else the file itself', async () => {
    const js = assets.find((a) => a.startsWith('app.'))!;
    const original = readFileSync(`${web}${js}`);
    const br = await app.inject({ url: `/verify/${js}`, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).equals(original)).toBe(true);
    // 1.3 MB of JavaScript goes over the wire as under a third of that.
    expect(br.rawPayload.length).toBeLessThan(original.length / 3);
    const gzip = await app.inject({ url: `/verify/${js}`, headers: { 'accept-encoding': 'br;q=0, gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).equals(original)).toBe(true);
    const plain = await app.inject({ url: `/verify/${js}` });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.equals(original)).toBe(true);
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('caches hashed assets for a year (immutable) and revalidates index.html (no-cache), with ETags', async () => {
    for (const asset of assets) {
      const response = await app.inject({ url: `/verify/${asset}`, headers: { 'accept-encoding': 'br' } });
      expect(response.statusCode, asset).toBe(200);
      expect(response.headers['cache-control']).toBe(IMMUTABLE_CACHE);
    }
    const page = await app.inject({ url: '/verify/', headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers['cache-control']).toBe(HTML_CACHE);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(gunzipSync(page.rawPayload).toString('utf8')).toBe(readFileSync(`${web}index.html`, 'utf8'));
    const again = await app.inject({ url: '/verify/', headers: { 'if-none-match': String(page.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    const favicon = await app.inject({ url: `/verify/${assets.find((a) => a.endsWith('.svg'))}` });
    expect(favicon.headers['content-type']).toBe('image/svg+xml');
  });

  it('serves only the files the build listed: no other file, no path, no precompressed copy by name', async () => {
    for (const url of ['/verify/manifest.json', '/verify/index.html', '/verify/app.js', '/verify/..%2fpackage.json', '/verify/%2e%2e%2f%2e%2e%2fpackage.json', `/verify/${assets[0]}.br`, `/verify/${assets[0]}.map`]) {
      expect((await app.inject({ url })).statusCode, url).toBe(404);
    }
    expect((await app.inject({ url: '/verify?id=urn%3Ax' })).headers.location).toBe('/verify/?id=urn%3Ax');
    expect(JSON.parse((await app.inject({ url: '/verify/trust.json' })).body)).toEqual({ trusted: ['did:example:issuer'] });
  });

  it('reads Accept-Encoding weights', () => {
    expect(acceptedEncodings(undefined)).toEqual([]);
    expect(acceptedEncodings('gzip, br')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('br;q=0.5, gzip;q=0.8')).toEqual(['gzip', 'br']);
    expect(acceptedEncodings('br;q=0, gzip;q=0, identity')).toEqual([]);
    expect(acceptedEncodings('*')).toEqual([]);
  });
});
