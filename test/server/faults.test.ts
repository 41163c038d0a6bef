import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateKey } from '../../src/keys/generate.js';
import { createServer, startService } from '../../src/server/index.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { example } from '../helpers/fixtures.js';

const TOKEN = 'faults-token-0123456789abcdef0123456789';
const dirs: string[] = [];
const scratchDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'microcred-faults-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** An error as the drivers throw them: SQLite's SqliteError, or pg's DatabaseError. */
const driverError = (code: string) => Object.assign(new Error(`driver says ${code} at /secret/path`), { code });

describe('a store file that holds no store, or a damaged one', () => {
  it('refuses a zero-length SQLite file unless init is asked for', async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'microcred.db'), '');
    await expect(openSqliteStore({ dataDir: dir })).rejects.toMatchObject({ code: 'ERR_STORE_EMPTY', message: expect.stringContaining('--init') });
    expect(statSync(join(dir, 'microcred.db')).size).toBe(0); // untouched
    const store = await openSqliteStore({ dataDir: dir, init: true });
    await store.ping();
    await store.close();
    const again = await openSqliteStore({ dataDir: dir }); // now it holds a store
    await again.close();
  });

  it('creates a missing file on first start, as before', async () => {
    const store = await openSqliteStore({ dataDir: scratchDir() });
    await store.close();
  });

  it('refuses a file that is not a database, and one with a damaged page', async () => {
    const garbage = scratchDir();
    writeFileSync(join(garbage, 'microcred.db'), Buffer.alloc(8192, 0x5a));
    await expect(openSqliteStore({ dataDir: garbage })).rejects.toMatchObject({ code: 'ERR_STORE_DAMAGED' });

    const dir = scratchDir();
    const store = await openSqliteStore({ dataDir: dir });
    for (let i = 0; i < 50; i += 1) await store.allocateStatus({ credentialId: `urn:uuid:${i}`, purposes: ['revocation'] });
    await store.close();
    const file = join(dir, 'microcred.db');
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xff, pageSize); // every page after the first (the schema): damaged b-trees
    writeFileSync(file, bytes);
    await expect(openSqliteStore({ dataDir: dir })).rejects.toMatchObject({ code: 'ERR_STORE_DAMAGED' });
  });

  it('startService refuses the empty file (the service does not start) and starts with init', async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'microcred.db'), '');
    const options = { dataDir: dir, port: 0, apiToken: TOKEN, out: () => undefined, logger: false as const };
    await expect(startService(options)).rejects.toMatchObject({ code: 'ERR_STORE_EMPTY' });
    const service = await startService({ ...options, init: true });
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    await service.close();
  });
});

describe('the service under store faults', () => {
  async function serverWith(override: Partial<Store>) {
    const store = await openSqliteStore({ dataDir: scratchDir() });
    const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    const app = await createServer({ store: { ...store, ...override }, key, apiToken: TOKEN, publicBaseUrl: 'https://badges.example.edu', logger: false });
    return { app, close: async () => { await app.close(); await store.close(); } };
  }
  const issue = (app: Awaited<ReturnType<typeof serverWith>>['app']) =>
    app.inject({ method: 'POST', url: '/micro-credentials?profile=am', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, payload: example('am-data-analytics') });

  it.each([['SQLITE_FULL'], ['ENOSPC'], ['53100']])('a full disk (%s) is a 507 with ERR_STORE_FULL, no stack, no driver message', async (code) => {
    const s = await serverWith({ allocateStatus: async () => Promise.reject(driverError(code)), ping: async () => Promise.reject(driverError(code)) });
    try {
      const r = await issue(s.app);
      expect(r.statusCode).toBe(507);
      expect(r.json()).toMatchObject({ code: 'ERR_STORE_FULL' });
      expect(r.body).not.toMatch(/secret|\bat .*:\d+|driver says/);
      const health = await s.app.inject({ method: 'GET', url: '/healthz' });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toMatchObject({ code: 'ERR_STORE_FULL', store: 'sqlite' });
    } finally {
      await s.close();
    }
  });

  it('a damaged database is a 503 with ERR_STORE_DAMAGED on requests and on /healthz', async () => {
    const s = await serverWith({ allocateStatus: async () => Promise.reject(driverError('SQLITE_CORRUPT')), ping: async () => Promise.reject(driverError('SQLITE_CORRUPT')) });
    try {
      const r = await issue(s.app);
      expect(r.statusCode).toBe(503);
      expect(r.json()).toMatchObject({ code: 'ERR_STORE_DAMAGED' });
      expect(r.body).not.toMatch(/secret|driver says/);
      const health = await s.app.inject({ method: 'GET', url: '/healthz' });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toMatchObject({ code: 'ERR_STORE_DAMAGED' });
    } finally {
      await s.close();
    }
  });

  it('an unexpected error is a 500 with a sentence and no stack trace', async () => {
    const s = await serverWith({ allocateStatus: async () => Promise.reject(new TypeError('x is undefined at secret.js:1:2')) });
    try {
      const r = await issue(s.app);
      expect(r.statusCode).toBe(500);
      expect(r.json()).toMatchObject({ code: 'ERR_INTERNAL' });
      expect(r.body).not.toMatch(/secret|undefined/);
    } finally {
      await s.close();
    }
  });
});
