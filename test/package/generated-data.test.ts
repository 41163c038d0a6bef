import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_MODULES, dataModule, versionModule } from '../../scripts/gen-data.js';
import { repoRoot } from '../helpers/fixtures.js';

describe('src/generated (schemas, profiles and contexts as modules)', () => {
  it.each(Object.entries(DATA_MODULES))('%s is current in src/generated/%s', async (source, target) => {
    expect(await dataModule(source), 'run npm run gen:data').toBe(readFileSync(`${repoRoot}src/generated/${target}`, 'utf8'));
  });

  it('carries the package version', async () => {
    expect(await versionModule(), 'run npm run gen:data').toBe(readFileSync(`${repoRoot}src/generated/version.ts`, 'utf8'));
  });

  it('leaves no JSON import in the library source (only the generated modules)', () => {
    const hits = spawnSync('grep', ['-rln', "type: 'json'", 'src'], { cwd: repoRoot, encoding: 'utf8' });
    expect(hits.stdout.trim()).toBe('');
  });
});
