/**
 * A few hundred cases of `npm run fuzz` with a fixed seed: no false accept, no crash, and every
 * other non-rejection is one of the known issues below (to be fixed elsewhere; when one is fixed,
 * delete its entry and the test holds the fix). CPU per case is measured by `npm run fuzz`, not
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
  // KNOWN-ISSUE-10.6: JSON text with duplicate keys verifies (JSON.parse keeps the last; a first-value parser reads the junk).
  { tag: 'KNOWN-ISSUE-10.6', result: 'policy-accept', kind: /(^|:)dup-key-junk-(first|last)$/, why: 'duplicate JSON keys must fail' },
  // KNOWN-ISSUE-10.6: the MicroCredential view is read from the JSON, not the verified graph:
  // reordered or duplicated array items, one-element array wrapping, `id` → `@id`, keywords the RDF ignores.
  { tag: 'KNOWN-ISSUE-10.6', result: 'view-divergence', kind: /(^|:)(reorder-array|duplicate|wrap-array|id-to-@id|keyword-@\w+|insert-null|retype)$/, seeds: /rdfc|Ed25519Signature2020|^vp/, why: 'the view must come from the verified graph' },
  { tag: 'KNOWN-ISSUE-10.6', result: 'policy-accept', kind: /(^|:)(insert-null|keyword-@index|keyword-@set|context-@vocab|context-@base|context-append-alias|context-append-term)$/, why: 'keywords/values that carry unsigned data must fail; eddsa-jcs-2022 held to the context policy' },
  // KNOWN-ISSUE-10.7: one canonical encoding per signature.
  { tag: 'KNOWN-ISSUE-10.7', result: 'policy-accept', kind: /(^|:)proof-whitespace$/, why: 'whitespace inside proofValue' },
  { tag: 'KNOWN-ISSUE-10.7', result: 'policy-accept', kind: /(^|:)proof-rebase$/, why: 'proofValue in another multibase base' },
  { tag: 'KNOWN-ISSUE-10.7', result: 'policy-accept', kind: /^jwt-(sig-last-char|es256-high-s|flattened)$/, why: 'non-canonical base64url, high-S ECDSA, flattened JWS' },
  // Found by this harness (status list decoding, next to KNOWN-ISSUE-10.4): a GZIP member with a wrong CRC-32/ISIZE trailer decodes.
  { tag: 'FUZZ-GZIP-TRAILER (10.4)', result: 'policy-accept', kind: /^status-list$/, why: 'a corrupt GZIP trailer must fail' },
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
    // KNOWN-ISSUE-10.6: eddsa-jcs-2022 accepts a document whose @context only starts with the
    // proof's (the suite's rule); the appended entries are unsigned. Excluded by the oracle's exact
    // finding (nothing but @context entries appended), not by mutation kind.
    const jcsContext = (o: Outcome) => o.detail?.startsWith('KNOWN-ISSUE-10.6 eddsa-jcs-2022: only @context entries appended');
    expect(outcomes.filter((o) => o.result === 'false-accept' && !jcsContext(o))).toEqual([]);
  });

  it('verify() and the service never crash (no throw, no 5xx, no ERR_INTERNAL)', () => {
    expect(outcomes.filter((o) => o.result === 'crash')).toEqual([]);
  });

  it('every other accepted mutation is neutral or a listed known issue', () => {
    const unexplained = outcomes.filter((o) => (o.result === 'policy-accept' || o.result === 'view-divergence') && !known(o));
    expect(unexplained).toEqual([]);
  });

  // The known issues themselves, to be fixed in their own branches (then delete the KNOWN entry).
  it.todo('KNOWN-ISSUE-10.6: duplicate JSON keys fail (policy-accept dup-key-junk-first on eddsa-jcs-2022, presentations, baked SVG)');
  it.todo('KNOWN-ISSUE-10.6: the MicroCredential view follows the verified graph (view-divergence reorder-array / duplicate on rdfc suites)');
  it.todo('KNOWN-ISSUE-10.6: null/[] values, @index, @set, appended @context entries fail (policy-accept insert-null, keyword-@index, context-*)');
  it.todo('KNOWN-ISSUE-10.6: eddsa-jcs-2022 refuses appended @context entries (false-accept swap /@context, context-append-bundled)');
  it.todo('KNOWN-ISSUE-10.7: whitespace in proofValue, other multibase bases, non-canonical base64url, ES256 high-S, flattened JWS fail');
  it.todo('FUZZ-GZIP-TRAILER: a status list whose GZIP CRC-32/ISIZE trailer is wrong fails (policy-accept status-list gzip-bad-crc)');
});
