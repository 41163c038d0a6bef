import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeStem } from '../../src/batch/file-names.js';
import { unbake } from '../../src/bake/index.js';
import { cli, scratch } from '../helpers/cli.js';
import { repoRoot } from '../helpers/fixtures.js';

const noStack = (text: string) => {
  expect(text).not.toMatch(/\n\s+at .*:\d+:\d+/);
  expect(text).not.toContain('unexpected error');
};

describe('the CLI says what went wrong in words, exit 2, never a stack trace', () => {
  const tmp = scratch();
  expect(cli('keys', 'generate', '-o', tmp.path('key.json')).code).toBe(0);

  it('an output path in a folder that does not exist', () => {
    const r = cli('issue', 'examples/ge-ai-research.json', '--key', tmp.path('key.json'), '--profile', 'ge', '-o', '/nonexistent/dir/x.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('microcred: /nonexistent/dir/x.json: there is no such file or folder (does /nonexistent/dir exist?)');
    noStack(r.stderr);
  });

  it('a folder or a missing file where a file is expected', () => {
    const folder = cli('verify', tmp.dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`${tmp.dir}: cannot read file: it is a folder, not a file`);
    const missing = cli('verify', tmp.path('nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: cannot read file: there is no such file/);
    expect(folder.stderr + missing.stderr).not.toMatch(/\((EISDIR|ENOENT)\)/);
    const output = cli('bake', join(repoRoot, 'examples/ge-ai-research.json'), '-o', tmp.dir);
    expect(output.code).toBe(2);
    noStack(output.stderr);
  });

  it('serve on a busy port: a sentence, exit 2, and nothing written (no key, no token, no database)', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const data = tmp.path('serve-data');
      const r = spawnSync(process.execPath, [join(repoRoot, 'dist/cli/main.js'), 'serve', '--port', String(port), '--data', data], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, MICROCRED_API_TOKEN: '' } });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(`cannot listen on 127.0.0.1:${port}: the port is already in use (EADDRINUSE)`);
      noStack(r.stderr);
      expect(r.stdout).not.toContain('Generated');
      expect(existsSync(data)).toBe(false);
    } finally {
      busy.close();
    }
  });

  it('a --trust file that is not a trust list is refused with the reason', () => {
    expect(cli('issue', 'examples/ge-ai-research.json', '--key', tmp.path('key.json'), '--profile', 'ge', '-o', tmp.path('vc.json')).code).toBe(0);
    const key = cli('verify', tmp.path('vc.json'), '--trust', tmp.path('key.json'));
    expect(key.code).toBe(2);
    expect(key.stderr).toMatch(/key\.json: not a trust list \(it looks like a key file\): unknown fields? "/);
    const credential = cli('verify', tmp.path('vc.json'), '--trust', tmp.path('vc.json'));
    expect(credential.code).toBe(2);
    expect(credential.stderr).toContain('(it looks like a credential)');
    for (const bad of ['{}', '[]', '"x"', '{"trusted": "did:x"}']) {
      const r = cli('verify', tmp.path('vc.json'), '--trust', tmp.write('t.json', bad));
      expect(r.code, bad).toBe(2);
      expect(r.stderr, bad).toMatch(/trust list|must be a list/);
    }
    expect(cli('verify', tmp.path('vc.json'), '--trust', tmp.write('ok.json', '{"trusted": []}')).code).toBe(0);
  });
});

describe('microcred batch: file names, progress, each problem once', () => {
  const tmp = scratch();
  const { learner: _learner, id: _id, ...course } = JSON.parse(readFileSync(join(repoRoot, 'examples/ge-ai-research.json'), 'utf8'));
  tmp.write('course.json', JSON.stringify(course));
  expect(cli('keys', 'generate', '-o', tmp.path('key.json')).code).toBe(0);
  const learner = (name: string, studentId?: string) => ({ learner: { name, ...(studentId ? { identifiers: [{ type: 'studentId', value: studentId }] } : {}) } });
  const rows = [
    learner('Nino', 'TSU-2025-00417'),
    { dateOfIssuing: '2025-10-21' }, // no learner
    learner('Giorgi'), // no reference: named by id
    learner('Nino again', 'TSU-2025-00417'), // same learner, another credential
    learner('Mallory', '../../etc/passwd'),
    learner('ანა', 'სტუდ/1'),
  ];
  tmp.write('cohort.jsonl', `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const batch = (...extra: string[]) => cli('batch', tmp.path('cohort.jsonl'), '--key', tmp.path('key.json'), '--profile', 'ge', '--template', tmp.path('course.json'), '--workers', '1', ...extra);

  it('names files by the learner reference, safely, with -2 for a second credential of the same name; a re-run issues none again', () => {
    const r = batch('--out', tmp.path('out'), '--progress');
    expect(r.code).toBe(1);
    const files = readdirSync(tmp.path('out')).sort();
    expect(files).toHaveLength(5);
    expect(files).toContain('TSU-2025-00417.json');
    expect(files).toContain('TSU-2025-00417-2.json');
    expect(files).toContain('etc_passwd.json');
    expect(files).toContain('სტუდ_1.json');
    expect(files.filter((f) => /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(f))).toHaveLength(1);
    const nino = JSON.parse(readFileSync(join(tmp.path('out'), 'TSU-2025-00417.json'), 'utf8'));
    expect(nino.credentialSubject.microCredentialAward.learner.name).toBe('Nino');
    // n / total, rate and ETA, from the first row.
    expect(r.stderr).toMatch(/^0 \/ 6 \(0%\)/m);
    expect(r.stderr).toMatch(/^1 \/ 6 \(16%\) · [\d.]+\/s · ETA \d+:\d\d/m);
    expect(r.stderr).toMatch(/^6 \/ 6 \(100%\)/m);
    // The missing learner is one problem, said once.
    const row2 = r.stderr.split('\n').filter((l) => l.startsWith('row 2:'));
    expect(row2).toHaveLength(1);
    expect(row2[0]!.match(/\/learner/g)).toHaveLength(1);
    const again = batch('--out', tmp.path('out'));
    expect(again.stdout).toContain('6 rows: 0 issued, 5 already issued, 1 invalid');
    expect(again.stderr).not.toMatch(/ \/ 6/); // no progress when stderr is not a terminal, without --progress
    expect(readdirSync(tmp.path('out'))).toHaveLength(5);
  });

  it('--name-by id and --name-by row', () => {
    batch('--out', tmp.path('by-id'), '--name-by', 'id');
    expect(readdirSync(tmp.path('by-id')).every((f) => /^[0-9a-f]{8}-[0-9a-f-]{27}\.json$/.test(f))).toBe(true);
    batch('--out', tmp.path('by-row'), '--name-by', 'row');
    expect(readdirSync(tmp.path('by-row')).sort()).toEqual(['row-000001.json', 'row-000003.json', 'row-000004.json', 'row-000005.json', 'row-000006.json']);
    expect(batch('--out', tmp.path('x'), '--name-by', 'hash').code).toBe(2);
  });

  it('makes any text a safe file name', () => {
    expect(safeStem('../../etc/passwd')).toBe('etc_passwd');
    expect(safeStem('CON')).toBe('_CON');
    expect(safeStem('...')).toBe('credential');
    expect(safeStem('a\u0000b c:d')).toBe('a_b_c_d');
    expect(new TextEncoder().encode(safeStem('ა'.repeat(300))).length).toBeLessThanOrEqual(160);
  });
});

describe('microcred bake without --image', () => {
  it('runs the README walk-through verbatim: a neutral PNG, or an SVG drawn from the credential', () => {
    const tmp = scratch();
    expect(cli('keys', 'generate', '-o', tmp.path('key.json')).code).toBe(0);
    expect(cli('issue', 'examples/ge-ai-research.json', '--key', tmp.path('key.json'), '--profile', 'ge', '-o', tmp.path('badge.json')).code).toBe(0);
    const png = cli('bake', tmp.path('badge.json'), '-o', tmp.path('baked-badge.png'));
    expect(png.code, png.stderr).toBe(0);
    expect(cli('verify', tmp.path('baked-badge.png')).stdout).toMatch(/AUTHENTIC, ISSUER NOT RECOGNISED/);
    const svg = cli('bake', tmp.path('badge.json'), '-o', tmp.path('baked-badge.svg'));
    expect(svg.code).toBe(0);
    const text = readFileSync(tmp.path('baked-badge.svg'), 'utf8');
    expect(text).toContain('AI for Enhancing Research');
    expect((unbake(text) as { id: string }).id).toBe(JSON.parse(readFileSync(tmp.path('badge.json'), 'utf8')).id);
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain('npx microcred bake badge.json -o baked-badge.png');
  });
});
