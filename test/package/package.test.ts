/**
 * The package as npm publishes it: entry points by concern (ESM unbundled, CommonJS with shared
 * chunks), a runtime-agnostic core, one copy of each class, and a tarball with what it needs only.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRIES } from '../../tsup.config.js';
import { repoRoot } from '../helpers/fixtures.js';

const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
const pkg = JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8'));
const subpath = (entry: string) => (entry === 'index' ? 'microcred' : `microcred/${entry}`);

/** Every bare specifier a dist/ module imports, following relative imports (the static import closure). */
function staticImports(entry: string): { modules: string[]; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const todo = [join(repoRoot, 'dist', `${entry}.js`)];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static forms only (`import … from`, `export … from`, bare `import '…'`); `import('…')` loads on demand.
    for (const [, specifier] of code.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|(?:^|\n)\s*import\s*["']([^"']+)["']/g)) {
      if (specifier === undefined) continue;
      if (specifier.startsWith('.')) todo.push(normalize(join(dirname(file), specifier)));
      else packages.add(specifier);
    }
  }
  return { modules: [...seen], packages };
}

describe('the published package', () => {
  it.each(ENTRIES)('%s loads as ESM and as CommonJS through the exports map', (entry) => {
    const esm = node(['--input-type=module', '-e', `import * as m from '${subpath(entry)}'; console.log(Object.keys(m).length > 0)`]);
    expect(esm.stderr).toBe('');
    expect(esm.stdout.trim()).toBe('true');
    const cjs = node(['-e', `console.log(Object.keys(require('${subpath(entry)}')).length > 0)`]);
    expect(cjs.stderr).toBe('');
    expect(cjs.stdout.trim()).toBe('true');
  });

  it('has one copy of each class across entry points, in CommonJS too', () => {
    const script = (load: string) => `
      ${load}
      store.openSqliteStore().then(async (s) => {
        await s.close();
        try { await s.close(); await s.getCredential('urn:x'); console.log('no error'); }
        catch (e) { console.log(e instanceof core.StoreError, e instanceof core.MicrocredError, e.code); }
      });`;
    const cjs = node(['-e', script("const core = require('microcred'); const store = require('microcred/service');")]);
    expect(cjs.stderr).toBe('');
    expect(cjs.stdout.trim()).toBe('true true ERR_STORE_CLOSED');
    const esm = node(['--input-type=module', '-e', script("import * as core from 'microcred'; import * as store from 'microcred/service';")]);
    expect(esm.stdout.trim()).toBe('true true ERR_STORE_CLOSED');
  });

  it.each(['index', 'bake', 'elm', 'labels'])('%s is runtime-agnostic: no Node built-in, no database, web framework or PDF engine in its static imports', (entry) => {
    const { packages } = staticImports(entry);
    const nodeOnly = [...packages].filter((p) => p.startsWith('node:') || builtinModules.includes(p.split('/')[0]!) || /^(pdfkit|qrcode|fastify|@fastify\/|better-sqlite3|pg|piscina|undici|csv-)/.test(p));
    expect(nodeOnly).toEqual([]);
  });

  it('require("microcred") loads no PDF engine, QR encoder, web framework or database driver', () => {
    const run = node(['-e', "require('microcred'); console.log(JSON.stringify(Object.keys(require.cache).filter((p) => /node_modules\\/(pdfkit|fontkit|qrcode|fastify|better-sqlite3|pg)\\//.test(p))))"]);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it('renders PDFs from the CommonJS build too (bundled fonts are found without import.meta)', () => {
    const script = `
      const m = require('microcred');
      const { renderCertificate } = require('microcred/render');
      const doc = require('./examples/am-data-analytics.json');
      m.generateKey({ suite: 'eddsa-jcs-2022' })
        .then((key) => m.createMicroCredential(doc, { key }))
        .then((vc) => renderCertificate(vc))
        .then((pdf) => console.log(Buffer.from(pdf).subarray(0, 5).toString()));`;
    const run = node(['-e', script]);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('%PDF-');
  });

  it('declares ESM-first exports with types for both module systems, no side effects, and a bin', () => {
    expect(pkg.sideEffects).toBe(false);
    for (const entry of ENTRIES) {
      const key = entry === 'index' ? '.' : `./${entry}`;
      expect(pkg.exports[key]).toEqual({
        import: { types: `./dist/${entry}.d.ts`, default: `./dist/${entry}.js` },
        require: { types: `./dist/cjs/${entry}.d.ts`, default: `./dist/cjs/${entry}.js` },
      });
    }
    expect(JSON.parse(readFileSync(`${repoRoot}dist/cjs/package.json`, 'utf8')).type).toBe('commonjs');
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
  const packed = (JSON.parse(pack.stdout) as [{ files: { path: string; size: number }[]; size: number; unpackedSize: number }])[0];
  const files = packed.files.map((f) => f.path);

  it('ships the licence, the notice, the changelog, every entry point with its declarations, and the data the runtime reads', () => {
    const expected = ['LICENSE', 'NOTICE', 'CHANGELOG.md', 'README.md', 'package.json', 'dist/cli/main.js', 'dist/cli/batch-worker.js', 'dist/web/index.html', 'dist/cjs/package.json', 'dist/cjs/transport-node.js',
      'dist/resolver/transport-node.js', 'dist/resolver/transport-web.js', 'contexts/microcred-v1.json', 'schemas/micro-credential.schema.json', 'profiles/ge.json',
      'examples/ge-ai-research.json', 'examples/registries/nceqe-registry.json', 'examples/registries/test-keys/university-ge-TEST-key.json'];
    for (const entry of ENTRIES) expected.push(`dist/${entry}.js`, `dist/${entry}.d.ts`, `dist/cjs/${entry}.js`, `dist/cjs/${entry}.d.ts`);
    expect(files).toEqual(expect.arrayContaining(expected));
    expect(readFileSync(`${repoRoot}LICENSE`, 'utf8')).toContain('Apache License');
  });

  it('leaves out source maps, sources, tests and local state, and stays small', () => {
    expect(files.filter((f) => f.endsWith('.map') || /^(src|test|scripts|tmp|artifacts|\.microcred)\//.test(f))).toEqual([]);
    // One ESM tree, one CommonJS tree, the page: no bundled copies of the core per entry point.
    const coreCopies = files.filter((f) => f.endsWith('.js') && readFileSync(`${repoRoot}${f}`, 'utf8').includes('class MicrocredError extends Error'));
    expect(coreCopies.length).toBeLessThanOrEqual(2);
    expect(packed.size).toBeLessThan(3 * 1024 * 1024);
  });

  it('keeps node: specifiers in the build (Deno and Workers refuse bare built-ins)', () => {
    for (const file of files.filter((f) => /^dist\/(?!web\/).*\.js$/.test(f))) {
      const code = readFileSync(`${repoRoot}${file}`, 'utf8');
      const bare = builtinModules.filter((m) => !m.startsWith('_') && (code.includes(`from "${m}"`) || code.includes(`from '${m}'`) || code.includes(`require("${m}")`)));
      expect({ file, bare }).toEqual({ file, bare: [] });
    }
  });
});
