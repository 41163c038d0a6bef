import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.js';

// The built package (dist/, from the global setup) in a process where the optional peer
// dependencies cannot be found: what a verify-only install sees.
const hide = join(repoRoot, 'test/helpers/hide-optional.mjs');
const node = (args: string[], cwd = repoRoot) => spawnSync(process.execPath, ['--import', hide, ...args], { cwd, encoding: 'utf8' });
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> };

describe('the built package without its optional peer dependencies', () => {
  it('imports every Node entry point and verifies; the features that need a package say which', () => {
    const script = `
      import { generateKey, createMicroCredential, verify, renderCertificate } from 'microcred';
      import { openSqliteStore, openPostgresStore, startService } from 'microcred/service';
      import { readFileSync } from 'node:fs';
      const doc = JSON.parse(readFileSync('examples/am-data-analytics.json', 'utf8'));
      const key = await generateKey({ suite: 'eddsa-jcs-2022' });
      const vc = await createMicroCredential(doc, { key });
      console.log((await verify(vc)).verified);
      const code = (p) => p.then(() => 'resolved', (e) => e.code + ' ' + e.install);
      console.log(await code(renderCertificate(vc)));
      console.log(await code(openSqliteStore({ path: '/nonexistent/never-created.db' })));
      console.log(await code(openPostgresStore({ connectionString: 'postgres://127.0.0.1:1/none' })));
      console.log(await code(startService({ dataDir: '/nonexistent/never-created', port: 0, env: {}, out: () => {} })));`;
    const run = node(['--input-type=module', '-e', script]);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual([
      'true',
      'ERR_MISSING_DEPENDENCY npm install pdfkit qrcode dejavu-fonts-ttf',
      'ERR_MISSING_DEPENDENCY npm install better-sqlite3',
      'ERR_MISSING_DEPENDENCY npm install pg',
      'ERR_MISSING_DEPENDENCY npm install fastify better-sqlite3',
    ]);
  });

  it('the CLI: demo works; serve exits 2 naming what to install, and writes nothing', () => {
    const bin = join(repoRoot, pkg.bin.microcred!);
    const demo = node([bin, 'demo']);
    expect(demo.status).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'microcred-peers-'));
    const serve = node([bin, 'serve', '--data', join(dir, 'data'), '--port', '0'], dir);
    expect(serve.status).toBe(2);
    expect(serve.stderr).toContain('Install with: npm install fastify better-sqlite3');
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });
});
