/**
 * Builds the verification page into dist/web/: a static site (index.html, styles.css, app.js)
 * any web server can host; `microcred serve` serves it at /verify. The core runs in the page, so
 * verifying never sends the credential anywhere.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { build } from 'esbuild';

const out = new URL('../dist/web/', import.meta.url);
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
});
for (const file of ['index.html', 'styles.css']) await copyFile(new URL(`../src/web/${file}`, import.meta.url), new URL(file, out));
console.log(`built ${out.pathname}`);
