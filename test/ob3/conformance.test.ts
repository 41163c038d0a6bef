import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { type SignedCredential, createMicroCredential, generateKey, verify } from '../../src/index.js';
import { microCredentialArb } from '../helpers/arbitraries.js';
import fc from 'fast-check';
import { example } from '../helpers/fixtures.js';
import { sharedSpecsDir } from '../helpers/shared-specs.js';

const specs = sharedSpecsDir();

/** The official 1EdTech AchievementCredential schema (draft 2019-09), read from ../shared/specs at test time. */
function officialValidator() {
  const dir = `${specs}/ob3/schema/`;
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats.default(ajv);
  for (const file of readdirSync(dir)) {
    if (file !== 'achievementcredential.json') ajv.addSchema(JSON.parse(readFileSync(dir + file, 'utf8')));
  }
  return ajv.compile(JSON.parse(readFileSync(`${dir}achievementcredential.json`, 'utf8')));
}

describe.runIf(specs)('official Open Badges 3.0 conformance', () => {
  const validate = specs ? officialValidator() : undefined;

  it('every signed credential the project issues validates against achievementcredential.json', async () => {
    for (const suite of ['eddsa-rdfc-2022', 'eddsa-jcs-2022', 'Ed25519Signature2020', 'ecdsa-rdfc-2019'] as const) {
      const key = await generateKey({ suite });
      for (const [name, profile] of [['ge-ai-research', 'ge'], ['am-data-analytics', 'am']] as const) {
        const credential = (await createMicroCredential(example(name), { profile, key })) as SignedCredential;
        expect(validate!(credential), `${suite} ${name}: ${JSON.stringify(validate!.errors)}`).toBe(true);
        expect(Array.isArray(credential.proof)).toBe(true);
      }
    }
  });

  it('the payload of a VC-JWT validates too', async () => {
    const key = await generateKey({ suite: 'vc-jwt' });
    const jwt = await createMicroCredential(example('ge-ai-research'), { profile: 'ge', key });
    const report = await verify(jwt);
    expect(validate!(report.credential)).toBe(true);
  });

  it('arbitrary micro-credentials, signed, validate', async () => {
    const key = await generateKey({ suite: 'eddsa-jcs-2022' });
    await fc.assert(
      fc.asyncProperty(microCredentialArb, async (doc) => {
        const credential = await createMicroCredential(doc, { key, profile: { id: 'none', version: '1.0.0', title: 'schema only', rules: [] } });
        expect(validate!(credential), JSON.stringify(validate!.errors)).toBe(true);
      }),
      { numRuns: 40, seed: 1003 },
    );
  });
});
