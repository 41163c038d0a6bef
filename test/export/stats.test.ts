import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseOf } from '../../src/export/courses.js';
import { exportStats, type StatsReport } from '../../src/export/stats.js';
import { statsChartSvg, statsToCsv } from '../../src/export/stats-output.js';
import { type CellCount, type Mark, lineIsProtected, suppressLine, suppressMatrix } from '../../src/export/suppress.js';
import type { Store } from '../../src/store/types.js';
import { example } from '../helpers/fixtures.js';
import { BACKENDS, type TestStore } from './stores.js';

const GE = { ...courseOf(example('ge-ai-research')), achievementId: 'https://university.example.ge/courses/ai-research', title: example('ge-ai-research').title };
const AM = { ...courseOf(example('am-data-analytics')), achievementId: 'https://university.example.am/courses/data-analytics', title: example('am-data-analytics').title };

let serial = 0;
async function issue(store: Store, course: { achievementId: string; title: Record<string, string> }, day: string, learner: string, status?: 'revoked' | 'suspended') {
  const id = `urn:uuid:stats-${++serial}`;
  await store.allocateStatus({ credentialId: id, purposes: ['revocation', 'suspension'] });
  await store.recordCredential({ id, achievementId: course.achievementId, title: course.title.en!, issuedAt: `${day}T10:00:00Z`, learnerRef: `ref:${learner}` });
  if (status) await store.setStatus(id, { status });
  return id;
}

/**
 * Every exact solution of a line: the suppressed cells' values consistent with the total and
 * with the bounds a reader assumes (<t: 1..t-1; x: t..sum). Brute force, for small lines.
 */
function possibleValues(cells: CellCount[], marks: Mark[], t: number): Map<number, Set<number>> {
  const hidden = marks.flatMap((m, i) => (m === 'shown' ? [] : [i]));
  const sum = hidden.reduce((s, i) => s + cells[i]!.credentials, 0);
  const out = new Map(hidden.map((i) => [i, new Set<number>()]));
  const walk = (k: number, left: number, chosen: number[]) => {
    if (k === hidden.length) {
      if (left === 0) hidden.forEach((i, j) => out.get(i)!.add(chosen[j]!));
      return;
    }
    const [lo, hi] = marks[hidden[k]!] === 'primary' ? [1, t - 1] : [t, sum];
    for (let v = lo; v <= Math.min(hi, left); v++) walk(k + 1, left - v, [...chosen, v]);
  };
  walk(0, sum, []);
  return out;
}

describe('small-cell suppression', () => {
  const cellArb = fc.nat({ max: 9 }).chain((learners) => fc.record({ learners: fc.constant(learners), credentials: fc.integer({ min: learners, max: learners + (learners ? 1 : 0) }) }));

  it('no suppressed cell of a line with a shown total has a single possible value (fast-check, brute force)', () => {
    fc.assert(
      fc.property(fc.array(cellArb, { minLength: 1, maxLength: 6 }), fc.integer({ min: 3, max: 6 }), (cells, t) => {
        const total = { credentials: cells.reduce((s, c) => s + c.credentials, 0), learners: cells.reduce((s, c) => s + c.learners, 0) };
        const { marks, totalMark } = suppressLine(cells, total, t);
        marks.forEach((m, i) => {
          if (cells[i]!.credentials > 0 && cells[i]!.learners < t) expect(m).toBe('primary');
          if (cells[i]!.credentials === 0) expect(m).toBe('shown');
        });
        if (totalMark !== 'shown') return;
        for (const values of possibleValues(cells, marks, t).values()) expect(values.size).toBeGreaterThanOrEqual(2);
      }),
      { seed: 20261202, numRuns: 400 },
    );
  });

  it('a table: every row and every column is protected (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const marks = suppressMatrix(rows, 5);
        rows.forEach((row, r) => expect(lineIsProtected(row, marks[r]!, 5) || row.every((c, i) => c.credentials === 0 || marks[r]![i] !== 'shown')).toBe(true));
        for (let c = 0; c < 3; c++) {
          const column = rows.map((row) => row[c]!);
          const line = marks.map((row) => row[c]!);
          expect(lineIsProtected(column, line, 5) || column.every((cell, i) => cell.credentials === 0 || line[i] !== 'shown')).toBe(true);
        }
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('two small cells of 4 and 4 are not enough: the sum 8 would say both are 4', () => {
    const cells = [{ credentials: 4, learners: 4 }, { credentials: 4, learners: 4 }, { credentials: 30, learners: 30 }];
    const { marks } = suppressLine(cells, { credentials: 38, learners: 38 }, 5);
    expect(marks).toEqual(['primary', 'primary', 'secondary']);
  });
});

for (const [backend, open] of BACKENDS) {
  describe(`statistics (${backend})`, () => {
    let handle: TestStore;
    const ids: string[] = [];
    beforeAll(async () => {
      handle = await open();
      const { store } = handle;
      // GE course: 12 learners, 6 in October, 6 in November 2025; two revoked.
      for (let i = 0; i < 12; i++) ids.push(await issue(store, GE, i < 6 ? '2025-10-20' : '2025-11-20', `ge-${i}`, i < 2 ? 'revoked' : undefined));
      // AM course: 3 learners (one of them twice) in June 2025; one suspended.
      for (let i = 0; i < 4; i++) ids.push(await issue(store, AM, '2025-06-15', `am-${Math.min(i, 2)}`, i === 0 ? 'suspended' : undefined));
    });
    afterAll(async () => handle?.destroy());

    it('by course: counts, <5 for fewer than 5 learners, and the other course hidden so the total does not give it away', async () => {
      const report = await exportStats(handle.store, { templates: [GE, AM], now: new Date(0) });
      expect(report.rows).toEqual([
        { group: GE.achievementId, label: GE.title.en!, issued: 'x', revoked: '<5', suspended: 0, recognised: null },
        { group: AM.achievementId, label: AM.title.en!, issued: '<5', revoked: 0, suspended: '<5', recognised: null },
      ]);
      // 16 issued in all; the revoked and suspended totals come from fewer than 5 learners.
      expect(report.total).toEqual({ issued: 16, revoked: '<5', suspended: '<5', recognised: null });
      expect(report.suppression).toMatchObject({ threshold: 5, marker: '<5', complementaryMarker: 'x', primaryCells: 5, complementaryCells: 1 });
    });

    it('by month, with a lower threshold; by level, field and provider from the templates', async () => {
      const byMonth = await exportStats(handle.store, { by: 'month', threshold: 3 });
      expect(byMonth.rows.map((r) => [r.group, r.issued, r.revoked])).toEqual([
        ['2025-06', 4, 0],
        ['2025-10', 6, '<3'],
        ['2025-11', 6, 0],
      ]);
      expect(byMonth.total.revoked).toBe('<3');
      const byLevel = await exportStats(handle.store, { by: 'level', templates: [GE, AM] });
      expect(byLevel.rows.map((r) => [r.label, r.issued])).toEqual([['EQF 5', '<5'], ['EQF 7', 'x']]);
      const byField = await exportStats(handle.store, { by: 'field', templates: [GE, AM] });
      expect(byField.rows.map((r) => r.label)).toEqual(['0111 Education science', 'Field not stated']);
      const byProvider = await exportStats(handle.store, { by: 'provider', templates: [GE, AM] });
      expect(byProvider.rows.map((r) => r.group)).toEqual(['did:web:university.example.ge', 'https://university.example.am']);
      // Without templates and without kept credentials nothing tells the level.
      expect((await exportStats(handle.store, { by: 'level' })).rows.map((r) => [r.group, r.issued])).toEqual([['unknown', 16]]);
    });

    it('recognised: from recognition records, matched by credential id', async () => {
      const recognitions = [...ids.slice(2, 9).map((credentialId) => ({ credentialId })), { credentialId: ids[9]!, outcome: 'refused' as const }, { credentialId: 'urn:uuid:elsewhere' }];
      const report = await exportStats(handle.store, { templates: [GE, AM], recognitions });
      expect(report.rows.find((r) => r.group === GE.achievementId)!.recognised).toBe(7);
      expect(report.total.recognised).toBe(7);
      expect(report.unmatchedRecognitions).toBe(1);
      expect(report.unreadableRecognitions).toBe(0);
      // A file of the wrong shape is not silently a recognition rate of zero.
      const odd = await exportStats(handle.store, { recognitions: [{ id: ids[2]! }, null, 'x', { credentials: 'x' }] as never });
      expect(odd).toMatchObject({ unreadableRecognitions: 4, total: { recognised: 0 } });
    });

    it("recognised: from the pathway module's RecognitionRecords (decision, credentials[].id)", async () => {
      const record = (decision: string, credentialIds: string[]) => ({ decision, credentials: credentialIds.map((id) => ({ id, digest: 'sha256-x' })) });
      const recognitions = [record('recognised', ids.slice(2, 5)), record('partially-recognised', ids.slice(5, 8)), record('not-recognised', ids.slice(8, 12))];
      const report = await exportStats(handle.store, { templates: [GE, AM], recognitions: recognitions as never });
      expect(report.total.recognised).toBe(6);
    });

    it('period bounds, and refusals of bad options and too many credentials', async () => {
      const report = await exportStats(handle.store, { by: 'month', period: { from: '2025-10', to: '2025-10' } });
      expect(report.rows.map((r) => r.group)).toEqual(['2025-10']);
      await expect(exportStats(handle.store, { threshold: 2 })).rejects.toMatchObject({ code: 'ERR_EXPORT_OPTIONS' });
      await expect(exportStats(handle.store, { by: 'learner' as 'course' })).rejects.toMatchObject({ code: 'ERR_EXPORT_OPTIONS' });
      await expect(exportStats(handle.store, { maxCredentials: 15 })).rejects.toMatchObject({ code: 'ERR_EXPORT_TOO_LARGE' });
      await expect(exportStats(handle.store, { recognitions: [{ credentialId: 'a' }, { credentialId: 'b' }], maxRecognitions: 1 })).rejects.toMatchObject({ code: 'ERR_EXPORT_TOO_LARGE' });
    });

    it('CSV and the SVG chart show only what the table shows', async () => {
      const report: StatsReport = await exportStats(handle.store, { templates: [GE, AM], chart: true });
      const csv = statsToCsv(report);
      expect(csv.split('\r\n')).toEqual([
        'course,label,issued,revoked,suspended,recognised',
        `${GE.achievementId},${GE.title.en},x,<5,0,`,
        `${AM.achievementId},${AM.title.en},<5,0,<5,`,
        'total,Total,16,<5,<5,',
        '',
      ]);
      // The table hides both courses, so their monthly points are hidden too (6 + 6 would give 12).
      expect(report.chart).toEqual({
        months: ['2025-06', '2025-10', '2025-11'],
        threshold: 5,
        series: [
          { course: GE.achievementId, label: GE.title.en!, values: [0, 'x', 'x'] },
          { course: AM.achievementId, label: AM.title.en!, values: ['<5', 0, 0] },
        ],
      });
      const svg = statsChartSvg(report.chart!);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).toContain('AI for Enhancing Research Skills');
      expect(svg).not.toMatch(/: 6</);
      // By month (threshold 3) every month is shown, and so may the chart's points be.
      const byMonth = await exportStats(handle.store, { by: 'month', threshold: 3, templates: [GE, AM], chart: true });
      expect(byMonth.rows.map((r) => r.issued)).toEqual([4, 6, 6]);
      expect(byMonth.chart!.series.find((s) => s.course === GE.achievementId)!.values).toEqual([0, 6, 6]);
      expect(statsChartSvg(byMonth.chart!)).toContain(': 6</title>');
    });
  });
}

describe('stats chart bounds', () => {
  it('refuses more than 24 courses, escapes labels', () => {
    const series = Array.from({ length: 25 }, (_, i) => ({ course: `c${i}`, label: `<script>${i}`, values: [1] }));
    expect(() => statsChartSvg({ months: ['2025-01'], series, threshold: 5 })).toThrow(expect.objectContaining({ code: 'ERR_EXPORT_TOO_LARGE' }));
    const svg = statsChartSvg({ months: ['2025-01'], series: series.slice(0, 2), threshold: 5 });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;0');
  });
});
