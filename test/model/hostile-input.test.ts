import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { validateMicroCredential } from '../../src/index.js';
import { example } from '../helpers/fixtures.js';

const codes = (input: unknown, options = {}) => validateMicroCredential(input, options).errors.map((e) => e.code);

describe('hostile input', () => {
  it('rejects what is not an object', () => {
    for (const input of [null, undefined, 42, true, [], [example('ge-ai-research')], 'not json', '"a string"']) {
      const result = validateMicroCredential(input);
      expect(result.valid).toBe(false);
      expect(result.errors[0]!.code).toMatch(/^INPUT_NOT_(OBJECT|JSON)$/);
    }
  });

  it('accepts JSON text', () => {
    expect(validateMicroCredential(JSON.stringify(example('ge-ai-research')), { profile: 'ge' }).valid).toBe(true);
  });

  it('refuses a 10 MB string quickly, as an object field or as JSON text', () => {
    const doc = example('ge-ai-research') as unknown as Record<string, unknown>;
    doc.title = { en: 'x'.repeat(10 * 1024 * 1024) };
    const text = JSON.stringify(doc);
    // Work done, not time taken: the text is refused without being parsed.
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(codes(doc)).toEqual(['INPUT_TOO_LARGE']);
      expect(codes(text)).toEqual(['INPUT_TOO_LARGE']);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('refuses 1,000-deep nesting without recursion', () => {
    let deep: unknown = {};
    for (let i = 0; i < 1000; i++) deep = { a: deep };
    const doc = { ...example('ge-ai-research'), learner: deep };
    expect(codes(doc)).toEqual(['INPUT_TOO_DEEP']);
    let text = '';
    for (let i = 0; i < 100_000; i++) text += '[';
    expect(codes(text)[0]).toMatch(/INPUT_(NOT_JSON|TOO_DEEP|TOO_LARGE)/);
  });

  it('refuses __proto__, constructor and prototype keys and pollutes nothing', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const doc = JSON.parse(`{"learner":{"name":"x","${key}":{"polluted":true}}}`);
      expect(codes(doc)).toEqual(['INPUT_FORBIDDEN_KEY']);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses cycles, accessors, class instances and non-JSON numbers', () => {
    const cyclic: Record<string, unknown> = { title: { en: 'x' } };
    cyclic.self = cyclic;
    expect(codes(cyclic)).toEqual(['INPUT_CYCLE']);
    expect(codes({ get title() { throw new Error('boom'); } })).toEqual(['INPUT_NOT_JSON']);
    expect(codes({ dateOfIssuing: new Date() })).toEqual(['INPUT_NOT_JSON']);
    expect(codes({ workload: { ects: Number.NaN } })).toEqual(['INPUT_NOT_JSON']);
    expect(codes({ workload: { ects: 10n } })).toEqual(['INPUT_NOT_JSON']);
  });

  it('honours custom limits', () => {
    expect(codes(example('ge-ai-research'), { limits: { maxDepth: 3 } })).toEqual(['INPUT_TOO_DEEP']);
    expect(codes(example('ge-ai-research'), { limits: { maxBytes: 1000 } })).toEqual(['INPUT_TOO_LARGE']);
    expect(codes(example('ge-ai-research'), { limits: { maxNodes: 10 } })).toEqual(['INPUT_TOO_LARGE']);
  });

  it('never throws on arbitrary JSON values, and reports every issue with code and pointer', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom('eu', 'ge', 'am'), (value, profile) => {
        const result = validateMicroCredential(value, { profile });
        for (const issue of [...result.errors, ...result.warnings]) {
          expect(issue.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
          expect(issue.pointer === '' || issue.pointer.startsWith('/')).toBe(true);
          expect(issue.message.length).toBeGreaterThan(0);
        }
        return result.valid === false || (typeof value === 'object' && value !== null);
      }),
      { numRuns: 300, seed: 1001 },
    );
  });

  it('never throws when any field of a valid document is replaced by any value', () => {
    const base = example('ge-ai-research') as unknown as Record<string, unknown>;
    const paths: string[][] = [];
    const walk = (node: unknown, path: string[]) => {
      if (path.length) paths.push(path);
      if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
    };
    walk(base, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined)), (path, replacement) => {
        const doc = structuredClone(base);
        let node: Record<string, unknown> = doc;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
        const last = path.at(-1)!;
        if (replacement === undefined) delete node[last];
        else node[last] = replacement;
        const result = validateMicroCredential(doc, { profile: 'ge' });
        expect(typeof result.valid).toBe('boolean');
      }),
      { numRuns: 500, seed: 1002 },
    );
  });

  it('finds a wrong type anywhere with a pointer to it', () => {
    const doc = example('am-data-analytics') as unknown as Record<string, unknown>;
    (doc.workload as Record<string, unknown>).ects = 'ten';
    (doc.learningOutcomes as Array<Record<string, unknown>>)[2]!.category = 'attitudes';
    const result = validateMicroCredential(doc, { profile: 'am' });
    expect(result.errors.map((e) => [e.code, e.pointer])).toEqual(
      expect.arrayContaining([
        ['WRONG_TYPE', '/workload/ects'],
        ['NOT_ALLOWED_VALUE', '/learningOutcomes/2/category'],
      ]),
    );
  });
});
