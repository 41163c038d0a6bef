import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MissingDependencyError } from '../src/errors.js';
import { isMissingPackage, loadOptional } from '../src/optional.js';
import type { Store } from '../src/store/types.js';

// Every optional peer dependency is absent, as in a verify-only install: importing it fails the
// way Node fails (ERR_MODULE_NOT_FOUND, "Cannot find package '…'").
const { notInstalled } = vi.hoisted(() => ({
  notInstalled: (name: string) => () => {
    throw Object.assign(new Error(`Cannot find package '${name}' imported from /app/node_modules/microcred/dist/x.js`), { code: 'ERR_MODULE_NOT_FOUND' });
  },
}));
vi.mock('better-sqlite3', notInstalled('better-sqlite3'));
vi.mock('pg', notInstalled('pg'));
vi.mock('fastify', notInstalled('fastify'));
vi.mock('pdfkit', notInstalled('pdfkit'));
vi.mock('qrcode', notInstalled('qrcode'));

// Importing the modules that use them does not fail: they load them at first use.
const { openSqliteStore } = await import('../src/store/sqlite.js');
const { openPostgresStore } = await import('../src/store/postgres.js');
const { createServer } = await import('../src/server/server.js');
const { startService } = await import('../src/server/start.js');
const { renderCertificate } = await import('../src/render/certificate.js');
const { renderSupplement } = await import('../src/render/supplement.js');
const { qrPng } = await import('../src/render/qr.js');
const { run } = await import('../src/cli/main.js');
const { generateKey } = await import('../src/keys/generate.js');
const { createMicroCredential } = await import('../src/issue/create-micro-credential.js');
const { example } = await import('./helpers/fixtures.js');

async function missing(promise: Promise<unknown>): Promise<MissingDependencyError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MissingDependencyError);
  return error as MissingDependencyError;
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'microcred-optional-'));

describe('a missing optional peer dependency', () => {
  it('better-sqlite3: openSqliteStore names the package, the feature and the install command', async () => {
    const error = await missing(openSqliteStore({ dataDir: tempDir() }));
    expect(error.code).toBe('ERR_MISSING_DEPENDENCY');
    expect(error.packageName).toBe('better-sqlite3');
    expect(error.install).toBe('npm install better-sqlite3');
    expect(error.message).toContain('The SQLite store (openSqliteStore');
    expect(error.message).toContain('Install with: npm install better-sqlite3');
  });

  it('pg: openPostgresStore', async () => {
    const error = await missing(openPostgresStore({ connectionString: 'postgres://127.0.0.1:1/none' }));
    expect(error.code).toBe('ERR_MISSING_DEPENDENCY');
    expect(error.packageName).toBe('pg');
    expect(error.message).toContain('The PostgreSQL store');
    expect(error.message).toContain('npm install pg');
  });

  it('fastify: createServer, and startService with the store driver in one error, before it writes anything', async () => {
    const key = await generateKey({ suite: 'eddsa-jcs-2022' });
    const error = await missing(createServer({ store: {} as Store, key, apiToken: 'a'.repeat(32), logger: false }));
    expect(error.code).toBe('ERR_MISSING_DEPENDENCY');
    expect(error.packageName).toBe('fastify');
    expect(error.message).toContain('The HTTP service');
    expect(error.message).toContain('npm install fastify');

    const dataDir = join(tempDir(), 'data');
    const both = await missing(startService({ dataDir, port: 0, env: {}, out: () => {} }));
    expect(both.code).toBe('ERR_MISSING_DEPENDENCY');
    expect(both.packageName).toBe('fastify, better-sqlite3');
    expect(both.install).toBe('npm install fastify better-sqlite3');
    const viaPg = await missing(startService({ dataDir, port: 0, env: { DATABASE_URL: 'postgres://127.0.0.1:1/none' }, out: () => {} }));
    expect(viaPg.install).toBe('npm install fastify pg');
    const { existsSync } = await import('node:fs');
    expect(existsSync(dataDir)).toBe(false);
  });

  it('pdfkit: renderCertificate and renderSupplement ask for everything PDFs need (pdfkit, qrcode, fonts)', async () => {
    const key = await generateKey({ suite: 'eddsa-jcs-2022' });
    const credential = await createMicroCredential(example('ge-ai-research'), { key });
    for (const render of [renderCertificate, renderSupplement]) {
      const error = await missing(render(credential));
      expect(error.code).toBe('ERR_MISSING_DEPENDENCY');
      expect(error.packageName).toBe('pdfkit');
      expect(error.message).toContain('PDF rendering (renderCertificate');
      expect(error.install).toBe('npm install pdfkit qrcode dejavu-fonts-ttf');
    }
    const qr = await missing(qrPng('https://example.org'));
    expect(qr.packageName).toBe('qrcode');
    expect(qr.install).toBe('npm install pdfkit qrcode dejavu-fonts-ttf');
  });

  it('the CLI: a command that needs one exits 2 with the install command', async () => {
    const err: string[] = [];
    const io = { out: () => {}, err: (s: string) => err.push(s) };
    const code = await run(['serve', '--data', join(tempDir(), 'data'), '--port', '0'], io);
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/needs the packages fastify, better-sqlite3, which are not installed .*Install with: npm install fastify better-sqlite3 \(ERR_MISSING_DEPENDENCY\)/);
  });
});

describe('loadOptional', () => {
  it('passes other failures through: a broken package is not a missing one', async () => {
    const broken = Object.assign(new Error("Cannot find package 'fontkit' imported from /app/node_modules/pdfkit/js/pdfkit.js"), { code: 'ERR_MODULE_NOT_FOUND' });
    await expect(loadOptional('pdfkit', () => Promise.reject(broken))).rejects.toBe(broken);
    const other = new Error('Could not locate the bindings file');
    await expect(loadOptional('better-sqlite3', () => Promise.reject(other))).rejects.toBe(other);
  });

  it("recognises Node's messages for ESM and CommonJS, and a missing file of the package", () => {
    const e = (message: string, code: string) => Object.assign(new Error(message), { code });
    expect(isMissingPackage(e("Cannot find package 'pg' imported from /x.js", 'ERR_MODULE_NOT_FOUND'), 'pg')).toBe(true);
    expect(isMissingPackage(e("Cannot find module 'pg'\nRequire stack:\n- /x.cjs", 'MODULE_NOT_FOUND'), 'pg')).toBe(true);
    expect(isMissingPackage(e("Cannot find module 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf'", 'MODULE_NOT_FOUND'), 'dejavu-fonts-ttf')).toBe(true);
    expect(isMissingPackage(e("Cannot find package 'pg-types' imported from /x.js", 'ERR_MODULE_NOT_FOUND'), 'pg')).toBe(false);
    expect(isMissingPackage(e("Cannot find package 'pg' imported from /x.js", 'EACCES'), 'pg')).toBe(false);
  });
});
