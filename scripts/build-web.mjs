/**
 * Builds the verification page into dist/web/: a static site any web server can host;
 * `microcred serve` serves it at /verify. The core runs in the page, so verifying never sends
 * the credential anywhere.
 *
 * Assets get content-hashed names (app.<hash>.js, styles.<hash>.css, favicon.<hash>.svg), so a
 * server may cache them for ever; index.html, which names them, is the only file that changes
 * under the same name. Each text file also gets a brotli (.br) and a gzip (.gz) copy, and
 * manifest.json lists what there is to serve.
 *
 * The page imports microcred as any web developer would — `microcred`, `microcred/bake`,
 * `microcred/labels`, resolved through package.json "exports" to the built dist/ (run tsup
 * first) — never src/. What loads only on demand (SHACL validation of an EDC) is a separate
 * chunk, fetched when a credential needs it.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const out = new URL('../dist/web/', import.meta.url);
const src = (file) => new URL(`../src/web/${file}`, import.meta.url);
// Old hashed files would pile up otherwise.
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const result = await build({
  entryPoints: { app: new URL('../src/web/app.ts', import.meta.url).pathname },
  entryNames: '[name].[hash]',
  chunkNames: 'chunk.[hash]',
  bundle: true,
  splitting: true,
  // Not the repository's tsconfig: its "paths" point microcred at src/ for the type checker.
  tsconfigRaw: '{}',
  platform: 'browser',
  format: 'esm',
  target: ['chrome110', 'firefox115', 'safari16'],
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  outdir: out.pathname,
  metafile: true,
  logLevel: 'warning',
});
const outputs = Object.keys(result.metafile.outputs).map((path) => path.split('/').pop());
const app = outputs.find((name) => /^app\.[A-Z0-9]+\.js$/.test(name));
const chunks = outputs.filter((name) => /^chunk\.[A-Z0-9]+\.js$/.test(name));

/** Writes `file` under a name with its content hash: `styles.css` → `styles.1a2b3c4d5e.css`. */
async function hashed(file) {
  const bytes = await readFile(src(file));
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  const name = file.replace(/(\.[a-z]+)$/, `.${hash}$1`);
  await writeFile(new URL(name, out), bytes);
  return name;
}
const styles = await hashed('styles.css');
const favicon = await hashed('favicon.svg');
const html = (await readFile(src('index.html'), 'utf8'))
  .replace('href="styles.css"', `href="${styles}"`)
  .replace('src="app.js"', `src="${app}"`)
  .replace('href="favicon.svg"', `href="${favicon}"`);
if (!html.includes(app) || !html.includes(styles) || !html.includes(favicon)) throw new Error('index.html no longer names app.js, styles.css and favicon.svg');
await writeFile(new URL('index.html', out), html);

// Served files, each with its compressed copies (written only when smaller).
const files = ['index.html', app, ...chunks, styles, favicon];
const manifest = { files: {} };
for (const name of files) {
  const bytes = await readFile(new URL(name, out));
  const encodings = [];
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
  if (br.length < bytes.length) {
    await writeFile(new URL(`${name}.br`, out), br);
    encodings.push('br');
  }
  const gz = gzipSync(bytes, { level: 9 });
  if (gz.length < bytes.length) {
    await writeFile(new URL(`${name}.gz`, out), gz);
    encodings.push('gzip');
  }
  manifest.files[name] = { bytes: bytes.length, encodings, immutable: name !== 'index.html' };
  console.log(`  ${name}: ${bytes.length} bytes${br.length < bytes.length ? `, br ${br.length}` : ''}${gz.length < bytes.length ? `, gzip ${gz.length}` : ''}`);
}
// A page hosted anywhere recognises no issuer (`microcred serve` answers trust.json itself, with its own list).
await writeFile(new URL('trust.json', out), '{}\n');
await writeFile(new URL('manifest.json', out), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`built ${out.pathname}`);
