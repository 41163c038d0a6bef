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
