import { chmodSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, scratch } from '../helpers/cli.js';

describe('microcred key files and write failures', () => {
  const tmp = scratch();
  const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);

  it('warns when a key file is readable by group or others, and not when it is 0600', () => {
    expect(cli('keys', 'generate', '-o', tmp.path('key.json')).code).toBe(0);
    const quiet = cli('issue', 'examples/ge-ai-research.json', '--key', tmp.path('key.json'), '--profile', 'ge', '-o', tmp.path('a.json'));
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).not.toContain('warning');
    chmodSync(tmp.path('key.json'), 0o644);
    const loud = cli('issue', 'examples/ge-ai-research.json', '--key', tmp.path('key.json'), '--profile', 'ge', '-o', tmp.path('b.json'));
    expect(loud.code).toBe(0);
    expect(loud.stderr).toContain(`warning: ${tmp.path('key.json')} is readable by others (mode 0644); a private key should be 0600`);
  });

  it('a corrupted private key ends in a sentence, not a stack trace', () => {
    const key = JSON.parse(readFileSync(tmp.path('key.json'), 'utf8'));
    for (const [name, broken] of [
      ['short-d.json', { ...key, privateKeyJwk: { ...key.privateKeyJwk, d: 'AAAA' } }],
      ['bad-x.json', { ...key, privateKeyJwk: { ...key.privateKeyJwk, x: '!!!' } }],
    ] as const) {
      const r = cli('issue', 'examples/ge-ai-research.json', '--key', tmp.write(name, JSON.stringify(broken)), '--profile', 'ge', '-o', tmp.path('c.json'));
      expect(r.code, r.stderr).not.toBe(0);
      expect(r.stderr).toMatch(/^microcred: /m);
      noStack(r.stderr);
    }
  });

  it('a full disk (ENOSPC) when writing the output ends in a sentence with exit 2 (a problem of the machine, not of the credential)', () => {
    chmodSync(tmp.path('key.json'), 0o600);
    const r = cli('issue', 'examples/ge-ai-research.json', '--key', tmp.path('key.json'), '--profile', 'ge', '-o', '/dev/full');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no space left on device \(ENOSPC\)/);
    noStack(r.stderr);
  });
});
