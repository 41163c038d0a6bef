/**
 * Builds the verification page into dist/web/: a static site (index.html, styles.css, app.js)
 * any web server can host; `microcred serve` serves it at /verify. The core runs in the page, so
 * verifying never sends the credential anywhere.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { build } from 'esbuild';

const out = new URL('../dist/web/', import.meta.url);
/**
 * verify()'s `online` option builds microcred's Node resolver (DNS checks, node:net); the page
 * never asks for it — it passes its own browser resolver — so the page gets a stub instead.
 */
const browserOnline = {
  name: 'browser-online',
  setup(build) {
    build.onResolve({ filter: /^\.\/online\.js$/ }, (args) =>
      args.importer.endsWith('/src/verify/verify.ts') ? { path: new URL('../src/web/online-stub.ts', import.meta.url).pathname } : undefined,
    );
  },
};
await mkdir(out, { recursive: true });
await build({
  entryPoints: [new URL('../src/web/app.ts', import.meta.url).pathname],
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: ['chrome110', 'firefox115', 'safari16'],
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  outfile: new URL('app.js', out).pathname,
  logLevel: 'warning',
  plugins: [browserOnline],
});
for (const file of ['index.html', 'styles.css']) await copyFile(new URL(`../src/web/${file}`, import.meta.url), new URL(file, out));
console.log(`built ${out.pathname}`);
