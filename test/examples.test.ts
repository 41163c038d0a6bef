import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.js';

/** Every runnable example in examples/ (the README shows them) must run and exit 0. */
describe('examples/*.ts', () => {
  const scripts = readdirSync(`${repoRoot}examples`).filter((f) => f.endsWith('.ts'));
  it('has examples', () => expect(scripts.length).toBeGreaterThan(0));
  for (const script of scripts) {
    it(`${script} runs`, () => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', `examples/${script}`], { cwd: repoRoot, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(0);
    });
  }
});
