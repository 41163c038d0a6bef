import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluatePathway } from '../../src/pathway.js';
import { generateKey } from '../../src/index.js';
import type { Pathway } from '../../src/model/index.js';
import { geCredential, issue, pathwayExample } from './helpers.js';

/**
 * Over random caps and random subsets and orders of a pool of real, signed credentials: no
 * cap is ever exceeded, and the order of the inputs never changes the result.
 */
describe('evaluatePathway properties', () => {
  const pool: Array<{ credential: Record<string, unknown>; external: boolean }> = [];
  let institution = '';
  const at = new Date();

  beforeAll(async () => {
    const home = await generateKey({ suite: 'eddsa-jcs-2022' });
    const other = await generateKey({ suite: 'eddsa-jcs-2022' });
    institution = home.controller;
    const specs: Array<[string, number, boolean]> = [
      ['ai-research-skills', 7, false], ['research-methods', 9, false], ['academic-work', 9.5, true],
      ['elective-a', 2.5, false], ['elective-b', 5, true], ['elective-c', 10.333, false], ['academic-work', 8, false],
    ];
    for (const [slug, ects, external] of specs) {
      pool.push({ credential: await issue(geCredential(slug, slug, ects), external ? other : home), external });
    }
  });

  /** The Georgian pathway with an elective slot (any EQF 7 education credential, up to 3) and random caps. */
  const pathwayWith = (caps: { total?: number; perCredential?: number; external?: number; member?: number }): Pathway => {
    const p = pathwayExample('ge-research-component');
    p.target.institution.id = institution;
    delete p.criteria!.awardingBodies;
    p.members.push({ id: 'electives', criteria: { fieldsOfStudy: ['011'] }, maxCount: 3, ...(caps.member ? { maxEcts: caps.member } : {}) });
    p.credits = {
      ...(caps.total ? { maxEcts: caps.total } : {}),
      ...(caps.perCredential ? { maxEctsPerCredential: caps.perCredential } : {}),
      ...(caps.external !== undefined ? { maxEctsFromOtherInstitutions: caps.external } : {}),
    };
    if (Object.keys(p.credits).length === 0) delete p.credits;
    return p;
  };

  const caps = fc.record(
    {
      total: fc.integer({ min: 1, max: 40 }),
      perCredential: fc.constantFrom(1, 2.5, 5, 7.25, 9),
      external: fc.integer({ min: 0, max: 12 }),
      member: fc.constantFrom(1, 3.5, 6),
    },
    { requiredKeys: [] },
  );
  const subset = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 0, maxLength: 7 });

  it('credits counted never exceed any cap', async () => {
    await fc.assert(
      fc.asyncProperty(caps, subset, async (c, indices) => {
        const pathway = pathwayWith(c);
        const result = await evaluatePathway(pathway, indices.map((i) => pool[i]!.credential), { at });
        const counted = result.credentials.filter((r) => r.outcome !== 'excluded');
        const sum = counted.reduce((s, r) => s + Math.round(r.credits * 1000), 0) / 1000;
        expect(result.totalEcts).toBe(sum);
        if (c.total !== undefined) expect(result.totalEcts).toBeLessThanOrEqual(c.total);
        const external = counted.filter((r) => r.issuer !== institution).reduce((s, r) => s + r.credits, 0);
        if (c.external !== undefined) expect(external).toBeLessThanOrEqual(c.external + 1e-9);
        for (const r of result.credentials) {
          expect(r.credits).toBeGreaterThanOrEqual(0);
          expect(r.credits).toBeLessThanOrEqual(r.statedEcts ?? 0);
          if (c.perCredential !== undefined) expect(r.credits).toBeLessThanOrEqual(c.perCredential);
          if (c.member !== undefined && r.member === 'electives') expect(r.credits).toBeLessThanOrEqual(c.member);
          if (r.outcome === 'excluded') expect(r.credits).toBe(0);
        }
      }),
      { numRuns: 30, seed: 1313 },
    );
  }, 60_000);

  it('the order of the inputs never changes the result', async () => {
    await fc.assert(
      fc.asyncProperty(caps, subset.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s, { minLength: s.length, maxLength: s.length }))), async (c, [indices, shuffled]) => {
        const pathway = pathwayWith(c);
        const strip = (r: Awaited<ReturnType<typeof evaluatePathway>>) => ({ ...r, credentials: r.credentials.map(({ input: _input, ...rest }) => rest) });
        // Give one credential twice in the shuffled run too: which copy counts must not matter.
        const a = await evaluatePathway(pathway, [...indices, ...indices.slice(0, 1)].map((i) => pool[i]!.credential), { at });
        const b = await evaluatePathway(pathway, [...indices.slice(0, 1), ...shuffled].map((i) => pool[i]!.credential), { at });
        expect(strip(b)).toEqual(strip(a));
      }),
      { numRuns: 25, seed: 1314 },
    );
  }, 60_000);
});
