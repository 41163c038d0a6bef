#!/usr/bin/env node
// @microcred/cli only brings microcred's optional peer dependencies along (database drivers,
// fastify, pdfkit), so that `npx @microcred/cli …` installs everything in one command; the
// command line itself is microcred's own bin, found through its package.json.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const manifest = require.resolve('microcred/package.json');
const main = join(dirname(manifest), require(manifest).bin.microcred);
// microcred's bin starts itself when it is the script node runs (argv[1]); this process runs it.
process.argv[1] = main;
await import(pathToFileURL(main).href);
