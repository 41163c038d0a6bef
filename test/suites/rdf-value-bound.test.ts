import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMicroCredential, generateKey, verify } from '../../src/index.js';
import { JSON_LIMITS } from '../../src/suites/guards.js';

const example = JSON.parse(readFileSync(new URL('../../examples/ge-ai-research.json', import.meta.url), 'utf8'));

describe(`RDF-canonicalized proofs are bounded to ${JSON_LIMITS.maxRdfValues} JSON values`, () => {
  it('verify() refuses a larger document before JSON-LD processing, with its own code', async () => {
    const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    const signed = (await createMicroCredential(example, { key })) as Record<string, any>;
    signed.credentialSubject.achievement.tag = Array.from({ length: JSON_LIMITS.maxRdfValues }, (_, i) => `t${i}`);
    const report = await verify(signed);
    expect(report.verified).toBe(false);
    expect(report.checks.find((c) => c.id === 'proof')).toMatchObject({ status: 'fail', code: 'ERR_CREDENTIAL_TOO_LARGE' });
  });

  it('such a document is not signed with an RDF suite, but is with eddsa-jcs-2022', async () => {
    const big = { ...example, learningOutcomes: Array.from({ length: 3 }, () => example.learningOutcomes).flat() };
    const tags = Array.from({ length: JSON_LIMITS.maxRdfValues }, (_, i) => `t${i}`);
    const rdfc = await generateKey({ suite: 'eddsa-rdfc-2022' });
    const jcs = await generateKey({ suite: 'eddsa-jcs-2022' });
    const { toOpenBadge, createSuiteRegistry, signerFromKeyFile } = await import('../../src/index.js');
    const credential = toOpenBadge(big, { issuer: rdfc.controller }) as Record<string, any>;
    credential.credentialSubject.achievement.tag = tags;
    const suites = createSuiteRegistry();
    await expect(suites.get('eddsa-rdfc-2022')!.issue(credential, { signer: await signerFromKeyFile(rdfc) })).rejects.toMatchObject({ code: 'ERR_CREDENTIAL_TOO_LARGE' });
    const jcsCredential = { ...credential, issuer: { ...credential.issuer, id: jcs.controller } };
    const signed = await suites.get('eddsa-jcs-2022')!.issue(jcsCredential, { signer: await signerFromKeyFile(jcs) });
    expect((await verify(signed)).checks.find((c) => c.id === 'proof')?.status).toBe('pass');
  });
});
