import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { courseOf } from '../../src/export/courses.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { example } from '../helpers/fixtures.js';
import { issueInto } from './stores.js';

/** Runs the CLI in this process and collects what it prints. */
async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('microcred export (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'microcred-export-cli-'));
  const data = join(dir, 'data');
  const template = join(dir, 'course.json');
  beforeAll(async () => {
    delete process.env.DATABASE_URL;
    const store = await openSqliteStore({ dataDir: data });
    for (let i = 0; i < 6; i++) {
      const mc = example('ge-ai-research');
      mc.id = `urn:uuid:cli-${i}`;
      mc.learner = { name: `Learner ${i}`, identifiers: [{ type: 'studentId', value: `TSU-${i}` }] };
      mc.dateOfIssuing = i < 3 ? '2025-10-20' : '2025-11-20';
      await issueInto(store, mc, { status: i === 0 ? 'revoked' : undefined });
    }
    await store.close();
    writeFileSync(template, JSON.stringify(courseOf(example('am-data-analytics'))));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('export registry --format am --csv, and ge as JSON', async () => {
    const am = await cli('export', 'registry', '--format', 'am', '--data', data, '--csv', '--verify-url', 'https://uni.example.ge/verify');
    expect(am.code).toBe(0);
    const lines = am.stdout.split('\r\n');
    expect(lines[0]).toMatch(/^identifier,verificationUrl,documentDigest,learnerRef,title@en,title@ka,providers/);
    expect(lines.filter((l) => l.startsWith('urn:uuid:cli-'))).toHaveLength(6);
    expect(am.stdout).not.toMatch(/Learner \d|TSU-\d/);
    const ge = await cli('export', 'registry', '--format', 'ge', '--data', data, '--template', template);
    expect(ge.code).toBe(0);
    const parsed = JSON.parse(ge.stdout) as { format: string; records: Array<{ credentials: { issued: number } }> };
    expect(parsed.format).toBe('ge');
    expect(parsed.records.map((r) => r.credentials.issued).sort()).toEqual([0, 6]);
  });

  it('export stats --by month --format csv --chart, with suppression', async () => {
    const chart = join(dir, 'chart.svg');
    const result = await cli('export', 'stats', '--data', data, '--by', 'month', '--format', 'csv', '--chart', chart);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\r\n')).toEqual(['month,label,issued,revoked,suspended,recognised', '2025-10,2025-10,<5,<5,0,', '2025-11,2025-11,<5,0,0,', 'total,Total,6,<5,0,']);
    expect(readFileSync(chart, 'utf8')).toContain('<svg');
    const odd = join(dir, 'odd-recognitions.json');
    writeFileSync(odd, JSON.stringify([{ id: 'urn:uuid:cli-1' }]));
    const warned = await cli('export', 'stats', '--data', data, '--recognitions', odd);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toMatch(/1 entries of .* are not recognition records/);
    const json = await cli('export', 'stats', '--data', data, '--threshold', '3', '--from', '2025-11');
    expect(JSON.parse(json.stdout)).toMatchObject({ by: 'course', total: { issued: 3, revoked: 0 } });
  });

  it('export catalogue from a template and the store, as ELM', async () => {
    const result = await cli('export', 'catalogue', '--template', template, '--from-store', '--data', data, '--format', 'elm');
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout) as { '@graph': Array<{ type: string }> };
    expect(document['@graph'].map((n) => n.type)).toEqual(['LearningOpportunity', 'LearningOpportunity']);
    const filtered = await cli('export', 'catalogue', '--template', template, '--from-store', '--data', data, '--format', 'csv', '--level', '5');
    expect(filtered.stdout.split('\r\n').filter(Boolean)).toHaveLength(2);
    // Workload, fee and dates: the template's 10 ECTS course has no offering, so no fee or start date.
    const byWorkload = async (...flags: string[]) => (await cli('export', 'catalogue', '--template', template, '--format', 'csv', ...flags)).stdout.split('\r\n').filter(Boolean).length - 1;
    expect(await byWorkload('--min-ects', '10', '--max-ects', '10')).toBe(1);
    expect(await byWorkload('--max-ects', '5')).toBe(0);
    expect(await byWorkload('--max-fee', '100')).toBe(0);
    expect(await byWorkload('--starts-from', '2025-01-01')).toBe(0);
  });

  it('usage errors exit 2 with a sentence: no store, bad options', async () => {
    for (const argv of [
      ['export', 'registry', '--format', 'am', '--data', join(dir, 'nowhere')],
      ['export', 'registry', '--data', data],
      ['export', 'stats', '--data', data, '--threshold', '1'],
      ['export', 'stats', '--data', data, '--by', 'learner'],
      ['export', 'stats', '--data', data, '--from', 'last year'],
      ['export', 'catalogue'],
      ['export', 'catalogue', '--template', template, '--max-ects', 'ten'],
      ['export', 'catalogue', '--template', template, '--max-fee', '-1'],
      ['export', 'catalogue', '--template', template, '--starts-from', 'next week'],
      ['export', 'registry', '--format', 'am', '--data', data, '--push', 'http://127.0.0.1:9/records'],
      ['export', 'registry', '--format', 'am', '--data', data, '--verify-url', 'http://'],
      ['export', 'registry', '--format', 'am', '--data', data, '-o', join(dir, 'no-such-folder', 'am.json')],
      ['export', 'registry', '--format', 'am', '--data', data, '-o', dir],
      ['export', 'stats', '--data', data, '--chart', join(dir, 'no-such-folder', 'chart.svg')],
    ]) {
      const result = await cli(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
