import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.js';

const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });

describe('the published package', () => {
  it('loads as ESM and as CommonJS through the exports map', () => {
    const esm = node(['--input-type=module', '-e', "import { validateMicroCredential } from 'microcred'; console.log(typeof validateMicroCredential)"]);
    expect(esm.stderr).toBe('');
    expect(esm.stdout.trim()).toBe('function');
    const cjs = node(['-e', "console.log(typeof require('microcred').validateMicroCredential)"]);
    expect(cjs.stderr).toBe('');
    expect(cjs.stdout.trim()).toBe('function');
  });

  it('keeps the service (database drivers, fastify) behind microcred/service', () => {
    const esm = node(['--input-type=module', '-e', "import { startService, openSqliteStore } from 'microcred/service'; import * as core from 'microcred'; console.log(typeof startService, typeof openSqliteStore, 'startService' in core)"]);
    expect(esm.stderr).toBe('');
    expect(esm.stdout.trim()).toBe('function function false');
  });

  it('renders PDFs from the CommonJS build too (bundled fonts are found without import.meta)', () => {
    const script = `
      const m = require('microcred');
      const doc = require('./examples/am-data-analytics.json');
      m.generateKey({ suite: 'eddsa-jcs-2022' })
        .then((key) => m.createMicroCredential(doc, { key }))
        .then((vc) => m.renderCertificate(vc))
        .then((pdf) => console.log(Buffer.from(pdf).subarray(0, 5).toString()));`;
    const run = node(['-e', script]);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('%PDF-');
  });

  it('declares types for both module systems and a bin', () => {
    const pkg = JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8'));
    expect(pkg.exports['.'].import.types).toBe('./dist/index.d.ts');
    expect(pkg.exports['.'].require.types).toBe('./dist/index.d.cts');
    expect(pkg.bin.microcred).toBe('./dist/cli/main.js');
    expect(readFileSync(`${repoRoot}dist/cli/main.js`, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });
});

describe('the dependency tree', () => {
  type Lock = { packages: Record<string, { dev?: boolean; engines?: { node?: string }; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }> };
  const pkg = JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8'));
  const lock = JSON.parse(readFileSync(`${repoRoot}package-lock.json`, 'utf8')) as Lock;

  /** Lockfile paths a consumer gets: dependencies, and the optional peers with everything they pull in (dev here, installed there). */
  function consumerTree(): Set<string> {
    const found = new Set(Object.keys(lock.packages).filter((path) => path !== '' && !lock.packages[path]!.dev));
    const todo = Object.keys(pkg.peerDependencies ?? {}).map((name) => `node_modules/${name}`);
    const seen = new Set<string>();
    for (let path = todo.pop(); path !== undefined; path = todo.pop()) {
      const entry = lock.packages[path];
      if (!entry || seen.has(path)) continue;
      seen.add(path);
      found.add(path);
      for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
        // Node's lookup: the nearest node_modules/<name> going up from the dependent.
        for (let base = path; ; base = base.includes('/node_modules/') ? base.slice(0, base.lastIndexOf('/node_modules/')) : '') {
          const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
          if (lock.packages[candidate]) {
            todo.push(candidate);
            break;
          }
          if (!base) break;
        }
      }
    }
    return found;
  }

  it('runs on every Node version package.json promises (engines), with the optional peers too', async () => {
    const { default: semver } = await import('semver');
    const lowest = semver.minVersion(pkg.engines.node)!.version;
    const tree = consumerTree();
    expect(tree.has('node_modules/fastify')).toBe(true);
    const tooNew = [...tree]
      .map((path) => [path, lock.packages[path]!] as const)
      .filter(([, entry]) => typeof entry.engines?.node === 'string' && !semver.satisfies(lowest, entry.engines.node))
      .map(([name, entry]) => `${name} wants node ${entry.engines!.node}`);
    expect(tooNew).toEqual([]);
  });

  it('hides nothing a consumer would get behind overrides (they apply in this repo only)', () => {
    const tree = [...consumerTree()].map((path) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(Object.keys(pkg.overrides ?? {}).filter((name) => tree.includes(name))).toEqual([]);
  });
});

describe('the tarball', () => {
  const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8' });
  const files: string[] = (JSON.parse(pack.stdout) as [{ files: { path: string }[] }])[0].files.map((f) => f.path);

  it('ships the licence, the notice, the changelog and the built entry points', () => {
    for (const name of ['LICENSE', 'NOTICE', 'CHANGELOG.md', 'README.md', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/service.js', 'dist/cli/main.js', 'contexts/microcred-v1.json', 'schemas/micro-credential.schema.json']) {
      expect(files).toContain(name);
    }
    expect(readFileSync(`${repoRoot}LICENSE`, 'utf8')).toContain('Apache License');
  });

  it('leaves out source maps, sources, tests and local state', () => {
    expect(files.filter((f) => f.endsWith('.map') || /^(src|test|scripts|tmp|\.microcred)\//.test(f))).toEqual([]);
  });

  it('keeps node: specifiers in the build (Deno and Workers refuse bare built-ins)', async () => {
    const { builtinModules } = await import('node:module');
    for (const file of files.filter((f) => /^dist\/.*\.(c?js)$/.test(f))) {
      const code = readFileSync(`${repoRoot}${file}`, 'utf8');
      const bare = builtinModules.filter((m) => !m.startsWith('_') && (code.includes(`from "${m}"`) || code.includes(`require("${m}")`)));
      expect({ file, bare }).toEqual({ file, bare: [] });
    }
  });
});
