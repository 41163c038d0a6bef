import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bake } from '../../src/bake.js';
import { createMicroCredential, generateKey } from '../../src/index.js';
import { evaluatePathway, validatePathway } from '../../src/pathway.js';
import type { KeyFile } from '../../src/keys/types.js';
import type { Pathway } from '../../src/model/index.js';
import { type StatusService, createStatusService } from '../../src/status/service.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { png } from '../helpers/png.js';
import { LEARNER, geCredential, issue, pathwayExample } from './helpers.js';

/**
 * The Georgian sample: AI for Enhancing Research Skills + Quantitative and Qualitative Research
 * Methods + Academic Work, together up to 25 ECTS in the research component (seed000 §2F, L1541).
 */
describe('evaluatePathway: the Georgian 25 ECTS research component', () => {
  let key: KeyFile;
  let rogue: KeyFile;
  let store: Store;
  let service: StatusService;
  let pathway: Pathway;
  let ai: Record<string, unknown>;
  let methods: Record<string, unknown>;
  let academic: Record<string, unknown>;

  beforeAll(async () => {
    key = await generateKey({ suite: 'eddsa-jcs-2022' });
    rogue = await generateKey({ suite: 'eddsa-jcs-2022' });
    store = await openSqliteStore({ dataDir: mkdtempSync(join(tmpdir(), 'microcred-pathway-')) });
    service = await createStatusService({ store, key, publicBaseUrl: 'https://credentials.university.example.ge' });
    pathway = pathwayExample('ge-research-component');
    // The university signs with a test key: its id is the awarding body the pathway accepts.
    pathway.criteria!.awardingBodies!.ids = [key.controller];
    pathway.target.institution.id = key.controller;
    ai = await issue(geCredential('ai-research-skills', 'AI for Enhancing Research Skills in Higher Education', 7), key);
    methods = (await createMicroCredential(geCredential('research-methods', 'Quantitative and Qualitative Research Methods', 9), { key, profile: 'ge', status: { service } })) as Record<string, unknown>;
    academic = await issue(geCredential('academic-work', 'Academic Work', 9), key, 'eddsa-rdfc-2022');
  });
  afterAll(async () => store?.close());

  const options = () => ({ learner: LEARNER, status: { resolveStatusList: service.resolveStatusList, store } });

  it('ships a valid pathway', () => {
    expect(validatePathway(pathwayExample('ge-research-component'))).toEqual([]);
  });

  it('three verified credentials (7 + 9 + 9 ECTS, one of them a baked PNG) complete it: 25 ECTS, a recommendation', async () => {
    const badge = bake(academic, png());
    const result = await evaluatePathway(pathway, [ai, methods, badge], options());
    expect(result.eligible).toBe(true);
    expect(result.totalEcts).toBe(25);
    expect(result.missing).toEqual([]);
    expect(result.credentials.map((c) => [c.member, c.credits, c.outcome]).sort()).toEqual([
      ['academic-work', 9, 'counted'],
      ['ai-research-skills', 7, 'counted'],
      ['research-methods', 9, 'counted'],
    ]);
    expect(result.credentials.every((c) => c.matchedBy === 'achievementId' && /^sha256-/.test(c.digest))).toBe(true);
    expect(result.recommendation).toMatch(/^Recommendation to Example State University: .*25 ECTS may be recognised .*not an entitlement/);
    // The status of the revocable one was checked, not assumed.
    expect(result.credentials.find((c) => c.member === 'research-methods')!.flags.map((f) => f.code)).not.toContain('WARN_STATUS_NOT_CHECKED');
    // One target outcome is the AI credential's own text.
    expect(result.outcomes).toMatchObject({ covered: 1, total: 3 });
    expect(result.outcomes!.items[0]!.by[0]).toMatchObject({ match: 'text', credential: ai.id });
  });

  it('the cap binds: 8 + 9 + 9 stated, 25 counted; a 10 ECTS credential counts 9 (per-credential cap)', async () => {
    const ai8 = await issue(geCredential('ai-research-skills', 'AI for Enhancing Research Skills in Higher Education', 8), key);
    const result = await evaluatePathway(pathway, [ai8, methods, academic], options());
    expect(result.statedEcts).toBe(26);
    expect(result.totalEcts).toBe(25);
    const cut = result.credentials.filter((c) => c.capsApplied.length > 0);
    expect(cut).toHaveLength(1);
    expect(cut[0]).toMatchObject({ member: 'academic-work', credits: 8, capsApplied: ['credits.maxEcts'] });

    const academic10 = await issue(geCredential('academic-work', 'Academic Work', 10), key);
    const perCredential = await evaluatePathway(pathway, [ai, methods, academic10], options());
    expect(perCredential.credentials.find((c) => c.member === 'academic-work')).toMatchObject({ credits: 9, statedEcts: 10, capsApplied: ['credits.maxEctsPerCredential'] });
    expect(perCredential.totalEcts).toBe(25);
  });

  it('a tampered member is excluded with its reason, and the pathway is then incomplete', async () => {
    const tampered = structuredClone(ai) as { credentialSubject: { achievement: { creditsAvailable: number } } };
    tampered.credentialSubject.achievement.creditsAvailable = 30;
    const result = await evaluatePathway(pathway, [tampered, methods, academic], options());
    const excluded = result.credentials.find((c) => c.outcome === 'excluded')!;
    expect(excluded.verdict).toBe('not-verified');
    expect(excluded.reasons[0]!.code).toBe('ERR_SIGNATURE_INVALID');
    expect(excluded.credits).toBe(0);
    expect(result.eligible).toBe(false);
    expect(result.missing).toEqual([expect.objectContaining({ kind: 'member', id: 'ai-research-skills' }), expect.objectContaining({ kind: 'credits', ects: 3 })]);
    expect(result.totalEcts).toBe(18);
    expect(result.recommendation).toMatch(/do not yet meet/);
  });

  it('a revoked member is excluded through the status check', async () => {
    await service.revoke(String(methods.id), 'academic misconduct');
    try {
      const result = await evaluatePathway(pathway, [ai, methods, academic], options());
      const excluded = result.credentials.find((c) => c.id === methods.id)!;
      expect(excluded).toMatchObject({ outcome: 'excluded', credits: 0 });
      expect(excluded.reasons[0]).toMatchObject({ code: 'ERR_STATUS_REVOKED' });
      expect(excluded.reasons[0]!.message).toContain('academic misconduct');
      expect(result.eligible).toBe(false);
      expect(result.totalEcts).toBe(16);
    } finally {
      await service.reinstate(String(methods.id));
    }
  });

  it('a credential from an issuer the pathway does not recognise is excluded (onUnrecognised: exclude) or flagged (flag)', async () => {
    const fake = await issue(geCredential('academic-work', 'Academic Work', 9), rogue);
    const result = await evaluatePathway(pathway, [ai, methods, fake], options());
    const excluded = result.credentials.find((c) => c.issuer === rogue.controller)!;
    expect(excluded.verdict).toBe('authentic-unrecognised-issuer'); // the signature holds: the rule decides
    expect(excluded).toMatchObject({ outcome: 'excluded', credits: 0 });
    expect(excluded.reasons[0]).toMatchObject({ code: 'ERR_ISSUER_NOT_RECOGNISED' });
    expect(result.eligible).toBe(false);

    // The verifier's trust list (verify option trust) can recognise it, under recognisedByTrust.
    const trusted = await evaluatePathway(pathway, [ai, methods, fake], { ...options(), trust: { trusted: [key.controller, rogue.controller] } });
    expect(trusted.eligible).toBe(true);

    const lenient = structuredClone(pathway);
    lenient.criteria!.awardingBodies!.onUnrecognised = 'flag';
    const flagged = await evaluatePathway(lenient, [ai, methods, fake], options());
    const item = flagged.credentials.find((c) => c.issuer === rogue.controller)!;
    expect(item).toMatchObject({ outcome: 'flagged', credits: 9 });
    expect(item.flags.map((f) => f.code)).toContain('WARN_ISSUER_NOT_RECOGNISED');
    expect(flagged.eligible).toBe(true);
    expect(flagged.recommendation).toMatch(/once the flagged credentials are checked/);

    // No awarding-body rule at all: a self-made issuer is never silently counted.
    const open = structuredClone(pathway);
    delete open.criteria!.awardingBodies;
    const unruled = await evaluatePathway(open, [ai, methods, fake], options());
    expect(unruled.credentials.every((c) => c.outcome === 'flagged')).toBe(true);
    const vouched = await evaluatePathway(open, [ai, methods, fake], { ...options(), trust: { trusted: [key.controller] } });
    expect(vouched.credentials.map((c) => c.outcome).sort()).toEqual(['counted', 'counted', 'flagged']);
  });

  it('duplicates count once; another learner\'s credential is excluded; an unrelated credential is named as such', async () => {
    const someoneElse = await issue(geCredential('research-methods', 'Quantitative and Qualitative Research Methods', 9, { learner: { id: 'did:example:someone-else', name: 'Someone Else' } }), key);
    const unrelated = await issue(geCredential('unrelated', 'Cooking', 5), key);
    const result = await evaluatePathway(pathway, [ai, ai, someoneElse, unrelated, academic], options());
    const codes = result.credentials.filter((c) => c.outcome === 'excluded').map((c) => c.reasons[0]!.code).sort();
    expect(codes).toEqual(['ERR_DUPLICATE_CREDENTIAL', 'ERR_NOT_IN_PATHWAY', 'ERR_OTHER_LEARNER']);
    expect(result.totalEcts).toBe(16);
  });

  it('rules: EQF level, supervision with identity check, age at enrolment', async () => {
    const level6 = await issue(geCredential('research-methods', 'Quantitative and Qualitative Research Methods', 9, { level: { eqf: 6, nqf: { framework: 'GE', level: 6 } } }), key);
    const unsupervised = await issue(geCredential('academic-work', 'Academic Work', 9, { supervision: 'unsupervised-no-id' }), key);
    const result = await evaluatePathway(pathway, [ai, level6, unsupervised], options());
    expect(result.credentials.find((c) => c.id === level6.id)!.reasons[0]).toMatchObject({ code: 'ERR_LEVEL' });
    expect(result.credentials.find((c) => c.id === unsupervised.id)!.reasons[0]).toMatchObject({ code: 'ERR_NOT_SUPERVISED' });
    const late = await evaluatePathway(pathway, [ai, methods, academic], { ...options(), enrolmentDate: '2031-01-01' });
    expect(late.credentials.every((c) => c.reasons[0]?.code === 'ERR_TOO_OLD')).toBe(true);
  });

  it('refuses an invalid pathway and too many credentials, with codes', async () => {
    const broken = structuredClone(pathway) as Pathway;
    broken.choices = [{ id: 'x', members: ['nope'], min: 1 }];
    await expect(evaluatePathway(broken, [ai])).rejects.toMatchObject({ code: 'ERR_PATHWAY_INVALID', pointer: '/choices/0/members/0' });
    await expect(evaluatePathway({ ...pathway, credits: { minEcts: 40, maxEcts: 25 } }, [ai])).rejects.toMatchObject({ code: 'ERR_PATHWAY_INVALID' });
    await expect(evaluatePathway(pathway, Array.from({ length: 3 }, () => ai), { maxCredentials: 2 })).rejects.toMatchObject({ code: 'ERR_TOO_MANY_CREDENTIALS' });
    await expect(evaluatePathway(pathway, Array.from({ length: 101 }, () => '{}'))).rejects.toMatchObject({ code: 'ERR_TOO_MANY_CREDENTIALS' });
    // The schema's bounds: 100 members; microcred's nesting bound on any document.
    const crowded = { ...pathway, members: Array.from({ length: 101 }, (_, i) => ({ id: `m${i}`, criteria: { eqf: { min: 7 } } })) };
    await expect(evaluatePathway(crowded, [ai])).rejects.toMatchObject({ code: 'ERR_PATHWAY_INVALID', pointer: '/members' });
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 100; i++) deep = { deep };
    await expect(evaluatePathway({ ...pathway, description: deep }, [ai])).rejects.toMatchObject({ code: 'ERR_PATHWAY_INVALID' });
    await expect(evaluatePathway('not a pathway', [ai])).rejects.toMatchObject({ code: 'ERR_PATHWAY_INVALID' });
    await expect(evaluatePathway(pathway, [ai], { at: 'soon' })).rejects.toMatchObject({ code: 'ERR_BAD_TIME' });
    await expect(evaluatePathway(pathway, 'ai' as never)).rejects.toMatchObject({ code: 'ERR_CREDENTIALS_INVALID' });
  });

  it('junk inputs are excluded, never counted, never a crash', async () => {
    const result = await evaluatePathway(pathway, ['not json', new Uint8Array([0, 1, 2]), { type: 'VerifiablePresentation' }, null], options());
    expect(result.credentials.every((c) => c.outcome === 'excluded' && c.credits === 0 && c.reasons.length > 0)).toBe(true);
    expect(result.totalEcts).toBe(0);
    expect(result.eligible).toBe(false);
  });
});
