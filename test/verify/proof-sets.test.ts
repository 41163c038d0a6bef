import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedProofSuite, type JsonObject, type KeyFile, type SignedCredential, type Signer, createSuiteRegistry, generateKey, signerFromKeyFile, verify } from '../../src/index.js';
import { leafPaths, obCredential } from '../crypto/fixtures.js';

const suites = createSuiteRegistry();
const eddsa = suites.get('eddsa-rdfc-2022') as EmbeddedProofSuite;
const proofCheck = async (credential: unknown) => (await verify(credential)).checks.find((c) => c.id === 'proof')!;

/** Sets the value at `path` (or deletes it) in a copy. */
function mutate(value: JsonObject, path: (string | number)[], next: unknown): JsonObject {
  const copy = structuredClone(value);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (next === undefined) delete node[last];
  else node[last] = next;
  return copy;
}

describe('proof sets and proof chains (Data Integrity §2.1)', () => {
  let issuerKey: KeyFile;
  let issuer: Signer;
  let first: SignedCredential;
  let chained: SignedCredential;
  beforeAll(async () => {
    issuerKey = await generateKey({ suite: 'eddsa-rdfc-2022' });
    issuer = await signerFromKeyFile(issuerKey);
    first = await eddsa.issue(obCredential(issuerKey.controller!), { signer: issuer, proofId: 'urn:uuid:proof-1' });
    chained = await eddsa.issue(first, { signer: issuer, proofId: 'urn:uuid:proof-2', previousProof: 'urn:uuid:proof-1' });
  });

  it('verifies a proof set: every proof over the bare credential, all must hold', async () => {
    const sameKeyTwice = await eddsa.issue(first, { signer: issuer });
    expect(sameKeyTwice.proof).toHaveLength(2);
    expect(sameKeyTwice.proof[1]).not.toHaveProperty('previousProof');
    const report = await verify(sameKeyTwice);
    expect(report.verified).toBe(true);
    expect(report.checks.find((c) => c.id === 'proof')!.message).toMatch(/^2 proofs verify/);
    // One bad proof in the set fails the whole set.
    const broken = structuredClone(sameKeyTwice);
    broken.proof[1]!.proofValue = first.proof[0]!.proofValue === broken.proof[1]!.proofValue ? 'z1111' : first.proof[0]!.proofValue;
    expect((await proofCheck(broken)).status).toBe('fail');
  });

  it('verifies a proof chain: the second proof signs the credential with the first', async () => {
    expect(chained.proof.map((p) => [p.id, p.previousProof])).toEqual([['urn:uuid:proof-1', undefined], ['urn:uuid:proof-2', 'urn:uuid:proof-1']]);
    expect(chained.proof[1]!.proofValue).not.toBe(first.proof[0]!.proofValue);
    const report = await verify(chained);
    expect(report.verified).toBe(true);
    // A chain of three, naming its predecessor in an array.
    const third = await eddsa.issue(chained, { signer: issuer, proofId: 'urn:uuid:proof-3', previousProof: ['urn:uuid:proof-2'] });
    expect((await verify(third)).verified).toBe(true);
  });

  it('refuses broken chains: a missing or self-named previous proof, a loop, a chain passed off as a set', async () => {
    const [one, two] = chained.proof as [JsonObject, JsonObject];
    const cases: Array<[string, unknown, string]> = [
      ['previous proof removed', { ...chained, proof: [two] }, 'ERR_PROOF_CHAIN'],
      ['previousProof names an unknown id', { ...chained, proof: [one, { ...two, previousProof: 'urn:uuid:nope' }] }, 'ERR_PROOF_CHAIN'],
      ['previousProof names itself', { ...chained, proof: [one, { ...two, previousProof: 'urn:uuid:proof-2' }] }, 'ERR_PROOF_CHAIN'],
      ['loop', { ...chained, proof: [{ ...one, previousProof: 'urn:uuid:proof-2' }, two] }, 'ERR_PROOF_CHAIN'],
      ['previousProof is not a string', { ...chained, proof: [one, { ...two, previousProof: 7 }] }, 'ERR_PROOF_CHAIN'],
      ['previousProof empty list', { ...chained, proof: [one, { ...two, previousProof: [] }] }, 'ERR_PROOF_CHAIN'],
      ['chained proof stripped of previousProof', { ...chained, proof: [one, { ...two, previousProof: undefined }] }, 'ERR_SIGNATURE_INVALID'],
      ['first proof altered', { ...chained, proof: [{ ...one, created: '2020-01-01T00:00:00Z' }, two] }, 'ERR_SIGNATURE_INVALID'],
    ];
    for (const [name, input, code] of cases) {
      const check = await proofCheck(JSON.parse(JSON.stringify(input)));
      expect([name, check.status, check.code]).toEqual([name, 'fail', code]);
    }
  });

  it('refuses bad chain options when signing', async () => {
    await expect(eddsa.issue(first, { signer: issuer, previousProof: 'urn:uuid:nope' })).rejects.toMatchObject({ code: 'ERR_PROOF_OPTIONS' });
    await expect(eddsa.issue(first, { signer: issuer, proofId: 'urn:uuid:proof-1' })).rejects.toMatchObject({ code: 'ERR_PROOF_OPTIONS' });
    await expect(eddsa.issue(first, { signer: issuer, proofId: 'not a url' })).rejects.toMatchObject({ code: 'ERR_PROOF_OPTIONS' });
  });

  it('fails a set holding a proof of a suite this verifier does not know, instead of skipping it', async () => {
    const unknown = { ...first, proof: [...first.proof, { ...first.proof[0], cryptosuite: 'eddsa-2099' }] };
    expect(await proofCheck(unknown)).toMatchObject({ status: 'fail', code: 'ERR_PROOF_SUITE_UNSUPPORTED' });
    expect((await proofCheck({ ...first, proof: [...first.proof, 'z123'] })).status).toBe('fail');
  });

  it('never verifies a chained credential with any value changed or deleted (property)', async () => {
    const paths = leafPaths(chained);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.oneof(fc.constant(undefined), fc.string({ maxLength: 8 }), fc.integer()), async (path, next) => {
        const original = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], chained);
        fc.pre(next !== original);
        // Deleting a whole previousProof turns a chain into a set, which must also fail.
        const report = await verify(mutate(chained, path, next));
        expect(report.verified).toBe(false);
      }),
      { numRuns: 60, seed: 1021 },
    );
  });
});
