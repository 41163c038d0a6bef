/**
 * The catalogue as ELM v3 `LearningOpportunity` nodes (JSON-LD, the edc-ap context), the class
 * Europass learning opportunities are published in. The course itself — title, outcomes,
 * credits, level, ISCED-F field, QA, language, mode — is the `Qualification` that `toElm` writes
 * into a credential (src/formats/elm/to-elm.ts, mapping.ts), taken from there unchanged; the
 * opportunity adds what only an offering has: provider, enrolment page, dates, fee, default
 * language.
 *
 * Checked against the EDC SHACL shapes, which hold a LearningOpportunity shape (test/export).
 * The Europass learning-opportunity profile (LOQ, not in the shared specs; research/elm-edc.md
 * §1.3) further requires `homepage`, `providedBy`, `learningAchievementSpecification`,
 * `defaultLanguage`, and a Qualification with ISCED-F field, outcomes, EQF and NQF levels: what an
 * entry lacks of these is listed in `warnings`.
 */
import { toElm } from '../formats/elm/to-elm.js';
import { ELM_CONTEXTS } from '../formats/elm/constants.js';
import { nodeId } from '../formats/elm/ids.js';
import type { ElmNode } from '../formats/elm/types.js';
import { toDateTime } from '../formats/elm/values.js';
import { PARTICIPATION_MODES, conceptOf, languageConcept } from '../formats/elm/vocabularies.js';
import type { MicroCredential } from '../model/types.generated.js';
import type { Catalogue, CatalogueOffering } from './catalogue.js';
import { type CourseDescription, courseKeyOf } from './courses.js';

/** The ELM catalogue document: a JSON-LD graph of learning opportunities. */
export interface ElmCatalogue {
  '@context': string[];
  '@graph': ElmNode[];
  /** Per entry: LOQ-required properties it could not fill (not part of the JSON-LD). */
  warnings: string[];
}

const NAL_CURRENCY = 'http://publications.europa.eu/resource/authority/currency';

/** toElm needs a whole MicroCredential: the course, with empty stand-ins where it states nothing. */
function asMicroCredential(course: CourseDescription, id: string): MicroCredential {
  return {
    learningOutcomes: [],
    workload: {},
    level: {},
    assessment: { types: ['other'] },
    participation: { mode: 'online' },
    qualityAssurance: [],
    ...(course as Partial<MicroCredential>),
    id,
    learner: {},
    dateOfIssuing: '1970-01-01',
  } as MicroCredential;
}

const noPage = () => ({ mediaType: 'image/svg+xml' as const, base64: '' });

function priceDetail(id: string, fee: NonNullable<CatalogueOffering['fee']>): ElmNode {
  const [amount, currency] = 'free' in fee ? ['0', 'EUR'] : [fee.amount.toFixed(2), fee.currency];
  const price: ElmNode = {
    id,
    type: 'PriceDetail',
    amount: {
      id: `${id}-amount`,
      type: 'Amount',
      // xsd:decimal lexical form (a JSON number would become a double).
      value: amount,
      unit: { id: `${NAL_CURRENCY}/${currency}`, type: 'Concept', inScheme: { id: NAL_CURRENCY, type: 'ConceptScheme' }, notation: currency },
    },
  };
  if ('free' in fee) price.prefLabel = { en: 'Free of charge' };
  return price;
}

function opportunity(course: CourseDescription, offering: CatalogueOffering | undefined, index: number, warnings: string[]): ElmNode {
  const key = courseKeyOf(course);
  const base = `${key}#${offering?.startDate ?? ''}#${index}`;
  const credential = toElm(asMicroCredential(course, nodeId(base, 'course')), { renderPage: noPage });
  const claim = (credential.credentialSubject.hasClaim as ElmNode[])[0]!;
  const qualification = claim.specifiedBy as ElmNode;
  // Stand-ins the course did not state are not part of the opportunity.
  if (!course.participation) delete qualification.mode;
  const awarding = claim.awardedBy as { awardingBody: ElmNode[] };
  const delivering = (claim.influencedBy as Array<{ directedBy?: ElmNode[] }> | undefined)?.[0]?.directedBy;
  const provider = delivering?.[0] ?? awarding.awardingBody[0]!;
  const url = offering?.url ?? course.furtherInformation?.urls?.[0] ?? course.awardingBodies?.[0]?.url;
  const tag = course.languageOfDelivery?.[0] ?? Object.keys(course.title ?? {})[0];
  const language = tag !== undefined ? languageConcept(tag) : undefined;
  const id = (path: string) => nodeId(base, path);

  const node: ElmNode = { id: id('opportunity'), type: 'LearningOpportunity', title: { ...course.title } };
  if (course.objective) node.description = { ...course.objective };
  if (course.courseCode) node.identifier = [{ id: id('course-code'), type: 'Identifier', notation: course.courseCode, schemeName: 'Course code' }];
  if (url) node.homepage = [{ id: id('homepage'), type: 'WebResource', contentURL: url }];
  if (offering?.startDate || offering?.endDate) {
    const period: ElmNode = { id: id('period'), type: 'PeriodOfTime' };
    if (offering.startDate) period.startDate = toDateTime(offering.startDate);
    if (offering.endDate) period.endDate = toDateTime(offering.endDate);
    node.temporal = period;
  }
  if (course.participation) node.mode = [conceptOf(PARTICIPATION_MODES[course.participation.mode])];
  if (offering?.fee) node.priceDetail = [priceDetail(id('price'), offering.fee)];
  node.providedBy = provider;
  if (offering?.applicationDeadline) node.applicationDeadline = toDateTime(offering.applicationDeadline);
  node.learningAchievementSpecification = qualification;
  // The edc-ap context has no term for elm:defaultLanguage; the compact IRI expands to it.
  if (language) node['elm:defaultLanguage'] = language;

  const lacking = [
    !url && 'homepage (an offering url)',
    !language && 'defaultLanguage',
    !qualification.thematicArea && 'field of study (ISCED-F)',
    !(qualification.learningOutcome as unknown[] | undefined)?.length && 'learning outcomes',
    !qualification.eqfLevel && 'EQF level',
    !qualification.nqfLevel && 'NQF level',
  ].filter((x): x is string => typeof x === 'string');
  if (lacking.length) warnings.push(`${key}: the Europass learning-opportunity profile also needs ${lacking.join(', ')}.`);
  return node;
}

/**
 * The catalogue as a JSON-LD document of ELM `LearningOpportunity` nodes, one per entry, each
 * with its course as the `learningAchievementSpecification` Qualification. Deterministic: node
 * ids derive from the course key, start date and position.
 *
 * @example
 * const { warnings, ...document } = catalogueToElm(await exportCatalogue({ templates: [course] }));
 */
export function catalogueToElm(catalogue: Pick<Catalogue, 'items'>): ElmCatalogue {
  const warnings: string[] = [];
  const graph = catalogue.items.map((item, i) => opportunity(item.course, item.offering, i, warnings));
  return { '@context': [...ELM_CONTEXTS], '@graph': graph, warnings };
}
