import { afterEach, describe, expect, it, vi } from 'vitest';
import { verify } from '../../src/index.js';

describe('verify() input bounds', () => {
  afterEach(() => vi.restoreAllMocks());

  it('refuses JSON text with more values than maxNodes before JSON.parse builds them', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const text = `[${'0,'.repeat(1_999_999)}0]`; // 2,000,000 values in 4 MB
    const report = await verify(text);
    expect(report.verified).toBe(false);
    expect(report.checks[0]).toMatchObject({ id: 'parse', status: 'fail', code: 'ERR_INPUT_TOO_LARGE' });
    expect(parse.mock.calls.filter(([arg]) => arg === text.trim())).toEqual([]);
  });

  it('takes a lower node limit from the options', async () => {
    const report = await verify(JSON.stringify({ a: [1, 2, 3, 4, 5] }), { limits: { maxNodes: 4 } });
    expect(report.checks[0]).toMatchObject({ status: 'fail', code: 'ERR_INPUT_TOO_LARGE' });
  });
});
