/**
 * microcred's own structural check of European Digital Credentials: the FORMAT check of
 * verify(). It checks, on the JSON, what the EDC SHACL shapes (edc-generic-no-cv 1.1.0) make
 * mandatory — the table in research notes §1.3 — plus the datatypes of the values it meets.
 * It is fast (no JSON-LD expansion, no RDF) and never throws; the official shapes run in the
 * conformance tests, and at run time through {@link validateElmWithShacl} when a caller supplies
 * them.
 *
 * Like SHACL, it judges nodes, not embeddings: a node embedded several times (as the EU's tools
 * do) or referenced by its id is checked once, with the properties of all its embeddings.
 */
import { checkInput } from '../../model/guard.js';
import { toPointer } from '../../model/pointer.js';
import { EDC_AP_CONTEXT, ELM_VC_CONTEXT, SHACL_VALIDATOR_TYPE } from './constants.js';
import { type Json, asArray, isObject, typesOf } from './read.js';

/** One problem found by {@link checkElmFormat}. */
export interface ElmFormatError {
  /** JSON Pointer to the node or value (the first embedding of a repeated node). */
  pointer: string;
  message: string;
}

/** Result of {@link checkElmFormat}. */
export interface ElmFormatResult {
  ok: boolean;
  errors: ElmFormatError[];
}

/** Options of {@link checkElmFormat}. */
export interface CheckElmFormatOptions {
  /**
   * Require what sealing adds — `issued` and `issuer.eIDASIdentifier` — as the shapes do.
   * Default true; false checks an unsealed draft (the output of toElm without seal options).
   */
  requireSeal?: boolean;
  /** Stop after this many errors. Default 100. */
  maxErrors?: number;
}

const LIMITS = { maxBytes: 32 * 1024 * 1024, maxDepth: 96, maxNodes: 500_000 };
const AGENTS = ['Organisation', 'Person', 'Agent'];
const CLAIMS = ['LearningAchievement', 'LearningActivity', 'LearningAssessment', 'LearningEntitlement', 'Claim'];
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const DATE_TIME = /^-?\d{4,}-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const DURATION = /^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/;

type Kind =
  | { kind: 'lang' }
  | { kind: 'node'; types: readonly string[] }
  | { kind: 'concept' }
  | { kind: 'string' }
  | { kind: 'literal' }
  | { kind: 'dateTime' }
  | { kind: 'duration' }
  | { kind: 'positiveInteger' }
  | { kind: 'boolean' };

interface Rule {
  property: string;
  min: number;
  max?: number;
  value: Kind;
}

const r = (property: string, value: Kind, min = 0, max?: number): Rule => (max === undefined ? { property, min, value } : { property, min, max, value });
const LANG: Kind = { kind: 'lang' };
const CONCEPT: Kind = { kind: 'concept' };
const DATE: Kind = { kind: 'dateTime' };
const nodeOf = (...types: string[]): Kind => ({ kind: 'node', types });
const title = r('title', LANG, 1);

/** Mandatory properties and value kinds by class, from the EDC shapes. */
const CLASS_RULES: Readonly<Record<string, readonly Rule[]>> = {
  DisplayParameter: [title, r('language', CONCEPT, 1), r('primaryLanguage', CONCEPT, 1, 1), r('individualDisplay', nodeOf('IndividualDisplay'), 1)],
  IndividualDisplay: [r('language', CONCEPT, 1, 1), r('displayDetail', nodeOf('DisplayDetail'), 1)],
  DisplayDetail: [r('image', nodeOf('MediaObject'), 1, 1), r('page', { kind: 'positiveInteger' }, 1, 1)],
  MediaObject: [r('contentType', CONCEPT, 1, 1), r('contentEncoding', CONCEPT, 1, 1), r('content', { kind: 'string' }, 1, 1)],
  Person: [
    r('hasClaim', nodeOf(...CLAIMS), 1),
    r('fullName', LANG, 0, 1),
    r('givenName', LANG, 0, 1),
    r('familyName', LANG, 0, 1),
    r('dateOfBirth', DATE, 0, 1),
    r('nationalID', nodeOf('LegalIdentifier'), 0, 1),
  ],
  LearningAchievement: [title, r('awardedBy', nodeOf('AwardingProcess'), 1, 1), r('specifiedBy', nodeOf('Qualification', 'LearningAchievementSpecification'), 0, 1)],
  LearningActivity: [title, r('awardedBy', nodeOf('AwardingProcess'), 1, 1)],
  LearningEntitlement: [title, r('awardedBy', nodeOf('AwardingProcess'), 1, 1)],
  LearningAssessment: [
    title,
    r('grade', nodeOf('Note'), 1, 1),
    r('awardedBy', nodeOf('AwardingProcess'), 1, 1),
    r('idVerification', CONCEPT, 0, 1),
    r('specifiedBy', nodeOf('LearningAssessmentSpecification'), 0, 1),
  ],
  AwardingProcess: [r('awardingBody', nodeOf(...AGENTS), 1), r('awardingDate', DATE, 0, 1)],
  Organisation: [r('legalName', LANG, 1), r('location', nodeOf('Location'), 1), r('eIDASIdentifier', nodeOf('LegalIdentifier'), 0, 1)],
  Location: [r('address', nodeOf('Address'), 1)],
  Address: [r('countryCode', CONCEPT, 1, 1)],
  Qualification: [
    title,
    r('eqfLevel', CONCEPT, 0, 1),
    r('learningSetting', CONCEPT, 0, 1),
    r('volumeOfLearning', { kind: 'duration' }, 0, 1),
    r('isPartialQualification', { kind: 'boolean' }, 0, 1),
    r('creditPoint', nodeOf('CreditPoint')),
    r('learningOutcome', nodeOf('LearningOutcome')),
    r('entryRequirement', nodeOf('Note'), 0, 1),
  ],
  LearningAchievementSpecification: [title, r('volumeOfLearning', { kind: 'duration' }, 0, 1), r('learningOutcome', nodeOf('LearningOutcome'))],
  LearningActivitySpecification: [title, r('volumeOfLearning', { kind: 'duration' }, 0, 1)],
  LearningAssessmentSpecification: [title, r('dcType', CONCEPT, 0, 1), r('gradingScheme', nodeOf('GradingScheme'), 0, 1)],
  LearningEntitlementSpecification: [title, r('dcType', CONCEPT, 1, 1), r('entitlementStatus', CONCEPT, 1, 1)],
  Specification: [title],
  LearningOutcome: [title, r('dcType', CONCEPT, 0, 1)],
  GradingScheme: [title],
  CreditPoint: [r('framework', CONCEPT, 1, 1), r('point', { kind: 'string' }, 1, 1)],
  Note: [r('noteLiteral', LANG, 1)],
  LegalIdentifier: [r('notation', { kind: 'literal' }, 1, 1), r('spatial', CONCEPT, 1, 1)],
  Identifier: [r('notation', { kind: 'literal' }, 1, 1)],
  Evidence: [r('dcType', CONCEPT, 1, 1)],
  Accreditation: [title, r('dcType', CONCEPT, 1, 1), r('accreditingAgent', nodeOf('Organisation'), 1, 1)],
  WebResource: [r('contentURL', { kind: 'string' }, 1, 1)],
  Group: [r('prefLabel', LANG, 1)],
};

/** Rules of the credential itself (EuropeanDigitalCredentialShape and VerifiableCredentialShape). */
function credentialRules(requireSeal: boolean): Rule[] {
  return [
    r('credentialProfiles', CONCEPT, 1),
    r('displayParameter', nodeOf('DisplayParameter'), 1, 1),
    r('issuer', nodeOf(...AGENTS), 1, 1),
    r('credentialSubject', nodeOf(...AGENTS), 1, 1),
    r('issued', DATE, requireSeal ? 1 : 0, 1),
    r('issuanceDate', DATE, 0, 1),
    r('validFrom', DATE, 1, 1),
    r('validUntil', DATE, 0, 1),
    r('expirationDate', DATE, 0, 1),
    r('credentialSchema', nodeOf(SHACL_VALIDATOR_TYPE), 1),
    r('evidence', nodeOf('Evidence')),
  ];
}

class Checker {
  readonly errors: ElmFormatError[] = [];
  /** Every node with an id: its properties merged over all embeddings, and where it first appears. */
  private readonly byId = new Map<string, { node: Json; pointer: string }>();
  private readonly anonymous: Array<{ node: Json; pointer: string }> = [];

  constructor(private readonly maxErrors: number) {}

  error(pointer: string, message: string) {
    if (this.errors.length < this.maxErrors) this.errors.push({ pointer, message });
  }

  collect(value: unknown, tokens: Array<string | number>) {
    if (Array.isArray(value)) {
      value.forEach((item, i) => this.collect(item, [...tokens, i]));
      return;
    }
    if (!isObject(value)) return;
    const pointer = toPointer(tokens);
    if (value.id !== undefined && (typeof value.id !== 'string' || !IRI.test(value.id))) this.error(`${pointer}/id`, 'A node id must be an absolute IRI.');
    if (typeof value.id === 'string') {
      const seen = this.byId.get(value.id);
      if (!seen) this.byId.set(value.id, { node: { ...value }, pointer });
      else for (const key of Object.keys(value)) if (!Object.hasOwn(seen.node, key)) seen.node[key] = value[key];
    } else if (value.type !== undefined) {
      this.anonymous.push({ node: value, pointer });
    }
    for (const key of Object.keys(value)) {
      // Language maps and literals hold no nodes.
      if (key === '@context') continue;
      this.collect(value[key], [...tokens, key]);
    }
  }

  resolve(value: unknown): Json | undefined {
    if (typeof value === 'string') return this.byId.get(value)?.node;
    if (!isObject(value)) return undefined;
    return typeof value.id === 'string' ? (this.byId.get(value.id)?.node ?? value) : value;
  }

  checkAll() {
    for (const { node, pointer } of [...this.byId.values(), ...this.anonymous]) {
      for (const type of typesOf(node)) {
        const rules = CLASS_RULES[type];
        if (rules) this.apply(node, pointer, type, rules);
        if (type === 'Concept' && typeof node.id !== 'string') this.error(pointer, 'A Concept must have an IRI id.');
      }
    }
  }

  apply(node: Json, pointer: string, type: string, rules: readonly Rule[]) {
    for (const rule of rules) {
      const present = node[rule.property] !== undefined && node[rule.property] !== null;
      const values = rule.value.kind === 'lang' ? (present ? [node[rule.property]] : []) : asArray(node[rule.property]);
      const where = `${pointer}/${rule.property}`;
      if (values.length < rule.min) {
        this.error(pointer, `${type} requires ${rule.property}.`);
        continue;
      }
      if (rule.max !== undefined && rule.value.kind !== 'lang' && values.length > rule.max) this.error(where, `${type} allows at most ${rule.max} ${rule.property}.`);
      values.forEach((value, i) => {
        const message = this.checkValue(value, rule, type);
        if (message) this.error(values.length > 1 || Array.isArray(node[rule.property]) ? `${where}/${i}` : where, message);
      });
      if (rule.value.kind === 'lang' && present && rule.max === 1) {
        const map = node[rule.property];
        if (isObject(map) && Object.keys(map).length > 1) this.error(where, `${type}.${rule.property} allows one value (one language).`);
      }
    }
  }

  checkValue(value: unknown, rule: Rule, type: string): string | undefined {
    const name = `${type}.${rule.property}`;
    switch (rule.value.kind) {
      case 'lang':
        return languageMapProblem(value, name);
      case 'concept': {
        const concept = this.resolve(value);
        if (typeof value === 'string') return IRI.test(value) ? undefined : `${name} must be a concept IRI.`;
        return concept && typeof concept.id === 'string' ? undefined : `${name} must be a concept with an IRI id.`;
      }
      case 'node': {
        const target = this.resolve(value);
        if (!target) return typeof value === 'string' ? `${name} refers to ${value}, which the credential does not contain.` : `${name} must be a node.`;
        const types = typesOf(target);
        return rule.value.types.some((t) => types.includes(t)) ? undefined : `${name} must be a ${rule.value.types.join(' or ')} (found ${types.join(', ') || 'no type'}).`;
      }
      case 'string':
        return typeof value === 'string' ? undefined : `${name} must be a string.`;
      case 'literal':
        return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? undefined : `${name} must be a literal.`;
      case 'dateTime':
        return typeof value === 'string' && isDateTime(value) ? undefined : `${name} must be an xsd:dateTime (e.g. 2025-10-20T00:00:00Z).`;
      case 'duration':
        return typeof value === 'string' && DURATION.test(value) ? undefined : `${name} must be an xsd:duration (e.g. PT60H).`;
      case 'positiveInteger':
        return (typeof value === 'number' && Number.isInteger(value) && value >= 1) || (typeof value === 'string' && /^\+?0*[1-9]\d*$/.test(value))
          ? undefined
          : `${name} must be a positive integer.`;
      case 'boolean':
        return typeof value === 'boolean' || value === 'true' || value === 'false' ? undefined : `${name} must be a boolean.`;
    }
  }
}

function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  const [, month, day, hour, minute, second] = match.map(Number);
  return month! >= 1 && month! <= 12 && day! >= 1 && day! <= 31 && hour! <= 24 && minute! <= 59 && second! <= 60;
}

function languageMapProblem(value: unknown, name: string): string | undefined {
  if (!isObject(value)) return `${name} must be a language map such as { "en": "…" }.`;
  const keys = Object.keys(value);
  if (keys.length === 0) return `${name} must have a value in at least one language.`;
  for (const key of keys) {
    if (!LANGUAGE_TAG.test(key)) return `${name} has "${key}", which is not a language tag.`;
    const texts = asArray(value[key]);
    if (texts.length === 0 || !texts.every((text) => typeof text === 'string')) return `${name}.${key} must be a string (or strings).`;
  }
  return undefined;
}

function check(document: unknown, options: CheckElmFormatOptions): ElmFormatError[] {
  const requireSeal = options.requireSeal ?? true;
  const checker = new Checker(Math.max(1, options.maxErrors ?? 100));
  const unsafe = checkInput(document, LIMITS);
  if (unsafe.length) return unsafe.map((issue) => ({ pointer: issue.pointer, message: issue.message }));
  const doc = document as Json;
  if (typeof doc.payload === 'string' && (doc.signatures !== undefined || doc.signature !== undefined)) {
    return [{ pointer: '', message: 'This is a JWS (a sealed credential): check its payload, the credential itself.' }];
  }

  const contexts = asArray(doc['@context']);
  if (contexts[0] !== ELM_VC_CONTEXT) checker.error('/@context', `@context must start with ${ELM_VC_CONTEXT}.`);
  if (!contexts.includes(EDC_AP_CONTEXT)) checker.error('/@context', `@context must include the EDC application profile context ${EDC_AP_CONTEXT}.`);
  const types = typesOf(doc);
  for (const type of ['VerifiableCredential', 'EuropeanDigitalCredential']) if (!types.includes(type)) checker.error('/type', `type must include ${type}.`);

  checker.collect(doc, []);
  checker.apply(doc, '', 'EuropeanDigitalCredential', credentialRules(requireSeal));
  for (const [i, schema] of asArray(doc.credentialSchema).entries()) {
    if (!isObject(schema) || typeof schema.id !== 'string' || !IRI.test(schema.id)) checker.error(`/credentialSchema/${i}`, 'credentialSchema must have the IRI of the shapes as id.');
  }
  const issuer = checker.resolve(asArray(doc.issuer)[0]);
  if (requireSeal && issuer && issuer.eIDASIdentifier === undefined) {
    checker.error('/issuer', 'The issuer requires eIDASIdentifier (a LegalIdentifier set when the credential is sealed).');
  }
  checker.checkAll();
  return checker.errors;
}

/**
 * Checks that `document` has the structure of a European Digital Credential: the envelope
 * (contexts, types, profile, schema, display parameters, issuer, subject, dates) and, in every
 * node, what the EDC shapes make mandatory, with the value kinds they require. Never throws:
 * malformed, hostile or oversized input gives errors.
 */
export function checkElmFormat(document: unknown, options: CheckElmFormatOptions = {}): ElmFormatResult {
  let errors: ElmFormatError[];
  try {
    errors = check(document, options);
  } catch (error) {
    errors = [{ pointer: '', message: `The document could not be checked: ${error instanceof Error ? error.message : String(error)}` }];
  }
  return { ok: errors.length === 0, errors };
}
