import { existsSync } from 'node:fs';
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
