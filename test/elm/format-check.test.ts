import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkElmFormat, toElm } from '../../src/formats/elm/index.js';
import { microCredentialArb } from '../helpers/arbitraries.js';
import { example } from '../helpers/fixtures.js';
import { describeWithSpecs } from '../helpers/shared-specs.js';
import { elmSpecs } from './elm-specs.js';

type Json = Record<string, any>;
const SEAL = { issued: '2025-10-21T09:30:00Z', eidasIdentifier: { notation: 'NTRGE-204864548', country: 'GE' as const } };
const sealed = (): Json => toElm(example('ge-ai-research'), SEAL) as Json;
const claimOf = (vc: Json) => vc.credentialSubject.hasClaim[0];

describe('checkElmFormat', () => {
  it('accepts what toElm produces: sealed, and unsealed as a draft', () => {
    expect(checkElmFormat(sealed())).toEqual({ ok: true, errors: [] });
    const draft = toElm(example('am-data-analytics'));
    expect(checkElmFormat(draft, { requireSeal: false })).toEqual({ ok: true, errors: [] });
    expect(checkElmFormat(draft).errors).toEqual([
      { pointer: '', message: 'EuropeanDigitalCredential requires issued.' },
      { pointer: '/issuer', message: 'The issuer requires eIDASIdentifier (a LegalIdentifier set when the credential is sealed).' },
    ]);
  });

  it('accepts every generated credential (property)', () => {
    fc.assert(
      fc.property(microCredentialArb, (doc) => {
        expect(checkElmFormat(toElm(doc, SEAL)).errors).toEqual([]);
      }),
      { numRuns: 50, seed: 1012 },
    );
  });

  it('reports each missing mandatory element where it is', () => {
    const cases: Array<[string, (vc: Json) => void, { pointer: string; message: string }]> = [
      ['context', (vc) => (vc['@context'] = [vc['@context'][1]]), { pointer: '/@context', message: '@context must start with https://www.w3.org/2018/credentials/v1.' }],
      ['type', (vc) => (vc.type = ['VerifiableCredential']), { pointer: '/type', message: 'type must include EuropeanDigitalCredential.' }],
      ['profile', (vc) => delete vc.credentialProfiles, { pointer: '', message: 'EuropeanDigitalCredential requires credentialProfiles.' }],
      ['display', (vc) => delete vc.displayParameter, { pointer: '', message: 'EuropeanDigitalCredential requires displayParameter.' }],
      ['validFrom', (vc) => (vc.validFrom = '2025-10-20'), { pointer: '/validFrom', message: 'EuropeanDigitalCredential.validFrom must be an xsd:dateTime (e.g. 2025-10-20T00:00:00Z).' }],
      ['page', (vc) => (vc.displayParameter.individualDisplay[0].displayDetail[0].page = 0), { pointer: '/displayParameter/individualDisplay/0/displayDetail/0/page', message: 'DisplayDetail.page must be a positive integer.' }],
      [
        'legal name',
        (vc) => delete claimOf(vc).specifiedBy.accreditation[1].accreditingAgent.legalName,
        { pointer: '/credentialSubject/hasClaim/0/specifiedBy/accreditation/1/accreditingAgent', message: 'Organisation requires legalName.' },
      ],
      ['grade', (vc) => delete claimOf(vc).provenBy[0].grade, { pointer: '/credentialSubject/hasClaim/0/provenBy/0', message: 'LearningAssessment requires grade.' }],
      ['title map', (vc) => (claimOf(vc).title = 'AI'), { pointer: '/credentialSubject/hasClaim/0/title', message: 'LearningAchievement.title must be a language map such as { "en": "…" }.' }],
      ['point', (vc) => (claimOf(vc).specifiedBy.creditPoint[0].point = 7), { pointer: '/credentialSubject/hasClaim/0/specifiedBy/creditPoint/0/point', message: 'CreditPoint.point must be a string.' }],
      ['duration', (vc) => (claimOf(vc).specifiedBy.volumeOfLearning = '175 hours'), { pointer: '/credentialSubject/hasClaim/0/specifiedBy/volumeOfLearning', message: 'Qualification.volumeOfLearning must be an xsd:duration (e.g. PT60H).' }],
      [
        'dangling reference',
        (vc) => (claimOf(vc).provenBy[0].awardedBy = 'urn:nowhere'),
        { pointer: '/credentialSubject/hasClaim/0/provenBy/0/awardedBy', message: 'LearningAssessment.awardedBy refers to urn:nowhere, which the credential does not contain.' },
      ],
      ['full name', (vc) => (vc.credentialSubject.fullName = { en: 'A', ka: 'B' }), { pointer: '/credentialSubject/fullName', message: 'Person.fullName allows one value (one language).' }],
      ['node id', (vc) => (claimOf(vc).id = 'not an iri'), { pointer: '/credentialSubject/hasClaim/0/id', message: 'A node id must be an absolute IRI.' }],
    ];
    for (const [name, mutate, expected] of cases) {
      const vc = sealed();
      mutate(vc);
      const result = checkElmFormat(vc);
      expect(result.ok, name).toBe(false);
      expect(result.errors, name).toContainEqual(expected);
    }
  });

  it('judges a repeated node once, with the properties of all its embeddings', () => {
    const vc = sealed();
    // The EU tools re-embed nodes in full; a later embedding may be partial, as long as one is complete.
    claimOf(vc).provenBy[0].awardedBy = { id: claimOf(vc).awardedBy.id, type: 'AwardingProcess' };
    expect(checkElmFormat(vc).errors).toEqual([]);
  });

  it('never throws, and never passes hostile input', () => {
    const cyclic: Json = { type: ['VerifiableCredential', 'EuropeanDigitalCredential'] };
    cyclic.self = cyclic;
    let deep: Json = {};
    const deepRoot = deep;
    for (let i = 0; i < 1000; i++) deep = deep.a = {};
    const getter = Object.defineProperty({}, 'type', { get: () => { throw new Error('boom'); }, enumerable: true });
    const inputs: unknown[] = [
      undefined, null, 0, 'x', [], [sealed()], cyclic, deepRoot, getter,
      JSON.parse('{"__proto__": {"polluted": true}}'),
      { payload: JSON.stringify(sealed()), signatures: [] },
      { '@context': 5, type: 5, credentialSubject: 5, displayParameter: [1, 2], issuer: 'x', validFrom: {} },
      Object.create(null),
      { ...sealed(), credentialSubject: { hasClaim: [{ type: ['LearningAchievement'], awardedBy: [null, 1, 'x'] }] } },
    ];
    for (const input of inputs) {
      const result = checkElmFormat(input);
      expect(result.ok).toBe(false);
      expect(result.errors.length).toBeGreaterThan(0);
      expect(result.errors.length).toBeLessThanOrEqual(100);
    }
    expect(({} as Json).polluted).toBeUndefined();
    fc.assert(
      fc.property(fc.anything({ maxDepth: 6 }), (input) => {
        expect(() => checkElmFormat(input)).not.toThrow();
      }),
      { numRuns: 300, seed: 1013 },
    );
  });
});

describeWithSpecs('checkElmFormat on the EU Annex I sample', (specsDir) => {
  const specs = elmSpecs(specsDir);

  it('accepts the sealed sample', () => {
    expect(checkElmFormat(specs.signedPayload())).toEqual({ ok: true, errors: [] });
  });

  it('finds in the unsigned sample exactly what SHACL finds: no issued, no eIDAS identifier', () => {
    expect(checkElmFormat(specs.unsignedSample()).errors).toEqual([
      { pointer: '', message: 'EuropeanDigitalCredential requires issued.' },
      { pointer: '/issuer', message: 'The issuer requires eIDASIdentifier (a LegalIdentifier set when the credential is sealed).' },
    ]);
    expect(checkElmFormat(specs.unsignedSample(), { requireSeal: false }).ok).toBe(true);
  });

  it('points at the JWS payload when given the sealed file itself', () => {
    expect(checkElmFormat(specs.signedJws()).errors[0]!.message).toMatch(/check its payload/);
  });
});
