import jsonld from 'jsonld';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { catalogueToCsv, exportCatalogue, searchCatalogue } from '../../src/export/catalogue.js';
import { catalogueToElm } from '../../src/export/catalogue-elm.js';
import { courseOf } from '../../src/export/courses.js';
import { validateElmWithShacl } from '../../src/formats/elm/index.js';
import { createDocumentLoader } from '../../src/loader/document-loader.js';
import { jsonLdOptions } from '../../src/loader/context-cache.js';
import { example } from '../helpers/fixtures.js';
import { describeWithSpecs } from '../helpers/shared-specs.js';
import { elmSpecs } from '../elm/elm-specs.js';
import { BACKENDS, issueInto } from './stores.js';

const GE = { ...courseOf(example('ge-ai-research')), achievementId: 'https://university.example.ge/courses/ai-research', courseCode: 'EDU-AI-701' };
const AM = courseOf(example('am-data-analytics'));
const OFFERINGS = [
  { course: 'EDU-AI-701', url: 'https://university.example.ge/enrol/ai', fee: { amount: 350, currency: 'GEL' }, startDate: '2026-02-16', endDate: '2026-05-29', applicationDeadline: '2026-02-01' },
  { course: 'EDU-AI-701', url: 'https://university.example.ge/enrol/ai', fee: { free: true as const }, startDate: '2026-09-14' },
  { course: 'Data Analytics Fundamentals', fee: { amount: 60000, currency: 'AMD' } },
];

describe('catalogue', () => {
  it('one entry per offering (a course without one gets one entry), every searchable field flat', async () => {
    const catalogue = await exportCatalogue({ templates: [GE, AM], offerings: OFFERINGS, now: new Date('2026-01-01T00:00:00Z') });
    expect(catalogue.warnings).toEqual([]);
    expect(catalogue.entries.map((e) => [e.title.en, e.startDate ?? null])).toEqual([
      ['AI for Enhancing Research Skills in Higher Education', '2026-02-16'],
      ['AI for Enhancing Research Skills in Higher Education', '2026-09-14'],
      ['Data Analytics Fundamentals', null],
    ]);
    expect(catalogue.entries[0]).toMatchObject({
      id: GE.achievementId,
      courseCode: 'EDU-AI-701',
      providers: [{ name: { en: 'Example State University' }, id: 'did:web:university.example.ge', country: 'GE' }],
      field: { code: '0111', label: 'Education science' },
      eqfLevel: 7,
      nqfLevel: { framework: 'GE', level: 7 },
      ects: 7,
      hours: 175,
      languages: ['ka'],
      mode: 'online',
      fee: { amount: 350, currency: 'GEL' },
      endDate: '2026-05-29',
      applicationDeadline: '2026-02-01',
      url: 'https://university.example.ge/enrol/ai',
      qaStatus: 'granted', // the example carries its right-to-implement decision
      source: 'template',
    });
    expect(catalogue.entries[2]).toMatchObject({ id: 'title:Data Analytics Fundamentals', eqfLevel: 5, ects: 10, languages: ['hy', 'en'], mode: 'blended', fee: { amount: 60000, currency: 'AMD' } });
  });

  it('search by field, provider, level, workload, language, mode, fee and start date', async () => {
    const { entries } = await exportCatalogue({ templates: [GE, AM], offerings: OFFERINGS });
    const titles = (query: Parameters<typeof searchCatalogue>[1]) => searchCatalogue(entries, query).map((e) => `${e.title.en}@${e.startDate ?? ''}`);
    expect(titles({ field: '01' })).toEqual(['AI for Enhancing Research Skills in Higher Education@2026-02-16', 'AI for Enhancing Research Skills in Higher Education@2026-09-14']);
    expect(titles({ provider: 'xyz' })).toEqual(['Data Analytics Fundamentals@']);
    expect(titles({ eqfLevel: 5, minEcts: 8, language: 'en', mode: 'blended' })).toEqual(['Data Analytics Fundamentals@']);
    expect(titles({ maxFee: 0 })).toEqual(['AI for Enhancing Research Skills in Higher Education@2026-09-14']);
    expect(titles({ startsFrom: '2026-03-01' })).toEqual(['AI for Enhancing Research Skills in Higher Education@2026-09-14']);
    expect(titles({ maxEcts: 5 })).toEqual([]);
  });

  it('CSV: one column per title language, fee and currency apart', async () => {
    const rows = parse(catalogueToCsv(await exportCatalogue({ templates: [GE, AM], offerings: OFFERINGS })), { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!).slice(0, 5)).toEqual(['id', 'courseCode', 'title@en', 'title@ka', 'title@hy']);
    expect(rows.map((r) => [r.fee, r.currency])).toEqual([['350', 'GEL'], ['0', ''], ['60000', 'AMD']]);
    expect(rows[0]!.learningOutcomes!.split('\n')).toHaveLength(12);
  });

  it('refuses malformed offerings; reports offerings of unknown courses and courses without a title', async () => {
    for (const bad of [{ course: '' }, { course: 'x', url: 'javascript:alert(1)' }, { course: 'x', fee: { amount: -1, currency: 'GEL' } }, { course: 'x', fee: { amount: 1, currency: 'lari' } }, { course: 'x', startDate: '2026-13-01' }, { course: 'x', startDate: '2026-05-01', endDate: '2026-04-01' }]) {
      await expect(exportCatalogue({ templates: [GE], offerings: [bad as never] })).rejects.toMatchObject({ code: 'ERR_EXPORT_OPTIONS' });
    }
    const { warnings, entries } = await exportCatalogue({ templates: [GE, { workload: { ects: 3 } }], offerings: [{ course: 'NOPE-1' }] });
    expect(entries).toHaveLength(1);
    expect(warnings).toEqual(['(unknown): skipped, no title or awarding body.', 'offering for "NOPE-1": no such course in the catalogue; left out.']);
    await expect(exportCatalogue({ templates: [GE, AM], maxCourses: 1 })).rejects.toMatchObject({ code: 'ERR_EXPORT_TOO_LARGE' });
  });

  for (const [backend, open] of BACKENDS) {
    it(`lists the courses a store issued (${backend}), from the credentials it kept`, async () => {
      const handle = await open();
      try {
        const mc = example('am-data-analytics');
        await issueInto(handle.store, mc);
        await issueInto(handle.store, { ...mc, id: 'urn:uuid:second-award' });
        const { entries } = await exportCatalogue({ store: handle.store, templates: [GE] });
        expect(entries.map((e) => [e.title.en, e.source])).toEqual([
          ['AI for Enhancing Research Skills in Higher Education', 'template'],
          ['Data Analytics Fundamentals', 'issued'],
        ]);
        expect(JSON.stringify(entries)).not.toMatch(/Anahit|YSU-77812/);
      } finally {
        await handle.destroy();
      }
    });
  }
});

describeWithSpecs('catalogue as ELM LearningOpportunity (EDC shapes, edc-ap context)', (specsDir) => {
  const specs = elmSpecs(specsDir);

  it('conforms to the EDC SHACL shapes (LearningOpportunity, Qualification, PriceDetail, Amount …) and drops no term', async () => {
    const { warnings, ...document } = catalogueToElm(await exportCatalogue({ templates: [GE, AM], offerings: OFFERINGS }));
    expect(document['@graph']).toHaveLength(3);
    const [first] = document['@graph'];
    expect(first).toMatchObject({
      type: 'LearningOpportunity',
      homepage: [{ type: 'WebResource', contentURL: 'https://university.example.ge/enrol/ai' }],
      temporal: { type: 'PeriodOfTime', startDate: '2026-02-16T00:00:00Z', endDate: '2026-05-29T00:00:00Z' },
      applicationDeadline: '2026-02-01T00:00:00Z',
      priceDetail: [{ type: 'PriceDetail', amount: { type: 'Amount', value: '350.00', unit: { id: 'http://publications.europa.eu/resource/authority/currency/GEL' } } }],
      providedBy: { type: 'Organisation', legalName: { en: 'Example State University' } },
      learningAchievementSpecification: { type: 'Qualification', eqfLevel: { id: 'http://data.europa.eu/snb/eqf/7' }, thematicArea: [{ id: 'http://data.europa.eu/snb/isced-f/0111' }] },
      'elm:defaultLanguage': { id: 'http://publications.europa.eu/resource/authority/language/KAT' },
    });
    // The EU's QDR has no concept for the Georgian and Armenian NQF levels (they travel as notes);
    // the Armenian course states no field of study. Its homepage is its provider's.
    expect(warnings).toEqual([
      'https://university.example.ge/courses/ai-research: the Europass learning-opportunity profile also needs NQF level.',
      'https://university.example.ge/courses/ai-research: the Europass learning-opportunity profile also needs NQF level.',
      'title:Data Analytics Fundamentals: the Europass learning-opportunity profile also needs field of study (ISCED-F), NQF level.',
    ]);
    const violations = await validateElmWithShacl(document, { shapes: specs.shapes, contexts: specs.contexts });
    expect(violations.map((v) => `${v.focusNode} ${v.path ?? ''}: ${v.message}`)).toEqual([]);
    // Safe mode: JSON-LD fails on any property or value the contexts would silently drop.
    const loader = createDocumentLoader({ extraContexts: specs.contexts });
    const quads = (await jsonld.toRDF(document, { ...jsonLdOptions(loader), format: 'application/n-quads', safe: true } as never)) as unknown as string;
    expect(quads).toContain('<http://data.europa.eu/snb/model/elm/defaultLanguage>');
    expect(quads).toContain('"350.00"^^<http://www.w3.org/2001/XMLSchema#decimal>');
    // (Safe mode does refuse a term the contexts do not define.)
    const tampered = { ...document, '@graph': [{ ...document['@graph'][0]!, defaultLanguage: 'ka' }] };
    await expect(jsonld.toRDF(tampered, { ...jsonLdOptions(loader), format: 'application/n-quads', safe: true } as never)).rejects.toThrow();
  });
});
