import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_REGISTRY_DCC_CHARS, MAX_REGISTRY_ENTRIES, RegistryEntriesInvalidError, createRegistry, registryEntriesFromDcc } from '../../src/registry.js';
import { createMicroCredential, didWebDocument, generateKey, verify } from '../../src/index.js';
import { cli, scratch } from '../helpers/cli.js';
import { example } from '../helpers/fixtures.js';

// Written from the published shape of the DCC registry.json files (meta + registry: DID → { name, location, url }).
const FIXTURE = new URL('./fixtures/dcc-registry.json', import.meta.url);
const text = readFileSync(FIXTURE, 'utf8');

const errorsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RegistryEntriesInvalidError);
    return (error as RegistryEntriesInvalidError).errors;
  }
  throw new Error('expected RegistryEntriesInvalidError');
};

describe('registryEntriesFromDcc', () => {
  it('turns each DID into a provider listed (not accredited) by the known-issuer list', () => {
    const entries = registryEntriesFromDcc(text, { sourceName: 'DCC Community Registry', sourceUrl: 'https://registry.example.org/registry.json' });
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({
      provider: { ids: ['did:web:university.example.ge'], name: { en: 'Example State University' }, url: 'https://university.example.ge' },
      accreditations: [{ type: 'external', accreditationType: 'external-qa', decision: 'granted', body: { name: { en: 'DCC Community Registry' }, url: 'https://registry.example.org/registry.json' } }],
    });
    const qa = entries[0]!.accreditations[0]!;
    expect(qa.description!.en).toMatch(/known issuer in DCC Community Registry .*Tbilisi, Georgia.*not an accreditation decision/);
    // No invented decision reference, date, validity or scope.
    for (const field of ['accreditationId', 'decisionDate', 'validFrom', 'validUntil', 'scope', 'deqarId']) expect(qa).not.toHaveProperty(field);
    expect(entries[2]!.provider).not.toHaveProperty('url');
    expect(registryEntriesFromDcc(JSON.parse(text))).toEqual(registryEntriesFromDcc(text));
  });

  it('an imported, re-signed list lets verify() recognise a listed issuer', async () => {
    const agency = await generateKey({ suite: 'eddsa-jcs-2022', did: 'web', domain: 'verifier.example.org' } as never);
    const university = await generateKey({ suite: 'eddsa-rdfc-2022' });
    const dcc = { meta: { created: '2025-01-01T00:00:00+00:00' }, registry: { [university.controller]: { name: 'Example State University', location: 'Tbilisi, Georgia' } } };
    const registry = await createRegistry(registryEntriesFromDcc(dcc), { key: agency, issuerName: 'Example verifier', validFrom: '2025-01-01' });
    const vc = await createMicroCredential(example('ge-ai-research'), { key: university, profile: 'eu' });
    const report = await verify(vc, { at: '2026-01-01T00:00:00Z', trust: { registries: [registry as never], anchors: [didWebDocument(agency)] } });
    const trust = report.checks.find((c) => c.id === 'issuer-trust')!;
    expect(trust.status).toBe('pass');
    expect(trust.message).toMatch(/^Listed by .* a listing, not an accreditation decision/);
    expect(report.verdict).toBe('verified');
  });

  it('bad issuers are all reported, each with a JSON Pointer into the DCC file', () => {
    const errors = errorsOf(() =>
      registryEntriesFromDcc({
        registry: {
          'did:web:ok.example': { name: 'Fine' },
          'did:web:a/b~c': 'not an object',
          'did:web:noname.example': { url: 'https://noname.example' },
          'did:web:badurl.example': { name: 'Bad URL', url: 'ftp://badurl.example' },
          'not a did': { name: 'Spaces' },
          __proto__x: { name: 'No scheme' },
          'did:web:types.example': { name: 'Types', location: 42 },
        },
      }),
    );
    const pointers = errors.map((e) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/registry/did:web:a~1b~0c', '/registry/did:web:noname.example/name', '/registry/did:web:types.example/location']));
    const second = errorsOf(() => registryEntriesFromDcc({ registry: { 'did:web:badurl.example': { name: 'Bad URL', url: 'ftp://x' }, 'not a did': { name: 'Spaces' }, __proto__x: { name: 'x' } } }));
    expect(second.map((e) => e.pointer)).toEqual(expect.arrayContaining(['/registry/did:web:badurl.example/url', '/registry/not a did', '/registry/__proto__x']));
    for (const e of [...errors, ...second]) expect(e.message).toContain(e.pointer);
  });

  it('refuses what is not a DCC registry, and input beyond the bounds', () => {
    expect(errorsOf(() => registryEntriesFromDcc('{ nope'))[0]!.code).toBe('REGISTRY_DCC_INVALID');
    expect(errorsOf(() => registryEntriesFromDcc([]))[0]!.pointer).toBe('');
    expect(errorsOf(() => registryEntriesFromDcc({ entries: [] }))[0]!.pointer).toBe('/registry');
    expect(errorsOf(() => registryEntriesFromDcc({ metadata: { federation_entity: {} } }))[0]!.message).toMatch(/OpenID Federation/);
    expect(errorsOf(() => registryEntriesFromDcc({ registry: {} }))[0]!.code).toBe('REGISTRY_EMPTY');
    const many = Object.fromEntries(Array.from({ length: MAX_REGISTRY_ENTRIES + 1 }, (_, i) => [`did:web:i${i}.example`, { name: `I ${i}` }]));
    expect(errorsOf(() => registryEntriesFromDcc({ registry: many }))[0]!.code).toBe('REGISTRY_TOO_LARGE');
    const exactly = Object.fromEntries(Object.entries(many).slice(0, MAX_REGISTRY_ENTRIES));
    expect(registryEntriesFromDcc({ registry: exactly })).toHaveLength(MAX_REGISTRY_ENTRIES);
    expect(errorsOf(() => registryEntriesFromDcc(' '.repeat(MAX_REGISTRY_DCC_CHARS + 1)))[0]!.code).toBe('REGISTRY_TOO_LARGE');
    expect(() => registryEntriesFromDcc(text, { sourceUrl: 'javascript:alert(1)' })).toThrow(/sourceUrl/);
  });
});

describe('microcred registry create --from dcc', () => {
  it('signs an imported DCC list; bad input exits 1 with pointers, an unknown format exits 2', async () => {
    const s = scratch();
    const key = await generateKey({ suite: 'eddsa-jcs-2022', did: 'web', domain: 'verifier.example.org' } as never);
    const keyFile = s.write('key.json', JSON.stringify(key));
    const out = s.path('registry.json');
    const made = cli('registry', 'create', FIXTURE.pathname, '--from', 'dcc', '--key', keyFile, '-o', out);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stderr).toMatch(/3 provider\(s\)/);
    const registry = JSON.parse(readFileSync(out, 'utf8'));
    expect(registry.credentialSubject.entries[1].provider.ids).toEqual(['did:key:z6MktSSGQX9hwop2GYBwCFKxcgHttsbKZNiGjw9T54SeX2oX']);

    const bad = s.write('bad.json', JSON.stringify({ registry: { 'did:web:x.example': { url: 'https://x.example' } } }));
    const failed = cli('registry', 'create', bad, '--from', 'dcc', '--key', keyFile);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('/registry/did:web:x.example/name');
    writeFileSync(s.path('x.json'), text);
    expect(cli('registry', 'create', s.path('x.json'), '--from', 'xml', '--key', keyFile).code).toBe(2);
  });
});
