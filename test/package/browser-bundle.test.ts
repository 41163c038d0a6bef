/**
 * `import { verify } from 'microcred'`, bundled the way a web developer would (esbuild,
 * platform browser, through package.json "exports" to the built dist/), runs in headless
 * Chromium on an OB 3.0 credential, a VC-JWT, a baked PNG and a sealed EDC; and what the browser
 * loads before anything is verified stays within 250 KB gzipped (lazily loaded parts — SHACL's
 * RDF libraries, the SVG parser, node-forge for sealing — excluded, since verify never asks for
 * them on these inputs).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bake, defaultBadgePng } from '../../src/bake.js';
import { generateSealKey } from '../../src/elm.js';
import { createMicroCredential, generateKey, verify } from '../../src/index.js';
import { hasChromium, launchChromium } from '../helpers/browser.js';
import { example, repoRoot } from '../helpers/fixtures.js';

/** The budget of issue #16: verify alone, gzipped, as first loaded. */
const VERIFY_BUDGET_GZ = 250 * 1024;

/** Files the entry loads statically (its static import closure), with their gzipped sizes. */
function initialLoad(metafile: Metafile, dir: string): { file: string; gz: number }[] {
  const entry = Object.keys(metafile.outputs).find((file) => metafile.outputs[file]!.entryPoint !== undefined)!;
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const i of metafile.outputs[file]!.imports) if (i.kind === 'import-statement' && i.path in metafile.outputs) todo.push(i.path);
  }
  return [...seen].map((file) => ({ file, gz: gzipSync(readFileSync(join(dir, file)), { level: 9 }).length }));
}

describe('verify() bundled for the browser from the public entry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'microcred-browser-'));
  let metafile: Metafile;

  beforeAll(async () => {
    // A consumer project with microcred installed (a link to this package, built by global setup).
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(repoRoot, join(dir, 'node_modules', 'microcred'));
    writeFileSync(join(dir, 'entry.js'), "import { verify } from 'microcred';\nglobalThis.microcredVerify = verify;\n");
    const result = await build({
      entryPoints: [join(dir, 'entry.js')],
      absWorkingDir: dir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      metafile: true,
      outdir: join(dir, 'out'),
      tsconfigRaw: '{}',
      logLevel: 'error',
    });
    metafile = result.metafile;
    writeFileSync(join(dir, 'out', 'index.html'), '<!doctype html><meta charset="utf-8"><script type="module" src="entry.js"></script>');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('bundles with no Node built-in and loads at most 250 KB gzipped before verifying', () => {
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.filter((path) => path.startsWith('node:') || /(^|\/)node_modules\/(pdfkit|fastify|better-sqlite3|pg|qrcode|undici)\//.test(path))).toEqual([]);
    const load = initialLoad(metafile, dir);
    const total = load.reduce((sum, f) => sum + f.gz, 0);
    console.log(`verify() for the browser: ${load.length} files, ${(total / 1024).toFixed(1)} KB gzipped at first load`);
    expect(total).toBeLessThanOrEqual(VERIFY_BUDGET_GZ);
  });

  describe.runIf(hasChromium)('in headless Chromium', () => {
    let browser: Browser;
    let server: Server;
    let base: string;
    const inputs: Record<string, unknown> = {};

    beforeAll(async () => {
      const ob3 = await createMicroCredential(example('ge-ai-research'), { profile: 'ge', key: await generateKey({ suite: 'eddsa-rdfc-2022' }) });
      const jwt = await createMicroCredential(example('am-data-analytics'), { profile: 'am', key: await generateKey({ suite: 'vc-jwt' }) });
      const png = bake(ob3 as object, defaultBadgePng()) as Uint8Array;
      const seal = await generateSealKey({ subject: 'CN=Example State University Seal,O=Example State University,C=GE' });
      const edc = await createMicroCredential(example('ge-ai-research'), { format: 'elm', key: seal.keyFile, profile: 'ge' });
      Object.assign(inputs, { ob3, jwt, png: Array.from(png), edc });
      const out = join(dir, 'out');
      server = createServer((req, res) => {
        const name = (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : (req.url ?? '').slice(1).replace(/[^A-Za-z0-9._-]/g, '');
        try {
          const body = readFileSync(join(out, name));
          res.writeHead(200, { 'content-type': name.endsWith('.html') ? 'text/html' : 'text/javascript' }).end(body);
        } catch {
          res.writeHead(404).end();
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      server?.close();
    });

    it('verifies an OB 3.0 credential, a VC-JWT, a baked PNG and a sealed EDC', async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(base);
      await page.waitForFunction(() => typeof (globalThis as { microcredVerify?: unknown }).microcredVerify === 'function');
      const reports = await page.evaluate(async (given) => {
        const verify = (globalThis as unknown as { microcredVerify: (input: unknown) => Promise<{ verified: boolean; checks: { id: string; status: string; code?: string }[] }> }).microcredVerify;
        const run = async (input: unknown) => {
          const report = await verify(input);
          return { verified: report.verified, checks: report.checks.map((c) => `${c.id}:${c.status}:${c.code ?? ''}`) };
        };
        return {
          ob3: await run(given.ob3),
          jwt: await run(given.jwt),
          png: await run(new Uint8Array(given.png as number[])),
          edc: await run(given.edc),
        };
      }, inputs);
      expect(errors).toEqual([]);
      // The same verdict, check for check, as verify() gives in Node.
      const inNode = async (input: unknown) => {
        const report = await verify(input);
        return { verified: report.verified, checks: report.checks.map((c) => `${c.id}:${c.status}:${c.code ?? ''}`) };
      };
      expect(reports).toEqual({
        ob3: await inNode(inputs.ob3),
        jwt: await inNode(inputs.jwt),
        png: await inNode(new Uint8Array(inputs.png as number[])),
        edc: await inNode(inputs.edc),
      });
      expect(reports.ob3.checks).toContain('proof:pass:');
      expect(reports.jwt.checks).toContain('proof:pass:');
      expect(reports.png.checks).toContain('proof:pass:');
      // A test seal: authentic, but no trust anchor vouches for its certificate.
      expect(reports.edc.checks).toContain('seal:warn:WARN_NO_TRUST_ANCHORS');
      expect(Object.values(reports).map((r) => r.verified)).toEqual([true, true, true, true]);
      await page.close();
    });
  });
});
