import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDC_AP_CONTEXT, EDC_GENERIC_FULL_SHAPES, EDC_GENERIC_PROFILE, fromElm, parseElm, toElm } from '../../src/formats/elm/index.js';
import { decodeDateTime, durationToHours, encodeDateTime, hoursToDuration } from '../../src/formats/elm/values.js';
import { validateMicroCredential } from '../../src/index.js';
import { microCredentialArb } from '../helpers/arbitraries.js';
import { example } from '../helpers/fixtures.js';
import { describeWithSpecs } from '../helpers/shared-specs.js';
import { cornerCases } from './corner-cases.js';
import { elmSpecs } from './elm-specs.js';

type Json = Record<string, any>;
const SEAL = { issued: '2025-10-21T09:30:00Z', eidasIdentifier: { notation: 'NTRGE-204864548', country: 'GE' as const } };

/** Every object in a JSON tree, with its path. */
function* objects(value: unknown, path = ''): Generator<[Json, string]> {
  if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* objects(item, `${path}/${i}`);
  else if (value !== null && typeof value === 'object') {
    yield [value as Json, path];
    for (const [key, item] of Object.entries(value)) yield* objects(item, `${path}/${key}`);
  }
}

describe('toElm', () => {
  it('maps the Georgian example to a European Digital Credential', () => {
    const vc = toElm(example('ge-ai-research'), SEAL);
    expect(vc['@context']).toEqual(['https://www.w3.org/2018/credentials/v1', EDC_AP_CONTEXT]);
    expect(vc.type).toEqual(['VerifiableCredential', 'EuropeanDigitalCredential']);
    expect(vc.id).toBe('urn:uuid:4c2b6a2e-8f0e-4d7a-9a51-2f6f1b0c9e11');
    expect(vc.credentialProfiles[0]).toMatchObject({ id: EDC_GENERIC_PROFILE, inScheme: { id: 'http://data.europa.eu/snb/credential/25831c2' }, prefLabel: { en: 'Generic' } });
    expect(vc.credentialSchema).toEqual([{ id: EDC_GENERIC_FULL_SHAPES, type: 'ShaclValidator2017' }]);
    expect(vc.issued).toBe('2025-10-21T09:30:00Z');
    expect(vc.issuanceDate).toBe('2025-10-21T09:30:00Z');
    expect(vc.validFrom).toBe('2025-10-20T00:00:00Z');
    expect(vc.issuer).toMatchObject({ type: 'Organisation', legalName: { en: 'Example State University' }, eIDASIdentifier: { notation: 'NTRGE-204864548', spatial: { id: 'http://publications.europa.eu/resource/authority/country/GEO' } } });

    const display = vc.displayParameter as Json;
    expect(display.title).toEqual(example('ge-ai-research').title);
    expect(display.language.map((l: Json) => l.id)).toEqual(['http://publications.europa.eu/resource/authority/language/ENG', 'http://publications.europa.eu/resource/authority/language/KAT']);
    expect(display.primaryLanguage.id).toBe('http://publications.europa.eu/resource/authority/language/ENG');
    expect(display.individualDisplay).toHaveLength(2);
    const kaPage = display.individualDisplay[1].displayDetail[0];
    expect(kaPage.page).toBe(1);
    expect(kaPage.image.contentType.id).toBe('http://publications.europa.eu/resource/authority/file-type/SVG');
    expect(kaPage.image.contentEncoding.id).toBe('http://data.europa.eu/snb/encoding/6146cde7dd');
    const svg = Buffer.from(kaPage.image.content, 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('xml:lang="ka"');
    expect(svg).toContain('ხელოვნური');
    expect(svg).toContain('Nino Beridze');
    expect(svg).toContain('სანიმუშო სახელმწიფო უნივერსიტეტი');

    const person = vc.credentialSubject as Json;
    expect(person).toMatchObject({ id: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK', type: 'Person', fullName: { en: 'Nino Beridze' } });
    expect(person.nationalID).toBeUndefined();
    const claim = person.hasClaim[0];
    expect(claim.type).toBe('LearningAchievement');
    expect(claim.awardedBy.awardingBody.map((o: Json) => o.legalName.en)).toEqual(['Example State University']);
    expect(claim.awardedBy.awardingDate).toBe('2025-10-20T00:00:00Z');
    const q = claim.specifiedBy;
    expect(q.type).toBe('Qualification');
    expect(q.eqfLevel.id).toBe('http://data.europa.eu/snb/eqf/7');
    expect(q.creditPoint).toEqual([expect.objectContaining({ type: 'CreditPoint', point: '7', framework: expect.objectContaining({ id: 'http://data.europa.eu/snb/education-credit/6fcec5c5af' }) })]);
    expect(q.volumeOfLearning).toBe('PT175H');
    expect(q.learningOutcome).toHaveLength(12);
    expect(q.learningOutcome[0].dcType.id).toBe('http://data.europa.eu/snb/skill-type/knowledge');
    expect(q.mode[0].id).toBe('http://data.europa.eu/snb/learning-assessment/920fbb3cbe');
    expect(q.learningSetting.id).toBe('http://data.europa.eu/snb/learning-setting/6fd4685715');
    expect(q.thematicArea[0]).toMatchObject({ id: 'http://data.europa.eu/snb/isced-f/0111', prefLabel: { en: 'Education science' } });
    expect(q.language[0].id).toBe('http://publications.europa.eu/resource/authority/language/KAT');
    expect(q.entryRequirement.noteLiteral.en).toMatch(/^Full general education/);
    expect(q.accreditation.map((a: Json) => a.title.en)).toEqual(['Internal quality assurance', 'External quality assurance']);
    expect(q.accreditation[1].accreditingAgent.legalName.en).toMatch(/NCEQE/);
    expect(q.isPartialQualification).toBe(true);
    expect(q.isPartOf[0].type).toBe('Qualification');
    expect(q.influencedBy.map((a: Json) => a.volumeOfLearning)).toEqual(['PT50H', 'PT15H', 'PT100H', 'PT6H', 'PT4H']);
    const assessment = claim.provenBy[0];
    expect(assessment.type).toBe('LearningAssessment');
    expect(assessment.grade).toMatchObject({ type: 'Note', noteLiteral: { en: 'Not graded' } });
    expect(assessment.idVerification.id).toBe('http://data.europa.eu/snb/supervision-verification/70be69aaf9');
    expect(assessment.specifiedBy.mode[0].id).toBe('http://data.europa.eu/snb/learning-assessment/920fbb3cbe');
    expect(assessment.specifiedBy.hasPart.map((p: Json) => p.dcType.id)).toEqual([
      'http://data.europa.eu/snb/assessment/2939dae15f',
      'http://data.europa.eu/snb/assessment/b1b68f6735',
      'http://data.europa.eu/snb/assessment/795dac4096',
      'https://microcred.dev/ns/v1/elm/assessment-type/presentation',
      'http://data.europa.eu/snb/assessment/6e6cb2cc78',
    ]);
  });

  it('writes the grade, the national id and the supervision of the Armenian example', () => {
    const vc = toElm({ ...example('am-data-analytics'), learner: { name: 'Anahit', identifiers: [{ type: 'nationalId', value: 'AM123', issuedBy: 'AM' }] } });
    const person = vc.credentialSubject as Json;
    expect(person.nationalID).toMatchObject({ type: 'LegalIdentifier', notation: 'AM123', spatial: { id: 'http://publications.europa.eu/resource/authority/country/ARM' } });
    expect(person.identifier[0]).toEqual(person.nationalID);
    const assessment = person.hasClaim[0].provenBy[0];
    expect(assessment.grade.noteLiteral).toEqual({ en: '85' });
    expect(assessment.gradeStatus.id).toBe('https://microcred.dev/ns/v1/elm/grade-status/passed');
    expect(assessment.specifiedBy.gradingScheme.title).toEqual({ en: 'percent' });
    expect(assessment.specifiedBy.mode[0].id).toBe('http://data.europa.eu/snb/learning-assessment/9191af2ed9');
    expect(vc.issued).toBeUndefined();
    expect((vc.issuer as Json).eIDASIdentifier).toBeUndefined();
  });

  it('gives every node an id and a type, and every concept a scheme', () => {
    for (const mc of [example('ge-ai-research'), cornerCases()]) {
      for (const [object, path] of objects(toElm(mc, SEAL))) {
        if (path === '' || /\/(title|legalName|prefLabel|noteLiteral|description|fullName|geographicName|schemeAgency)$/.test(path)) continue;
        expect(typeof object.id, path).toBe('string');
        expect(object.type, path).toBeDefined();
        if (object.type === 'Concept' && !/relatedSkill\/\d+$/.test(path)) expect(object.inScheme, path).toMatchObject({ type: 'ConceptScheme' });
        if (object.type === 'Concept' && !/(relatedSkill|relatedESCOSkill)\/\d+$/.test(path)) expect(object.prefLabel, path).toBeDefined();
      }
    }
  });

  it('is deterministic, also without a credential id', () => {
    const { id: _id, ...anonymous } = example('am-data-analytics');
    expect(toElm(anonymous)).toEqual(toElm(anonymous));
    expect(toElm(anonymous).id).toMatch(/^urn:uuid:/);
    expect(toElm(anonymous, { id: 'urn:x:1' }).id).toBe('urn:x:1');
    expect(toElm(example('ge-ai-research')).credentialSubject).toEqual(toElm(example('ge-ai-research')).credentialSubject);
  });

  it('uses the issuer id and primary language given', () => {
    const vc = toElm(example('ge-ai-research'), { issuer: 'did:web:university.example.ge', primaryLanguage: 'ka' });
    expect(vc.issuer.id).toBe('did:web:university.example.ge');
    expect((vc.displayParameter as Json).primaryLanguage.id).toBe('http://publications.europa.eu/resource/authority/language/KAT');
    expect((vc.credentialSubject as Json).fullName).toEqual({ ka: 'Nino Beridze' });
  });

  it('accepts a page renderer (e.g. a PNG rasteriser)', () => {
    const pages: string[] = [];
    const vc = toElm(example('ge-ai-research'), { renderPage: (page) => (pages.push(page.language), { mediaType: 'image/png', base64: 'iVBORw0KGgo=' }) });
    expect(pages).toEqual(['en', 'ka']);
    expect((vc.displayParameter as Json).individualDisplay[0].displayDetail[0].image.contentType.id).toBe('http://publications.europa.eu/resource/authority/file-type/PNG');
  });

  it('uses a QDR concept for NQF levels it knows, and the option for the learning setting', () => {
    const vc = toElm({ ...example('am-data-analytics'), level: { eqf: 6, nqf: { framework: 'DE', level: 6 } } }, { learningSetting: 'formal' });
    const q = (vc.credentialSubject as Json).hasClaim[0].specifiedBy;
    expect(q.nqfLevel).toMatchObject({ id: 'http://data.europa.eu/snb/qdr/c_6919ed25', inScheme: { id: 'http://data.europa.eu/snb/qdr/25831c2' }, prefLabel: { en: 'DQR Level 6' } });
    expect(q.learningSetting.id).toBe('http://data.europa.eu/snb/learning-setting/6fd4685715');
  });

  it('refuses input it cannot map', () => {
    expect(() => toElm({ ...example('am-data-analytics'), awardingBodies: [] })).toThrow(expect.objectContaining({ code: 'ERR_AWARDING_BODY_REQUIRED' }));
    expect(() => toElm(example('am-data-analytics'), { primaryLanguage: 'de' })).toThrow(expect.objectContaining({ code: 'ERR_LANGUAGE_UNKNOWN' }));
    expect(() => toElm(example('am-data-analytics'), { eidasIdentifier: { notation: 'x', country: 'QQ' as 'GE' } })).toThrow(expect.objectContaining({ code: 'ERR_COUNTRY_UNKNOWN' }));
  });
});

describe('fromElm', () => {
  it('gives back both examples exactly, sealed or not', () => {
    for (const name of ['ge-ai-research', 'am-data-analytics'] as const) {
      const parsed = parseElm(toElm(example(name), SEAL));
      expect(parsed.microCredential).toEqual(example(name));
      expect(parsed).toMatchObject({ lossless: true, warnings: [] });
      expect(fromElm(toElm(example(name)))).toEqual(example(name));
    }
  });

  it('gives back every corner of the mapping exactly', () => {
    const mc = cornerCases();
    expect(validateMicroCredential(mc).errors.filter((e) => !e.rule)).toEqual([]);
    const vc = toElm(mc, SEAL);
    expect(fromElm(vc)).toEqual(mc);
    // The corners take the paths they are meant to take.
    const q = (vc.credentialSubject as Json).hasClaim[0].specifiedBy;
    expect(q.volumeOfLearning).toBe('PT162H30M');
    expect(q.influencedBy[0].volumeOfLearning).toBe('PT0H6M');
    expect(q.influencedBy[1].additionalNote[0].noteLiteral.en).toBe('Notional workload in hours: 0.123456789');
    expect(q.language.map((l: Json) => l.id.slice(-3))).toEqual(['ENG', 'KAT']);
    expect(q.mode[0].prefLabel.en).toBe('Blended');
    expect(vc.validUntil).toBe('2030-01-01T00:00:00.00Z');
    expect((vc.credentialSubject as Json).hasClaim[0].awardedBy.awardingDate).toBe('2025-10-20T00:00:00.0Z');
  });

  it('gives back an inline badge image from the attachment', () => {
    const mc = { ...example('ge-ai-research'), image: { id: 'data:image/png;base64,iVBORw0KGgo=', caption: { en: 'Badge', ka: 'ბეჯი' } } };
    const vc = toElm(mc);
    expect(vc.attachment?.[0]).toMatchObject({ type: 'MediaObject', content: 'iVBORw0KGgo=', contentType: { id: 'http://publications.europa.eu/resource/authority/file-type/PNG' } });
    expect(fromElm(vc)).toEqual(mc);
  });

  it('round-trips any valid micro-credential (property)', () => {
    fc.assert(
      fc.property(microCredentialArb, fc.boolean(), (doc, sealed) => {
        expect(validateMicroCredential(doc).errors.filter((e) => !e.rule)).toEqual([]);
        const vc = toElm(doc, sealed ? SEAL : {});
        const parsed = parseElm(vc);
        expect(parsed.lossless).toBe(true);
        // A document without an id gets one when mapped: everything else comes back as it was.
        expect(parsed.microCredential).toEqual({ ...doc, id: vc.id });
        // JSON text round trip: the output is plain JSON.
        expect(fromElm(JSON.stringify(vc))).toEqual({ ...doc, id: vc.id });
      }),
      { numRuns: 150, seed: 1010 },
    );
  });

  it('reads language-map arrays, single-or-array values and nodes referenced by id', () => {
    const vc = toElm(example('am-data-analytics')) as Json;
    const person = vc.credentialSubject;
    const claim = person.hasClaim[0];
    // Array-valued language maps (newer EU output) and single values instead of arrays.
    claim.title = { en: [claim.title.en], hy: [claim.title.hy, 'second'] };
    person.hasClaim = claim;
    claim.provenBy = claim.provenBy[0];
    claim.specifiedBy.learningOutcome = claim.specifiedBy.learningOutcome.map((o: Json) => ({ ...o, title: { en: [o.title.en] } }));
    // The awarding process referenced by id where it repeats.
    claim.provenBy.awardedBy = claim.awardedBy.id;
    const parsed = parseElm(vc);
    expect(parsed.microCredential).toEqual(example('am-data-analytics'));
  });

  it('reads a sealed credential (JWS JSON serialization) and the EU upload wrapper', () => {
    const vc = toElm(example('am-data-analytics'), SEAL);
    const jws = { payload: JSON.stringify(vc), signatures: [{ protected: 'e30', signature: 'AA' }] };
    expect(fromElm(jws)).toEqual(example('am-data-analytics'));
    expect(fromElm({ credential: vc })).toEqual(example('am-data-analytics'));
  });

  it('refuses what is not a JSON object, and hostile input', () => {
    for (const input of [null, 42, 'not json', '[1]', [vc()], JSON.parse('{"__proto__": {"x": 1}, "type": "EuropeanDigitalCredential"}')]) {
      expect(() => parseElm(input)).toThrow(expect.objectContaining({ code: 'ERR_ELM_INPUT' }));
    }
    let deep: Json = {};
    const root = deep;
    for (let i = 0; i < 200; i++) deep = deep.next = {};
    expect(() => parseElm(root)).toThrow(expect.objectContaining({ code: 'ERR_ELM_INPUT' }));
    function vc() {
      return toElm(example('am-data-analytics'));
    }
  });

  it('reads what it can of an empty or foreign document, with warnings', () => {
    const parsed = parseElm({ type: ['VerifiableCredential'], credentialSubject: { id: 'did:example:1', hasClaim: { type: 'LearningAchievement', title: 42 } } });
    expect(parsed.lossless).toBe(false);
    expect(parsed.microCredential.learner).toEqual({ id: 'did:example:1' });
    const pointers = parsed.warnings.map((w) => w.pointer);
    for (const pointer of ['/title', '/awardingBodies', '/dateOfIssuing', '/learningOutcomes', '/workload', '/level', '/assessment', '/participation', '/qualityAssurance']) {
      expect(pointers).toContain(pointer);
    }
  });
});

describe('value encodings', () => {
  it('dates and date-times map to xsd:dateTime and back exactly', () => {
    for (const value of ['2025-10-20', '2025-10-20T00:00:00Z', '2025-10-20T00:00:00.0Z', '2025-10-20T00:00:00.000Z', '2025-10-20T10:00:00+04:00', '2025-10-20T00:00:00+00:00']) {
      const encoded = encodeDateTime(value);
      expect(encoded).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
      expect(decodeDateTime(encoded)).toBe(value);
    }
  });

  it('hours map to xsd:duration and back exactly, or to nothing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 100000 }), fc.double({ min: 0, max: 100000, noNaN: true })), (hours) => {
        const duration = hoursToDuration(hours);
        if (duration !== undefined) {
          expect(duration).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/);
          expect(durationToHours(duration)).toBe(hours);
        }
      }),
      { numRuns: 500, seed: 1011 },
    );
    expect(hoursToDuration(175)).toBe('PT175H');
    expect(hoursToDuration(27.5)).toBe('PT27H30M');
    expect(durationToHours('P1M')).toBeUndefined();
    expect(durationToHours('P2DT1H')).toBe(49);
  });
});

describeWithSpecs('fromElm on the EU Annex I sample', (specsDir) => {
  const specs = elmSpecs(specsDir);
  const expectedWarnings = [
    ['ELM_DATE_ROUNDED', '/learner/birthDate'],
    ['ELM_NOT_CARRIED', '/level/nqf'],
    ['ELM_GUESSED', '/assessment/types'],
    ['ELM_MISSING_ELEMENT', '/qualityAssurance'],
    ['ELM_NOT_CARRIED', '/fieldOfStudy'],
    ['ELM_NOT_CARRIED', ''],
  ];

  for (const [name, input] of [
    ['unsigned', () => specs.unsignedSample()],
    ['signed payload', () => specs.signedPayload()],
    ['signed JWS', () => specs.signedJws()],
  ] as const) {
    it(`reads the ${name} sample, warning about what is missing`, () => {
      const parsed = parseElm(input());
      expect(parsed.lossless).toBe(false);
      expect(parsed.microCredential).toMatchObject({
        title: { en: 'Digital micro-credential creation' },
        learner: { name: 'Ana Andromeda', givenName: 'Ana', familyName: 'Andromeda', birthDate: '1999-10-02', identifiers: [{ type: 'nationalId', value: 'LA-234218' }] },
        awardingBodies: [{ name: { en: 'University of Zed' }, country: 'IE', url: 'https://uniz.edu' }],
        deliveringBodies: [{ country: 'BE' }],
        workload: { ects: 2, hours: 60 },
        level: { eqf: 6 },
        assessment: { types: ['artefact-assessment'] },
        participation: { mode: 'blended' },
        supervision: 'unsupervised-no-id',
        grade: { value: 'Pass' },
        stackability: { type: 'stand-alone' },
        languageOfDelivery: ['en'],
        fieldOfStudy: { iscedF: '003' },
      });
      expect(parsed.microCredential.learningOutcomes).toHaveLength(2);
      expect(parsed.microCredential.learner.id).toBeUndefined();
      const found = parsed.warnings.map((w) => [w.code, w.pointer]);
      for (const warning of expectedWarnings) expect(found).toContainEqual(warning);
      // Only quality assurance, an Annex I mandatory element, is missing.
      expect(parsed.warnings.filter((w) => w.code === 'ELM_MISSING_ELEMENT').map((w) => w.pointer)).toEqual(['/qualityAssurance']);
      expect(validateMicroCredential(parsed.microCredential).errors.map((e) => e.pointer)).toEqual(['/qualityAssurance']);
    });
  }

  it('gives the signed sample the same reading as the unsigned one, apart from its id and the e-mail the EU changed', () => {
    const { id: _a, learner: { email: _c, ...unsignedLearner }, ...unsigned } = fromElm(specs.unsignedSample());
    const { id: _b, learner: { email: _d, ...signedLearner }, ...signed } = fromElm(specs.signedPayload());
    expect({ ...signed, learner: signedLearner }).toEqual({ ...unsigned, learner: unsignedLearner });
  });
});
