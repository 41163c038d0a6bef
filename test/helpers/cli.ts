import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './fixtures.js';

/** Runs the built CLI (dist/, built by the global setup) as a user would. */
export function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist/cli/main.js'), ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder and a helper to write files into it. */
export function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'microcred-cli-'));
  return {
    dir,
    path: (name: string) => join(dir, name),
    write: (name: string, content: string | Uint8Array) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}
