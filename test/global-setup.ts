import { execFileSync } from 'node:child_process';

/** Tests of the CLI and the published entry points run the real build output. */
export default function setup(): void {
  execFileSync('npx', ['tsup', '--silent'], { stdio: 'inherit' });
}
