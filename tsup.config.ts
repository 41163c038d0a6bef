import { defineConfig } from 'tsup';

/** The public entry points (package.json "exports"), one per concern. */
export const ENTRIES = ['index', 'bake', 'elm', 'labels', 'registry', 'pathway', 'export', 'render', 'service'] as const;

export default defineConfig([
  {
    // ESM, unbundled: dist/ mirrors src/ module for module, so a bundler keeps only what is
    // imported (package.json sideEffects: false). Declarations come from tsc (scripts/build-types.mjs).
    entry: ['src/**/*.ts', 'src/**/*.js', '!src/**/*.d.ts', '!src/web/**'],
    bundle: false,
    format: ['esm'],
    outDir: 'dist',
    clean: true,
    target: 'es2022',
    sourcemap: false,
    // Keep `node:` specifiers: Deno and Workers refuse bare `fs`, `zlib`, …
    removeNodeProtocol: false,
  },
  {
    // CommonJS for require(): the entries share chunks (splitting), so each class exists once
    // across microcred, microcred/service, … Dependencies stay external.
    entry: {
      ...Object.fromEntries(ENTRIES.map((name) => [name, `src/${name}.ts`])),
      'transport-node': 'src/resolver/transport-node.ts',
      // The service's worker threads (createServer({ workers })), found beside the chunk that starts them.
      worker: 'src/server/worker.ts',
    },
    format: ['cjs'],
    outDir: 'dist/cjs',
    splitting: true,
    target: 'node20',
    sourcemap: false,
    removeNodeProtocol: false,
    // The Node transport is picked at run time through package.json "imports".
    external: ['#transport'],
    outExtension: () => ({ js: '.js' }),
    // import.meta.url (used to find bundled font files) in CommonJS too.
    shims: true,
  },
]);
