import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cli, scratch } from '../helpers/cli.js';
import { repoRoot } from '../helpers/fixtures.js';

// Lets one test make every write fail as on a full disk; the others write for real.
const fail = vi.hoisted(() => ({ enospc: false }));
vi.mock('node:fs/promises', async (original) => {
  const actual = await original<typeof import('node:fs/promises')>();
  return {
    ...actual,
    writeFile: (async (...args: Parameters<typeof actual.writeFile>) => {
      if (fail.enospc) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return actual.writeFile(...args);
    }) as typeof actual.writeFile,
  };
});

describe('microcred batch: duplicates and write failures', () => {
  const tmp = scratch();
  const { learner: _learner, id: _id, ...course } = JSON.parse(readFileSync('examples/ge-ai-research.json', 'utf8'));
  tmp.write('course.json', JSON.stringify(course));

  it('reports 100 duplicate id pairs as row errors, keeps the first row of each, and leaves no temporary file', () => {
    expect(cli('keys', 'generate', '-o', tmp.path('key.json')).code).toBe(0);
    const rows: string[] = [];
    for (let i = 0; i < 100; i += 1) {
      const id = `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      rows.push(JSON.stringify({ id, learner: { name: `First ${i}` } }), JSON.stringify({ id, learner: { name: `Second ${i}` } }));
    }
    tmp.write('dupes.jsonl', `${rows.join('\n')}\n`);
    const r = cli('batch', tmp.path('dupes.jsonl'), '--key', tmp.path('key.json'), '--profile', 'ge', '--template', tmp.path('course.json'), '--out', tmp.path('out'), '--workers', '2');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('200 rows: 100 issued, 0 already issued, 100 invalid');
    expect(r.stderr).toMatch(/^row 2: duplicate id urn:uuid:00000000-0000-4000-8000-000000000000: row 1 has the same id; not issued$/m);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    const files = readdirSync(tmp.path('out'));
    expect(files).toHaveLength(100);
    expect(files.filter((f) => f.endsWith('.partial'))).toEqual([]);
    const names = files.map((f) => JSON.parse(readFileSync(join(tmp.path('out'), f), 'utf8')).credentialSubject.microCredentialAward.learner.name as string);
    expect(names.every((n) => n.startsWith('First '))).toBe(true);
  });

  it('reports a full disk (ENOSPC) as a row error per row, never a crash', async () => {
    const { issueBatch } = await import('../../src/batch/batch.js');
    const { parseKeyFile } = await import('../../src/keys/parse.js');
    tmp.write('two.jsonl', `${JSON.stringify({ learner: { name: 'A' } })}\n${JSON.stringify({ learner: { name: 'B' } })}\n`);
    fail.enospc = true;
    try {
      const summary = await issueBatch({
        input: tmp.path('two.jsonl'), key: parseKeyFile(readFileSync(tmp.path('key.json'), 'utf8')), profile: 'ge', template: course,
        outDir: tmp.path('full'), workers: 1, workerUrl: new URL(`file://${join(repoRoot, 'dist/cli/batch-worker.js')}`),
      });
      expect(summary.issued).toBe(0);
      expect(summary.invalid.map((i) => i.row)).toEqual([1, 2]);
      expect(summary.invalid[0]!.errors[0]).toMatch(/^cannot write .*: no space left on device \(ENOSPC\); not issued$/);
    } finally {
      fail.enospc = false;
    }
    expect(readdirSync(tmp.path('full'))).toEqual([]);
  });
});
