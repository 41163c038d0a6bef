import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';

// The built package (dist/, from the global setup) in a process where the optional peer
// dependencies cannot be found: what a verify-only install sees.
const hide = join(repoRoot, 'test/helpers/hide-optional.mjs');
const node = (args: string[], cwd = repoRoot, env: Record<string, string> = {}) => spawnSync(process.execPath, ['--import', hide, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> };

describe('the built package without its optional peer dependencies', () => {
  it('imports every Node entry point and verifies; the features that need a package say which', () => {
    const script = `
      import { generateKey, createMicroCredential, verify } from 'microcred';
      import { renderCertificate } from 'microcred/render';
      import { openSqliteStore, openPostgresStore, startService } from 'microcred/service';
      import { readFileSync } from 'node:fs';
      const doc = JSON.parse(readFileSync('examples/am-data-analytics.json', 'utf8'));
      const key = await generateKey({ suite: 'eddsa-jcs-2022' });
      const vc = await createMicroCredential(doc, { key });
      console.log((await verify(vc)).verified);
      const code = (p) => p.then(() => 'resolved', (e) => e.code + ' ' + e.install);
      console.log(await code(renderCertificate(vc)));
      console.log(await code(openSqliteStore({ path: process.env.SCRATCH + '/store.db' })));
      console.log(await code(openPostgresStore({ connectionString: 'postgres://127.0.0.1:1/none' })));
      console.log(await code(startService({ dataDir: process.env.SCRATCH + '/data', port: 0, env: {}, out: () => {} })));`;
    const scratch = mkdtempSync(join(tmpdir(), 'microcred-peers-'));
    const run = node(['--input-type=module', '-e', script], repoRoot, { SCRATCH: scratch });
    expect(run.stderr).toBe('');
    expect(existsSync(join(scratch, 'store.db')) || existsSync(join(scratch, 'data'))).toBe(false);
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

describe('@microcred/cli (packages/cli): microcred with every optional peer, for npx', () => {
  const root = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const cliPkg = JSON.parse(readFileSync(join(repoRoot, 'packages/cli/package.json'), 'utf8'));

  it('depends on this version of microcred and on every optional peer, in the same ranges', () => {
    expect(cliPkg.version).toBe(root.version);
    expect(cliPkg.engines).toEqual(root.engines);
    const { microcred, 'light-my-request': lightMyRequest, ...peers } = cliPkg.dependencies;
    expect(microcred).toBe(root.version);
    expect(peers).toEqual(root.peerDependencies);
    // Pinned below 6.8 (cookie@2 wants Node >= 22) in both, so the engines check over this lockfile holds for the CLI too.
    expect(lightMyRequest).toBe(root.devDependencies['light-my-request']);
    expect(cliPkg.bin.microcred).toBe('./bin/microcred.js');
  });

  it("runs microcred's CLI (once) from wherever microcred is installed", () => {
    // A node_modules with microcred in it, as npm would install it next to @microcred/cli.
    const modules = join(mkdtempSync(join(tmpdir(), 'microcred-cli-pkg-')), 'node_modules');
    mkdirSync(modules);
    symlinkSync(repoRoot, join(modules, 'microcred'), 'dir');
    const run = spawnSync(process.execPath, [join(repoRoot, 'packages/cli/bin/microcred.js'), '--version'], { encoding: 'utf8', env: { ...process.env, NODE_PATH: modules } });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${root.version}\n`);
  });
});
