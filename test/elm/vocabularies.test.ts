import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAL_COUNTRIES, NAL_COUNTRY_UNKNOWN } from '../../src/formats/elm/data/countries.js';
import { toElm } from '../../src/formats/elm/index.js';
import { NOTE_SUBJECTS, type NoteKey, noteSubject } from '../../src/formats/elm/notes.js';
import {
  ACCREDITATION_TYPES,
  ASSESSMENT_TYPE_CONCEPTS,
  BASE64_ENCODING,
  type ConceptEntry,
  CREDIT_SYSTEMS,
  ENTITLEMENT,
  GENERIC_PROFILE,
  LEARNING_SETTINGS,
  MICROCRED_CONCEPTS,
  MICROCRED_VOCAB,
  MODES,
  NQF_LEVELS,
  PARTICIPATION_MODES,
  QA_DECISION_CONCEPTS,
  QF_EHEA_CONCEPTS,
  SCHEMES,
  SKILL_TYPES,
  SUPERVISION_CONCEPTS,
  UNVERIFIABLE_SCHEMES,
  countryConcept,
  eqfEntry,
  fileTypeConcept,
  iscedFEntry,
  languageConcept,
  nqfEntry,
} from '../../src/formats/elm/vocabularies.js';
import { NAL_LANGUAGES } from '../../src/formats/elm/data/languages.js';
import { ASSESSMENT_TYPES, PARTICIPATION_MODES as MODEL_MODES } from '../../src/model/index.js';
import { microCredentialArb } from '../helpers/arbitraries.js';
import { example, repoRoot } from '../helpers/fixtures.js';
import { describeWithSpecs } from '../helpers/shared-specs.js';
import { elmSpecs } from './elm-specs.js';

const MODEL_ISCED = (JSON.parse(readFileSync(`${repoRoot}schemas/vocabularies.schema.json`, 'utf8')) as { $defs: { IscedFCode: { enum: string[] } } }).$defs.IscedFCode.enum;

/** Every EU-vocabulary entry the project ships, with what it is. */
function euEntries(): Array<[string, ConceptEntry]> {
  const own = (e: ConceptEntry) => e.id.startsWith(MICROCRED_VOCAB);
  const entries: Array<[string, ConceptEntry]> = [
    ['profile', GENERIC_PROFILE],
    ['encoding', BASE64_ENCODING],
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((level): [string, ConceptEntry] => [`eqf ${level}`, eqfEntry(level)]),
    ...Object.entries(CREDIT_SYSTEMS),
    ...Object.entries(LEARNING_SETTINGS),
    ...Object.entries(MODES),
    ...Object.entries(ASSESSMENT_TYPE_CONCEPTS).filter(([, e]) => !own(e)),
    ...Object.entries(SKILL_TYPES).map(([k, e]): [string, ConceptEntry] => [k, e!]),
    ...Object.entries(ACCREDITATION_TYPES),
    ...Object.entries(ENTITLEMENT),
    ...MODEL_ISCED.map((code): [string, ConceptEntry] => [`isced-f ${code}`, iscedFEntry(code)!]),
    ...Object.entries(NQF_LEVELS).flatMap(([framework, { levels }]) => Object.keys(levels).map((level): [string, ConceptEntry] => [`nqf ${framework} ${level}`, nqfEntry(framework, Number(level))!])),
  ];
  return entries;
}

describe('ELM vocabulary tables', () => {
  it('agree with the model vocabularies on every EU concept', () => {
    for (const [type, concept] of Object.entries(ASSESSMENT_TYPES)) {
      const ours = ASSESSMENT_TYPE_CONCEPTS[type as keyof typeof ASSESSMENT_TYPES];
      if (concept.euConcept) expect(ours.id, type).toBe(concept.euConcept);
      else expect(ours.id.startsWith(MICROCRED_VOCAB), type).toBe(true);
    }
    for (const [mode, concept] of Object.entries(MODEL_MODES)) expect(PARTICIPATION_MODES[mode as keyof typeof MODEL_MODES].id).toBe(concept.euConcept);
  });

  it('label every ISCED-F code of the model', () => {
    for (const code of MODEL_ISCED) expect(iscedFEntry(code)?.label, code).toMatch(/^[A-Z]/);
    expect(iscedFEntry('0688')?.label).toBe('Inter-disciplinary programmes and qualifications involving Information and Communication Technologies (ICTs)');
    expect(iscedFEntry('0299')?.label).toBe('Arts and humanities not elsewhere classified');
    expect(iscedFEntry('0110')?.label).toBe('Education not further defined');
    expect(iscedFEntry('1041')?.label).toBe('Transport services');
    expect(iscedFEntry('9999')?.label).toBe('Field unknown');
    expect(iscedFEntry('1234')).toBeUndefined();
  });

  it('keep microcred concepts in microcred schemes, and unverifiable schemes listed', () => {
    const own: ConceptEntry[] = [
      ...Object.values(MICROCRED_CONCEPTS),
      ...Object.values(QF_EHEA_CONCEPTS),
      ...Object.values(QA_DECISION_CONCEPTS),
      ...Object.values(ASSESSMENT_TYPE_CONCEPTS).filter((e) => e.id.startsWith(MICROCRED_VOCAB)),
    ];
    for (const entry of own) {
      expect(entry.scheme.startsWith(MICROCRED_VOCAB)).toBe(true);
      expect(entry.id.startsWith(`${entry.scheme}/`)).toBe(true);
    }
    for (const key of Object.keys(NOTE_SUBJECTS) as NoteKey[]) expect(noteSubject(key).id).toBe(`${MICROCRED_VOCAB}note-subject/${key}`);
    for (const scheme of [SCHEMES.language, SCHEMES.fileType, SCHEMES.supervision]) expect(UNVERIFIABLE_SCHEMES[scheme]).toBeDefined();
    for (const [, [code]] of Object.entries(NAL_LANGUAGES)) expect(code).toMatch(/^[A-Z]{3}$/);
  });

  it('every concept toElm writes is an EU concept of the tables, a microcred concept or an input IRI (property)', () => {
    const shipped = new Set([
      ...euEntries().map(([, e]) => e.id),
      ...Object.values(SUPERVISION_CONCEPTS).map((e) => e.id),
      ...(Object.keys(NAL_COUNTRIES) as Array<keyof typeof NAL_COUNTRIES>).map((code) => countryConcept(code).id),
      countryConcept(undefined).id,
      ...Object.keys(NAL_LANGUAGES).map((tag) => languageConcept(tag)!.id),
      ...['image/svg+xml', 'image/png', 'image/jpeg', 'image/webp', 'application/json'].map((type) => fileTypeConcept(type)!.id),
    ]);
    fc.assert(
      fc.property(microCredentialArb, (doc) => {
        const text = JSON.stringify(toElm(doc));
        for (const match of text.matchAll(/"id":"([^"]+)","type":"Concept"/g)) {
          const id = match[1];
          if (id === undefined) continue;
          const fromInput = id.startsWith('http://data.europa.eu/esco/') || id.startsWith('http://data.europa.eu/snb/dcf/') || !id.startsWith('http://');
          expect(shipped.has(id) || id.startsWith(MICROCRED_VOCAB) || fromInput, id).toBe(true);
        }
      }),
      { numRuns: 30, seed: 1009 },
    );
    expect(JSON.stringify(toElm(example('ge-ai-research')))).toContain('"id":"http://publications.europa.eu/resource/authority/country/GEO"');
  });
});

describeWithSpecs('ELM vocabulary tables against the EU vocabulary files', (specsDir) => {
  const specs = elmSpecs(specsDir);
  const known = specs.vocabularyIris();
  const sample = specs.sampleIris();
  const euLabels = new Map(
    Object.values(JSON.parse(readFileSync(`${specsDir}/elm/vocabularies/controlled-vocabularies.json`, 'utf8')) as Record<string, Array<[string, string]>>)
      .flat()
      .map(([iri, label]) => [iri, label] as const),
  );

  it('ship only IRIs the EU vocabularies define, with the EU labels', () => {
    for (const [what, entry] of euEntries()) {
      expect(known.has(entry.id), `${what}: ${entry.id}`).toBe(true);
      const label = euLabels.get(entry.id);
      if (label !== undefined) expect(entry.label.toLowerCase(), what).toBe(label.toLowerCase());
    }
  });

  it('ship a NAL concept for every country code of the model', () => {
    for (const code of Object.keys(NAL_COUNTRIES) as Array<keyof typeof NAL_COUNTRIES>) {
      expect(known.has(countryConcept(code).id), code).toBe(true);
    }
    expect(known.has(countryConcept(undefined).id), NAL_COUNTRY_UNKNOWN[0]).toBe(true);
  });

  it('use the scheme IRIs the EU vocabularies, shapes or samples use', () => {
    const xsdNamespaces = new Set(
      [...readFileSync(`${specsDir}/elm/shapes/EDC-generic-full.ttl`, 'utf8').matchAll(/hasValue <([^>]+)>/g)].map((m) => m[1]!),
    );
    for (const file of ['eqf', 'isced-f', 'nqf', 'europass-modes', 'europass-learning-assessment-types', 'europass-content-encoding-types', 'credit-points', 'europass-learning-entitlement-types']) {
      const namespace = /targetNamespace="([^"]+)"/.exec(readFileSync(`${specsDir}/elm/vocabularies/xsd/${file}.xsd`, 'utf8'))?.[1];
      if (namespace) xsdNamespaces.add(namespace);
    }
    for (const [name, scheme] of Object.entries(SCHEMES)) {
      expect(xsdNamespaces.has(scheme) || sample.has(scheme) || UNVERIFIABLE_SCHEMES[scheme] !== undefined, `${name}: ${scheme}`).toBe(true);
    }
  });

  it('for schemes the shared specs hold no file of, use what the EU samples use', () => {
    expect(sample.has(languageConcept('en')!.id)).toBe(true);
    expect(sample.has(fileTypeConcept('image/png')!.id)).toBe(true);
    expect(sample.has(fileTypeConcept('image/jpeg')!.id)).toBe(true);
    expect(sample.has(SUPERVISION_CONCEPTS.unsupervisedNoId.id)).toBe(true);
    expect(sample.has(SCHEMES.supervision)).toBe(true);
  });
});
