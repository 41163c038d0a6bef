/**
 * The patched expansion (src/jsonld) shares active contexts — across nodes, documents and calls —
 * which is sound only if jsonld never mutates an active context after returning it (nor a term
 * definition once made). Here every context the expansion starts from or gets back is frozen
 * (object, term map, term definitions, protected map, previous contexts): any later write
 * throws (jsonld's code is strict mode), and the output must still equal jsonld's own.
 * Also: the memo's bounds, and that safe-mode events are raised on every call, memo or not.
 */
import fc from 'fast-check';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { createDocumentLoader, toOpenBadge } from '../../src/index.js';
import { toElm } from '../../src/elm.js';
import type { ActiveContext } from '../../src/jsonld/active-context.js';
import { CONTEXT_MEMO_MAX, ContextMemo } from '../../src/jsonld/context-memo.js';
import { CONTEXT_MEMO, expand } from '../../src/jsonld/index.js';
import { microCredentialArb } from '../helpers/arbitraries.js';
import { example } from '../helpers/fixtures.js';
import { sharedSpecsDir } from '../helpers/shared-specs.js';
import { elmContexts, thirdPartyCredentials } from './differential-helpers.js';

const specs = sharedSpecsDir();
const loader = createDocumentLoader({ extraContexts: elmContexts(specs) });
const options = { documentLoader: loader, base: null, safe: true };

const refuse = (what: string) => () => {
  throw new TypeError(`jsonld mutated a returned active context (${what})`);
};

function freezeDeep(value: unknown, seen: Set<unknown>): void {
  // Frozen already: by an earlier call here, or a loader's deep-frozen context document.
  if (typeof value !== 'object' || value === null || seen.has(value) || Object.isFrozen(value)) return;
  seen.add(value);
  if (value instanceof Map) {
    for (const [, v] of value) freezeDeep(v, seen);
    Object.defineProperties(value, { set: { value: refuse('Map.set') }, delete: { value: refuse('Map.delete') }, clear: { value: refuse('Map.clear') } });
  } else {
    for (const v of Object.values(value)) freezeDeep(v, seen);
  }
  Object.freeze(value);
}

/** Freezes an active context and all it holds (expansion never fills the lazy `inverse` of compaction). */
function freezeContext(context: ActiveContext): ActiveContext {
  freezeDeep(context, new Set());
  return context;
}

async function frozenExpand(document: unknown): Promise<unknown> {
  try {
    return await expand(structuredClone(document), { ...options }, { seen: freezeContext });
  } catch (error) {
    if (error instanceof TypeError && /mutated|read only|read-only|not extensible|Cannot (assign|add|define|delete)/.test(error.message)) throw error;
    return { error: String((error as Error).message) };
  }
}

async function pristineExpand(document: unknown): Promise<unknown> {
  try {
    return await jsonld.expand(structuredClone(document), { ...options });
  } catch (error) {
    return { error: String((error as Error).message) };
  }
}

describe('jsonld never mutates an active context after returning it', () => {
  it('the examples, VC 1.1, ELM and third-party credentials expand the same with every context frozen', async () => {
    const docs: unknown[] = [example('ge-ai-research'), example('am-data-analytics')].flatMap((mc) => [
      toOpenBadge(mc, { issuer: 'did:example:i' }),
      toOpenBadge(mc, { issuer: 'did:example:i', vcVersion: '1.1' }),
      ...(specs ? [toElm(mc, { issuer: 'did:example:i' })] : []),
    ]);
    docs.push(...thirdPartyCredentials(specs).map(([, doc]) => doc));
    for (const doc of docs) {
      // Twice: the second run gets its contexts from the memo, already frozen.
      for (let i = 0; i < 2; i++) expect(await frozenExpand(doc)).toEqual(await pristineExpand(doc));
    }
  });

  it('generated credentials expand the same with every context frozen', async () => {
    await fc.assert(
      fc.asyncProperty(microCredentialArb, fc.boolean(), async (mc, v1) => {
        const doc = toOpenBadge(mc, { issuer: 'did:example:i', vcVersion: v1 ? '1.1' : '2.0' });
        expect(await frozenExpand(doc)).toEqual(await pristineExpand(doc));
      }),
      { numRuns: 25, seed: 1719 },
    );
  });
});

describe('the context memo', () => {
  it('a full shared memo starts over; a full per-call memo stops recording', () => {
    const context = {} as ActiveContext;
    const shared = new ContextMemo({ max: 3, whenFull: 'reset' });
    for (let i = 0; i < 3; i++) shared.set(context, `url:${i}`, 'f', context);
    expect(shared.size).toBe(3);
    shared.set(context, 'url:3', 'f', context);
    expect(shared.size).toBe(1);
    expect(shared.get(context, 'url:0', 'f')).toBeUndefined();
    expect(shared.get(context, 'url:3', 'f')).toBe(context);
    const local = new ContextMemo({ max: 2, whenFull: 'stop' });
    for (let i = 0; i < 5; i++) local.set(context, `url:${i}`, 'f', context);
    expect(local.size).toBe(2);
    expect(local.get(context, 'url:4', 'f')).toBeUndefined();
  });

  it(`a loader's memo stays within ${CONTEXT_MEMO_MAX} entries, however many distinct scoped contexts documents bring`, async () => {
    const own = createDocumentLoader();
    const memo = own[CONTEXT_MEMO]!;
    const base = toOpenBadge(example('ge-ai-research'), { issuer: 'did:example:i' }) as unknown as Record<string, unknown>;
    for (let i = 0; i < CONTEXT_MEMO_MAX + 50; i += 25) {
      // 25 distinct inline contexts per document, one per node of a list.
      const items = Array.from({ length: 25 }, (_, j) => ({ '@context': { [`t${i + j}`]: `https://example.org/t${i + j}` }, [`t${i + j}`]: 'v' }));
      await expand({ ...base, evidence: items }, { documentLoader: own, base: null, safe: true });
      expect(memo.size).toBeLessThanOrEqual(CONTEXT_MEMO_MAX);
    }
  });

  it('raises a safe-mode error from context processing on every call, not only the first', async () => {
    const url = 'https://example.org/reserved-term-context';
    const own = createDocumentLoader({
      extraContexts: { [url]: { '@context': { Thing: { '@id': 'https://example.org/Thing', '@context': { '@reserved': 'https://example.org/r', name: 'https://example.org/name' } } } } },
    });
    const doc = { '@context': [url], '@type': 'Thing', name: 'x' };
    for (let i = 0; i < 3; i++) {
      const pristine = await jsonld.expand(structuredClone(doc), { documentLoader: own, safe: true }).then(() => 'ok', (e: Error) => e.message);
      const patched = await expand(structuredClone(doc), { documentLoader: own, safe: true }).then(() => 'ok', (e: Error) => e.message);
      expect(pristine).not.toBe('ok');
      expect(patched).toBe(pristine);
    }
    // Without safe mode both accept it, and agree.
    expect(await expand(structuredClone(doc), { documentLoader: own })).toEqual(await jsonld.expand(structuredClone(doc), { documentLoader: own }));
  });

  it('documents a loader does not tag `static` are memoised for their own call only', async () => {
    const url = 'https://example.org/changing';
    let version = 0;
    const changing = Object.assign(async (u: string) => {
      if (u !== url) return loader(u);
      version++;
      return { contextUrl: null, documentUrl: u, document: { '@context': { name: `https://example.org/v${version}/name` } } };
    }, { [CONTEXT_MEMO]: new ContextMemo({ whenFull: 'reset' }) });
    const doc = { '@context': url, name: 'x' };
    const first = await expand(structuredClone(doc), { documentLoader: changing });
    const second = await expand(structuredClone(doc), { documentLoader: changing });
    expect(JSON.stringify(first)).toContain('/v1/name');
    expect(JSON.stringify(second)).toContain('/v2/name');
  });
});
