import { beforeAll, describe, expect, it } from 'vitest';
import { createRecognitionRecord, evaluatePathway, issueAggregate, issueRecognitionCredential, recognitionRecordToCsv, validateRecognitionRecord, verifyAggregate } from '../../src/pathway.js';
import { generateKey, verify } from '../../src/index.js';
import { generateSealKey } from '../../src/elm.js';
import type { KeyFile } from '../../src/keys/types.js';
import type { Pathway } from '../../src/model/index.js';
import type { PathwayEvaluation } from '../../src/pathway/types.js';
import { LEARNER, geCredential, issue, pathwayExample } from './helpers.js';

describe('recognition records and the larger award', () => {
  let key: KeyFile;
  let pathway: Pathway;
  let parts: Array<Record<string, unknown>>;
  let evaluation: PathwayEvaluation;
  const institution = { id: 'did:web:university.example.ge', name: { en: 'Example State University' }, country: 'GE' as const };
  const programme = { id: 'https://university.example.ge/programmes/ma-education-management', title: { en: 'MA Education Management' }, component: { en: 'Research component' } };

  beforeAll(async () => {
    key = await generateKey({ suite: 'eddsa-jcs-2022' });
    pathway = pathwayExample('ge-research-component');
    pathway.criteria!.awardingBodies!.ids = [key.controller];
    pathway.target.institution.id = key.controller;
    parts = [
      await issue(geCredential('ai-research-skills', 'AI for Enhancing Research Skills in Higher Education', 7), key),
      await issue(geCredential('research-methods', 'Quantitative and Qualitative Research Methods', 9), key),
      await issue(geCredential('academic-work', 'Academic Work', 9), key),
    ];
    evaluation = await evaluatePathway(pathway, parts, { learner: LEARNER });
    expect(evaluation.eligible).toBe(true);
  });

  it('a recognition record from the evaluation: schema-valid, credentials by id and digest, JSON and CSV', () => {
    const record = createRecognitionRecord({
      evaluation, learner: { id: LEARNER, name: 'Nino Beridze', identifiers: [{ type: 'studentId', value: 'TSU-2025-00417' }] }, institution, programme,
      route: 'lisbon-recognition-convention', agreement: { title: { en: 'Recognition agreement on research-skills micro-credentials' } },
      decidedBy: { name: 'Faculty Recognition Committee', role: 'committee' }, decidedAt: '2026-02-01',
    });
    expect(validateRecognitionRecord(JSON.parse(JSON.stringify(record)))).toEqual([]);
    expect(record).toMatchObject({ decision: 'recognised', recognisedEcts: 25, pathway: { id: pathway.id, version: '1.0.0' } });
    expect(record.credentials.map((c) => c.id).sort()).toEqual(parts.map((p) => p.id).sort());
    expect(record.credentials.every((c) => /^sha256-/.test(c.digest))).toBe(true);
    const csv = recognitionRecordToCsv(record).split('\r\n');
    expect(csv).toHaveLength(5); // header, three credentials, final line end
    expect(csv[0]).toMatch(/^record_id,decided_at,decision,route,/);
    expect(csv[1]).toContain('TSU-2025-00417');
    expect(csv[1]).toContain('lisbon-recognition-convention');
  });

  it('partial decisions, RPL, consistency, and cells a spreadsheet would run are defused', () => {
    const record = createRecognitionRecord({
      learner: { id: LEARNER }, institution, programme, route: 'rpl', procedure: 'RPL-2026-14', decidedBy: { name: '=HYPERLINK("http://evil")' },
      credentials: [{ id: String(parts[0]!.id), digest: evaluation.credentials[0]!.digest, title: '+cmd|calc', recognisedEcts: 5, ects: 7 }],
      decidedAt: '2026-02-01T10:00:00Z',
    });
    expect(record.decision).toBe('recognised');
    const row = recognitionRecordToCsv(record).split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(row).toContain(`'+cmd|calc`);
    expect(createRecognitionRecord({ evaluation, learner: { id: LEARNER }, institution, programme, route: 'rpl', decidedBy: { name: 'x' },
      credentials: evaluation.credentials.map((c) => ({ digest: c.digest, recognisedEcts: c.credits / 2 })) }).decision).toBe('partially-recognised');
    expect(() => createRecognitionRecord({ evaluation, learner: { id: LEARNER }, institution, programme, route: 'rpl', decidedBy: { name: 'x' }, recognisedEcts: 30 }))
      .toThrow(expect.objectContaining({ code: 'ERR_RECORD_INCONSISTENT' }));
    expect(() => createRecognitionRecord({ evaluation, learner: { id: LEARNER }, institution, programme, route: 'rpl', decidedBy: { name: 'x' }, decidedAt: 'yesterday' }))
      .toThrow(expect.objectContaining({ code: 'ERR_RECORD_INVALID', pointer: '/decidedAt' }));
  });

  it('a record lists at most 100 credentials (the schema bound)', () => {
    const credentials = Array.from({ length: 101 }, () => ({ digest: evaluation.credentials[0]!.digest, recognisedEcts: 0.25 }));
    expect(() => createRecognitionRecord({ learner: { id: LEARNER }, institution, programme, route: 'rpl', decidedBy: { name: 'x' }, credentials }))
      .toThrow(expect.objectContaining({ code: 'ERR_RECORD_INVALID', pointer: '/credentials' }));
  });

  it('the record is issued to the learner as a signed credential that verifies', async () => {
    const record = createRecognitionRecord({ evaluation, learner: { id: LEARNER }, institution, programme, route: 'lisbon-recognition-convention', decidedBy: { name: 'Registrar' }, decidedAt: '2026-02-01' });
    const credential = (await issueRecognitionCredential(record, { key })) as Record<string, any>;
    const report = await verify(credential, { trust: { trusted: [key.controller] } });
    expect(report.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(report.verdict).toBe('verified');
    expect(credential.credentialSubject).toMatchObject({ id: LEARNER, creditsEarned: 25 });
    expect(credential.relatedResource).toHaveLength(3);
  });

  it('issueAggregate (Open Badges 3.0) links its parts; verifyAggregate checks their digests', async () => {
    const award = await issueAggregate(pathway, evaluation, { key });
    const all = await verifyAggregate(award, parts, { trust: { trusted: [key.controller] } });
    expect(all.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(all.verified).toBe(true);
    expect(all.parts.map((p) => p.status)).toEqual(['pass', 'pass', 'pass']);
    expect(all.microCredential?.workload.ects).toBe(25);

    // A part changed after the award (same id, other content) breaks the link.
    const changed: Record<string, unknown> = { ...parts[1]!, name: 'Something else' };
    const broken = await verifyAggregate(award, [parts[0], changed, parts[2]]);
    expect(broken.verified).toBe(false);
    expect(broken.parts.find((p) => p.id === changed.id)).toMatchObject({ status: 'fail', code: 'ERR_PART_DIGEST_MISMATCH' });

    const none = await verifyAggregate(award);
    expect(none.verified).toBe(true);
    expect(none.parts.every((p) => p.code === 'WARN_PART_NOT_GIVEN')).toBe(true);
  });

  it('refuses to award an incomplete pathway or another pathway\'s evaluation', async () => {
    const partial = await evaluatePathway(pathway, parts.slice(0, 2), { learner: LEARNER });
    await expect(issueAggregate(pathway, partial, { key })).rejects.toMatchObject({ code: 'ERR_PATHWAY_INCOMPLETE' });
    await expect(issueAggregate({ ...pathway, version: '2.0.0' }, evaluation, { key })).rejects.toMatchObject({ code: 'ERR_EVALUATION_MISMATCH' });
  });

  it('issueAggregate (ELM): a sealed EDC whose achievement hasPart the parts', async () => {
    const seal = await generateSealKey({ subject: 'CN=ESU eSeal,O=Example State University,C=GE', organizationIdentifier: 'NTRGE-204864548' });
    const award = await issueAggregate(pathway, evaluation, { key: seal, format: 'elm' });
    const report = await verifyAggregate(award, parts);
    expect(report.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(report.format).toBe('elm');
    expect(report.parts.map((p) => p.status)).toEqual(['pass', 'pass', 'pass']);
    const claim = (report.credential as any).credentialSubject.hasClaim[0];
    expect(claim.hasPart.map((p: { id: string }) => p.id).sort()).toEqual(parts.map((p) => p.id).sort());
  });
});
