/**
 * The published declarations, as a consumer's compiler sees them: a project importing every
 * entry point compiles with `skipLibCheck: false` under node16, nodenext and bundler resolution
 * (ESM and, where the mode has it, CommonJS), and @arethetypeswrong/cli finds no problem.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRIES } from '../../tsup.config.js';
import { repoRoot } from '../helpers/fixtures.js';

const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');

const ESM_CONSUMER = `
import { createMicroCredential, generateKey, verify, MicrocredError, type VerificationReport } from 'microcred';
import { bake, unbake } from 'microcred/bake';
import { toElm, verifyJades } from 'microcred/elm';
import { label, type UiLanguage } from 'microcred/labels';
import { createRegistry } from 'microcred/registry';
import { evaluatePathway } from 'microcred/pathway';
import { exportStats } from 'microcred/export';
import { renderCertificate } from 'microcred/render';
import { openSqliteStore, startService } from 'microcred/service';
import { StoreError } from 'microcred';

const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
const report: VerificationReport = await verify({});
const language: UiLanguage = 'ka';
export const used = [key, report.verified, bake, unbake, toElm, verifyJades, label(language, 'title'), createRegistry, evaluatePathway,
  exportStats, renderCertificate, startService, openSqliteStore, createMicroCredential, new StoreError('ERR_STORE_CLOSED', 'x') instanceof MicrocredError];
`;

const CJS_CONSUMER = `
import { verify, StoreError } from 'microcred';
import { openSqliteStore } from 'microcred/service';
import { bake } from 'microcred/bake';

export async function main(): Promise<boolean> {
  const store = await openSqliteStore();
  await store.close();
  return (await verify({})).verified && typeof bake === 'function' && StoreError.name === 'StoreError';
}
`;

describe('the published declarations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'microcred-consumer-'));
  beforeAll(() => {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(repoRoot, join(dir, 'node_modules', 'microcred'));
    writeFileSync(join(dir, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
    writeFileSync(join(dir, 'esm.ts'), ESM_CONSUMER);
    writeFileSync(join(dir, 'cjs.cts'), CJS_CONSUMER);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['node16', 'node16', ['esm.ts', 'cjs.cts']],
    ['nodenext', 'nodenext', ['esm.ts', 'cjs.cts']],
    ['esnext', 'bundler', ['esm.ts']],
  ])('compile in a consumer project with skipLibCheck false (module %s, moduleResolution %s)', (module, resolution, files) => {
    const run = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--skipLibCheck', 'false', '--target', 'es2022', '--module', module, '--moduleResolution', resolution,
      '--types', 'node', '--typeRoots', join(repoRoot, 'node_modules/@types'), ...files], { cwd: dir, encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('satisfy @arethetypeswrong/cli for every entry point (node16 from ESM and CJS, bundler)', () => {
    const run = spawnSync(join(repoRoot, 'node_modules/.bin/attw'), ['--pack', '.', '--profile', 'node16', '--format', 'json'], { cwd: repoRoot, encoding: 'utf8' });
    const result = JSON.parse(run.stdout) as { analysis: { problems: { resolutionKind?: string }[]; entrypoints: Record<string, unknown> } };
    // node10 (TypeScript's pre-"exports" resolution) cannot see subpaths at all; the node16 profile leaves it out.
    expect(result.analysis.problems.filter((p) => p.resolutionKind !== 'node10')).toEqual([]);
    expect(Object.keys(result.analysis.entrypoints)).toEqual(expect.arrayContaining(ENTRIES.map((e) => (e === 'index' ? '.' : `./${e}`))));
  });
});
