import { SignJWT, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_EBSI_JWT_CHARS, RegistryEntriesInvalidError, registryEntriesFromEbsi } from '../../src/registry.js';

// Shaped like the Trusted Issuers Registry API's answers (GET /issuers/{did}, /issuers/{did}/attributes/{id}):
// attribute = { hash, body: JWT of a VerifiableAccreditationToAttest, issuerType, tao, rootTao }.
const TI = 'did:ebsi:zuniversityEXAMPLE1111111111';
const TAO = 'did:ebsi:zministryEXAMPLE22222222222';
const ROOT = 'did:ebsi:zrootTaoEXAMPLE333333333333';
let key: CryptoKey;

const jwt = (vc: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  new SignJWT({ vc, ...extra }).setProtectedHeader({ alg: 'ES256', typ: 'JWT', kid: `${TAO}#key-1` }).setIssuer(TAO).setSubject(TI).sign(key);
const accreditation = (types: string[], more: Record<string, unknown> = {}) => ({
  '@context': ['https://www.w3.org/2018/credentials/v1'],
  id: 'urn:uuid:7e1b2c3d-0000-4000-8000-000000000001',
  type: ['VerifiableCredential', 'VerifiableAttestation', ...types],
  issuer: TAO,
  validFrom: '2025-01-15T00:00:00Z',
  validUntil: '2027-01-14T23:59:59Z',
  credentialSubject: { id: TI, accreditedFor: [{ schemaId: 'https://api-pilot.ebsi.eu/trusted-schemas-registry/v3/schemas/z8Y6JJnebU2UuQQNc2R8GYqkEiAMj3Hd861rQhsoNWxsM', types: ['VerifiableCredential', 'VerifiableAttestation', 'VerifiableDiploma'], limitJurisdiction: 'https://publications.europa.eu/resource/authority/atu/GEO' }] },
  termsOfUse: { id: `https://api-pilot.ebsi.eu/trusted-issuers-registry/v5/issuers/${TAO}/attributes/0xabc`, type: 'IssuanceCertificate' },
  ...more,
});
const errorsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RegistryEntriesInvalidError);
    return (error as RegistryEntriesInvalidError).errors;
  }
  throw new Error('expected RegistryEntriesInvalidError');
};

beforeAll(async () => {
  key = (await generateKeyPair('ES256')).privateKey as CryptoKey;
});

describe('registryEntriesFromEbsi (decoding only)', () => {
  it('turns a VerifiableAccreditationToAttest into an accreditation by the TAO, skipping other attributes', async () => {
    const issuer = {
      did: TI,
      attributes: [
        { hash: '0x01', body: await jwt(accreditation(['VerifiableAccreditation', 'VerifiableAccreditationToAttest'])), issuerType: 'TI', tao: TAO, rootTao: ROOT },
        { hash: '0x02', body: await jwt(accreditation(['VerifiableAuthorisationToOnboard'])), issuerType: 'TI', tao: TAO, rootTao: ROOT },
      ],
    };
    const [entry, ...rest] = registryEntriesFromEbsi(JSON.stringify(issuer), { names: { [TI]: 'Example State University' } });
    expect(rest).toHaveLength(0);
    expect(entry!.provider).toEqual({ ids: [TI], name: { en: 'Example State University' } });
    expect(entry!.accreditations).toHaveLength(1);
    const qa = entry!.accreditations[0]!;
    expect(qa).toMatchObject({ accreditationType: 'external-qa', decision: 'accredited', body: { id: TAO }, accreditationId: 'urn:uuid:7e1b2c3d-0000-4000-8000-000000000001', validFrom: '2025-01-15', validUntil: '2027-01-14' });
    expect(qa.description!.en).toMatch(/to issue VerifiableDiploma \(schema https:.*\) in https:.*GEO, trust chain from root TAO did:ebsi:zrootTao.*not verified on import/);
  });

  it('a single attribute answer, a revoked accreditation, and no name: named by its DID', async () => {
    const body = await jwt(accreditation(['VerifiableAccreditation', 'VerifiableAccreditationToAttest']));
    const [entry] = registryEntriesFromEbsi({ did: TI, attribute: { hash: '0x01', body, issuerType: 'Revoked', tao: TAO, rootTao: ROOT } });
    expect(entry!.provider.name).toEqual({ en: TI });
    expect(entry!.accreditations[0]!.decision).toBe('withdrawn');
  });

  it('hostile or wrong input: errors with JSON Pointers, bounds enforced', async () => {
    const other = await jwt(accreditation(['VerifiableAccreditationToAttest'], { credentialSubject: { id: 'did:ebsi:zsomeoneElse' } }));
    const errors = errorsOf(() =>
      registryEntriesFromEbsi([
        { did: TI, attributes: [{ body: 'not.a.jwt' }, { hash: '0x9' }, 'x', { body: other }] },
        { attributes: [] },
        { did: TI, attributes: [{ body: 'a'.repeat(MAX_EBSI_JWT_CHARS + 1) }] },
      ]),
    );
    expect(errors.map((e) => [e.code, e.pointer])).toEqual([
      ['REGISTRY_EBSI_INVALID', '/0/attributes/0/body'],
      ['REGISTRY_EBSI_INVALID', '/0/attributes/1/body'],
      ['REGISTRY_EBSI_INVALID', '/0/attributes/2'],
      ['REGISTRY_EBSI_INVALID', '/0/attributes/3/body'],
      ['REGISTRY_EBSI_INVALID', '/1'],
      ['REGISTRY_TOO_LARGE', '/2/attributes/0/body'],
    ]);
    for (const e of errors) expect(e.message).toContain(e.pointer);
    expect(errorsOf(() => registryEntriesFromEbsi('{'))[0]!.code).toBe('REGISTRY_EBSI_INVALID');
    expect(errorsOf(() => registryEntriesFromEbsi([]))[0]!.code).toBe('REGISTRY_EMPTY');
    expect(errorsOf(() => registryEntriesFromEbsi({ did: TI, attributes: Array.from({ length: 101 }, () => ({ body: 'x' })) }))[0]!.code).toBe('REGISTRY_TOO_LARGE');
    const onboard = await jwt(accreditation(['VerifiableAuthorisationToOnboard']));
    expect(errorsOf(() => registryEntriesFromEbsi({ did: TI, attributes: [{ body: onboard }] }))[0]!.message).toMatch(/no VerifiableAccreditationToAttest/);
  });
});
