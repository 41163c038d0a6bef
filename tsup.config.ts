import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // service-worker: the worker threads of createServer({ workers }) (found beside the bundle).
    entry: { index: 'src/index.ts', service: 'src/service.ts', 'service-worker': 'src/server/worker.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    // Keep `node:` specifiers: Deno and Workers refuse bare `fs`, `zlib`, …
    removeNodeProtocol: false,
    // import.meta.url (used to find bundled font files) in the CommonJS build too.
    shims: true,
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts', 'cli/batch-worker': 'src/batch/worker.ts', 'cli/service-worker': 'src/server/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    removeNodeProtocol: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
