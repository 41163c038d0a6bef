import { readFileSync } from 'node:fs';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { issue as vcIssue } from '@digitalbazaar/vc';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toOpenBadge } from '../../src/formats/ob3/to-open-badge.js';
import { generateKey, signerFromKeyFile } from '../../src/keys/index.js';
import {
  EXPANDED_ACHIEVEMENTS,
  EXPANDED_ACHIEVEMENTS_MAX,
  LruMap,
  PROCESSED_CONTEXTS,
  contextResolver,
  expandedAchievementsOf,
} from '../../src/loader/context-cache.js';
import { CONTEXTS, bundledContext } from '../../src/loader/contexts.js';
import { createDocumentLoader, type DocumentLoader } from '../../src/loader/document-loader.js';
import { createEcdsaRdfc2019Suite, createEddsaRdfc2022Suite } from '../../src/suites/data-integrity.js';
import { SPLIT_CONTEXTS, canonizeSplit, splitCanonize, splitSafeContext, splitSafeContexts, type Canonize } from '../../src/suites/split-canonize.js';
import type { JsonObject } from '../../src/suites/types.js';
import { microCredentialArb } from '../helpers/arbitraries.js';
import { example } from '../helpers/fixtures.js';
import { describeWithSpecs } from '../helpers/shared-specs.js';

const ISSUER = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';
const full: Canonize = eddsaRdfc2022.canonize;

/** The options DataIntegrityProof passes to `canonize`, plus the loader's context resolver (as data-integrity.ts adds it). */
function options(loader: DocumentLoader, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { documentLoader: loader, base: null, safe: true, contextResolver: contextResolver(loader[PROCESSED_CONTEXTS]!), ...extra };
}

type Outcome = { ok: string } | { error: string };
async function outcome(run: () => Promise<string>): Promise<Outcome> {
  try {
    return { ok: await run() };
  } catch (error) {
    const e = error as { name?: string; message?: string; details?: { event?: { code?: string } } };
    return { error: `${e.name}: ${e.message} ${e.details?.event?.code ?? ''}` };
  }
}

const georgian = (): JsonObject => toOpenBadge(example('ge-ai-research'), { issuer: ISSUER }) as unknown as JsonObject;
const subjectOf = (credential: JsonObject) => credential.credentialSubject as JsonObject;
const achievementOf = (credential: JsonObject) => subjectOf(credential).achievement as JsonObject;
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('split canonicalization: contexts', () => {
  it('accepts the bundled VC, OB 3.0.3, extensions, microcred and data-integrity contexts', () => {
    expect(splitSafeContexts().sort()).toEqual([...SPLIT_CONTEXTS].sort());
  });

  it('refuses contexts that could make the nested achievement see another context', () => {
    const ob = bundledContext(CONTEXTS.OB_V3_0_3) as { '@context': Record<string, unknown> };
    const withScoped = (definition: unknown) => ({ '@context': { ...ob['@context'], achievement: definition } });
    expect(splitSafeContext(ob)).toBe(true);
    expect(splitSafeContext(withScoped({ '@id': 'https://example.org/a', '@context': { name: 'https://example.org/n' } }))).toBe(false);
    expect(splitSafeContext(withScoped({ '@id': 'https://example.org/a', '@container': '@list' }))).toBe(false);
    expect(splitSafeContext(withScoped({ '@reverse': 'https://example.org/a' }))).toBe(false);
    expect(splitSafeContext({ '@context': { credentialSubject: { '@id': 'https://example.org/cs', '@context': {} } } })).toBe(false);
    expect(splitSafeContext({ '@context': { X: { '@id': 'https://example.org/X', '@context': { '@propagate': true } } } })).toBe(false);
    expect(splitSafeContext({ '@context': { '@import': 'https://example.org/other.json' } })).toBe(false);
    expect(splitSafeContext({ '@context': { X: { '@id': 'https://example.org/X', '@context': 'https://example.org/remote.json' } } })).toBe(false);
    expect(splitSafeContext({ '@context': { data: '@graph' } })).toBe(false);
    expect(splitSafeContext({ '@context': { v: { '@id': '@value' } } })).toBe(false);
    expect(splitSafeContext({ '@context': { id: '@id', type: '@type' } })).toBe(true);
  });
});

describe('split canonicalization: same canonical N-Quads as the full path', () => {
  it('for arbitrary micro-credentials (VC 2.0 and 1.1, with and without the data-integrity context)', async () => {
    const loader = createDocumentLoader();
    const cache = new LruMap<string, unknown>(8);
    let taken = 0;
    await fc.assert(
      fc.asyncProperty(microCredentialArb, fc.constantFrom('2.0', '1.1'), fc.boolean(), async (doc, vcVersion, addDi) => {
        const vc = toOpenBadge(doc, { issuer: ISSUER, vcVersion: vcVersion as '2.0' | '1.1' }) as unknown as JsonObject;
        if (addDi && vcVersion === '1.1') vc['@context'] = [...(vc['@context'] as string[]), CONTEXTS.DATA_INTEGRITY_V2];
        const expected = await outcome(() => full(vc, options(loader)));
        const fast = await canonizeSplit(full, vc, options(loader), cache);
        if (fast !== undefined) {
          taken++;
          expect({ ok: fast }).toEqual(expected);
        } else {
          // Only the belt-and-braces rule may refuse these: the achievement id also names something else.
          const id = achievementOf(vc).id as string;
          expect(occurrences(JSON.stringify(vc), JSON.stringify(id))).toBeGreaterThan(1);
        }
        // Again, now from the cache, through the wrapper the suites use.
        expect(await outcome(() => splitCanonize(full, cache)(vc, options(loader)))).toEqual(expected);
      }),
      { numRuns: 50, seed: 1006 },
    );
    expect(taken).toBeGreaterThanOrEqual(25);
  });

  it('for the 1EdTech-style fixture credential and the Armenian example, with ecdsa-rdfc-2019 options too', async () => {
    const loader = createDocumentLoader();
    const cache = new LruMap<string, unknown>(8);
    for (const vc of [georgian(), toOpenBadge(example('am-data-analytics'), { issuer: ISSUER }) as unknown as JsonObject]) {
      for (const extra of [{}, { skipExpansion: false, messageDigestAlgorithm: 'SHA-384' }]) {
        const fast = await canonizeSplit(ecdsaRdfc2019.canonize, vc, options(loader, extra), cache);
        expect(fast).toBeDefined();
        expect(fast).toBe(await ecdsaRdfc2019.canonize(vc, options(loader, extra)));
      }
    }
  });
});

describe('split canonicalization: hostile and unusual input', () => {
  type Variant = [name: string, mutate: (vc: JsonObject) => unknown, expectFallback: boolean];
  const variants: Variant[] = [
    ['achievement without id', (vc) => void delete achievementOf(vc).id, true],
    ['@context inside the achievement', (vc) => void (achievementOf(vc)['@context'] = { name: 'https://example.org/evil#name' }), true],
    ['@context deep inside the achievement', (vc) => void ((achievementOf(vc).microCredential as JsonObject)['@context'] = { title: 'https://example.org/t' }), true],
    ['@id instead of id', (vc) => {
      const a = achievementOf(vc);
      a['@id'] = a.id;
      delete a.id;
    }, true],
    ['@graph inside the achievement', (vc) => void (achievementOf(vc)['@graph'] = [{ id: 'https://example.org/n', name: 'x' }]), true],
    ['@type inside the achievement', (vc) => void (achievementOf(vc)['@type'] = 'https://example.org/T'), true],
    ['blank node achievement id', (vc) => void (achievementOf(vc).id = '_:b0'), true],
    ['relative achievement id', (vc) => void (achievementOf(vc).id = 'achievements/1'), true],
    ['non-string achievement id', (vc) => void (achievementOf(vc).id = 42), true],
    ['only an id', (vc) => void (subjectOf(vc).achievement = { id: achievementOf(vc).id }), true],
    ['credentialSubject as an array', (vc) => void (vc.credentialSubject = [vc.credentialSubject]), true],
    ['achievement as an array', (vc) => void (subjectOf(vc).achievement = [achievementOf(vc)]), true],
    ['achievement repeated in evidence', (vc) => void (vc.evidence = [{ ...achievementOf(vc), type: ['Evidence'] }]), true],
    ['the same achievement object twice', (vc) => void ((vc.issuer as JsonObject).achievement = achievementOf(vc)), true],
    ['achievement id named elsewhere', (vc) => void (vc.id = achievementOf(vc).id), true],
    ['@context on credentialSubject', (vc) => void (subjectOf(vc)['@context'] = { achievement: { '@id': 'https://example.org/a', '@context': { name: 'https://example.org/n' } } }), true],
    ['@graph at the top', (vc) => void (vc['@graph'] = []), true],
    ['@included at the top', (vc) => void (vc['@included'] = [{ id: 'https://example.org/x', name: 'x' }]), true],
    ['OB 3.0.2 context', (vc) => void (vc['@context'] = [CONTEXTS.CREDENTIALS_V2, CONTEXTS.OB_V3_0_2, CONTEXTS.MICROCRED_V1]), true],
    ['an inline context', (vc) => void (vc['@context'] = [...(vc['@context'] as string[]), { name: 'https://example.org/name' }]), true],
    ['a context string instead of an array', (vc) => void (vc['@context'] = CONTEXTS.CREDENTIALS_V2), true],
    ['an unknown context URL', (vc) => void (vc['@context'] = [...(vc['@context'] as string[]), 'https://example.org/unknown.json']), true],
    ['an unknown term in the achievement (safe mode)', (vc) => void (achievementOf(vc).unknownTerm = 'x'), true],
    ['an unknown term deep in the achievement (safe mode)', (vc) => void ((achievementOf(vc).microCredential as { workload: JsonObject }).workload.bogus = 1), true],
    ['a relative IRI deep in the achievement (safe mode)', (vc) => void ((achievementOf(vc).image as JsonObject).id = 'relative/image.png'), true],
    ['an unknown term outside the achievement (safe mode)', (vc) => void (subjectOf(vc).bogus = 1), false],
    ['a subject that is not an AchievementSubject', (vc) => void (subjectOf(vc).type = ['Bogus']), false],
    ['undefined values', (vc) => void (achievementOf(vc).name = undefined), true],
    ['a string that looks like the sentinel', (vc) => void (vc.id = 'https://split-canonize.invalid/00000000-0000-4000-8000-000000000000'), false],
    ['a blank node label shared by the achievement and the rest', (vc) => {
      (achievementOf(vc).criteria as JsonObject).id = '_:shared';
      (vc.issuer as JsonObject).image = { id: '_:shared', type: 'Image' };
    }, false],
    ['an extra type on the achievement', (vc) => void (achievementOf(vc).type = ['Achievement', 'Profile']), false],
  ];

  it.each(variants)('%s: falls back or gives the same result, and safe-mode errors surface', async (_name, mutate, expectFallback) => {
    const loader = createDocumentLoader();
    const cache = new LruMap<string, unknown>(8);
    // Warm the cache with the legitimate achievement first: a variant must never be answered from it wrongly.
    expect(await canonizeSplit(full, georgian(), options(loader), cache)).toBeDefined();
    const vc = georgian();
    mutate(vc);
    const expected = await outcome(() => full(vc, options(loader)));
    const fast = await canonizeSplit(full, vc, options(loader), cache);
    if (expectFallback) expect(fast).toBeUndefined();
    if (fast !== undefined) expect({ ok: fast }).toEqual(expected);
    expect(await outcome(() => splitCanonize(full, cache)(vc, options(loader)))).toEqual(expected);
  });

  it('surfaces safe-mode errors from the achievement and from the rest', async () => {
    const loader = createDocumentLoader();
    const cache = new LruMap<string, unknown>(8);
    const inner = georgian();
    (achievementOf(inner).microCredential as JsonObject).notATerm = 'x';
    const outer = georgian();
    subjectOf(outer).notATerm = 'x';
    for (const vc of [inner, outer]) {
      await expect(splitCanonize(full, cache)(vc, options(loader))).rejects.toThrow('Safe mode validation error.');
    }
    expect(cache.size).toBe(0); // nothing cached from a failure
  });

  it('runs the full path for other options', async () => {
    const loader = createDocumentLoader();
    const cache = new LruMap<string, unknown>(8);
    const vc = georgian();
    expect(await canonizeSplit(full, vc, options(loader, { safe: false }), cache)).toBeUndefined();
    expect(await canonizeSplit(full, vc, options(loader, { base: 'https://example.org/' }), cache)).toBeUndefined();
    expect(await canonizeSplit(full, vc, options(loader, { expandContext: {} }), cache)).toBeUndefined();
    expect(await canonizeSplit(full, vc, options(loader, { skipExpansion: true }), cache)).toBeUndefined();
    expect(await canonizeSplit(full, vc, options(loader, { algorithm: 'URDNA2015' }), cache)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keys the cache by a snapshot of the content, so a changing getter cannot poison it', async () => {
    const loader = createDocumentLoader();
    const cache = new LruMap<string, unknown>(8);
    const vc = georgian();
    let reads = 0;
    Object.defineProperty(achievementOf(vc), 'name', { enumerable: true, get: () => (reads++ % 2 === 0 ? 'Honest course' : 'Forged course') });
    await canonizeSplit(full, vc, options(loader), cache);
    for (const name of ['Honest course', 'Forged course']) {
      const plain = georgian();
      achievementOf(plain).name = name;
      expect(await splitCanonize(full, cache)(plain, options(loader))).toBe(await full(plain, options(loader)));
    }
  });
});

describe('split canonicalization: signatures', () => {
  const created = '2025-10-20T10:00:00Z';

  it('gives the same eddsa-rdfc-2022 proofValue with and without the fast path, and as plain @digitalbazaar/vc', async () => {
    const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    const signer = await signerFromKeyFile(key);
    for (const vcVersion of ['2.0', '1.1'] as const) {
      const credential = toOpenBadge(example('ge-ai-research'), { issuer: key.controller, vcVersion }) as unknown as JsonObject;
      const loader = createDocumentLoader();
      const foreign: DocumentLoader = (url) => loader(url); // not a microcred loader: no fast path
      const fast = await createEddsaRdfc2022Suite().issue(credential, { signer, documentLoader: loader, created });
      expect(loader[EXPANDED_ACHIEVEMENTS]!.size).toBe(1); // the fast path ran
      const normal = await createEddsaRdfc2022Suite().issue(credential, { signer, documentLoader: foreign, created });
      expect(expandedAchievementsOf(foreign)).toBeUndefined();
      expect(fast.proof[0]!.proofValue).toBe(normal.proof[0]!.proofValue);
      expect(fast).toEqual(normal);
      const plain = (await vcIssue({
        credential: structuredClone(credential),
        suite: new DataIntegrityProof({
          signer: { id: signer.id, algorithm: 'Ed25519', sign: ({ data }: { data: Uint8Array }) => signer.sign(data) },
          date: created,
          cryptosuite: eddsaRdfc2022,
        }),
        documentLoader: foreign,
      })) as JsonObject;
      expect((plain.proof as JsonObject).proofValue).toBe(fast.proof[0]!.proofValue);
      // Verifies with and without the fast path; a tampered achievement does not, even with the cache warm.
      const suite = createEddsaRdfc2022Suite();
      expect((await suite.verify(fast, { documentLoader: loader })).verified).toBe(true);
      expect((await suite.verify(fast, { documentLoader: foreign })).verified).toBe(true);
      const tampered = structuredClone(fast);
      (achievementOf(tampered).microCredential as { workload: { ects: number } }).workload.ects += 1;
      expect((await suite.verify(tampered, { documentLoader: loader })).verified).toBe(false);
      expect((await suite.verify(tampered, { documentLoader: foreign })).verified).toBe(false);
    }
  });

  it('ecdsa-rdfc-2019 proofs made on the fast path verify on the normal path and back', async () => {
    const key = await generateKey({ suite: 'ecdsa-rdfc-2019' });
    const signer = await signerFromKeyFile(key);
    const credential = toOpenBadge(example('am-data-analytics'), { issuer: key.controller }) as unknown as JsonObject;
    const loader = createDocumentLoader();
    const foreign: DocumentLoader = (url) => loader(url);
    const suite = createEcdsaRdfc2019Suite();
    const fast = await suite.issue(credential, { signer, documentLoader: loader, created });
    expect(loader[EXPANDED_ACHIEVEMENTS]!.size).toBe(1);
    const normal = await suite.issue(credential, { signer, documentLoader: foreign, created });
    expect((await suite.verify(fast, { documentLoader: foreign })).verified).toBe(true);
    expect((await suite.verify(normal, { documentLoader: loader })).verified).toBe(true);
    const tampered = structuredClone(normal);
    achievementOf(tampered).name = 'Another course';
    expect((await suite.verify(tampered, { documentLoader: loader })).verified).toBe(false);
  });
});

describe('split canonicalization: the cache', () => {
  it('belongs to its loader', async () => {
    const a = createDocumentLoader();
    const b = createDocumentLoader();
    expect(a[EXPANDED_ACHIEVEMENTS]).not.toBe(b[EXPANDED_ACHIEVEMENTS]);
    const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    const credential = toOpenBadge(example('ge-ai-research'), { issuer: key.controller }) as unknown as JsonObject;
    await createEddsaRdfc2022Suite().issue(credential, { signer: await signerFromKeyFile(key), documentLoader: a });
    expect(a[EXPANDED_ACHIEVEMENTS]!.size).toBe(1);
    expect(b[EXPANDED_ACHIEVEMENTS]!.size).toBe(0);
  });

  it('is bounded', async () => {
    const loader = createDocumentLoader();
    const own = loader[EXPANDED_ACHIEVEMENTS]!;
    for (let i = 0; i < EXPANDED_ACHIEVEMENTS_MAX + 10; i++) own.set(`k${i}`, {});
    expect(own.size).toBe(EXPANDED_ACHIEVEMENTS_MAX);
    const small = new LruMap<string, unknown>(2);
    for (const name of ['A', 'B', 'C']) {
      const vc = georgian();
      achievementOf(vc).name = name;
      expect(await canonizeSplit(full, vc, options(loader), small)).toBe(await full(vc, options(loader)));
    }
    expect(small.size).toBe(2);
  });

  it('never answers one achievement (or context list) with another one’s entry', async () => {
    const loader = createDocumentLoader();
    const cache = new LruMap<string, unknown>(8);
    const base = georgian();
    const changed = georgian();
    ((achievementOf(changed).microCredential as { title: Record<string, string> }).title).ka += '!';
    const v1 = toOpenBadge(example('ge-ai-research'), { issuer: ISSUER, vcVersion: '1.1' }) as unknown as JsonObject;
    const results: string[] = [];
    for (const vc of [base, changed, v1, base, changed, v1]) {
      const fast = await canonizeSplit(full, vc, options(loader), cache);
      expect(fast).toBe(await full(vc, options(loader)));
      results.push(fast!);
    }
    expect(new Set(results).size).toBe(3);
    expect(cache.size).toBe(3);
  });
});

describeWithSpecs('split canonicalization: the 1EdTech OB 3.0 eddsa-rdfc-2022 test vector', (specs) => {
  it('gives the vector\'s document N-Quads on the fast path', async () => {
    const dir = `${specs}/ob3/test-vectors`;
    const vector = JSON.parse(readFileSync(`${dir}/obv3p0-eddsa-rdfc-2022.json`, 'utf8')) as { unsignedCredential: JsonObject; documentCanonFile: string };
    const loader = createDocumentLoader();
    const fast = await canonizeSplit(full, vector.unsignedCredential, options(loader), new LruMap<string, unknown>(2));
    expect(fast).toBe(readFileSync(`${dir}/${vector.documentCanonFile}`, 'utf8'));
  });
});
