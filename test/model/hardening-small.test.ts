import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMicroCredential } from '../../src/issue/create-micro-credential.js';
import { generateKey } from '../../src/keys/generate.js';
import { checkInput, jsonNodesExceed } from '../../src/model/guard.js';
import { validateMicroCredential } from '../../src/model/validate.js';
import { isNonPublicAddress } from '../../src/resolver/index.js';
import { createStatusService } from '../../src/status/service.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { example } from '../helpers/fixtures.js';

describe('validateMicroCredential never throws', () => {
  it('returns an error for a Proxy whose traps throw, and for a revoked Proxy', () => {
    const hostile = new Proxy({}, { getPrototypeOf: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } });
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const getter = new Proxy({ ...example('ge-ai-research') }, { get: () => { throw new Error('trap'); } });
    for (const input of [hostile, revoked, getter]) {
      const result = validateMicroCredential(input);
      expect(result.valid).toBe(false);
      expect(result.errors[0]!.code).toBe('INPUT_NOT_JSON');
    }
  });
});

describe('node count is bounded before work is done', () => {
  it('refuses a 2,000,000-element array when it meets the array, before listing its elements', () => {
    const big = { title: new Array(2_000_000).fill(0) };
    let reads = 0;
    const counted = new Proxy(big.title, { getOwnPropertyDescriptor: (t, k) => { reads += 1; return Reflect.getOwnPropertyDescriptor(t, k); } });
    expect(checkInput({ title: counted })).toEqual([expect.objectContaining({ code: 'INPUT_TOO_LARGE' })]);
    expect(reads).toBe(0); // no element was read
  });

  it('refuses JSON text with more values than the limit without parsing it', () => {
    const text = `{"a":[${'0,'.repeat(200_000)}0]}`;
    expect(jsonNodesExceed(text, 100_000)).toBe(true);
    expect(jsonNodesExceed('{"a":"x,y,[,{"}', 2)).toBe(false); // commas in strings do not count
    expect(validateMicroCredential(text).errors[0]).toMatchObject({ code: 'INPUT_TOO_LARGE', message: 'The document has more than 100000 values.' });
  });
});

describe('smaller API edges', () => {
  it('generateKey({}) and generateKey() default to eddsa-rdfc-2022', async () => {
    expect((await generateKey({})).suite).toBe('eddsa-rdfc-2022');
    expect((await generateKey()).suite).toBe('eddsa-rdfc-2022');
  });

  it('a status service passed without await is a clear error, not a TypeError', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'microcred-await-'));
    const store = await openSqliteStore({ dataDir: dir });
    const key = await generateKey();
    const pending = createStatusService({ store, key, publicBaseUrl: 'https://badges.example.edu' });
    const failed = createMicroCredential(example('ge-ai-research'), { key, profile: 'ge', status: { service: pending as never } });
    await expect(failed).rejects.toMatchObject({ code: 'ERR_STATUS_OPTIONS', message: expect.stringContaining('await createStatusService') });
    await pending;
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('local-use NAT64 and other IANA special-purpose IPv6 ranges are non-public', () => {
    for (const a of ['64:ff9b:1::a00:1', '64:ff9b:1::808:808', '3fff::1', '5f00::1', '2001:2::1', '2001:10::1']) expect(isNonPublicAddress(a), a).toBe(true);
    for (const a of ['0.1.2.3', '100.64.0.1', '192.0.0.8', '198.18.0.1', '240.0.0.1', '::ffff:127.0.0.1', '64:ff9b::7f00:1', 'fd00::1', 'fe80::1']) expect(isNonPublicAddress(a), a).toBe(true);
    expect(isNonPublicAddress('64:ff9b::808:808')).toBe(false);
  });
});
