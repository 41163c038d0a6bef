import { beforeAll, describe, expect, it } from 'vitest';
import { type KeyFile, type RegistryEntry, createMicroCredential, didWebDocument, generateKey, verify } from '../../src/index.js';
import { createRegistry, registryEntriesFromCsv, verifyRegistry } from '../../src/registry.js';
import { toElm } from '../../src/formats/elm/index.js';
import { type GeneratedSealKey, generateSealKey, prepareForSeal, sealJades } from '../../src/seal/index.js';
import { example } from '../helpers/fixtures.js';

type Report = Awaited<ReturnType<typeof verify>>;
const trustOf = (report: Report) => report.checks.find((c) => c.id === 'issuer-trust')!;
const AT = '2026-01-01T00:00:00Z';

let agency: KeyFile;
let university: KeyFile;
let anchor: Record<string, unknown>;
let seal: GeneratedSealKey;
let right: RegistryEntry['accreditations'][number];

const entry = (ids: string[], accreditations = [right], seals?: string[]): RegistryEntry => ({
  provider: { ids, name: { en: 'Example State University' }, country: 'GE', ...(seals ? { sealOrganisationIdentifiers: seals } : {}) },
  accreditations,
});
const registryOf = (entries: RegistryEntry[], extra: Record<string, unknown> = {}) =>
  createRegistry(entries, { key: agency, issuerName: 'NCEQE', validFrom: '2025-01-01', validUntil: '2030-01-01', ...extra }) as Promise<Record<string, unknown>>;

async function issued(mutate: (d: ReturnType<typeof example>) => void = () => {}) {
  const doc = example('ge-ai-research');
  mutate(doc);
  return createMicroCredential(doc, { key: university, profile: 'eu' });
}

beforeAll(async () => {
  agency = await generateKey({ suite: 'eddsa-jcs-2022', did: 'web', domain: 'nceqe.ge' } as never);
  university = await generateKey({ suite: 'eddsa-rdfc-2022' });
  anchor = didWebDocument(agency);
  right = structuredClone(example('ge-ai-research').qualityAssurance[1]!);
  seal = await generateSealKey({ subject: 'CN=ESU eSeal,O=Example State University,C=GE', organizationIdentifier: 'NTRGE-204864548' });
});

describe('verify() with an accreditation registry', () => {
  it('passes with a sentence a registrar can copy, and the verdict is verified', async () => {
    const report = await verify(await issued(), { at: AT, trust: { registries: [await registryOf([entry([university.controller])])], anchors: [anchor] } });
    expect(trustOf(report)).toMatchObject({ status: 'pass' });
    expect(trustOf(report).message).toMatch(/^Accredited by NCEQE — right to implement, decision 2025\/123, valid 2025-01-15 to 2027-01-14 — on the date of issue 2025-10-20\./);
    expect(report.verdict).toBe('verified');
  });

  it('a tampered registry fails (ERR_REGISTRY_SIGNATURE) and the credential is not verified', async () => {
    const registry = await registryOf([entry([university.controller], [{ ...right, validUntil: '2026-01-14' }])]);
    const tampered = structuredClone(registry) as { credentialSubject: { entries: RegistryEntry[] } };
    tampered.credentialSubject.entries[0]!.accreditations[0]!.validUntil = '2027-01-14';
    const report = await verify(await issued(), { at: AT, trust: { registries: [tampered as never], anchors: [anchor] } });
    expect(trustOf(report)).toMatchObject({ status: 'fail', code: 'ERR_REGISTRY_SIGNATURE' });
    expect(report.verdict).toBe('not-verified');
  });

  it('a registry signed by another agency than the anchor fails (ERR_REGISTRY_ANCHOR_MISMATCH)', async () => {
    const other = await generateKey({ suite: 'eddsa-jcs-2022', did: 'web', domain: 'anqa.am' } as never);
    const registry = await registryOf([entry([university.controller])]);
    const report = await verify(await issued(), { at: AT, trust: { registries: [registry], anchors: [didWebDocument(other)] } });
    expect(trustOf(report)).toMatchObject({ status: 'fail', code: 'ERR_REGISTRY_ANCHOR_MISMATCH' });
    // An impostor signing a registry in the anchor's name with its own key: the signature does not verify.
    const impostor = { ...other, controller: agency.controller, id: `${agency.controller}#key-1` } as KeyFile;
    const forged = await createRegistry([entry([university.controller])], { key: impostor, validFrom: '2025-01-01' });
    expect(trustOf(await verify(await issued(), { at: AT, trust: { registries: [forged as never], anchors: [anchor] } })).status).toBe('fail');
    expect(await verifyRegistry(registry, { anchors: [] })).toMatchObject({ verified: false, code: 'ERR_REGISTRY_NO_ANCHOR' });
  });

  it('the first and last day of the window pass; the days outside fail (expired, not yet valid)', async () => {
    const registry = await registryOf([entry([university.controller])]);
    const on = async (day: string) => trustOf(await verify(await issued((d) => { d.dateOfIssuing = day; }), { at: AT, trust: { registries: [registry], anchors: [anchor] } }));
    expect((await on('2025-01-15')).status).toBe('pass');
    expect((await on('2027-01-14')).status).toBe('pass');
    expect(await on('2027-01-15')).toMatchObject({ status: 'fail', code: 'ERR_ACCREDITATION_EXPIRED' });
    expect(await on('2025-01-14')).toMatchObject({ status: 'fail', code: 'ERR_ACCREDITATION_NOT_YET_VALID' });
  });

  it('fails when the scope excludes the credential: field, level, credits', async () => {
    const narrow = (scope: NonNullable<typeof right.scope>) => registryOf([entry([university.controller], [{ ...right, scope }])]);
    for (const [scope, words] of [
      [{ iscedF: ['04'] }, /ISCED-F 0111 is outside 04/],
      [{ eqf: [6] }, /EQF level 7 is not covered/],
      [{ maxEcts: 5 }, /7 ECTS exceed the 5 ECTS covered/],
      [{ programmes: [{ courseCode: 'OTHER-1' }] }, /not one of the programmes covered/],
    ] as const) {
      const check = trustOf(await verify(await issued(), { at: AT, trust: { registries: [await narrow(scope as never)], anchors: [anchor] } }));
      expect(check, JSON.stringify(scope)).toMatchObject({ status: 'fail', code: 'ERR_ACCREDITATION_SCOPE' });
      expect(check.message).toMatch(words);
    }
    const broad = trustOf(await verify(await issued(), { at: AT, trust: { registries: [await narrow({ iscedF: ['01'], eqf: [7], maxEcts: 30 })], anchors: [anchor] } }));
    expect(broad.status).toBe('pass');
  });

  it('refused and withdrawn decisions fail; a withdrawal in force beats a grant', async () => {
    const refused = await registryOf([entry([university.controller], [{ ...right, decision: 'refused' }])]);
    expect(trustOf(await verify(await issued(), { at: AT, trust: { registries: [refused], anchors: [anchor] } }))).toMatchObject({ status: 'fail', code: 'ERR_ACCREDITATION_REFUSED' });
    const withdrawn = await registryOf([entry([university.controller], [right, { type: 'external', accreditationType: 'right-to-implement', decision: 'withdrawn', validFrom: '2025-06-01', accreditationId: '2025/200' }])]);
    expect(trustOf(await verify(await issued(), { at: AT, trust: { registries: [withdrawn], anchors: [anchor] } }))).toMatchObject({ status: 'fail', code: 'ERR_ACCREDITATION_WITHDRAWN' });
    // Issued before the withdrawal took effect: still covered.
    const before = await issued((d) => { d.dateOfIssuing = '2025-05-31'; });
    expect(trustOf(await verify(before, { at: AT, trust: { registries: [withdrawn], anchors: [anchor] } })).status).toBe('pass');
  });

  it('warns for a provider the registry does not list (verdict: authentic, unrecognised)', async () => {
    const report = await verify(await issued(), { at: AT, trust: { registries: [await registryOf([entry(['did:web:other.example.ge'])])], anchors: [anchor] } });
    expect(trustOf(report)).toMatchObject({ status: 'warn', code: 'WARN_ISSUER_NOT_IN_REGISTRY' });
    expect(report.verdict).toBe('authentic-unrecognised-issuer');
  });

  it('a registry outside its own validity at verification time fails (ERR_REGISTRY_EXPIRED)', async () => {
    const registry = await registryOf([entry([university.controller])], { validUntil: '2025-12-31' });
    expect(trustOf(await verify(await issued(), { at: AT, trust: { registries: [registry], anchors: [anchor] } }))).toMatchObject({ status: 'fail', code: 'ERR_REGISTRY_EXPIRED' });
  });

  it('a registry that lists the same provider twice is refused at creation and at verification', async () => {
    const twice = [entry([university.controller]), entry(['did:web:x.example', university.controller])];
    await expect(createRegistry(twice, { key: agency })).rejects.toMatchObject({ code: 'ERR_REGISTRY_ENTRIES_INVALID', errors: [expect.objectContaining({ code: 'REGISTRY_DUPLICATE_PROVIDER' })] });
    // An agency's own tool might not check: sign such a list directly.
    const good = await registryOf([entry([university.controller])]);
    const { proof: _proof, ...unsigned } = good as Record<string, unknown>;
    (unsigned.credentialSubject as { entries: RegistryEntry[] }).entries = twice;
    const { createSuiteRegistry, signerFromKeyFile } = await import('../../src/index.js');
    const signed = await createSuiteRegistry().get('eddsa-jcs-2022').issue(unsigned as never, { signer: await signerFromKeyFile(agency) });
    expect(trustOf(await verify(await issued(), { at: AT, trust: { registries: [signed as never], anchors: [anchor] } }))).toMatchObject({ status: 'fail', code: 'ERR_REGISTRY_DUPLICATE_PROVIDER' });
  });

  it('an EDC and an OB 3.0 credential of the same provider: matched by seal organisation identifier and by issuer id', async () => {
    const registry = await registryOf([entry([university.controller], [right], ['NTRGE-204864548'])]);
    const trust = { registries: [registry], anchors: [anchor], certificates: [seal.certificatePem] };
    const ob3 = await verify(await issued(), { at: AT, trust });
    expect(trustOf(ob3).status).toBe('pass');
    // The test seal certificate is valid from now: seal and verify now (the date of issue stays 2025-10-20).
    const signingTime = new Date();
    const edc = prepareForSeal(toElm(example('ge-ai-research')) as unknown as Record<string, unknown>, seal, signingTime);
    const sealed = await sealJades(edc, { key: seal, signingTime });
    const report = await verify(sealed, { trust });
    expect(report.format).toBe('elm');
    expect(trustOf(report)).toMatchObject({ status: 'pass' });
    expect(trustOf(report).message).toMatch(/^Accredited by NCEQE — right to implement, decision 2025\/123/);
    expect(report.verdict).toBe('verified');
    // Without the seal's trust anchor its organisation identifier proves nothing: not looked up.
    const unanchored = await verify(sealed, { trust: { registries: [registry], anchors: [anchor] } });
    expect(trustOf(unanchored)).toMatchObject({ status: 'warn', code: 'WARN_ISSUER_NOT_IN_REGISTRY' });
    expect(trustOf(unanchored).message).toMatch(/does not chain to a trust anchor/);
  });
});

describe('registry entries from CSV', () => {
  const header = 'provider_ids,provider_name,accreditation_type,decision,decision_reference,valid_from,valid_until,scope_eqf,scope_max_ects';
  it('groups rows of one provider into one entry', () => {
    const entries = registryEntriesFromCsv(`${header}\ndid:web:a.example,A,institutional,accredited,X-1,2025-01-01,2030-01-01,,\ndid:web:a.example,A,programme,accredited,X-2,2025-01-01,2030-01-01,5;6,15\n`);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.accreditations.map((a) => a.accreditationId)).toEqual(['X-1', 'X-2']);
    expect(entries[0]!.accreditations[1]!.scope).toEqual({ eqf: [5, 6], maxEcts: 15 });
  });

  it('names every bad row by number and column', () => {
    const text = [
      header,
      'did:web:a.example,A,programme,accredited,X-1,2025-01-01,2030-01-01,,',
      'did:web:b.example,B,programme,approved,X-2,2025-01-01,2030-01-01,,',
      'did:web:c.example,C,programme,granted,X-3,2025-13-01,2030-01-01,9,',
      ',D,programme,granted,X-4,2025-01-01,2030-01-01,,',
      'did:web:a.example;did:web:e.example,E,programme,granted,X-5,2025-01-01,2030-01-01,,',
    ].join('\n');
    let error: { errors: Array<{ message: string }> } | undefined;
    try {
      registryEntriesFromCsv(text);
    } catch (e) {
      error = e as never;
    }
    const messages = error!.errors.map((e) => e.message);
    expect(messages.some((m) => /^row 3, column decision:/.test(m))).toBe(true);
    expect(messages.some((m) => /^row 4, column valid_from:/.test(m))).toBe(true);
    expect(messages.some((m) => /^row 4, column scope_eqf:/.test(m))).toBe(true);
    expect(messages.some((m) => /^row 5\b/.test(m))).toBe(true);
    expect(messages.some((m) => /^row 6: did:web:a\.example is already a provider identifier of row 2/.test(m))).toBe(true);
    expect(messages.some((m) => /^row 2/.test(m))).toBe(false);
  });

  it('refuses unknown columns, empty files and oversized input', () => {
    expect(() => registryEntriesFromCsv('provider_ids,decison\nx,y\n')).toThrow(/unknown column\(s\) decison/);
    expect(() => registryEntriesFromCsv(`${header}\n`)).toThrow(/no rows/);
    expect(() => registryEntriesFromCsv('a'.repeat(8 * 1024 * 1024 + 1))).toThrow(/larger than/);
  });

  it('refuses more than 1,000 entries', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => entry([`did:web:p${i}.example`]));
    await expect(createRegistry(many, { key: agency })).rejects.toMatchObject({ errors: [expect.objectContaining({ code: 'REGISTRY_TOO_LARGE' })] });
  });
});
