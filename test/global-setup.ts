import { execFileSync } from 'node:child_process';

/** Tests of the CLI, the published entry points and the verification page run the real build output. */
export default function setup(): void {
  execFileSync('npx', ['tsup', '--silent'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/build-types.mjs'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/build-web.mjs'], { stdio: 'inherit' });
}
