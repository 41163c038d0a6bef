import type { MicroCredential } from '../../src/index.js';
import { example } from '../helpers/fixtures.js';

/** An input using every corner of the mapping that the shared arbitraries do not reach. */
export function cornerCases(): MicroCredential {
  const doc = example('ge-ai-research');
  return {
    ...doc,
    dateOfIssuing: '2025-10-20T00:00:00Z',
    validUntil: '2030-01-01T00:00:00.0Z',
    learner: {
      name: 'Nino Beridze',
      email: 'nino@example.ge',
      birthDate: '2001-02-03',
      identifiers: [
        { type: 'studentId', value: 'TSU-1' },
        { type: 'nationalId', value: '01001012345', issuedBy: 'GE' },
        { type: 'nationalId', value: 'sha256$abc', hashed: true, salt: '' },
        { type: 'emailAddress', value: 'nino@example.ge', hashed: false },
      ],
    },
    awardingBodies: [
      { ...doc.awardingBodies[0]!, email: 'registrar@example.ge', accreditation: [{ type: 'external', decision: 'granted', validFrom: '2024-01-01', validUntil: '2030-12-31' }] },
      { name: { en: 'Partner University' } },
    ],
    deliveringBodies: [{ name: { en: 'Tbilisi Campus' }, country: 'GE' }],
    countries: ['GE', { country: 'AM', region: 'Yerevan' }],
    workload: { ects: 6.5, hours: 162.5, hoursPerCredit: 25, breakdown: [{ activity: { en: 'Lectures' }, hours: 0.1 }, { activity: { en: 'Self-study' }, hours: 0.123456789 }] },
    level: { eqf: 'not-applicable', nqf: { framework: 'DE', level: 6 }, qfEhea: 'short-cycle', justification: { en: 'Continuing education.' } },
    assessment: { types: ['presentation', 'other', 'quiz'], formative: ['quiz'], summative: ['presentation', 'other'], criteria: { en: 'Pass mark 60%.' } },
    participation: { mode: 'hybrid', synchronous: false, pacing: 'instructor-led', intensity: 'part-time', location: 'Tbilisi, room 12', description: { en: 'Hybrid seminars.' } },
    qualityAssurance: [{ type: 'internal', accreditationId: 'QA-7', decisionDate: '2025-01-15', url: 'https://example.ge/qa', deqarUrl: 'https://www.deqar.eu/reports/1' }],
    prerequisites: { languageProficiency: [{ language: 'en', level: 'B2' }, { language: 'ka', level: 'C1' }], eqfLevel: 6 },
    supervision: 'supervised-onsite-id',
    grade: { passed: false, description: { en: 'Resit possible.' } },
    stackability: { type: 'stackable', towards: [{ id: 'https://example.ge/programmes/ma', title: { en: 'MA Education' }, url: 'https://example.ge/ma' }] },
    recognition: { maxEcts: 6, programmes: [{ id: 'urn:x:prog', title: { en: 'MA Education' }, institution: { en: 'Example State University', ka: 'სანიმუშო' } }, { title: { en: 'MBA' } }] },
    furtherInformation: { urls: ['https://example.ge/more'] },
    languageOfDelivery: ['en-GB', 'ka'],
    fieldOfStudy: { iscedF: '0111', description: { en: 'Education science' } },
    image: { id: 'https://example.ge/badge.png', caption: { en: 'Badge' } },
    evidence: [{ id: 'https://example.ge/work/1', name: { en: 'Research plan' }, genre: 'Document' }],
    achievementId: 'https://example.ge/achievements/ai-research',
    courseCode: 'AIR-101',
  };
}
