import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRegistryRecords, type AmRegistryRecord, type GeRegistryRecord } from '../../src/export/registry.js';
import { registryRecordsToCsv } from '../../src/export/registry-csv.js';
import { createHttpRegistryAdapter, pushRegistryRecords } from '../../src/export/registry-adapter.js';
import { courseOf } from '../../src/export/courses.js';
import type { MicroCredential } from '../../src/model/types.generated.js';
import { example } from '../helpers/fixtures.js';
import { BACKENDS, type TestStore, issueInto } from './stores.js';

/** Personal data the fixtures carry; no export may contain any of it. */
const PERSONAL = ['Nino', 'Beridze', 'TSU-2025-00417', '01019012345', 'nino@example.ge', 'z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK', 'Anahit', 'Petrosyan', 'YSU-77812'];

function geLearner(i: number): MicroCredential {
  const mc = example('ge-ai-research');
  mc.id = `urn:uuid:00000000-0000-4000-8000-00000000000${i}`;
  mc.learner.identifiers = [...(mc.learner.identifiers ?? []), { type: 'nationalId', value: '01019012345' }];
  mc.learner.email = 'nino@example.ge';
  mc.dateOfIssuing = `2025-10-2${i}`;
  return mc;
}

function amLearner(i: number): MicroCredential {
  const mc = example('am-data-analytics');
  mc.id = `https://credentials.university.example.am/mc/2025/00${i}`;
  mc.learner = { name: `Anahit Petrosyan ${i}`, identifiers: [{ type: 'studentId', value: `YSU-77812-${i}` }] };
  mc.dateOfIssuing = `2025-06-1${i}`;
  return mc;
}

/** The Armenian course as a template: what `batch --template` takes (no learner). */
const amTemplate = () => courseOf(example('am-data-analytics'));

for (const [backend, open] of BACKENDS) {
  describe(`registry records (${backend})`, () => {
    let handle: TestStore;
    beforeAll(async () => {
      handle = await open();
      for (const i of [1, 2, 3]) await issueInto(handle.store, geLearner(i), { status: i === 3 ? 'revoked' : undefined });
      // Not published: the store keeps no document, the template describes the course.
      for (const i of [1, 2]) await issueInto(handle.store, amLearner(i), { publish: false, status: i === 2 ? 'suspended' : undefined });
    });
    afterAll(async () => handle?.destroy());

    it('am: one record per issued credential, with title, provider, levels, ECTS, outcomes, QA, verification link and identifier', async () => {
      const exported = await exportRegistryRecords(handle.store, { format: 'am', templates: [amTemplate()], verifyUrl: 'https://uni.example.ge/verify', now: new Date('2026-01-01T00:00:00Z') });
      const records = exported.records as AmRegistryRecord[];
      expect(records.map((r) => r.identifier)).toEqual([amLearner(1).id, amLearner(2).id, geLearner(1).id, geLearner(2).id, geLearner(3).id]);
      const ge = records.find((r) => r.identifier === geLearner(1).id)!;
      expect(ge).toMatchObject({
        recordType: 'am-issued-micro-credential',
        verificationUrl: `https://uni.example.ge/verify?id=${encodeURIComponent(geLearner(1).id!)}`,
        title: example('ge-ai-research').title,
        providers: [{ name: { en: 'Example State University' }, id: 'did:web:university.example.ge', country: 'GE', legalIdentifier: '204864548' }],
        level: { eqf: 7, nqf: { framework: 'GE', level: 7 }, qfEhea: 'second-cycle' },
        ects: 7,
        hours: 175,
        mode: 'online',
        status: 'active',
        qualityAssurance: { status: 'granted', internal: true, external: true, bodies: ['LEPL - National Center for Educational Quality Enhancement (NCEQE)'] },
        missing: [],
      });
      expect(ge.learningOutcomes).toHaveLength(12);
      expect(ge.learnerRef).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
      expect(ge.documentDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(records.find((r) => r.identifier === geLearner(3).id)).toMatchObject({ status: 'revoked' });
      const am = records.find((r) => r.identifier === amLearner(2).id)!;
      expect(am).toMatchObject({ status: 'suspended', ects: 10, level: { eqf: 5 }, providers: [{ name: { en: 'XYZ University' } }], missing: [] });
      expect(am.documentDigest).toBeUndefined();
      // Different learners, different references; the same learner would get the same one.
      expect(new Set(records.map((r) => r.learnerRef)).size).toBe(3);
    });

    it('no learner name, e-mail, student or national id reaches the JSON or the CSV', async () => {
      for (const format of ['am', 'ge'] as const) {
        const exported = await exportRegistryRecords(handle.store, { format, templates: [amTemplate()] });
        for (const text of [JSON.stringify(exported), registryRecordsToCsv(exported)]) for (const word of PERSONAL) expect(text).not.toContain(word);
      }
    });

    it('ge: one record per course offering with the syllabus fields and the period counts', async () => {
      const exported = await exportRegistryRecords(handle.store, { format: 'ge', templates: [amTemplate()] });
      const records = exported.records as GeRegistryRecord[];
      expect(records).toHaveLength(2);
      const ge = records.find((r) => r.title.ka !== undefined)!;
      expect(ge).toMatchObject({
        recordType: 'ge-micro-credential-course',
        countries: ['GE'],
        workload: { ects: 7, hours: 175, hoursPerCredit: 25 },
        level: { eqf: 7, nqf: { framework: 'GE', level: 7 } },
        participation: { mode: 'online', synchronous: true, asynchronous: true, platform: 'Moodle' },
        languageOfDelivery: ['ka'],
        fieldOfStudy: '0111',
        stackability: { type: 'stackable', towards: [{ maxEcts: 25 }] },
        credentials: { issued: 3, active: 2, revoked: 1, suspended: 0 },
        missing: [],
      });
      expect(ge.learningOutcomes!.knowledge).toHaveLength(4);
      expect(ge.learningOutcomes!.skills).toHaveLength(5);
      expect(ge.learningOutcomes!['responsibility-autonomy']).toHaveLength(3);
      const am = records.find((r) => r.title.hy !== undefined)!;
      expect(am.credentials).toEqual({ issued: 2, active: 1, revoked: 0, suspended: 1 });
      expect(am.missing).toEqual(['title (Georgian and English)', 'fieldOfStudy']);
    });

    it('the period bounds are inclusive and whole: --to 2025-10-21 includes that day', async () => {
      const exported = await exportRegistryRecords(handle.store, { format: 'am', period: { from: '2025-10', to: '2025-10-22' } });
      expect(exported.records.map((r) => (r as AmRegistryRecord).identifier)).toEqual([geLearner(1).id, geLearner(2).id]);
      await expect(exportRegistryRecords(handle.store, { format: 'am', period: { from: '2025-13' } })).rejects.toMatchObject({ code: 'ERR_EXPORT_OPTIONS' });
      await expect(exportRegistryRecords(handle.store, { format: 'am', period: { from: '2026', to: '2025' } })).rejects.toMatchObject({ code: 'ERR_EXPORT_OPTIONS' });
      await expect(exportRegistryRecords(handle.store, { format: 'am', period: { from: '2025-02-30' } })).rejects.toMatchObject({ code: 'ERR_EXPORT_OPTIONS' });
    });

    it('a course nothing describes is exported with what the store has, its gaps listed', async () => {
      const exported = await exportRegistryRecords(handle.store, { format: 'am', period: { to: '2025-06' } });
      const [first] = exported.records as AmRegistryRecord[];
      expect(first).toMatchObject({ title: { und: 'Data Analytics Fundamentals' }, providers: [], missing: ['providers', 'level', 'ects', 'learningOutcomes'] });
      expect(first!.qualityAssurance.status).toBe('unknown');
    });

    it('refuses more credentials than maxCredentials, and unknown formats', async () => {
      await expect(exportRegistryRecords(handle.store, { format: 'am', maxCredentials: 4 })).rejects.toMatchObject({ code: 'ERR_EXPORT_TOO_LARGE' });
      await expect(exportRegistryRecords(handle.store, { format: 'xx' as 'am' })).rejects.toMatchObject({ code: 'ERR_EXPORT_OPTIONS' });
      await expect(exportRegistryRecords(handle.store, { format: 'am', verifyUrl: 'javascript:alert(1)' })).rejects.toMatchObject({ code: 'ERR_EXPORT_OPTIONS' });
    });
  });
}

describe('registry CSV', () => {
  it('one column per title language; lists one line per item; formulas neutralised', async () => {
    const hostile = { ...amTemplate(), achievementId: 'https://uni.example.am/courses/da', title: { en: '=HYPERLINK("https://evil.example","x")', hy: 'Տվյալներ, "quoted"' } };
    const source = {
      async scanCredentials() {
        return { items: [{ id: 'urn:uuid:1', achievementId: 'https://uni.example.am/courses/da', title: 'x', issuedAt: '2025-06-01T00:00:00.000Z', status: 'active' as const, learnerRef: 'ref-1' }] };
      },
    };
    const csv = registryRecordsToCsv(await exportRegistryRecords(source, { format: 'am', templates: [hostile], now: new Date(0) }));
    const rows = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(1);
    expect(rows[0]!['title@en']).toBe('\'=HYPERLINK("https://evil.example","x")');
    expect(rows[0]!['title@hy']).toBe('Տվյալներ, "quoted"');
    expect(rows[0]!.learningOutcomes!.split('\n')).toHaveLength(4);
    expect(rows[0]!.learnerRef).toBe('ref-1');
    expect(csv.split('\r\n')[0]!.startsWith('identifier,verificationUrl,documentDigest,learnerRef,title@en,title@hy,providers')).toBe(true);
  });
});

describe('RegistryAdapter over HTTP (loopback server)', () => {
  let server: Server;
  let url: string;
  const received: Array<{ auth?: string; body: { format: string; records: Array<{ identifier: string }> } }> = [];
  let mode: 'ok' | 'reject-one' | 'fail' | 'huge' | 'slow' = 'ok';
  const body = (req: IncomingMessage) => new Promise<string>((resolve) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString('utf8')));
    req.on('end', () => resolve(text));
  });

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const parsed = JSON.parse(await body(req)) as { format: string; records: Array<{ identifier: string }> };
      received.push({ auth: req.headers.authorization, body: parsed });
      if (mode === 'slow') return void setTimeout(() => res.end('{}'), 2000);
      if (mode === 'fail') return void res.writeHead(503).end('maintenance');
      if (mode === 'huge') return void res.writeHead(200).end('x'.repeat(70_000));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(mode === 'reject-one' ? { rejected: [{ identifier: parsed.records[0]!.identifier, reason: 'unknown provider' }, { identifier: 'not-sent', reason: 'x' }] } : {}));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/records`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const exported = {
    format: 'am' as const,
    generatedAt: '2026-01-01T00:00:00Z',
    period: {},
    records: Array.from({ length: 5 }, (_, i) => ({ identifier: `urn:uuid:${i}` })) as unknown as AmRegistryRecord[],
  };

  it('posts the records in batches with the bearer token and sums the answers', async () => {
    received.length = 0;
    mode = 'reject-one';
    const adapter = createHttpRegistryAdapter({ url, token: 'secret-token', allowHttp: true });
    const result = await pushRegistryRecords(adapter, exported, { batchSize: 2 });
    expect(received.map((r) => r.body.records.length)).toEqual([2, 2, 1]);
    expect(received.every((r) => r.auth === 'Bearer secret-token' && r.body.format === 'am')).toBe(true);
    // Only rejections of records it was sent count.
    expect(result).toEqual({
      accepted: 2,
      rejected: ['urn:uuid:0', 'urn:uuid:2', 'urn:uuid:4'].map((identifier) => ({ identifier, reason: 'unknown provider' })),
    });
  });

  it('fails with ERR_REGISTRY_PUSH on an error answer, an oversized answer or a time-out', async () => {
    mode = 'fail';
    const adapter = createHttpRegistryAdapter({ url, allowHttp: true });
    await expect(pushRegistryRecords(adapter, exported)).rejects.toMatchObject({ code: 'ERR_REGISTRY_PUSH', message: expect.stringContaining('HTTP 503') });
    mode = 'huge';
    await expect(pushRegistryRecords(createHttpRegistryAdapter({ url, allowHttp: true, maxResponseBytes: 65_536 }), exported)).rejects.toMatchObject({ code: 'ERR_REGISTRY_PUSH', message: expect.stringContaining('65536') });
    mode = 'slow';
    await expect(pushRegistryRecords(createHttpRegistryAdapter({ url, allowHttp: true, timeoutMs: 200 }), exported)).rejects.toMatchObject({ code: 'ERR_REGISTRY_PUSH' });
  });

  it('refuses plain http unless allowed, non-URLs and bad batch sizes', async () => {
    expect(() => createHttpRegistryAdapter({ url })).toThrow(expect.objectContaining({ code: 'ERR_EXPORT_OPTIONS' }));
    expect(() => createHttpRegistryAdapter({ url: 'not a url' })).toThrow(expect.objectContaining({ code: 'ERR_EXPORT_OPTIONS' }));
    const adapter = createHttpRegistryAdapter({ url, allowHttp: true });
    await expect(pushRegistryRecords(adapter, exported, { batchSize: 1001 })).rejects.toMatchObject({ code: 'ERR_EXPORT_OPTIONS' });
  });
});
