import fc from 'fast-check';
import type { MicroCredential } from '../../src/index.js';

const LANGS = ['en', 'ka', 'hy', 'de'] as const;
/** Text with Latin, Georgian, Armenian and other characters, never blank. */
const text = fc
  .array(fc.constantFrom(...'abc xyzÄöß ხელოვნურიინტელექტი Տվյալներիվերլուծություն ‘’—🎓'.split('')), { minLength: 1, maxLength: 40 })
  .map((chars) => `T${chars.join('')}`);
const languageMap = fc
  .uniqueArray(fc.constantFrom(...LANGS), { minLength: 1, maxLength: 3 })
  .chain((tags) => fc.tuple(...tags.map((tag) => text.map((t) => [tag, t] as const))))
  .map((entries) => Object.fromEntries(entries));
const date = fc.integer({ min: 2015, max: 2030 }).chain((y) =>
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const url = fc.constantFrom('https://example.edu', 'https://eqe.ge/en', 'https://anqa.am/register?id=7');
const iri = fc.oneof(fc.uuid().map((u) => `urn:uuid:${u}`), fc.constantFrom('did:web:example.edu', 'https://example.edu/mc/1'));
const country = fc.constantFrom('GE', 'AM', 'DE', 'FR', 'XK');
const organisation = fc.record(
  { id: iri, name: languageMap, country, region: text, url, email: fc.constant('registrar@example.edu'), legalIdentifier: fc.constant('204864548') },
  { requiredKeys: ['name'] },
);
const qa = fc.record(
  {
    type: fc.constantFrom('internal', 'external'),
    body: organisation,
    description: languageMap,
    accreditationType: fc.constantFrom('institutional', 'programme', 'right-to-implement', 'external-qa'),
    decision: fc.constantFrom('accredited', 'granted', 'granted-with-monitoring'),
    decisionDate: date,
    accreditationId: text,
    scope: fc.record(
      {
        iscedF: fc.uniqueArray(fc.constantFrom('0111', '04', '0542', '061'), { minLength: 1, maxLength: 3 }),
        eqf: fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 3 }),
        nqf: fc.constant([{ framework: 'GE', level: 7 }]),
        programmes: fc.constant([{ courseCode: 'AI-701', title: { en: 'AI in research' } }]),
        maxEcts: fc.constantFrom(15, 30),
      },
      { requiredKeys: [] },
    ).filter((scope) => Object.keys(scope).length > 0),
    url,
    deqarId: fc.constantFrom('DEQARINST0123', 'DEQARRPT45'),
  },
  { requiredKeys: ['type'] },
);
const assessmentType = fc.constantFrom('written-exam', 'oral-exam', 'project', 'portfolio', 'presentation', 'quiz', 'other');

/** Arbitrary MicroCredential documents that satisfy the model schema (all optional fields in play). */
export const microCredentialArb: fc.Arbitrary<MicroCredential> = fc
  .record(
    {
      id: iri,
      learner: fc.record(
        {
          id: fc.constant('did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK'),
          name: text,
          givenName: text,
          familyName: text,
          identifiers: fc.array(
            fc.record({ type: fc.constantFrom('studentId', 'nationalId', 'emailAddress', 'other'), value: text, hashed: fc.boolean(), salt: text, issuedBy: text }, { requiredKeys: ['type', 'value'] }),
            { minLength: 1, maxLength: 3 },
          ),
        },
        { requiredKeys: ['name'] },
      ),
      title: languageMap,
      awardingBodies: fc.array(organisation, { minLength: 1, maxLength: 3 }),
      deliveringBodies: fc.array(organisation, { minLength: 1, maxLength: 2 }),
      countries: fc.array(fc.oneof(country, fc.record({ country, region: text })), { minLength: 1, maxLength: 2 }),
      dateOfIssuing: date,
      validUntil: fc.constant('2035-01-01'),
      learningOutcomes: fc.array(
        fc.record(
          { text: languageMap, category: fc.constantFrom('knowledge', 'skills', 'responsibility-autonomy'), escoSkills: fc.constant(['http://data.europa.eu/esco/skill/abc']) },
          { requiredKeys: ['text'] },
        ),
        { minLength: 1, maxLength: 6 },
      ),
      workload: fc.record(
        {
          ects: fc.integer({ min: 1, max: 30 }),
          hours: fc.integer({ min: 1, max: 900 }),
          hoursPerCredit: fc.constantFrom(25, 27.5, 30),
          breakdown: fc.array(fc.record({ activity: languageMap, hours: fc.integer({ min: 0, max: 100 }) }), { minLength: 1, maxLength: 4 }),
        },
        { requiredKeys: ['ects'] },
      ),
      level: fc.record(
        {
          eqf: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.constant('not-applicable' as const)),
          nqf: fc.record({ framework: fc.constantFrom('GE', 'AM'), level: fc.integer({ min: 1, max: 8 }) }),
          qfEhea: fc.constantFrom('short-cycle', 'first-cycle', 'second-cycle', 'third-cycle'),
          justification: languageMap,
        },
        { requiredKeys: ['eqf'] },
      ),
      assessment: fc.record(
        { types: fc.uniqueArray(assessmentType, { minLength: 1, maxLength: 4 }), description: languageMap, criteria: languageMap },
        { requiredKeys: ['types'] },
      ),
      participation: fc.record(
        { mode: fc.constantFrom('online', 'onsite', 'blended', 'hybrid'), synchronous: fc.boolean(), asynchronous: fc.boolean(), platform: text, pacing: fc.constantFrom('self-paced', 'instructor-led') },
        { requiredKeys: ['mode'] },
      ),
      qualityAssurance: fc.array(qa, { minLength: 1, maxLength: 3 }),
      prerequisites: fc.record({ description: languageMap, languageProficiency: fc.constant([{ language: 'en', level: 'B2' as const }]) }, { requiredKeys: ['description'] }),
      supervision: fc.constantFrom('unsupervised-no-id', 'supervised-no-id', 'supervised-online-id', 'supervised-onsite-id'),
      grade: fc.record({ value: text, scale: fc.constantFrom('percent', 'pass-fail', 'ECTS A-F'), passed: fc.boolean() }, { requiredKeys: [] }).filter((g) => Object.keys(g).length > 0),
      stackability: fc.record(
        { type: fc.constantFrom('stand-alone', 'stackable'), description: languageMap, towards: fc.array(fc.record({ title: languageMap, maxEcts: fc.constant(25) }), { minLength: 1, maxLength: 2 }) },
        { requiredKeys: ['type'] },
      ),
      furtherInformation: fc.record({ description: languageMap, urls: fc.array(url, { minLength: 1, maxLength: 2 }) }, { requiredKeys: ['description'] }),
      objective: languageMap,
      recognition: fc.record({ description: languageMap, maxEcts: fc.constant(10) }, { requiredKeys: ['description'] }),
      accessibility: languageMap,
      languageOfDelivery: fc.uniqueArray(fc.constantFrom(...LANGS), { minLength: 1, maxLength: 2 }),
      fieldOfStudy: fc.record({ iscedF: fc.constantFrom('0111', '0613', '04') }),
      image: fc.record({ id: fc.constant('data:image/png;base64,iVBORw0KGgo='), caption: languageMap }, { requiredKeys: ['id'] }),
      evidence: fc.array(fc.record({ id: iri, name: languageMap, narrative: languageMap, genre: text }, { requiredKeys: ['name'] }), { minLength: 1, maxLength: 2 }),
      achievementId: iri,
      courseCode: text,
    },
    {
      requiredKeys: ['learner', 'title', 'awardingBodies', 'dateOfIssuing', 'learningOutcomes', 'workload', 'level', 'assessment', 'participation', 'qualityAssurance'],
    },
  )
  .map((doc) => doc as unknown as MicroCredential);
