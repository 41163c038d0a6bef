/**
 * Type-level tests: the overloads of createMicroCredential and generateKey, checked by `tsc`
 * (`npm test` type-checks test/ before running vitest), plus a run of each case so the types
 * are seen to match what comes back.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createMicroCredential, type SignedOpenBadgeCredential } from '../../src/issue/create-micro-credential.js';
import { generateKey } from '../../src/keys/generate.js';
import { importKey } from '../../src/keys/import.js';
import { parseKeyFile } from '../../src/keys/parse.js';
import { signerFromKeyFile } from '../../src/keys/signer.js';
import type { KeyFile, SuiteName } from '../../src/keys/types.js';
import { ProfileRegistry } from '../../src/profiles/registry.js';
import { createSuiteRegistry } from '../../src/suites/registry.js';
import type { JadesDocument } from '../../src/seal/types.js';
import { example } from '../helpers/fixtures.js';

describe('types: generateKey', () => {
  it('types the key file by its suite, defaulting to eddsa-rdfc-2022', async () => {
    const key = await generateKey();
    expectTypeOf(key).toEqualTypeOf<KeyFile<'eddsa-rdfc-2022'>>();
    expectTypeOf(await generateKey({ suite: 'vc-jwt', alg: 'ES256' })).toEqualTypeOf<KeyFile<'vc-jwt'>>();
    expectTypeOf(await generateKey({ suite: 'ecdsa-rdfc-2019' })).toEqualTypeOf<KeyFile<'ecdsa-rdfc-2019'>>();
    expect(key.suite).toBe('eddsa-rdfc-2022');
  });

  it('rejects unknown suites and algorithms the suite cannot sign with', async () => {
    // @ts-expect-error not a suite: a typo of eddsa-rdfc-2022
    await expect(generateKey({ suite: 'eddsa-rdfc-2023' })).rejects.toMatchObject({ code: 'ERR_KEY_ALG_UNSUPPORTED' });
    // @ts-expect-error eddsa-rdfc-2022 signs with EdDSA only
    await expect(generateKey({ suite: 'eddsa-rdfc-2022', alg: 'ES256' })).rejects.toMatchObject({ code: 'ERR_KEY_ALG_UNSUPPORTED' });
    // @ts-expect-error not an algorithm
    await expect(generateKey({ suite: 'vc-jwt', alg: 'HS256' })).rejects.toMatchObject({ code: 'ERR_KEY_ALG_UNSUPPORTED' });
    // An imported key is typed by the suite given, too.
    const imported = await importKey({ privateKeyJwk: (await generateKey()).privateKeyJwk }, { suite: 'eddsa-jcs-2022' });
    expectTypeOf(imported).toEqualTypeOf<KeyFile<'eddsa-jcs-2022'>>();
    expect(imported.suite).toBe('eddsa-jcs-2022');
    // A suite you register yourself needs its algorithm named, as at run time.
    expectTypeOf(await generateKey({ suite: 'my-suite', alg: 'EdDSA' })).toEqualTypeOf<KeyFile<'my-suite'>>();
  });
});

describe('types: createMicroCredential', () => {
  it('returns an object for embedded suites: credential.id compiles without narrowing', async () => {
    const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    const credential = await createMicroCredential(example('ge-ai-research'), { profile: 'ge', key });
    expectTypeOf(credential).toEqualTypeOf<SignedOpenBadgeCredential>();
    expectTypeOf(credential.id).toEqualTypeOf<string>();
    expect(credential.id).toMatch(/^urn:uuid:/);
    expect(credential.proof[0]?.cryptosuite).toBe('eddsa-rdfc-2022');

    // Named suite, over a key whose suite is unknown to the compiler.
    const loaded: KeyFile = parseKeyFile(JSON.stringify(await generateKey({ suite: 'eddsa-jcs-2022' })));
    const jcs = await createMicroCredential(example('ge-ai-research'), { profile: 'ge', key: loaded, suite: 'eddsa-jcs-2022' });
    expectTypeOf(jcs).toEqualTypeOf<SignedOpenBadgeCredential>();
    expect(jcs.proof[0]?.cryptosuite).toBe('eddsa-jcs-2022');

    // A signer alone: the default suite, an object.
    const signed = await createMicroCredential(example('ge-ai-research'), { profile: 'ge', signer: await signerFromKeyFile(key) });
    expectTypeOf(signed).toEqualTypeOf<SignedOpenBadgeCredential>();
    expect(Array.isArray(signed.proof)).toBe(true);
  });

  it('returns a string for vc-jwt, from the suite or from the key', async () => {
    const key = await generateKey({ suite: 'vc-jwt', alg: 'ES256' });
    const jwt = await createMicroCredential(example('ge-ai-research'), { profile: 'ge', key });
    expectTypeOf(jwt).toEqualTypeOf<string>();
    expect(jwt.split('.')).toHaveLength(3);
    const ed = await generateKey({ suite: 'eddsa-rdfc-2022' });
    expectTypeOf(createMicroCredential(example('ge-ai-research'), { key: ed, suite: 'vc-jwt' })).toEqualTypeOf<Promise<string>>();
  });

  it('returns the union only when the suite is not known to the compiler', () => {
    const key = {} as KeyFile;
    const suite = 'eddsa-rdfc-2022' as SuiteName;
    expectTypeOf(createMicroCredential).parameter(1).not.toBeAny();
    type Result<T> = T extends Promise<infer R> ? R : never;
    const lazy = () => createMicroCredential({}, { key });
    expectTypeOf<Result<ReturnType<typeof lazy>>>().toEqualTypeOf<SignedOpenBadgeCredential | string>();
    const custom = () => createMicroCredential({}, { key, suite, suites: createSuiteRegistry() });
    expectTypeOf<Result<ReturnType<typeof custom>>>().toEqualTypeOf<SignedOpenBadgeCredential | string>();
    const elm = () => createMicroCredential({}, { format: 'elm', key });
    expectTypeOf<Result<ReturnType<typeof elm>>>().toEqualTypeOf<JadesDocument>();
  });

  it('types suite and profile names as literal unions open to custom names', () => {
    const key = {} as KeyFile<'eddsa-rdfc-2022'>;
    // Custom names stay accepted (registered suites and profiles)...
    const custom = () => createMicroCredential({}, { key, suite: 'my-suite', profile: 'nzqa@1.0.0', profiles: new ProfileRegistry() });
    expectTypeOf(custom).toBeFunction();
    // ...but a value that is no name at all is not.
    // @ts-expect-error a suite name is a string
    const bad = () => createMicroCredential({}, { key, suite: 2022 });
    expectTypeOf(bad).toBeFunction();
    // @ts-expect-error the format is ob3 or elm
    const format = () => createMicroCredential({}, { key, format: 'pdf' });
    expectTypeOf(format).toBeFunction();
  });
});
