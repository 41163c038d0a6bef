import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

// Devices that never end: a CLI that read a file whole before checking its size would grow
// without bound here; the bounded read stops one byte past 16 MiB and refuses.
describe('the CLI reads user files with a bound', () => {
  const refused = (device: string) => new RegExp(`^microcred: ${device}: file is larger than 16777216 bytes; refused$`, 'm');

  it.each([
    ['verify', ['verify', '/dev/urandom'], '/dev/urandom'],
    ['validate', ['validate', '/dev/zero'], '/dev/zero'],
    ['issue --key', ['issue', 'examples/ge-ai-research.json', '--key', '/dev/zero', '-o', '/dev/null'], '/dev/zero'],
    ['verify --trust', ['verify', 'examples/ge-ai-research.json', '--trust', '/dev/urandom'], '/dev/urandom'],
  ])('%s on an endless device exits 2 with a sentence', (_name, args, device) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(refused(device));
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
