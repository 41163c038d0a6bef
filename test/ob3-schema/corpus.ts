/**
 * A corpus of hand-written Open Badges 3.0 credentials, valid and invalid, covering every class
 * of the OB 3.0 data model (appendix B of the specification). Used to check that the project's
 * own schema (schemas/ob3-achievement-credential.schema.json) gives the same verdict as the
 * official 1EdTech schema; later tests may append the project's own issued credentials.
 *
 * `expected` is the verdict the spec (and the official schema) give; entries added without it
 * are only compared between the two schemas.
 */

/** Test data is built and mutated freely, so plain JSON objects are typed loosely here. */
export type Obj = Record<string, any>;

export interface Ob3CorpusEntry {
  name: string;
  credential: unknown;
  expected?: 'valid' | 'invalid';
}

export const VC2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const VC1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const OB_EXTENSIONS_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';

const JWT = 'eyJhbGciOiJFZERTQSIsImtpZCI6ImRpZDpleGFtcGxlOjEjMCJ9.eyJzdWIiOiJ1cm46ZXhhbXBsZSJ9.c2lnbmF0dXJlLWJ5dGVz';

const clone = <T>(value: T): T => structuredClone(value);

function dataIntegrityProof(): Obj {
  return {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-rdfc-2022',
    created: '2025-07-01T10:15:00Z',
    verificationMethod: 'did:web:tsu.example.ge#key-1',
    proofPurpose: 'assertionMethod',
    proofValue: 'z5x9aCBYovQxCzgkCrExampleProofValue',
  };
}

function alignment(): Obj {
  return {
    type: ['Alignment'],
    targetName: 'analyse data',
    targetUrl: 'http://data.europa.eu/esco/skill/5898d99a-62a4-4e5d-a3e7-1ef4bbd2a0d3',
    targetCode: 'S2.8.1',
    targetDescription: 'Collect, clean and interpret data sets.',
    targetFramework: 'ESCO',
    targetType: 'ext:ESCOSkill',
  };
}

function endorsement(): Obj {
  return {
    '@context': [VC2_CONTEXT, OB_CONTEXT],
    id: 'urn:uuid:1c7c1b9e-4f0d-4b8e-9b54-0c1b2d5b7a11',
    type: ['VerifiableCredential', 'EndorsementCredential'],
    name: 'NCEQE endorsement of the Data Analytics micro-credential',
    description: 'Quality assurance endorsement.',
    issuer: { id: 'https://eqe.example.ge', type: ['Profile'], name: 'National Center for Educational Quality Enhancement' },
    validFrom: '2025-01-15T00:00:00Z',
    validUntil: '2028-01-15T00:00:00Z',
    awardedDate: '2025-01-15T00:00:00Z',
    credentialSubject: {
      id: 'https://tsu.example.ge/achievements/data-analytics',
      type: ['EndorsementSubject'],
      endorsementComment: 'Meets the **national** micro-credential standard.',
    },
    credentialSchema: [
      {
        id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json',
        type: '1EdTechJsonSchemaValidator2019',
      },
    ],
    credentialStatus: { id: 'https://eqe.example.ge/status/3#12', type: '1EdTechRevocationList' },
    refreshService: { id: 'https://eqe.example.ge/refresh', type: '1EdTechCredentialRefresh' },
    termsOfUse: [{ type: 'IssuerPolicy', id: 'https://eqe.example.ge/policy' }],
    proof: [dataIntegrityProof()],
  };
}

function issuerProfile(): Obj {
  return {
    id: 'did:web:tsu.example.ge',
    type: ['Profile'],
    name: 'Ivane Javakhishvili Tbilisi State University',
    url: 'https://tsu.example.ge',
    phone: '+995 32 222 11 11',
    description: 'A public research university.',
    email: 'registrar@tsu.example.ge',
    image: { id: 'https://tsu.example.ge/logo.png', type: 'Image', caption: 'TSU logo' },
    address: {
      type: ['Address'],
      addressCountry: 'Georgia',
      addressCountryCode: 'GE',
      addressRegion: 'Tbilisi',
      addressLocality: 'Tbilisi',
      streetAddress: '1 Ilia Chavchavadze Ave',
      postOfficeBoxNumber: '0179',
      postalCode: '0179',
      geo: { type: 'GeoCoordinates', latitude: 41.709, longitude: 44.778 },
    },
    otherIdentifier: [{ type: 'IdentifierEntry', identifier: '204864548', identifierType: 'ext:GeorgianTaxId' }],
    official: 'Rector',
    parentOrg: { id: 'https://mes.example.ge', type: ['Profile'], name: 'Ministry of Education and Science' },
    endorsement: [endorsement()],
    endorsementJwt: [JWT],
  };
}

function personProfile(): Obj {
  return {
    id: 'mailto:nino.beridze@example.ge',
    type: ['Profile'],
    givenName: 'Nino',
    familyName: 'Beridze',
    additionalName: 'G.',
    patronymicName: 'Giorgis asuli',
    honorificPrefix: 'Dr',
    honorificSuffix: 'PhD',
    familyNamePrefix: 'de',
    dateOfBirth: '1980-04-12',
  };
}

function resultDescriptions(): Obj[] {
  return [
    {
      id: 'https://tsu.example.ge/achievements/data-analytics/results/grade',
      type: ['ResultDescription'],
      name: 'Final grade',
      resultType: 'LetterGrade',
      allowedValue: ['E', 'D', 'C', 'B', 'A'],
      requiredValue: 'E',
      alignment: [alignment()],
    },
    {
      id: 'https://tsu.example.ge/achievements/data-analytics/results/project',
      type: ['ResultDescription'],
      name: 'Project rubric',
      resultType: 'RubricCriterionLevel',
      requiredLevel: 'https://tsu.example.ge/levels/competent',
      rubricCriterionLevel: [
        {
          id: 'https://tsu.example.ge/levels/competent',
          type: ['RubricCriterionLevel'],
          name: 'Competent',
          description: 'Meets expectations.',
          level: 'Competent',
          points: '3',
          alignment: [alignment()],
        },
        {
          id: 'https://tsu.example.ge/levels/excellent',
          type: ['RubricCriterionLevel'],
          name: 'Excellent',
        },
      ],
    },
    {
      id: 'https://tsu.example.ge/achievements/data-analytics/results/score',
      type: ['ResultDescription'],
      name: 'Exam score',
      resultType: 'ScaledScore',
      valueMin: '0',
      valueMax: '100',
    },
    {
      id: 'https://tsu.example.ge/achievements/data-analytics/results/status',
      type: ['ResultDescription'],
      name: 'Status',
      resultType: 'Status',
    },
  ];
}

function achievement(): Obj {
  return {
    id: 'https://tsu.example.ge/achievements/data-analytics',
    type: ['Achievement'],
    name: 'Data Analytics Fundamentals',
    description: 'A 5 ECTS micro-credential in applied data analytics.',
    criteria: {
      id: 'https://tsu.example.ge/achievements/data-analytics/criteria',
      narrative: 'Pass the written exam and the **project**.',
    },
    achievementType: 'MicroCredential',
    alignment: [alignment()],
    creator: personProfile(),
    creditsAvailable: 5,
    endorsement: [endorsement()],
    endorsementJwt: [JWT],
    fieldOfStudy: 'Statistics',
    humanCode: 'DA-101',
    image: { id: 'data:image/png;base64,iVBORw0KGgo=', type: 'Image' },
    inLanguage: 'en',
    otherIdentifier: [{ type: 'IdentifierEntry', identifier: 'DA-101', identifierType: 'identifier' }],
    related: [
      { id: 'https://tsu.example.ge/achievements/data-analytics/ka', type: ['Related'], inLanguage: 'ka', version: '2025.1' },
    ],
    resultDescription: resultDescriptions(),
    specialization: 'Business analytics',
    tag: ['data', 'statistics'],
    version: '2025.1',
  };
}

function subject(): Obj {
  return {
    id: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
    type: ['AchievementSubject'],
    activityStartDate: '2025-02-01T09:00:00+04:00',
    activityEndDate: '2025-06-20T18:00:00+04:00',
    creditsEarned: 5,
    identifier: [
      {
        type: 'IdentityObject',
        hashed: true,
        identityHash: 'sha256$2b3f0a6c7d0e4e5a9f1c1f0d2b7c8e9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e',
        identityType: 'emailAddress',
        salt: 'deadsea',
      },
      { type: 'IdentityObject', hashed: false, identityHash: 'S-2025-0042', identityType: 'sisSourcedId' },
    ],
    image: { id: 'https://tsu.example.ge/credentials/42/baked.svg', type: 'Image' },
    licenseNumber: 'L-42',
    narrative: 'Both pieces of evidence together show the learning outcomes.',
    role: 'Student',
    term: 'Spring 2025',
    source: { id: 'https://tsu.example.ge/faculties/economics', type: ['Profile'], name: 'Faculty of Economics' },
    result: [
      { type: ['Result'], resultDescription: 'https://tsu.example.ge/achievements/data-analytics/results/grade', value: 'A', alignment: [alignment()] },
      {
        type: ['Result'],
        resultDescription: 'https://tsu.example.ge/achievements/data-analytics/results/project',
        achievedLevel: 'https://tsu.example.ge/levels/excellent',
      },
      { type: ['Result'], resultDescription: 'https://tsu.example.ge/achievements/data-analytics/results/score', value: '91' },
      { type: ['Result'], resultDescription: 'https://tsu.example.ge/achievements/data-analytics/results/status', status: 'Completed' },
    ],
    achievement: achievement(),
  };
}

/** A credential that uses every class and every optional property of the OB 3.0 data model. */
export function fullCredential(): Obj {
  return {
    '@context': [VC2_CONTEXT, OB_CONTEXT, OB_EXTENSIONS_CONTEXT],
    id: 'urn:uuid:6a8f1d5e-2c3b-4d7a-9e0f-1b2c3d4e5f60',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: 'Data Analytics Fundamentals',
    description: 'Micro-credential awarded to Tamar Kapanadze.',
    image: { id: 'https://tsu.example.ge/achievements/data-analytics/badge.png', type: 'Image', caption: 'Badge' },
    awardedDate: '2025-06-30T12:00:00Z',
    issuer: issuerProfile(),
    validFrom: '2025-07-01T00:00:00Z',
    validUntil: '2030-07-01T00:00:00+04:00',
    credentialSubject: subject(),
    endorsement: [endorsement()],
    endorsementJwt: [JWT],
    evidence: [
      {
        id: 'https://tsu.example.ge/evidence/42/project',
        type: ['Evidence'],
        narrative: 'A dashboard built on open data.',
        name: 'Final project',
        description: 'Repository and report.',
        genre: 'Software',
        audience: 'Employers',
      },
      { type: ['Evidence'], name: 'Written exam' },
    ],
    credentialSchema: [
      {
        id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
        type: '1EdTechJsonSchemaValidator2019',
      },
    ],
    credentialStatus: {
      id: 'https://tsu.example.ge/status/1#94567',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '94567',
      statusListCredential: 'https://tsu.example.ge/status/1',
    },
    refreshService: { id: 'https://tsu.example.ge/refresh/42', type: '1EdTechCredentialRefresh' },
    termsOfUse: [{ type: 'TrustFrameworkPolicy', id: 'https://tsu.example.ge/terms' }],
    proof: [dataIntegrityProof()],
  };
}

/** The smallest credential the spec allows. */
export function minimalCredential(): Obj {
  return {
    '@context': [VC2_CONTEXT, OB_CONTEXT],
    id: 'urn:uuid:0b5d3f1e-7a7c-4c62-9a8e-7f9f1a2b3c4d',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: 'did:web:tsu.example.ge',
    validFrom: '2025-07-01T00:00:00Z',
    credentialSubject: {
      id: 'did:example:learner-1',
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://tsu.example.ge/achievements/minimal',
        type: ['Achievement'],
        name: 'Minimal',
        description: 'Minimal achievement.',
        criteria: {},
      },
    },
  };
}

/**
 * Rewrites a VC 2.0 credential onto the VC 1.1 envelope (B.9): VC 1.1 context, issuanceDate
 * and expirationDate instead of validFrom and validUntil — also in embedded endorsements.
 */
export function toVc1p1(credential: Obj): Obj {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Obj = {};
    for (const [key, value] of Object.entries(node)) out[key] = walk(value);
    const ctx = out['@context'];
    if (Array.isArray(ctx) && ctx[0] === VC2_CONTEXT) {
      out['@context'] = [VC1_CONTEXT, ...ctx.slice(1)];
      if ('validFrom' in out) {
        out.issuanceDate = out.validFrom;
        delete out.validFrom;
      }
      if ('validUntil' in out) {
        out.expirationDate = out.validUntil;
        delete out.validUntil;
      }
    }
    return out;
  };
  return walk(clone(credential)) as Obj;
}

/** The enumerations of appendix B (B.1.28 – B.1.32). */
export const ACHIEVEMENT_TYPES = [
  'Achievement', 'ApprenticeshipCertificate', 'Assessment', 'Assignment', 'AssociateDegree', 'Award', 'Badge',
  'BachelorDegree', 'Certificate', 'CertificateOfCompletion', 'Certification', 'CommunityService', 'Competency',
  'Course', 'CoCurricular', 'Degree', 'Diploma', 'DoctoralDegree', 'Fieldwork', 'GeneralEducationDevelopment',
  'JourneymanCertificate', 'LearningProgram', 'License', 'Membership', 'ProfessionalDoctorate',
  'QualityAssuranceCredential', 'MasterCertificate', 'MasterDegree', 'MicroCredential', 'ResearchDoctorate',
  'SecondarySchoolDiploma',
];
export const ALIGNMENT_TARGET_TYPES = [
  'ceasn:Competency', 'ceterms:Credential', 'CFItem', 'CFRubric', 'CFRubricCriterion', 'CFRubricCriterionLevel', 'CTDL',
];
export const IDENTIFIER_TYPES = [
  'name', 'sourcedId', 'systemId', 'productId', 'userName', 'accountId', 'emailAddress', 'nationalIdentityNumber',
  'isbn', 'issn', 'lisSourcedId', 'oneRosterSourcedId', 'sisSourcedId', 'ltiContextId', 'ltiDeploymentId',
  'ltiToolId', 'ltiPlatformId', 'ltiUserId', 'identifier',
];
export const RESULT_TYPES = [
  'GradePointAverage', 'LetterGrade', 'Percent', 'PerformanceLevel', 'PredictedScore', 'RawScore', 'Result',
  'RubricCriterion', 'RubricCriterionLevel', 'RubricScore', 'ScaledScore', 'Status',
];
export const RESULT_STATUS_TYPES = ['Completed', 'Enrolled', 'Failed', 'InProgress', 'OnHold', 'Provisional', 'Withdrew'];

type Build = () => Obj;

/** A variant of a base credential changed by `edit`. */
function variant(base: Build, edit: (c: Obj) => void): Obj {
  const c = base();
  edit(c);
  return c;
}

const ach = (c: Obj): Obj => c.credentialSubject.achievement;

/** The hand-written corpus: fresh copies on every call. */
export function ob3Corpus(): Ob3CorpusEntry[] {
  const valid: Array<[string, Obj]> = [
    ['minimal OpenBadgeCredential, issuer as URI', minimalCredential()],
    ['minimal, typed AchievementCredential', variant(minimalCredential, (c) => { c.type = ['VerifiableCredential', 'AchievementCredential']; })],
    ['full credential using every class', fullCredential()],
    ['types listed in another order with extra types', variant(minimalCredential, (c) => { c.type = ['OpenBadgeCredential', 'AchievementCredential', 'VerifiableCredential', 'ext:MicroCredentialEU']; })],
    ['versioned OB contexts: context-3.0.2.json', variant(minimalCredential, (c) => { c['@context'][1] = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json'; })],
    ['unversioned OB context.json, then an inline context object', variant(minimalCredential, (c) => {
      c['@context'] = [VC2_CONTEXT, 'https://purl.imsglobal.org/spec/ob/v3p0/context.json', { mc: 'https://microcred.dev/ns#', ects: 'mc:ects' }];
    })],
    ['extension properties on every open class', variant(fullCredential, (c) => {
      c['@context'].push('https://microcred.dev/contexts/microcredential-v1.jsonld');
      c.mcQualityAssurance = { type: 'external', body: 'NCEQE' };
      c.issuer.mcAccreditation = 'ACC-1';
      c.issuer.address.mcDistrict = 'Vake';
      c.issuer.address.geo.altitude = 490;
      c.credentialSubject.mcSupervision = 'supervised-onsite-id';
      ach(c).mcEqfLevel = 6;
      ach(c).criteria.mcAssessment = ['written-exam'];
      ach(c).alignment[0].mcLevel = 'essential';
      ach(c).resultDescription[1].rubricCriterionLevel[0].mcWeight = 0.3;
      ach(c).related[0].mcNote = 'Georgian edition';
      c.credentialSubject.result[0].mcScale = 'ECTS';
      c.evidence[0].mcFile = 'report.pdf';
      c.endorsement[0].mcNote = 'x';
      c.endorsement[0].credentialSubject.mcNote = 'x';
      c.proof[0].mcNote = 'x';
      c.termsOfUse[0].mcNote = 'x';
      c.refreshService.mcNote = 'x';
      c.credentialSchema[0].mcNote = 'x';
    })],
    // The official context pattern repeats the version suffix with `*`, so a doubled suffix passes.
    ['quirk: OB context with a repeated version suffix (context-3.0.3-3.0.2.json)', variant(minimalCredential, (c) => { c['@context'][1] = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3-3.0.2.json'; })],
    ['achievementType ext: extension term', variant(minimalCredential, (c) => { ach(c).achievementType = 'ext:EUMicroCredential'; })],
    ['resultType, alignmentTargetType and identifier types from the enumerations', variant(fullCredential, (c) => {
      ach(c).resultDescription[0].resultType = 'GradePointAverage';
      ach(c).alignment[0].targetType = 'ceasn:Competency';
      c.credentialSubject.identifier[1].identityType = 'ltiUserId';
      c.issuer.otherIdentifier[0].identifierType = 'nationalIdentityNumber';
    })],
    ['subject identified only by a hashed identifier', variant(fullCredential, (c) => { delete c.credentialSubject.id; })],
    ['issuer is a person profile', variant(minimalCredential, (c) => { c.issuer = personProfile(); })],
    ['validFrom with an offset and fractional seconds', variant(minimalCredential, (c) => {
      c.validFrom = '2025-07-01T00:00:00.123+04:00';
      c.validUntil = '2026-07-01T00:00:00.5-03:30';
    })],
    ['two proofs of different suites', variant(fullCredential, (c) => {
      c.proof.push({
        type: 'Ed25519Signature2020',
        created: '2025-07-01T10:15:00Z',
        verificationMethod: 'did:key:z6Mk#z6Mk',
        proofPurpose: 'assertionMethod',
        proofValue: 'z3FXQexample',
      });
    })],
    ['empty optional arrays', variant(minimalCredential, (c) => {
      c.proof = [];
      c.evidence = [];
      c.endorsement = [];
      c.termsOfUse = [];
      ach(c).tag = [];
    })],
    ['endorsementJwt with a detached payload', variant(minimalCredential, (c) => { c.endorsementJwt = ['eyJhbGciOiJFUzI1NiJ9..c2ln']; })],
    ['full credential on the VC 1.1 envelope (AchievementCredentialv1p1)', toVc1p1(fullCredential())],
    ['minimal VC 1.1 credential', variant(() => toVc1p1(minimalCredential()), (c) => {
      c.name = 'Minimal legacy badge';
      c.issuer = { id: 'did:web:legacy.example', type: ['Profile'], name: 'Legacy issuer' };
      c.proof = [{ type: 'Ed25519Signature2020', created: '2023-01-01T00:00:00Z', proofPurpose: 'assertionMethod', proofValue: 'z58D' }];
    })],
    ['credential-level name and a language-tagged achievement', variant(minimalCredential, (c) => {
      c.name = 'Მონაცემთა ანალიტიკა';
      ach(c).inLanguage = 'zh-Hant-TW';
    })],
    // The official schema matches `ext:` terms with an unanchored pattern; the verdict is reproduced.
    ['quirk: achievementType containing "ext:" mid-string (official pattern is unanchored)', variant(minimalCredential, (c) => { ach(c).achievementType = 'Text:Diploma'; })],
  ];

  const invalid: Array<[string, Obj | unknown]> = [
    // DateTime (unlike DateTimeZ) needs no zone in the prose, but both schemas check format date-time.
    ['quirk: activityStartDate as a local date-time without a zone', variant(fullCredential, (c) => {
      c.credentialSubject.activityStartDate = '2025-02-01T09:00:00';
    })],
    ['@context with a two-digit OB context version (context-3.0.10.json)', variant(minimalCredential, (c) => { c['@context'][1] = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.10.json'; })],
    ['quirk: achievementType "ext:-x" (the official character class lacks "-")', variant(minimalCredential, (c) => { ach(c).achievementType = 'ext:-x'; })],
    ['not an object: array', [fullCredential()]],
    ['not an object: string', 'eyJhbGciOiJFZERTQSJ9.e30.c2ln'],
    ['not an object: null', null],
    ['missing @context', variant(minimalCredential, (c) => { delete c['@context']; })],
    ['missing id', variant(minimalCredential, (c) => { delete c.id; })],
    ['missing type', variant(minimalCredential, (c) => { delete c.type; })],
    ['missing issuer', variant(minimalCredential, (c) => { delete c.issuer; })],
    ['missing validFrom', variant(minimalCredential, (c) => { delete c.validFrom; })],
    ['missing credentialSubject', variant(minimalCredential, (c) => { delete c.credentialSubject; })],
    ['VC 2.0 context with issuanceDate instead of validFrom', variant(minimalCredential, (c) => {
      c.issuanceDate = c.validFrom;
      delete c.validFrom;
    })],
    ['@context with only the VC context', variant(minimalCredential, (c) => { c['@context'] = [VC2_CONTEXT]; })],
    ['@context in the wrong order', variant(minimalCredential, (c) => { c['@context'] = [OB_CONTEXT, VC2_CONTEXT]; })],
    ['@context as a string', variant(minimalCredential, (c) => { c['@context'] = VC2_CONTEXT; })],
    ['@context with an http OB context', variant(minimalCredential, (c) => { c['@context'][1] = 'http://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'; })],
    ['@context with a number', variant(minimalCredential, (c) => { c['@context'].push(42); })],
    ['type as a single string', variant(minimalCredential, (c) => { c.type = 'OpenBadgeCredential'; })],
    ['type without OpenBadgeCredential/AchievementCredential', variant(minimalCredential, (c) => { c.type = ['VerifiableCredential']; })],
    ['type without VerifiableCredential', variant(minimalCredential, (c) => { c.type = ['OpenBadgeCredential']; })],
    ['proof as a single object (JSON-LD compacted form)', variant(fullCredential, (c) => { c.proof = c.proof[0]; })],
    ['proof without type', variant(fullCredential, (c) => { delete c.proof[0].type; })],
    ['proof created is not a date-time', variant(fullCredential, (c) => { c.proof[0].created = '2025-07-01'; })],
    ['credentialSchema as a single object', variant(fullCredential, (c) => { c.credentialSchema = c.credentialSchema[0]; })],
    ['credentialSchema without type', variant(fullCredential, (c) => { delete c.credentialSchema[0].type; })],
    ['credentialStatus without id', variant(fullCredential, (c) => { delete c.credentialStatus.id; })],
    ['credentialStatus as an array', variant(fullCredential, (c) => { c.credentialStatus = [c.credentialStatus]; })],
    ['refreshService without id', variant(fullCredential, (c) => { delete c.refreshService.id; })],
    ['termsOfUse as a single object', variant(fullCredential, (c) => { c.termsOfUse = c.termsOfUse[0]; })],
    ['termsOfUse without type', variant(fullCredential, (c) => { delete c.termsOfUse[0].type; })],
    ['validFrom without a time zone', variant(minimalCredential, (c) => { c.validFrom = '2025-07-01T00:00:00'; })],
    ['validFrom on a day that does not exist', variant(minimalCredential, (c) => { c.validFrom = '2025-02-30T00:00:00Z'; })],
    ['validUntil as a date only', variant(minimalCredential, (c) => { c.validUntil = '2030-01-01'; })],
    ['awardedDate as a number', variant(minimalCredential, (c) => { c.awardedDate = 1719792000; })],
    ['credential name as a VC 2.0 language value object', variant(minimalCredential, (c) => { c.name = { '@value': 'Data Analytics', '@language': 'en' }; })],
    ['credential image as a bare URI', variant(fullCredential, (c) => { c.image = c.image.id; })],
    ['Image with an extra property', variant(fullCredential, (c) => { c.image.width = 400; })],
    ['Image type as an array', variant(fullCredential, (c) => { c.image.type = ['Image']; })],
    ['issuer Profile with type as a string', variant(fullCredential, (c) => { c.issuer.type = 'Profile'; })],
    ['issuer Profile without id', variant(fullCredential, (c) => { delete c.issuer.id; })],
    ['issuer Profile without type Profile', variant(fullCredential, (c) => { c.issuer.type = ['Organization']; })],
    ['issuer as a number', variant(minimalCredential, (c) => { c.issuer = 7; })],
    ['Profile dateOfBirth is not a date', variant(minimalCredential, (c) => { c.issuer = { ...personProfile(), dateOfBirth: '12/04/1980' }; })],
    ['parentOrg without type', variant(fullCredential, (c) => { delete c.issuer.parentOrg.type; })],
    ['Address type as a string', variant(fullCredential, (c) => { c.issuer.address.type = 'Address'; })],
    ['GeoCoordinates latitude as a string', variant(fullCredential, (c) => { c.issuer.address.geo.latitude = '41.709'; })],
    ['GeoCoordinates without longitude', variant(fullCredential, (c) => { delete c.issuer.address.geo.longitude; })],
    ['IdentifierEntry without identifierType', variant(fullCredential, (c) => { delete c.issuer.otherIdentifier[0].identifierType; })],
    ['IdentifierEntry with an extra property', variant(fullCredential, (c) => { c.issuer.otherIdentifier[0].issuedBy = 'Revenue Service'; })],
    ['credentialSubject as an array', variant(minimalCredential, (c) => { c.credentialSubject = [c.credentialSubject]; })],
    ['AchievementSubject type as a string', variant(minimalCredential, (c) => { c.credentialSubject.type = 'AchievementSubject'; })],
    ['AchievementSubject without achievement', variant(minimalCredential, (c) => { delete c.credentialSubject.achievement; })],
    ['creditsEarned as a string', variant(fullCredential, (c) => { c.credentialSubject.creditsEarned = '5'; })],
    ['activityEndDate is not a date-time', variant(fullCredential, (c) => { c.credentialSubject.activityEndDate = 'June 2025'; })],
    ['IdentityObject hashed as a string', variant(fullCredential, (c) => { c.credentialSubject.identifier[0].hashed = 'true'; })],
    ['IdentityObject type as an array', variant(fullCredential, (c) => { c.credentialSubject.identifier[0].type = ['IdentityObject']; })],
    ['IdentityObject with an unknown identityType', variant(fullCredential, (c) => { c.credentialSubject.identifier[0].identityType = 'email'; })],
    ['IdentityObject with an extra property', variant(fullCredential, (c) => { c.credentialSubject.identifier[0].verified = true; })],
    ['identifier as a single object', variant(fullCredential, (c) => { c.credentialSubject.identifier = c.credentialSubject.identifier[0]; })],
    ['Result type missing', variant(fullCredential, (c) => { delete c.credentialSubject.result[0].type; })],
    ['Result status not in the enumeration', variant(fullCredential, (c) => { c.credentialSubject.result[3].status = 'Passed'; })],
    ['Result value as a number', variant(fullCredential, (c) => { c.credentialSubject.result[2].value = 91; })],
    ['source Profile without id', variant(fullCredential, (c) => { delete c.credentialSubject.source.id; })],
    ['Achievement without criteria', variant(minimalCredential, (c) => { delete ach(c).criteria; })],
    ['Achievement without description', variant(minimalCredential, (c) => { delete ach(c).description; })],
    ['Achievement without name', variant(minimalCredential, (c) => { delete ach(c).name; })],
    ['Achievement without id', variant(minimalCredential, (c) => { delete ach(c).id; })],
    ['Achievement type as a string', variant(minimalCredential, (c) => { ach(c).type = 'Achievement'; })],
    ['Achievement name as a language map', variant(minimalCredential, (c) => { ach(c).name = { en: 'Minimal', ka: 'მინიმალური' }; })],
    ['achievementType with the wrong case', variant(minimalCredential, (c) => { ach(c).achievementType = 'Microcredential'; })],
    ['achievementType "ext:" with nothing after it', variant(minimalCredential, (c) => { ach(c).achievementType = 'ext:'; })],
    ['achievementType as an array', variant(minimalCredential, (c) => { ach(c).achievementType = ['MicroCredential']; })],
    ['creditsAvailable as a string', variant(fullCredential, (c) => { ach(c).creditsAvailable = '5 ECTS'; })],
    ['inLanguage with an upper-case language', variant(fullCredential, (c) => { ach(c).inLanguage = 'EN'; })],
    ['tag as a string', variant(fullCredential, (c) => { ach(c).tag = 'data'; })],
    ['criteria as a string', variant(minimalCredential, (c) => { ach(c).criteria = 'https://tsu.example.ge/criteria'; })],
    ['Criteria narrative as an array', variant(fullCredential, (c) => { ach(c).criteria.narrative = ['a', 'b']; })],
    ['creator Profile with type as a string', variant(fullCredential, (c) => { ach(c).creator.type = 'Profile'; })],
    ['Alignment without targetUrl', variant(fullCredential, (c) => { delete ach(c).alignment[0].targetUrl; })],
    ['Alignment with an unknown targetType', variant(fullCredential, (c) => { ach(c).alignment[0].targetType = 'ESCO'; })],
    ['Alignment type missing Alignment', variant(fullCredential, (c) => { ach(c).alignment[0].type = ['CFItem']; })],
    ['Related without id', variant(fullCredential, (c) => { delete ach(c).related[0].id; })],
    ['Related with an invalid inLanguage', variant(fullCredential, (c) => { ach(c).related[0].inLanguage = 'ka_GE'; })],
    ['ResultDescription without resultType', variant(fullCredential, (c) => { delete ach(c).resultDescription[0].resultType; })],
    ['ResultDescription with an unknown resultType', variant(fullCredential, (c) => { ach(c).resultDescription[0].resultType = 'Grade'; })],
    ['ResultDescription allowedValue with numbers', variant(fullCredential, (c) => { ach(c).resultDescription[0].allowedValue = [1, 2, 3]; })],
    ['ResultDescription valueMax as a number', variant(fullCredential, (c) => { ach(c).resultDescription[2].valueMax = 100; })],
    ['RubricCriterionLevel without name', variant(fullCredential, (c) => { delete ach(c).resultDescription[1].rubricCriterionLevel[1].name; })],
    ['RubricCriterionLevel points as a number', variant(fullCredential, (c) => { ach(c).resultDescription[1].rubricCriterionLevel[0].points = 3; })],
    ['Evidence without type', variant(fullCredential, (c) => { delete c.evidence[1].type; })],
    ['Evidence type as a string', variant(fullCredential, (c) => { c.evidence[0].type = 'Evidence'; })],
    ['evidence as a single object', variant(fullCredential, (c) => { c.evidence = c.evidence[0]; })],
    ['endorsement without name', variant(fullCredential, (c) => { delete c.endorsement[0].name; })],
    ['endorsement without validFrom', variant(fullCredential, (c) => { delete c.endorsement[0].validFrom; })],
    ['endorsement typed as an OpenBadgeCredential', variant(fullCredential, (c) => { c.endorsement[0].type = ['VerifiableCredential', 'OpenBadgeCredential']; })],
    ['EndorsementSubject without id', variant(fullCredential, (c) => { delete c.endorsement[0].credentialSubject.id; })],
    ['endorsement inside the Achievement with a broken proof', variant(fullCredential, (c) => { ach(c).endorsement[0].proof = { type: 'DataIntegrityProof' }; })],
    ['endorsement inside the issuer Profile on the VC 1.1 envelope', variant(fullCredential, (c) => { c.issuer.endorsement = [toVc1p1(endorsement())]; })],
    ['endorsementJwt that is not a compact JWS', variant(minimalCredential, (c) => { c.endorsementJwt = ['not a jwt']; })],
    ['endorsementJwt as a string', variant(minimalCredential, (c) => { c.endorsementJwt = JWT; })],
    ['VC 1.1 credential without name', variant(() => toVc1p1(fullCredential()), (c) => { delete c.name; })],
    ['VC 1.1 credential without issuanceDate', variant(() => toVc1p1(fullCredential()), (c) => { delete c.issuanceDate; })],
    ['VC 1.1 credential with validFrom instead of issuanceDate', variant(() => toVc1p1(fullCredential()), (c) => {
      c.validFrom = c.issuanceDate;
      delete c.issuanceDate;
    })],
    ['VC 1.1 credential with the issuer as a URI (Profilev1p1 is an object)', variant(() => toVc1p1(fullCredential()), (c) => { c.issuer = c.issuer.id; })],
    ['VC 1.1 credential with a bad expirationDate', variant(() => toVc1p1(fullCredential()), (c) => { c.expirationDate = 'never'; })],
    ['VC 1.1 credential embedding a VC 2.0 endorsement', variant(() => toVc1p1(fullCredential()), (c) => { c.endorsement = [endorsement()]; })],
  ];

  // One valid credential per term of each enumeration.
  for (const term of ACHIEVEMENT_TYPES) {
    valid.push([`achievementType ${term}`, variant(minimalCredential, (c) => { ach(c).achievementType = term; })]);
  }
  for (const term of RESULT_TYPES) {
    valid.push([`resultType ${term}`, variant(fullCredential, (c) => { ach(c).resultDescription[2].resultType = term; })]);
  }
  for (const term of ALIGNMENT_TARGET_TYPES) {
    valid.push([`alignment targetType ${term}`, variant(fullCredential, (c) => { ach(c).alignment[0].targetType = term; })]);
  }
  for (const term of IDENTIFIER_TYPES) {
    valid.push([`identityType and identifierType ${term}`, variant(fullCredential, (c) => {
      c.credentialSubject.identifier[1].identityType = term;
      c.issuer.otherIdentifier[0].identifierType = term;
    })]);
  }
  for (const term of RESULT_STATUS_TYPES) {
    valid.push([`result status ${term}`, variant(fullCredential, (c) => { c.credentialSubject.result[3].status = term; })]);
  }

  return [
    ...valid.map(([name, credential]) => ({ name, credential, expected: 'valid' as const })),
    ...invalid.map(([name, credential]) => ({ name, credential, expected: 'invalid' as const })),
  ];
}
