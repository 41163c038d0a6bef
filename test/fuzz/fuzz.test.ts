/**
 * A few hundred cases of `npm run fuzz` with a fixed seed: no false accept, no crash, and every
 * other non-rejection is one of the by-design cases below. CPU per case is measured by `npm run fuzz`, not
 * asserted here (no test asserts on time).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedContent } from './oracle.js';
import { type Harness, type Outcome, createHarness } from './run.js';

const SEED = 20_261_202;
const TRIALS = 300;

/**
 * Accepted mutations whose signed content is unchanged but which break a rule issue 10 states
 * (`policy-accept`), or that change what the report shows (`view-divergence`). Each entry is
 * exactly one mutation kind (regex over `kind`) on the seeds it was seen on.
 */
const KNOWN: Array<{ tag: string; result: Outcome['result']; kind: RegExp; seeds?: RegExp; why: string }> = [
  // By design (README, "What is read is what was signed"): learning outcomes and other sets are
  // RDF sets, so their order and repeats are not signed; report.microCredential keeps the order
  // received and no check depends on it.
  { tag: 'SET-ORDER', result: 'view-divergence', kind: /(^|:)(reorder-array|duplicate)$/, seeds: /rdfc|Ed25519Signature2020|^vp/, why: 'array order and repeats are not signed in RDF (sets)' },
  // By design (src/suites/signed-shape.ts): a presentation's own wrapper is a plain W3C document,
  // which keeps JSON-LD's full syntax under RDF suites (safe mode holds it to its contexts); the
  // credentials inside are held to the strict Open Badges shape by verify().
  { tag: 'PLAIN-VP-SYNTAX', result: 'policy-accept', kind: /(^|:)(context-@base|context-@vocab|context-append-alias|context-append-term|keyword-@\w+|insert-null)$/, seeds: /^vp\(eddsa-rdfc/, why: 'plain W3C presentation wrapper under RDF suites' },
];

const known = (o: Outcome) => KNOWN.find((k) => k.result === o.result && k.kind.test(o.kind) && (!k.seeds || k.seeds.test(o.seed)));

describe(`fuzz: ${TRIALS} mutations of signed credentials (seed ${SEED})`, () => {
  let harness: Harness;
  const outcomes: Outcome[] = [];
  beforeAll(async () => {
    harness = await createHarness({ serviceShare: 0.1 });
    for (let trial = 0; trial < TRIALS; trial++) outcomes.push((await harness.run(trial, SEED)).outcome);
  });
  afterAll(async () => harness?.close());

  it('covers every seed, hostile inputs and the service', () => {
    const seen = new Set(outcomes.map((o) => o.seed));
    expect([...seen].length).toBeGreaterThanOrEqual(12);
    expect(seen.has('hostile')).toBe(true);
    expect(outcomes.some((o) => o.target === 'service')).toBe(true);
    expect(outcomes.filter((o) => o.result === 'rejected').length).toBeGreaterThan(TRIALS * 0.8);
  });

  it('the oracle: key order and duplicated proofs are neutral, a changed value or proof option is not', async () => {
    for (const name of ['eddsa-jcs-2022', 'eddsa-rdfc-2022']) {
      const seed = harness.corpus.seeds.find((s) => s.name === name)!;
      const doc = seed.input as Record<string, any>;
      const content = await signedContent(doc, seed.format);
      const reordered = Object.fromEntries(Object.entries(doc).reverse());
      expect(await signedContent(reordered, seed.format)).toBe(content);
      expect(await signedContent({ ...doc, proof: [...doc.proof, ...doc.proof] }, seed.format)).toBe(content);
      expect(await signedContent(JSON.stringify(doc), seed.format)).toBe(content);
      expect(await signedContent({ ...doc, validFrom: '2020-01-01T00:00:00Z' }, seed.format)).not.toBe(content);
      expect(await signedContent({ ...doc, proof: [{ ...doc.proof[0], created: '2020-01-01T00:00:00Z' }] }, seed.format)).not.toBe(content);
    }
    const jwt = harness.corpus.seeds.find((s) => s.name === 'vc-jwt-ES256')!;
    const [h, p, sig] = String(jwt.input).split('.') as [string, string, string];
    expect(await signedContent(`${h}.${p}.AAAA`, 'jwt')).toBe(await signedContent(jwt.input, 'jwt'));
    expect(await signedContent(`${h}.${p.startsWith('A') ? 'B' : 'A'}${p.slice(1)}.${sig}`, 'jwt')).not.toBe(await signedContent(jwt.input, 'jwt'));
  });

  it('no mutated credential whose signed content changed verifies (no false accept)', () => {
    expect(outcomes.filter((o) => o.result === 'false-accept')).toEqual([]);
  });

  it('verify() and the service never crash (no throw, no 5xx, no ERR_INTERNAL)', () => {
    expect(outcomes.filter((o) => o.result === 'crash')).toEqual([]);
  });

  it('every other accepted mutation is neutral or a listed known issue', () => {
    const unexplained = outcomes.filter((o) => (o.result === 'policy-accept' || o.result === 'view-divergence') && !known(o));
    expect(unexplained).toEqual([]);
  });

});
