import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratch } from '../helpers/cli.js';
import { repoRoot } from '../helpers/fixtures.js';

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

  it('reports a full disk (ENOSPC) as a row error per row, never a crash, and leaves no half-written file', async () => {
    const { issueBatch } = await import('../../src/batch/batch.js');
    const { parseKeyFile } = await import('../../src/keys/parse.js');
    tmp.write('two.jsonl', `${JSON.stringify({ learner: { name: 'A' } })}\n${JSON.stringify({ learner: { name: 'B' } })}\n`);
    // Workers write the files: this worker is the real one on a disk where every write fails half-way.
    const summary = await issueBatch({
      input: tmp.path('two.jsonl'), key: parseKeyFile(readFileSync(tmp.path('key.json'), 'utf8')), profile: 'ge', template: course,
      outDir: tmp.path('full'), workers: 1, workerUrl: new URL(`file://${join(repoRoot, 'test/helpers/full-disk-worker.mjs')}`),
    });
    expect(summary).toMatchObject({ rows: 2, issued: 0, skipped: 0 });
    expect(summary.invalid.map((i) => i.row)).toEqual([1, 2]);
    expect(summary.invalid[0]!.errors).toHaveLength(1);
    expect(summary.invalid[0]!.errors[0]).toMatch(/^cannot write .*full\/.*\.json: no space left on device \(ENOSPC\); not issued$/);
    // Neither the half-written temporary files nor a credential file: a re-run issues both rows.
    expect(readdirSync(tmp.path('full'))).toEqual([]);
  });

  it('keeps a bounded window of rows in flight however many rows come', async () => {
    const { issueBatch, CHUNKS_PER_WORKER } = await import('../../src/batch/batch.js');
    const { parseKeyFile } = await import('../../src/keys/parse.js');
    let pulled = 0;
    let done = 0;
    let most = 0;
    async function* rows() {
      for (let row = 1; row <= 300; row += 1) {
        pulled += 1;
        most = Math.max(most, pulled - done);
        // Invalid in the worker (no learner, no title): quick, but a real round-trip per row.
        yield { row, document: { note: `row ${row}` } };
      }
    }
    const summary = await issueBatch({
      input: rows(), key: parseKeyFile(readFileSync(tmp.path('key.json'), 'utf8')), profile: 'ge', outDir: tmp.path('window'), workers: 2,
      workerUrl: new URL(`file://${join(repoRoot, 'dist/cli/batch-worker.js')}`),
      onProgress: (p) => {
        done = p.issued + p.skipped + p.invalid.length;
      },
    });
    expect(summary.invalid).toHaveLength(300);
    // Rows from an iterable go one per task: at most workers × CHUNKS_PER_WORKER tasks wait, plus the row being read.
    expect(most).toBeLessThanOrEqual(2 * CHUNKS_PER_WORKER + 1);
  });
});
