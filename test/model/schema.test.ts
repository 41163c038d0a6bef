import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_TYPES,
  PARTICIPATION_MODES,
  validateMicroCredential,
  vocabulariesSchema,
} from '../../src/index.js';
import { generateTypes } from '../../scripts/gen-types.js';
import { example, repoRoot } from '../helpers/fixtures.js';
import { sharedSpecsDir } from '../helpers/shared-specs.js';

describe('the MicroCredential schema', () => {
  it('accepts both canonical examples exactly as given', () => {
    expect(validateMicroCredential(example('ge-ai-research')).errors).toEqual([]);
    expect(validateMicroCredential(example('am-data-analytics')).errors).toEqual([]);
  });

  it('keeps Georgian and Armenian text untouched', () => {
    const ge = example('ge-ai-research');
    const am = example('am-data-analytics');
    expect(ge.title.ka).toBe('ხელოვნური ინტელექტის გამოყენება უმაღლეს განათლებაში კვლევითი უნარების განვითარებისთვის');
    expect(am.title.hy).toBe('Տվյալների վերլուծության հիմունքներ');
    expect([...ge.title.ka!].every((c) => /[\u10A0-\u10FF ]/.test(c))).toBe(true);
    expect([...am.title.hy!].every((c) => /[\u0530-\u058F ]/.test(c))).toBe(true);
  });

  it('explains missing mandatory elements with the Annex I wording', () => {
    const doc = example('ge-ai-research') as unknown as Record<string, unknown>;
    delete doc.assessment;
    const [error] = validateMicroCredential(doc).errors;
    expect(error).toMatchObject({ code: 'REQUIRED', pointer: '/assessment' });
    expect(error!.message).toBe('assessment is missing (Annex I element: type of assessment).');
  });

  it('suggests the right name for a misspelt field', () => {
    const doc = { ...example('ge-ai-research'), learningOutcome: [] };
    const issue = validateMicroCredential(doc).errors.find((e) => e.code === 'UNKNOWN_FIELD');
    expect(issue?.message).toContain('did you mean "learningOutcomes"');
  });

  it('rejects values outside the vocabularies', () => {
    const doc = example('ge-ai-research') as unknown as Record<string, any>;
    doc.participation.mode = 'face-to-face';
    doc.supervision = 'proctored';
    doc.level.qfEhea = 'master';
    doc.fieldOfStudy.iscedF = '0999x';
    doc.countries = ['Georgia'];
    doc.assessment.types = ['exam'];
    const pointers = validateMicroCredential(doc).errors.map((e) => e.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining(['/participation/mode', '/supervision', '/level/qfEhea', '/fieldOfStudy/iscedF', '/countries/0', '/assessment/types/0']),
    );
  });

  it('folds a failed anyOf into one clear message', () => {
    const doc = { ...example('ge-ai-research'), dateOfIssuing: '20.10.2025' };
    const errors = validateMicroCredential(doc).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('ISO 8601 date');
  });

  it('has TypeScript types generated from the schemas and up to date', async () => {
    const committed = readFileSync(`${repoRoot}src/model/types.generated.ts`, 'utf8');
    expect(await generateTypes(), 'run npm run gen:types').toBe(committed);
  });
});

describe('vocabularies', () => {
  const defs = vocabulariesSchema.$defs as Record<string, { enum: string[] }>;
  const assessmentValues = defs.AssessmentType!.enum;

  it('covers the required assessment types', () => {
    for (const t of ['written-exam', 'oral-exam', 'project', 'portfolio', 'presentation', 'practical-demonstration', 'quiz',
      'written-report', 'peer-assessment', 'continuous-assessment', 'other']) {
      expect(assessmentValues).toContain(t);
    }
  });

  const specs = sharedSpecsDir();
  it.runIf(specs)('maps to concepts that exist in the EU vocabularies', () => {
    const vocab = JSON.parse(readFileSync(`${specs}/elm/vocabularies/controlled-vocabularies.json`, 'utf8')) as Record<string, [string, string][]>;
    const known = new Set(Object.values(vocab).flat().map(([uri]) => uri));
    for (const concept of [...Object.values(ASSESSMENT_TYPES), ...Object.values(PARTICIPATION_MODES)]) {
      if (concept.euConcept) expect(known, concept.label).toContain(concept.euConcept);
    }
  });

  it.runIf(specs)('accepts exactly the ISCED-F codes of the EU vocabulary', () => {
    const xsd = readFileSync(`${specs}/elm/vocabularies/xsd/isced-f.xsd`, 'utf8');
    const codes = [...xsd.matchAll(/isced-f\/(\d+)"/g)].map((m) => m[1]);
    expect([...defs.IscedFCode!.enum].sort()).toEqual([...new Set(codes)].sort());
  });
});
