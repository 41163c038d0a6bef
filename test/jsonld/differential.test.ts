/**
 * Differential tests of microcred's patched JSON-LD expansion (src/jsonld) against jsonld.js's
 * own: on generated credentials (every model field, languages, VC 1.1 and 2.0, OB and ELM,
 * optional contexts, and hostile edits that safe mode must refuse) and on every third-party
 * credential in the test data, the canonical N-Quads are byte-identical — or both refuse, with
 * the same error. Signatures made either way verify the other way.
 *
 * The default run compares MICROCRED_JSONLD_RUNS generated credentials (default 150: jsonld's
 * own expansion costs ~50 ms each, the patched one ~3). `MICROCRED_JSONLD_RUNS=10000 npx vitest
 * run test/jsonld/differential.test.ts` runs the full 10,000 (about 10 minutes on one core).
 */
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import fc from 'fast-check';
import jsonldContext from 'jsonld/lib/context.js';
import { describe, expect, it } from 'vitest';
import { CONTEXTS, createDocumentLoader, createMicroCredential, generateKey, toOpenBadge, verify } from '../../src/index.js';
import { toElm } from '../../src/elm.js';
import { withPatchedExpansion } from '../../src/jsonld/index.js';
import { microCredentialArb } from '../helpers/arbitraries.js';
import { example } from '../helpers/fixtures.js';
import { sharedSpecsDir } from '../helpers/shared-specs.js';
import { differential, elmContexts, thirdPartyCredentials } from './differential-helpers.js';

const RUNS = Number(process.env.MICROCRED_JSONLD_RUNS ?? 150);
const specs = sharedSpecsDir();
const loader = createDocumentLoader({ extraContexts: elmContexts(specs) });
// A loader microcred did not make: the patched expansion memoises per call only.
const foreignLoader = async (url: string) => loader(url);

type Json = Record<string, unknown>;

/** Every JSON object in `root` outside `@context` values, in document order. */
function objectsOf(root: unknown): Json[] {
  const found: Json[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      found.push(value as Json);
      for (const [key, child] of Object.entries(value)) if (key !== '@context') walk(child);
    }
  };
  walk(root);
  return found;
}

/** Edits applied to one node: none, or what safe mode (or JSON-LD itself) has a say about. */
const EDITS: Record<string, (node: Json) => void> = {
  none: () => undefined,
  'undefined term': (node) => void (node.mcUndefinedTerm = 'x'),
  'relative id': (node) => void (node.id = 'relative-ref'),
  'blank node id': (node) => void (node.id = '_:b7'),
  'undefined type': (node) => void (node.type = [...(Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type]), 'UndefinedType']),
  'inline context': (node) => Object.assign(node, { '@context': { extraTerm: 'https://example.org/extraTerm' }, extraTerm: 'v' }),
  'context nullification': (node) => void (node['@context'] = null),
  'language value': (node) => void (node.name = { '@value': 'x', '@language': 'not a tag!' }),
  'json literal': (node) => Object.assign(node, { '@context': { data: { '@id': 'https://example.org/data', '@type': '@json' } }, data: { b: 1, a: [true, null] } }),
  'empty object': (node) => void (node.description = {}),
};
const OPTIONAL_CONTEXTS = [CONTEXTS.DATA_INTEGRITY_V2, CONTEXTS.OB_V3_EXTENSIONS, CONTEXTS.BITSTRING_STATUS_LIST_V1, CONTEXTS.CREDENTIALS_UNDEFINED_TERMS_V2];

const caseArb = fc.record({
  mc: microCredentialArb,
  format: fc.constantFrom('ob 2.0', 'ob 1.1', ...(specs ? (['elm'] as const) : [])),
  extraContexts: fc.subarray(OPTIONAL_CONTEXTS, { maxLength: 2 }),
  edit: fc.constantFrom(...Object.keys(EDITS)),
  at: fc.nat(),
  foreign: fc.boolean(),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function credentialOf(c: Case): Json {
  // A copy: fc.constant values are shared between generated credentials, and the edit below writes.
  const doc = structuredClone(
    c.format === 'elm' ? toElm(c.mc, { issuer: 'did:example:issuer' }) : toOpenBadge(c.mc, { issuer: 'did:example:issuer', vcVersion: c.format === 'ob 1.1' ? '1.1' : '2.0' }),
  ) as unknown as Json;
  doc['@context'] = [...(doc['@context'] as string[]), ...c.extraContexts];
  const nodes = objectsOf(doc);
  EDITS[c.edit]!(nodes[c.at % nodes.length]!);
  return doc;
}

describe('patched JSON-LD expansion: differential', () => {
  const both = differential(loader);
  const bothForeign = differential(foreignLoader);

  it(`${RUNS} generated credentials: the same canonical N-Quads, or the same error`, async () => {
    const tally = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const doc = credentialOf(c);
        const sides = c.foreign ? bothForeign : both;
        const [pristine, patched] = [await sides.pristine(doc), await sides.patched(doc)];
        expect(patched).toEqual(pristine);
        const key = `${c.edit}: ${'error' in pristine ? 'error' : 'ok'}`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
      }),
      { numRuns: RUNS, seed: 1717 },
    );
    // The edits must actually reach both sides: some succeed, some are refused.
    expect(tally.get('none: ok')).toBeGreaterThan(0);
    expect([...tally.keys()].some((k) => k.endsWith('error'))).toBe(true);
    if (RUNS > 1000) console.log(`differential: ${RUNS} generated credentials`, Object.fromEntries([...tally].sort()));
  }, 60_000 + RUNS * 500);

  it('every third-party credential in the test data: the same canonical N-Quads, or the same error', async () => {
    const credentials = thirdPartyCredentials(specs);
    expect(credentials.length).toBeGreaterThanOrEqual(specs ? 5 : 2);
    for (const [name, doc] of credentials) {
      for (const sides of [both, bothForeign]) {
        const pristine = await sides.pristine(doc);
        expect(await sides.patched(doc), name).toEqual(pristine);
        // Twice: the second run takes everything from the memo.
        expect(await sides.patched(doc), name).toEqual(pristine);
      }
    }
  });

  it('many expansions at once through one loader give each its own answer', async () => {
    const docs = [example('ge-ai-research'), example('am-data-analytics')].flatMap((mc) => [toOpenBadge(mc, { issuer: 'did:example:i' }), toOpenBadge(mc, { issuer: 'did:example:i', vcVersion: '1.1' })]);
    const expected = await Promise.all(docs.map((d) => both.pristine(d)));
    const got = await Promise.all([...docs, ...docs, ...docs].map((d) => both.patched(d)));
    expect(got).toEqual([...expected, ...expected, ...expected]);
  });

  it('leaves the installed jsonld pristine: its contexts still clone and revert the way jsonld does', () => {
    const initial = jsonldContext.getInitialContext({}) as { clone: { name: string }; revertToPreviousContext: { name: string } };
    expect(initial.clone.name).toBe('_cloneActiveContext');
    expect(initial.revertToPreviousContext.name).toBe('_revertToPreviousContext');
  });
});

describe('patched JSON-LD expansion: signatures either way verify the other way', () => {
  const pristineSuite = () => new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
  // Verifying with the patched expansion only (microcred's verify() would retry a failure with jsonld's own).
  const patchedSuite = () => new DataIntegrityProof({ cryptosuite: { ...eddsaRdfc2022, canonize: withPatchedExpansion(eddsaRdfc2022.canonize) } });

  it('microcred-signed credentials verify with plain @digitalbazaar/vc, and plain-signed ones with the patched expansion', async () => {
    const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    const samples = fc.sample(microCredentialArb, { numRuns: 6, seed: 1718 }).map((mc) => ({ ...mc, dateOfIssuing: '2020-01-01' }));
    for (const mc of samples) {
      const ours = (await createMicroCredential(mc, { key, profile: { id: 'none', version: '1.0.0', title: 'schema only', rules: [] } })) as Json;
      const plain = await vc.verifyCredential({ credential: ours, suite: pristineSuite(), documentLoader: loader });
      expect(plain.verified, JSON.stringify(plain, (k, v) => (v instanceof Error ? { name: v.name, message: v.message } : k === "credential" ? undefined : v)).slice(0, 3000)).toBe(true);
    }
    // Signed by plain @digitalbazaar/vc with a did:key the microcred loader resolves.
    const issuerKey = await Ed25519Multikey.generate();
    const issuer = `did:key:${issuerKey.publicKeyMultibase}`;
    for (const mc of samples) {
      const unsigned = toOpenBadge(mc, { issuer });
      const signed = (await vc.issue({ credential: unsigned, suite: new DataIntegrityProof({ signer: signerFor(issuerKey, issuer), cryptosuite: eddsaRdfc2022 }), documentLoader: loader })) as Json;
      const patched = await vc.verifyCredential({ credential: signed, suite: patchedSuite(), documentLoader: loader });
      expect(patched.verified, JSON.stringify(patched.error)).toBe(true);
      const report = await verify({ ...signed, proof: [signed.proof] });
      expect(report.checks.find((check) => check.id === 'proof')?.status, JSON.stringify(report.checks)).toBe('pass');
    }
  });
});

/** The signer of a generated Multikey pair, under the did:key verification method id. */
function signerFor(pair: Awaited<ReturnType<typeof Ed25519Multikey.generate>>, did: string) {
  const signer = pair.signer();
  return { ...signer, id: `${did}#${pair.publicKeyMultibase}`, algorithm: 'Ed25519', sign: signer.sign.bind(signer) };
}
