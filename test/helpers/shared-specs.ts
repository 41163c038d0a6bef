import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';
import { resolve } from 'node:path';
import { repoRoot } from './fixtures.js';

/**
 * The official reference files (schemas, shapes, test vectors, EU samples) live in
 * ../shared/specs beside the repository and are never copied into it. Conformance tests
 * skip with a message when the folder is absent — and fail when CI=true, where it must be.
 */
export function sharedSpecsDir(): string | undefined {
  const dir = resolve(repoRoot, '../shared/specs');
  if (existsSync(dir)) return dir;
  if (process.env.CI === 'true') {
    throw new Error(`Conformance files are missing: ${dir} must exist when CI=true.`);
  }
  console.warn(`[skip] ${dir} not found: conformance tests against the official specs are skipped.`);
  return undefined;
}

/**
 * `describe` for conformance tests that read ../shared/specs: the body gets the folder path.
 * Absent folder: the block is reported as skipped with the reason; with CI=true the file fails
 * (sharedSpecsDir throws).
 */
export function describeWithSpecs(name: string, body: (specsDir: string) => void): void {
  const dir = sharedSpecsDir();
  if (dir === undefined) {
    describe.skip(`${name} — skipped: ../shared/specs not found`, () => {
      it('needs ../shared/specs', () => undefined);
    });
    return;
  }
  describe(name, () => body(dir));
}
