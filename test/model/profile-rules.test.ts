import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES, type MicroCredential, validateMicroCredential } from '../../src/index.js';
import { example } from '../helpers/fixtures.js';

type Mutation = (doc: MicroCredential) => void;

interface Case {
  /** Profile to validate with, and the example that passes it untouched. */
  profile: 'eu' | 'ge' | 'am';
  base: 'ge-ai-research' | 'am-data-analytics';
  /** Turns the passing example into one that breaks the rule. */
  breakIt: Mutation;
  pointer: string;
}

const GE = 'ge-ai-research' as const;
const AM = 'am-data-analytics' as const;

/**
 * One case per rule of every built-in profile: the base example passes the rule, the
 * mutated one trips it with the rule's code at the expected pointer.
 */
const CASES: Record<string, Case> = {
  'eu.country': {
    profile: 'eu', base: GE, pointer: '/countries',
    breakIt: (d) => { delete d.countries; delete d.awardingBodies[0]!.country; },
  },
  'eu.learner-identified': { profile: 'eu', base: GE, pointer: '/learner', breakIt: (d) => { d.learner = { email: 'nino@example.ge' }; } },
  'eu.ects-preferred': { profile: 'eu', base: GE, pointer: '/workload/ects', breakIt: (d) => { delete d.workload.ects; } },
  'eu.workload-hours': { profile: 'eu', base: GE, pointer: '/workload/hours', breakIt: (d) => { d.workload.hours = 200; } },
  'eu.workload-breakdown': { profile: 'eu', base: GE, pointer: '/workload/breakdown', breakIt: (d) => { d.workload.breakdown![0]!.hours = 60; } },
  'eu.level-cycle': { profile: 'eu', base: GE, pointer: '/level/qfEhea', breakIt: (d) => { d.level.qfEhea = 'first-cycle'; } },
  'eu.assessment-formative': { profile: 'eu', base: GE, pointer: '/assessment/formative', breakIt: (d) => { d.assessment.formative = ['portfolio']; } },
  'eu.assessment-summative': { profile: 'eu', base: GE, pointer: '/assessment/summative', breakIt: (d) => { d.assessment.summative = ['oral-exam']; } },
  'eu.valid-until': { profile: 'eu', base: GE, pointer: '/validUntil', breakIt: (d) => { d.validUntil = '2025-01-01'; } },
  'eu.qa-validity': {
    profile: 'eu', base: GE, pointer: '/qualityAssurance/1/validUntil',
    breakIt: (d) => { Object.assign(d.qualityAssurance[1]!, { validFrom: '2025-01-01', validUntil: '2024-01-01' }); },
  },
  'eu.stackable-target': {
    profile: 'eu', base: GE, pointer: '/stackability',
    breakIt: (d) => { d.stackability = { type: 'stackable' }; },
  },
  'eu.no-clear-national-id': {
    profile: 'eu', base: GE, pointer: '/learner/identifiers/1/value',
    breakIt: (d) => { d.learner.identifiers!.push({ type: 'nationalId', value: '01001012345' }); },
  },
  'ge.ects-present': { profile: 'ge', base: GE, pointer: '/workload/ects', breakIt: (d) => { delete d.workload.ects; } },
  'ge.ects-range': { profile: 'ge', base: GE, pointer: '/workload/ects', breakIt: (d) => { d.workload = { ects: 31, hoursPerCredit: 25, hours: 775 }; } },
  'ge.hours-per-credit': { profile: 'ge', base: GE, pointer: '/workload/hoursPerCredit', breakIt: (d) => { d.workload = { ects: 7, hoursPerCredit: 20, hours: 140 }; } },
  'ge.nqf-present': { profile: 'ge', base: GE, pointer: '/level/nqf', breakIt: (d) => { delete d.level.nqf; } },
  'ge.nqf-framework': { profile: 'ge', base: GE, pointer: '/level/nqf/framework', breakIt: (d) => { d.level.nqf!.framework = 'AM'; } },
  'ge.nqf-level': { profile: 'ge', base: GE, pointer: '/level/nqf/level', breakIt: (d) => { d.level.nqf!.level = 5; } },
  'ge.eqf-level': { profile: 'ge', base: GE, pointer: '/level/eqf', breakIt: (d) => { d.level.eqf = 'not-applicable'; } },
  'ge.outcome-categories': {
    profile: 'ge', base: GE, pointer: '/learningOutcomes',
    breakIt: (d) => { d.learningOutcomes = d.learningOutcomes.filter((o) => o.category !== 'responsibility-autonomy'); },
  },
  'ge.title-languages': { profile: 'ge', base: GE, pointer: '/title', breakIt: (d) => { delete d.title.ka; } },
  'ge.image': { profile: 'ge', base: GE, pointer: '/image', breakIt: (d) => { delete d.image; } },
  'ge.delivering-bodies': {
    profile: 'ge', base: GE, pointer: '/deliveringBodies',
    // The base example omits deliveringBodies; this rule's pass direction adds them (see below).
    breakIt: () => {},
  },
  'ge.accreditation-present': {
    profile: 'ge', base: GE, pointer: '/qualityAssurance',
    breakIt: (d) => { delete d.qualityAssurance[1]!.accreditationType; },
  },
  'ge.accreditation-decision': { profile: 'ge', base: GE, pointer: '/qualityAssurance/1/decision', breakIt: (d) => { d.qualityAssurance[1]!.decision = 'refused'; } },
  'ge.accreditation-covers-issue': {
    profile: 'ge', base: GE, pointer: '/qualityAssurance/1/validUntil',
    // The right ended the day before the date of issuing (2025-10-20).
    breakIt: (d) => { Object.assign(d.qualityAssurance[1]!, { validFrom: '2023-10-20', validUntil: '2025-10-19' }); },
  },
  'ge.right-term': {
    profile: 'ge', base: GE, pointer: '/qualityAssurance/1/validUntil',
    // Two years from 2025-01-15 end on 2027-01-14; a day more is too long.
    breakIt: (d) => { d.qualityAssurance[1]!.validUntil = '2027-01-15'; },
  },
  'ge.nqf-eqf-agree': { profile: 'ge', base: GE, pointer: '/level/nqf/level', breakIt: (d) => { d.level.eqf = 6; delete d.level.qfEhea; } },
  'ge.recognition-max-ects': { profile: 'ge', base: GE, pointer: '/recognition/maxEcts', breakIt: (d) => { d.recognition!.maxEcts = 31; } },
  'am.programme-accreditation': {
    profile: 'am', base: AM, pointer: '/qualityAssurance',
    // The example as first bundled: 10 ECTS with institutional accreditation only.
    breakIt: (d) => { d.qualityAssurance = d.qualityAssurance.filter((qa) => qa.accreditationType !== 'programme'); },
  },
  'am.accreditation-decision': { profile: 'am', base: AM, pointer: '/qualityAssurance/2/decision', breakIt: (d) => { d.qualityAssurance[2]!.decision = 'withdrawn'; } },
  'am.accreditation-covers-issue': {
    profile: 'am', base: AM, pointer: '/qualityAssurance/2/validFrom',
    breakIt: (d) => { d.qualityAssurance[2]!.validFrom = '2025-07-01'; },
  },
  'am.objective': { profile: 'am', base: AM, pointer: '/objective', breakIt: (d) => { delete d.objective; } },
  'am.hours': { profile: 'am', base: AM, pointer: '/workload/hours', breakIt: (d) => { d.workload = { ects: 10, hoursPerCredit: 30 }; } },
  'am.credits': { profile: 'am', base: AM, pointer: '/workload/ects', breakIt: (d) => { d.workload = { hours: 300 }; } },
  'am.hours-per-credit': { profile: 'am', base: AM, pointer: '/workload/hours', breakIt: (d) => { d.workload = { ects: 10, hours: 400 }; } },
  'am.ects-range': { profile: 'am', base: AM, pointer: '/workload/ects', breakIt: (d) => { d.workload = { ects: 40, hoursPerCredit: 30, hours: 1200 }; } },
  'am.outcome-count': { profile: 'am', base: AM, pointer: '/learningOutcomes', breakIt: (d) => { d.learningOutcomes.splice(1); } },
  'am.level-stated': { profile: 'am', base: AM, pointer: '/level/eqf', breakIt: (d) => { d.level = { eqf: 'not-applicable' }; } },
  'am.recognition': { profile: 'am', base: AM, pointer: '/recognition', breakIt: (d) => { delete d.recognition; } },
  'am.accessibility': { profile: 'am', base: AM, pointer: '/accessibility', breakIt: (d) => { delete d.accessibility; } },
  'am.identifier': { profile: 'am', base: AM, pointer: '/id', breakIt: (d) => { delete d.id; } },
};

/** Rules whose passing direction needs more than the untouched example. */
const MAKE_PASS: Record<string, Mutation> = {
  'ge.delivering-bodies': (d) => { d.deliveringBodies = [{ name: { en: 'Example State University' }, country: 'GE' }]; },
};

const allRules = BUILTIN_PROFILES.flatMap((p) => p.rules);

describe('built-in profile rules', () => {
  it('every rule of every built-in profile has a case here', () => {
    expect(Object.keys(CASES).sort()).toEqual(allRules.map((r) => r.id).sort());
  });

  it('every rule cites its source document and place', () => {
    for (const rule of allRules) {
      expect(rule.source.document, rule.id).toMatch(/\S/);
      expect(rule.source.locator, rule.id).toMatch(/\S/);
    }
  });

  for (const rule of allRules) {
    const c = CASES[rule.id];
    if (!c) continue;
    describe(`${rule.id} (${rule.severity}, ${rule.code})`, () => {
      const findings = (doc: MicroCredential) => {
        const result = validateMicroCredential(doc, { profile: c.profile });
        return [...result.errors, ...result.warnings].filter((i) => i.rule === rule.id);
      };

      it('does not fire on a document that meets it', () => {
        const doc = example(c.base);
        MAKE_PASS[rule.id]?.(doc);
        expect(findings(doc)).toEqual([]);
      });

      it('fires with its code, pointer, severity and source when broken', () => {
        const doc = example(c.base);
        c.breakIt(doc);
        const found = findings(doc);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ code: rule.code, pointer: c.pointer, severity: rule.severity, source: rule.source });
        expect(found[0]!.message).not.toMatch(/\{\w+\}/);
        const result = validateMicroCredential(doc, { profile: c.profile });
        if (rule.severity === 'error') expect(result.valid).toBe(false);
      });
    });
  }
});

describe('accreditation rule kinds', () => {
  const ge = (mutate: Mutation) => {
    const doc = example(GE);
    mutate(doc);
    return validateMicroCredential(doc, { profile: 'ge' });
  };
  const rule = (id: string) => (r: ReturnType<typeof ge>) => [...r.errors, ...r.warnings].filter((i) => i.rule === id);

  it('date-within: the first and the last day of the window are inside it', () => {
    expect(rule('ge.accreditation-covers-issue')(ge((d) => { d.dateOfIssuing = '2025-01-15'; }))).toEqual([]);
    expect(rule('ge.accreditation-covers-issue')(ge((d) => { d.dateOfIssuing = '2027-01-14T23:59:00+04:00'; }))).toEqual([]);
    expect(rule('ge.accreditation-covers-issue')(ge((d) => { d.dateOfIssuing = '2025-01-14'; }))[0]).toMatchObject({ pointer: '/qualityAssurance/1/validFrom' });
    expect(rule('ge.accreditation-covers-issue')(ge((d) => { d.dateOfIssuing = '2027-01-15'; }))[0]).toMatchObject({ pointer: '/qualityAssurance/1/validUntil' });
  });

  it('date-within: a right that states no end cannot cover the date', () => {
    const found = rule('ge.accreditation-covers-issue')(ge((d) => { delete d.qualityAssurance[1]!.validUntil; }));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('(not stated)');
  });

  it('date-span: a two-year term from 29 February ends on 28 February', () => {
    const term = (from: string, until: string) => rule('ge.right-term')(ge((d) => { Object.assign(d.qualityAssurance[1]!, { validFrom: from, validUntil: until }); d.dateOfIssuing = from; }));
    expect(term('2024-02-29', '2026-02-28')).toEqual([]);
    expect(term('2024-02-29', '2026-03-01')).toHaveLength(1);
    expect(term('2025-01-15', '2027-01-14')).toEqual([]);
  });

  it('where: the decision rule ignores internal QA and other accreditation types', () => {
    const r = ge((d) => { d.qualityAssurance[0]!.decision = 'refused'; d.qualityAssurance.push({ type: 'external', accreditationType: 'external-qa', decision: 'withdrawn' }); });
    expect(rule('ge.accreditation-decision')(r)).toEqual([]);
  });

  it('when.present: a micro-credential without credits needs no programme accreditation in Armenia', () => {
    const doc = example(AM);
    doc.qualityAssurance = doc.qualityAssurance.filter((qa) => qa.accreditationType !== 'programme');
    doc.workload = { hours: 300 };
    const r = validateMicroCredential(doc, { profile: 'am' });
    expect([...r.errors, ...r.warnings].filter((i) => i.rule === 'am.programme-accreditation')).toEqual([]);
  });
});

describe('registrar-facing messages', () => {
  it('names the field, the rule and the value', () => {
    const result = validateMicroCredential(example(AM), { profile: 'ge' });
    expect(result.errors.map((e) => e.message)).toContain(
      'level.nqf.level: Georgia allows NQF levels 6–7 for higher-education micro-credentials; got 5',
    );
  });
});
