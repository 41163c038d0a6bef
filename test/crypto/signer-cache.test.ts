import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMicroCredential, verify } from '../../src/index.js';
import { generateKey, type KeyFile } from '../../src/keys/index.js';
import { cachedSignerFromKeyFile } from '../../src/keys/signer-cache.js';
import { createSuiteRegistry, defaultSuiteRegistry } from '../../src/suites/registry.js';

const example = JSON.parse(readFileSync(new URL('../../examples/ge-ai-research.json', import.meta.url), 'utf8'));

describe('cachedSignerFromKeyFile', () => {
  it('imports one key-file object once', async () => {
    const key = await generateKey({ suite: 'eddsa-jcs-2022' });
    const first = await cachedSignerFromKeyFile(key);
    expect(await cachedSignerFromKeyFile(key)).toBe(first);
  });

  it('never hands one key file the signer of another, even with equal contents', async () => {
    const key = await generateKey({ suite: 'eddsa-jcs-2022' });
    const copy = structuredClone(key);
    const other = await generateKey({ suite: 'eddsa-jcs-2022' });
    const signer = await cachedSignerFromKeyFile(key);
    expect(await cachedSignerFromKeyFile(copy)).not.toBe(signer);
    expect((await cachedSignerFromKeyFile(other)).id).toBe(other.id);
  });

  it('imports a key file edited in place afresh', async () => {
    const key: KeyFile = await generateKey({ suite: 'eddsa-jcs-2022' });
    const before = await cachedSignerFromKeyFile(key);
    const other = await generateKey({ suite: 'eddsa-jcs-2022' });
    Object.assign(key, other); // every member of another key, in place
    const after = await cachedSignerFromKeyFile(key);
    expect(after).not.toBe(before);
    expect(after.id).toBe(other.id);
    const signed = await createMicroCredential(example, { key, profile: 'ge' });
    expect((signed as unknown as { issuer: { id: string } }).issuer.id).toBe(other.controller);
    expect((await verify(signed, { profile: 'ge' })).verified).toBe(true);
  });

  it('keeps no failure: a broken key file throws the same KeyError every time', async () => {
    const key = { ...(await generateKey({ suite: 'eddsa-jcs-2022' })), id: 'not-an-id' };
    for (let i = 0; i < 2; i++) await expect(cachedSignerFromKeyFile(key)).rejects.toMatchObject({ code: 'ERR_KEY_FILE_INVALID', pointer: '/id' });
    await expect(cachedSignerFromKeyFile('{')).rejects.toMatchObject({ code: 'ERR_KEY_FILE_INVALID' });
  });
});

describe('defaultSuiteRegistry', () => {
  it('is built once and read-only', () => {
    const suites = defaultSuiteRegistry();
    expect(defaultSuiteRegistry()).toBe(suites);
    expect(suites.names()).toEqual(createSuiteRegistry().names());
    expect(() => suites.register(createSuiteRegistry().get('vc-jwt'), { replace: true })).toThrow(expect.objectContaining({ code: 'ERR_SUITE_REGISTRY_READ_ONLY' }));
    expect(Object.isFrozen(suites)).toBe(true);
  });

  it('is not what createSuiteRegistry returns: each of those stays independent', () => {
    const a = createSuiteRegistry();
    expect(a.get('eddsa-jcs-2022')).not.toBe(defaultSuiteRegistry().get('eddsa-jcs-2022'));
  });
});
