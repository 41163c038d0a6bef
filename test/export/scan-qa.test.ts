import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qaStatusOf } from '../../src/export/qa-status.js';
import { registryRecordsToCsv } from '../../src/export/registry-csv.js';
import { periodBounds } from '../../src/export/source.js';
import { BACKENDS, type TestStore } from './stores.js';

for (const [backend, open] of BACKENDS) {
  describe(`Store.scanCredentials (${backend})`, () => {
    let handle: TestStore;
    beforeAll(async () => {
      handle = await open();
      // Out of order, two at the same instant, one with a document.
      for (const [id, at] of [['urn:c', '2025-03-01T00:00:00Z'], ['urn:a', '2025-01-31T23:59:59.999Z'], ['urn:b', '2025-03-01T00:00:00Z'], ['urn:d', '2025-04-01T00:00:00+04:00']] as const) {
        await handle.store.recordCredential({ id, issuedAt: at, title: 'T', document: id === 'urn:b' ? '{"id":"urn:b"}' : undefined });
      }
    });
    afterAll(async () => handle?.destroy());

    it('pages oldest first with a stable cursor; documents only when asked', async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await handle.store.scanCredentials({ limit: 1, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((i) => i.id));
        expect(page.items.every((i) => i.document === undefined && !('statusEntries' in i))).toBe(true);
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(['urn:a', 'urn:b', 'urn:c', 'urn:d']);
      const withDoc = await handle.store.scanCredentials({ withDocument: true });
      expect(withDoc.items.find((i) => i.id === 'urn:b')!.document).toBe('{"id":"urn:b"}');
    });

    it('filters by issue time: from inclusive, before exclusive, across time zones', async () => {
      const ids = async (q: Parameters<TestStore['store']['scanCredentials']>[0]) => (await handle.store.scanCredentials(q)).items.map((i) => i.id);
      expect(await ids(periodBounds({ from: '2025-02', to: '2025-03' }))).toEqual(['urn:b', 'urn:c', 'urn:d']);
      expect(await ids(periodBounds({ to: '2025-01' }))).toEqual(['urn:a']);
      // 2025-04-01T00:00+04:00 is 2025-03-31T20:00Z: still March.
      expect(await ids(periodBounds({ from: '2025-03-31', to: '2025-03-31' }))).toEqual(['urn:d']);
      expect(await ids({ issuedFrom: '2025-03-01T00:00:00Z', issuedBefore: '2025-03-01T00:00:00.001Z' })).toEqual(['urn:b', 'urn:c']);
    });

    it('refuses bad arguments with ERR_STORE_INVALID', async () => {
      for (const q of [{ limit: 0 }, { limit: 10_001 }, { issuedFrom: 'yesterday' }, { cursor: 'garbage' }]) {
        await expect(handle.store.scanCredentials(q)).rejects.toMatchObject({ code: 'ERR_STORE_INVALID' });
      }
    });
  });
}

describe('qaStatusOf', () => {
  const nceqe = { name: { en: 'NCEQE' } };
  it('the best external decision valid at the date', () => {
    const qa = [
      { type: 'internal' },
      { type: 'external', body: nceqe, decision: 'refused', decisionDate: '2023-01-10' },
      { type: 'external', body: nceqe, decision: 'granted', decisionDate: '2024-03-01', validFrom: '2024-03-01', validUntil: '2026-02-28', accreditationId: 'MC-0042' },
    ];
    expect(qaStatusOf(qa, { at: '2025-10-20' })).toEqual({
      status: 'granted', internal: true, external: true, bodies: ['NCEQE'], decision: 'granted', decisionDate: '2024-03-01', accreditationId: 'MC-0042', validFrom: '2024-03-01', validUntil: '2026-02-28',
    });
    // The last day of the window still counts; the day after, it has expired (and beats the refusal).
    expect(qaStatusOf(qa, { at: '2026-02-28T23:00:00Z' }).status).toBe('granted');
    expect(qaStatusOf(qa, { at: '2026-03-01' }).status).toBe('expired');
    expect(qaStatusOf(qa, { at: '2024-01-01' }).status).toBe('not-yet-valid');
  });

  it('reads structured decisions and validity objects, and the awarding body accreditation', () => {
    const structured = [{ type: 'external', decision: { outcome: 'granted-with-monitoring', date: '2025-01-05' }, validity: { from: '2025-01-05', until: '2027-01-04' } }];
    expect(qaStatusOf(structured, { at: '2025-06-01' })).toMatchObject({ status: 'granted-with-monitoring', decisionDate: '2025-01-05', validUntil: '2027-01-04' });
    expect(qaStatusOf([{ type: 'internal' }], { at: '2025-06-01', accreditation: [{ type: 'external', decision: 'accredited' }] }).status).toBe('accredited');
  });

  it('structured accreditation (accreditationType, scope, deqarId): out of scope, most specific grant first', () => {
    const anqa = { name: { en: 'ANQA' } };
    const institutional = { type: 'external', accreditationType: 'institutional', body: anqa, decision: 'accredited', validFrom: '2022-01-01', validUntil: '2028-12-31', deqarId: 'DEQARINST0123' };
    const programme = { type: 'external', accreditationType: 'programme', body: anqa, decision: 'accredited', validFrom: '2024-01-01', validUntil: '2029-12-31', scope: { iscedF: ['06'], eqf: [6, 7], maxEcts: 10 } };
    const course = { achievementId: 'urn:x:data', fieldOfStudy: { iscedF: '0613' }, level: { eqf: 6 }, workload: { ects: 6 } };
    expect(qaStatusOf([institutional, programme], { at: '2025-10-20', course })).toMatchObject({ status: 'accredited', accreditationType: 'programme', validUntil: '2029-12-31' });
    expect(qaStatusOf([institutional], { at: '2025-10-20', course })).toMatchObject({ status: 'accredited', accreditationType: 'institutional', deqarId: 'DEQARINST0123' });
    const qaStatus = qaStatusOf([institutional], { at: '2025-10-20', course });
    const csv = registryRecordsToCsv({ format: 'am', generatedAt: '2025-10-20T00:00:00Z', period: {}, records: [{ recordType: 'am-issued-micro-credential', identifier: 'urn:x:1', title: { en: 'Data' }, providers: [], issuedAt: '2025-10-20T00:00:00Z', status: 'active', qualityAssurance: qaStatus, missing: [] }] });
    const [header, row] = csv.split('\r\n').map((line) => line.split(','));
    expect(row![header!.indexOf('qaAccreditationType')]).toBe('institutional');
    expect(row![header!.indexOf('deqarId')]).toBe('DEQARINST0123');
    // Each stated limit applies: another field, another level, more credits, a programme not named.
    for (const other of [{ fieldOfStudy: { iscedF: '0411' } }, { level: { eqf: 5 } }, { workload: { ects: 12 } }]) {
      expect(qaStatusOf([programme], { at: '2025-10-20', course: { ...course, ...other } }).status, JSON.stringify(other)).toBe('out-of-scope');
    }
    const named = { ...programme, scope: { programmes: [{ id: 'urn:x:other' }] } };
    expect(qaStatusOf([named], { at: '2025-10-20', course }).status).toBe('out-of-scope');
    expect(qaStatusOf([named], { at: '2025-10-20', course: { ...course, achievementId: 'urn:x:other' } }).status).toBe('accredited');
    // An in-scope institutional grant beats an out-of-scope programme one; without a course the scope is not judged.
    expect(qaStatusOf([{ ...programme, scope: { iscedF: ['04'] } }, institutional], { at: '2025-10-20', course }).accreditationType).toBe('institutional');
    expect(qaStatusOf([{ ...programme, scope: { iscedF: ['04'] } }], { at: '2025-10-20' }).status).toBe('accredited');
    expect(() => qaStatusOf([{ ...programme, scope: { iscedF: 'x', eqf: {}, nqf: [null], programmes: 3 } }], { course })).not.toThrow();
  });

  it('never throws on odd input', () => {
    for (const odd of [undefined, null, 'granted', 42, [null, 'x', 3], [{ type: 'external', decision: 7, validity: 'soon', body: 'ANQA' }], [{ __proto__: { decision: 'granted' } }]]) {
      expect(() => qaStatusOf(odd)).not.toThrow();
    }
    expect(qaStatusOf(undefined).status).toBe('unknown');
    expect(qaStatusOf([{ type: 'internal' }]).status).toBe('internal-only');
    expect(qaStatusOf([{ type: 'external', decision: 7 }]).status).toBe('external-stated');
  });
});
