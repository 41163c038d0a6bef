import { beforeAll, describe, expect, it } from 'vitest';
import { createMicroCredential, generateKey } from '../../src/index.js';
import { evaluatePathway, validatePathway } from '../../src/pathway.js';
import type { KeyFile } from '../../src/keys/types.js';
import type { Pathway } from '../../src/model/index.js';
import { amBadge, pathwayExample } from './helpers.js';

/** Five project-management badges amount to an advanced certificate (seed000 §2F, L882–L886). */
describe('evaluatePathway: the Armenian five-badge advanced certificate', () => {
  let key: KeyFile;
  let jwtKey: KeyFile;
  let pathway: Pathway;
  const badges: Record<string, unknown> = {};
  const TITLES: Record<string, string> = {
    'pm-foundations': 'Project Management Foundations',
    'pm-planning': 'Planning and Scheduling',
    'pm-risk': 'Risk Management',
    'pm-agile': 'Agile Project Management',
    'pm-leadership': 'Leading Project Teams',
    'pm-procurement': 'Project Procurement and Contracts',
  };

  beforeAll(async () => {
    key = await generateKey({ suite: 'eddsa-jcs-2022' });
    jwtKey = await generateKey({ suite: 'vc-jwt', alg: 'EdDSA' });
    pathway = pathwayExample('am-project-management-advanced');
    pathway.criteria!.awardingBodies!.ids = [key.controller];
    pathway.target.institution.id = key.controller;
    for (const [slug, title] of Object.entries(TITLES)) {
      // One badge comes as a VC-JWT, signed by the university's second key.
      const signing = slug === 'pm-agile' ? jwtKey : key;
      badges[slug] = await createMicroCredential(amBadge(slug, title), { key: signing, profile: 'am' });
    }
  });

  const pick = (...slugs: string[]) => slugs.map((s) => badges[s]);

  it('ships a valid pathway', () => {
    expect(validatePathway(pathwayExample('am-project-management-advanced'))).toEqual([]);
  });

  it('three required badges and two of three electives (one a VC-JWT) make the certificate: 25 ECTS', async () => {
    const result = await evaluatePathway(pathway, pick('pm-foundations', 'pm-planning', 'pm-risk', 'pm-agile', 'pm-leadership'), { trust: { trusted: [key.controller, jwtKey.controller] } });
    expect(result.eligible).toBe(true);
    expect(result.totalEcts).toBe(25);
    expect(result.credentials.filter((c) => c.outcome === 'counted')).toHaveLength(5);
    expect(result.recommendation).toMatch(/^Recommendation to XYZ University: .*Advanced Certificate in Project Management.*the decision lies with XYZ University/);
  });

  it('the VC-JWT badge of an issuer outside the list is flagged, not excluded (the pathway says flag)', async () => {
    const result = await evaluatePathway(pathway, pick('pm-foundations', 'pm-planning', 'pm-risk', 'pm-agile', 'pm-leadership'));
    const agile = result.credentials.find((c) => c.member === 'pm-agile')!;
    expect(agile.outcome).toBe('flagged');
    expect(agile.flags.map((f) => f.code)).toContain('WARN_ISSUER_NOT_RECOGNISED');
    expect(result.eligible).toBe(true);
  });

  it('four badges: one elective short ("2 of these"), 20 ECTS of 25', async () => {
    const result = await evaluatePathway(pathway, pick('pm-foundations', 'pm-planning', 'pm-risk', 'pm-leadership'));
    expect(result.eligible).toBe(false);
    expect(result.missing.map((m) => [m.kind, m.id ?? m.ects])).toEqual([['choice', 'two-electives'], ['credits', 5]]);
    expect(result.totalEcts).toBe(20);
  });

  it('six badges: the 25 ECTS cap binds and the proposal says so', async () => {
    const result = await evaluatePathway(pathway, Object.values(badges), { trust: { trusted: [key.controller, jwtKey.controller] } });
    expect(result.statedEcts).toBe(30);
    expect(result.totalEcts).toBe(25);
    expect(result.credentials.filter((c) => c.capsApplied.includes('credits.maxEcts'))).toHaveLength(1);
    expect(result.reasons.join(' ')).toMatch(/Caps bound 1 credential\(s\): credits.maxEcts/);
  });

  it('a badge below the level range does not count', async () => {
    const low = await createMicroCredential(amBadge('pm-risk', TITLES['pm-risk']!, 5, { level: { eqf: 4, nqf: { framework: 'AM', level: 4 } } }), { key, profile: 'am' });
    const result = await evaluatePathway(pathway, [...pick('pm-foundations', 'pm-planning', 'pm-agile', 'pm-leadership'), low]);
    expect(result.credentials.find((c) => c.id === (low as unknown as { id: string }).id)!.reasons[0]).toMatchObject({ code: 'ERR_LEVEL' });
    expect(result.missing.map((m) => m.id)).toContain('pm-risk');
  });
});
