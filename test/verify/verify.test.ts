import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type KeyFile, type SignedCredential, createMicroCredential, generateKey, verify } from '../../src/index.js';
import { example } from '../helpers/fixtures.js';

const checkOf = (report: Awaited<ReturnType<typeof verify>>, id: string) => report.checks.find((c) => c.id === id);

describe('verify()', () => {
  let key: KeyFile;
  let signed: SignedCredential;
  beforeAll(async () => {
    key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    signed = (await createMicroCredential(example('ge-ai-research'), { profile: 'ge', key })) as SignedCredential;
  });

  it('verifies what createMicroCredential issued, with every check in the report', async () => {
    const report = await verify(signed);
    expect(report.verified).toBe(true);
    expect(report.format).toBe('ob3');
    expect(report.suite).toBe('eddsa-rdfc-2022');
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['parse', 'pass'], ['proof', 'pass'], ['status', 'pass'], ['validity-period', 'pass'], ['schema', 'pass'], ['profile', 'pass'], ['issuer-trust', 'warn'],
    ]);
    // Nothing vouches for a freshly generated key, whatever name its issuer profile claims.
    expect(report.verdict).toBe('authentic-unrecognised-issuer');
    expect(checkOf(report, 'issuer-trust')).toMatchObject({ code: 'WARN_ISSUER_NOT_CHECKED', message: expect.stringContaining('anyone can create a key and call themselves a university') });
    expect((await verify(signed, { trust: { trusted: [key.controller] } })).verdict).toBe('verified');
    expect((await verify(signed, { trust: { trusted: ['did:web:other.example'] } })).verdict).toBe('authentic-unrecognised-issuer');
    expect((await verify(signed, { trust: { distrusted: [key.controller] } })).verdict).toBe('not-verified');
    expect((await verify('garbage')).verdict).toBe('not-verified');
    expect(report.microCredential).toEqual(example('ge-ai-research'));
    expect(report.issuer).toEqual({ id: key.controller, name: 'Example State University' });
    expect(report.credential).toEqual(signed);
  });

  it('accepts JSON text', async () => {
    expect((await verify(JSON.stringify(signed))).verified).toBe(true);
  });

  it('checks the validity period at a given time, with clock skew', async () => {
    const early = await verify(signed, { at: '2025-10-19T00:00:00Z' });
    expect(early.verified).toBe(false);
    expect(checkOf(early, 'validity-period')).toMatchObject({ status: 'fail', code: 'ERR_NOT_YET_VALID' });
    expect((await verify(signed, { at: '2025-10-19T23:58:00Z' })).verified).toBe(true);
    expect((await verify(signed, { at: '2025-10-19T23:58:00Z', clockSkewSeconds: 0 })).verified).toBe(false);
    const expiring = (await createMicroCredential({ ...example('am-data-analytics'), validUntil: '2026-06-30' }, { key })) as SignedCredential;
    const expired = await verify(expiring, { at: '2026-07-01T00:00:00Z' });
    expect(checkOf(expired, 'validity-period')).toMatchObject({ status: 'fail', code: 'ERR_EXPIRED' });
  });

  it('checks issuer trust: trusted passes, unknown warns, distrusted fails', async () => {
    expect(checkOf(await verify(signed, { trust: { trusted: [key.controller] } }), 'issuer-trust')!.status).toBe('pass');
    const unknown = await verify(signed, { trust: { trusted: ['did:web:other.example'] } });
    expect(unknown.verified).toBe(true);
    expect(checkOf(unknown, 'issuer-trust')).toMatchObject({ status: 'warn', code: 'WARN_ISSUER_UNKNOWN' });
    const distrusted = await verify(signed, { trust: { distrusted: [key.controller] } });
    expect(distrusted.verified).toBe(false);
    expect(checkOf(distrusted, 'issuer-trust')).toMatchObject({ status: 'fail', code: 'ERR_ISSUER_DISTRUSTED' });
  });

  it('checks the profile asked for', async () => {
    const am = await createMicroCredential(example('am-data-analytics'), { profile: 'am', key });
    const report = await verify(am, { profile: 'ge' });
    expect(report.verified).toBe(false);
    expect(checkOf(report, 'profile')).toMatchObject({ status: 'fail', code: 'ERR_PROFILE' });
    expect(checkOf(report, 'profile')!.message).toContain('NQF levels 6–7');
  });

  it('verifies with every suite, and VC 1.1 output', async () => {
    for (const suite of ['eddsa-jcs-2022', 'Ed25519Signature2020', 'ecdsa-rdfc-2019', 'vc-jwt'] as const) {
      const suiteKey = await generateKey({ suite });
      const credential = await createMicroCredential(example('am-data-analytics'), { profile: 'am', key: suiteKey });
      const report = await verify(credential);
      expect(report.checks.filter((c) => c.status === 'fail'), suite).toEqual([]);
      expect(report.suite).toBe(suite);
      expect(report.microCredential).toEqual(example('am-data-analytics'));
    }
    const legacy = await createMicroCredential(example('am-data-analytics'), { key, vcVersion: '1.1' });
    const report = await verify(legacy);
    expect(checkOf(report, 'proof')!.status).toBe('pass');
    expect(checkOf(report, 'validity-period')!.status).toBe('pass');
  });

  it('fails hostile and malformed input with a reason, never throws', async () => {
    const cases: unknown[] = [
      undefined, null, 42, 'not json', '{', [], {}, { proof: 'x' },
      'x'.repeat(5 * 1024 * 1024),
      JSON.parse(`{"__proto__": {"polluted": true}, "proof": []}`),
      'eyJhbGciOiJub25lIn0.eyJ2YyI6e319.',
      { ...signed, '@context': ['https://www.w3.org/ns/credentials/v2', 'https://evil.example/context.json'] },
      { ...signed, proof: [{ ...signed.proof[0], proofValue: 'z1111' }] },
      { ...signed, proof: { ...signed.proof[0] } },
      { ...signed, unknownTerm: 'dropped?' },
    ];
    for (const input of cases) {
      const report = await verify(input);
      expect(report.verified).toBe(false);
      expect(report.checks.some((c) => c.status === 'fail' && c.message.length > 0)).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an unknown context URL fails with a clear message', async () => {
    const report = await verify({ ...signed, '@context': [...(signed['@context'] as string[]), 'https://evil.example/context.json'] });
    expect(checkOf(report, 'proof')!.status).toBe('fail');
    expect(checkOf(report, 'proof')!.message).toContain('https://evil.example/context.json');
  });
});

/** Every leaf of a JSON value, as a path. */
function leaves(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [path];
}

function mutate(credential: object, path: Array<string | number>, replacement: unknown): object {
  const copy = structuredClone(credential) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (replacement === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = replacement;
  return copy;
}

describe('no mutation of a signed credential verifies (property)', () => {
  for (const [suite, runs] of [['eddsa-rdfc-2022', 40], ['eddsa-jcs-2022', 80], ['ecdsa-rdfc-2019', 20], ['Ed25519Signature2020', 20]] as const) {
    it(`${suite}: change or delete any value`, async () => {
      const key = await generateKey({ suite });
      const signed = (await createMicroCredential(example('am-data-analytics'), { key })) as SignedCredential;
      const paths = leaves(signed);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...paths),
          fc.oneof(fc.constant(undefined), fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
          async (path, replacement) => {
            let current: unknown = signed;
            for (const key of path) current = (current as Record<string | number, unknown>)[key];
            fc.pre(replacement !== current);
            const report = await verify(mutate(signed, path, replacement));
            expect(report.verified, `${path.join('.')} → ${JSON.stringify(replacement)}`).toBe(false);
          },
        ),
        { numRuns: runs, seed: 1019 },
      );
    });
  }

  it('vc-jwt: any changed character of the token fails', async () => {
    const key = await generateKey({ suite: 'vc-jwt' });
    const jwt = (await createMicroCredential(example('am-data-analytics'), { key })) as string;
    expect((await verify(jwt)).verified).toBe(true);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: jwt.length - 1 }), fc.constantFrom(...'ABCxyz019-_.'), async (index, char) => {
        fc.pre(jwt[index] !== char);
        const report = await verify(jwt.slice(0, index) + char + jwt.slice(index + 1));
        expect(report.verified).toBe(false);
      }),
      { numRuns: 60, seed: 1020 },
    );
  });
});

describe('plain Verifiable Credentials (not Open Badges)', () => {
  it('verify: the OB schema is skipped, validFrom is optional in VC 2.0, tampering still fails', async () => {
    const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    const { createSuiteRegistry, signerFromKeyFile } = await import('../../src/index.js');
    const unsigned = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential'],
      issuer: key.controller,
      credentialSubject: { id: 'did:example:learner', name: 'Nino Beridze' },
    };
    const signed = (await createSuiteRegistry().get('eddsa-rdfc-2022').issue(unsigned, { signer: await signerFromKeyFile(key) })) as SignedCredential;
    const report = await verify(signed);
    expect(report.verified).toBe(true);
    expect(report.checks.find((c) => c.id === 'schema')).toMatchObject({ status: 'skip' });
    expect(report.checks.find((c) => c.id === 'validity-period')).toMatchObject({ status: 'pass' });
    const tampered = { ...signed, credentialSubject: { id: 'did:example:learner', name: 'Someone Else' } };
    expect((await verify(tampered)).verified).toBe(false);
    const expired = await createSuiteRegistry().get('eddsa-rdfc-2022').issue({ ...unsigned, validUntil: '2020-01-01T00:00:00Z' }, { signer: await signerFromKeyFile(key) });
    expect((await verify(expired)).checks.find((c) => c.id === 'validity-period')).toMatchObject({ status: 'fail', code: 'ERR_EXPIRED' });
  });
});
