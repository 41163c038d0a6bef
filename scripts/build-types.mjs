/**
 * Declarations for the published package: tsc writes one .d.ts per module into dist/ (valid
 * under skipLibCheck: false, unlike a bundled declaration file), and a copy of the tree into
 * dist/cjs/, whose package.json says "commonjs", so `require` users get declarations TypeScript
 * reads as CommonJS (no "masquerading as ESM").
 */
import { execFileSync } from 'node:child_process';
import { cp, readdir, writeFile } from 'node:fs/promises';

const dist = new URL('../dist/', import.meta.url);
execFileSync(process.execPath, [new URL('../node_modules/typescript/bin/tsc', import.meta.url).pathname, '-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: new URL('..', import.meta.url) });
// The vendored jsonld module's hand-written declaration is an input, which tsc does not copy.
await cp(new URL('../src/jsonld/vendor/expand.d.ts', import.meta.url), new URL('jsonld/vendor/expand.d.ts', dist));

const entries = await readdir(dist, { recursive: true });
for (const file of entries) {
  if (file.endsWith('.d.ts') && !file.startsWith('cjs/')) await cp(new URL(file, dist), new URL(`cjs/${file}`, dist));
}
// The nearest package.json is the scope of `#transport` too: CommonJS runs on Node only.
await writeFile(new URL('cjs/package.json', dist), `${JSON.stringify({ type: 'commonjs', imports: { '#transport': './transport-node.js' } }, null, 2)}\n`);
