import type { ValidationIssue } from '../model/issue.js';
import { describePointer, getAt, parsePointer, resolvePointer, toPointer } from '../model/pointer.js';
import { show } from '../model/schema-issues.js';
import type { ProfileRule } from '../model/types.generated.js';

/** What a rule found at one place; the message template is filled in by {@link applyRule}. */
interface Finding {
  pointer: string;
  value?: unknown;
  expected?: unknown;
  missing?: unknown[];
}

const isPresent = (value: unknown): boolean =>
  value !== undefined &&
  value !== null &&
  value !== '' &&
  !(Array.isArray(value) && value.length === 0) &&
  !(typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

const asNumber = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

const round = (n: number) => Math.round(n * 100) / 100;

/** The EQF level each QF-EHEA cycle corresponds to. */
const CYCLE_EQF: Record<string, number> = { 'short-cycle': 5, 'first-cycle': 6, 'second-cycle': 7, 'third-cycle': 8 };

/** `of` with its `*` segments replaced by the indices that `pointer` took for `pattern`'s wildcards. */
function bindWildcards(pattern: string, pointer: string, of: string): string {
  const concrete = parsePointer(pointer);
  const indices = parsePointer(pattern)
    .map((token, i) => (token === '*' ? concrete[i] : undefined))
    .filter((t): t is string => t !== undefined);
  return toPointer(parsePointer(of).map((token) => (token === '*' ? (indices.shift() ?? token) : token)));
}

function dateValue(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

/** The calendar date (YYYY-MM-DD) of a date or date-time, as written (a date-time keeps its own offset's day). */
function calendarDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value) || dateValue(value) === undefined) return undefined;
  return value.slice(0, 10);
}

/** `date` plus `n` units, minus one day: the last day of a term of n units starting on `date`. */
function lastDayOfTerm(date: string, n: number, unit: 'days' | 'months' | 'years'): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (unit === 'days') d.setUTCDate(d.getUTCDate() + n);
  // The anniversary of 29 February in a common year is 1 March, so that term ends on 28 February.
  else d.setUTCMonth(d.getUTCMonth() + (unit === 'years' ? n * 12 : n));
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Whether the object at `pointer` passes the rule's `where` filter (no filter: every object). */
function passesWhere(rule: ProfileRule, doc: unknown, pointer: string): boolean {
  if (!rule.where) return true;
  const object = getAt(doc, pointer);
  if (!object || typeof object !== 'object' || Array.isArray(object)) return false;
  return rule.where.values.includes((object as Record<string, unknown>)[rule.where.field] as never);
}

const parentOf = (pointer: string): string => toPointer(parsePointer(pointer).slice(0, -1));

/** Rule kinds: each inspects the document and returns the places that break the rule. */
const KINDS: Record<ProfileRule['kind'], (rule: ProfileRule, doc: unknown) => Finding[]> = {
  present: (rule, doc) => resolvePointer(doc, rule.path!).filter((m) => !isPresent(m.value)).map((m) => ({ pointer: m.pointer })),

  'any-present': (rule, doc) =>
    rule.paths!.some((path) => resolvePointer(doc, path).some((m) => isPresent(m.value)))
      ? []
      : [{ pointer: toPointer(parsePointer(rule.paths![0]!).slice(0, 1)) }],

  range: (rule, doc) =>
    resolvePointer(doc, rule.path!).flatMap((m) => {
      const n = asNumber(m.value);
      if (n === undefined) return [];
      return (rule.min !== undefined && n < rule.min) || (rule.max !== undefined && n > rule.max) ? [{ pointer: m.pointer, value: n }] : [];
    }),

  allowed: (rule, doc) =>
    resolvePointer(doc, rule.path!)
      .filter((m) => m.value !== undefined && !rule.values!.includes(m.value as never) && passesWhere(rule, doc, parentOf(m.pointer)))
      .map((m) => ({ pointer: m.pointer, value: m.value })),

  languages: (rule, doc) =>
    resolvePointer(doc, rule.path!).flatMap((m) => {
      if (m.value === null || typeof m.value !== 'object') return [];
      const missing = rule.languages!.filter((tag) => !isPresent((m.value as Record<string, unknown>)[tag]));
      return missing.length ? [{ pointer: m.pointer, missing }] : [];
    }),

  categories: (rule, doc) =>
    resolvePointer(doc, rule.path!).flatMap((m) => {
      if (!Array.isArray(m.value)) return [];
      const seen = new Set(m.value.map((item) => (item && typeof item === 'object' ? (item as Record<string, unknown>)[rule.field!] : undefined)));
      const missing = rule.values!.filter((v) => !seen.has(v));
      return missing.length ? [{ pointer: m.pointer, missing }] : [];
    }),

  count: (rule, doc) =>
    resolvePointer(doc, rule.path!).flatMap((m) => {
      if (!Array.isArray(m.value)) return [];
      const n = m.value.length;
      return (rule.min !== undefined && n < rule.min) || (rule.max !== undefined && n > rule.max) ? [{ pointer: m.pointer, value: n }] : [];
    }),

  'hours-per-credit': (rule, doc) => {
    const stated = asNumber(getAt(doc, '/workload/hoursPerCredit'));
    const hours = asNumber(getAt(doc, '/workload/hours'));
    const ects = asNumber(getAt(doc, '/workload/ects'));
    const perCredit = stated ?? (hours !== undefined && ects ? hours / ects : undefined);
    if (perCredit === undefined) return [];
    const outside = (rule.min !== undefined && perCredit < rule.min) || (rule.max !== undefined && perCredit > rule.max);
    return outside ? [{ pointer: stated !== undefined ? '/workload/hoursPerCredit' : '/workload/hours', value: round(perCredit) }] : [];
  },

  'workload-consistency': (rule, doc) => {
    const hours = asNumber(getAt(doc, '/workload/hours'));
    const ects = asNumber(getAt(doc, '/workload/ects'));
    const perCredit = asNumber(getAt(doc, '/workload/hoursPerCredit'));
    if (hours === undefined || ects === undefined || perCredit === undefined) return [];
    const expected = ects * perCredit;
    return Math.abs(hours - expected) > (rule.tolerance ?? 0.02) * expected
      ? [{ pointer: '/workload/hours', value: hours, expected: round(expected) }]
      : [];
  },

  'breakdown-sum': (rule, doc) => {
    const items = getAt(doc, '/workload/breakdown');
    const hours = asNumber(getAt(doc, '/workload/hours'));
    if (!Array.isArray(items) || items.length === 0 || hours === undefined) return [];
    const sum = items.reduce<number>((total, item) => total + (asNumber((item as Record<string, unknown> | null)?.hours) ?? 0), 0);
    return Math.abs(sum - hours) > (rule.tolerance ?? 0.5) ? [{ pointer: '/workload/breakdown', value: round(sum), expected: hours }] : [];
  },

  'level-consistency': (_rule, doc) => {
    const eqf = asNumber(getAt(doc, '/level/eqf'));
    const cycle = getAt(doc, '/level/qfEhea');
    const expected = typeof cycle === 'string' ? CYCLE_EQF[cycle] : undefined;
    return eqf !== undefined && expected !== undefined && eqf !== expected ? [{ pointer: '/level/qfEhea', value: cycle, expected }] : [];
  },

  country: (_rule, doc) => {
    if (isPresent(getAt(doc, '/countries'))) return [];
    const bodies = getAt(doc, '/awardingBodies');
    const everyBodyHasCountry =
      Array.isArray(bodies) && bodies.length > 0 && bodies.every((b) => isPresent((b as Record<string, unknown> | null)?.country));
    return everyBodyHasCountry ? [] : [{ pointer: '/countries' }];
  },

  subset: (rule, doc) =>
    resolvePointer(doc, rule.path!).flatMap((m) => {
      const superset = getAt(doc, bindWildcards(rule.path!, m.pointer, rule.of!));
      if (!Array.isArray(m.value) || !Array.isArray(superset)) return [];
      const missing = m.value.filter((v) => !superset.includes(v));
      return missing.length ? [{ pointer: m.pointer, missing }] : [];
    }),

  'date-order': (rule, doc) =>
    resolvePointer(doc, rule.path!).flatMap((m) => {
      const earlier = getAt(doc, bindWildcards(rule.path!, m.pointer, rule.of!));
      const later = dateValue(m.value);
      const before = dateValue(earlier);
      return later !== undefined && before !== undefined && later <= before ? [{ pointer: m.pointer, value: m.value, expected: earlier }] : [];
    }),

  contains: (rule, doc) => {
    const lists = resolvePointer(doc, rule.path!).filter((m) => Array.isArray(m.value));
    const found = lists.some((m) =>
      (m.value as unknown[]).some((item) => !!item && typeof item === 'object' && rule.values!.includes((item as Record<string, unknown>)[rule.field!] as never)),
    );
    return found ? [] : [{ pointer: rule.path!.split('/*')[0] || '/' }];
  },

  'date-within': (rule, doc) =>
    resolvePointer(doc, rule.path!).flatMap((m) => {
      if (!m.value || typeof m.value !== 'object' || !passesWhere(rule, doc, m.pointer)) return [];
      const date = calendarDate(getAt(doc, bindWildcards(rule.path!, m.pointer, rule.of!)));
      if (date === undefined) return [];
      const object = m.value as Record<string, unknown>;
      const out: Finding[] = [];
      for (const [field, outside] of [
        [rule.from, (bound: string) => date < bound],
        [rule.until, (bound: string) => date > bound],
      ] as const) {
        if (field === undefined) continue;
        const bound = calendarDate(object[field]);
        // A window that does not state its bound cannot be shown to cover the date.
        if (bound === undefined) out.push({ pointer: `${m.pointer}/${field}`, value: date, expected: '(not stated)' });
        else if (outside(bound)) out.push({ pointer: `${m.pointer}/${field}`, value: date, expected: bound });
      }
      return out;
    }),

  'date-span': (rule, doc) =>
    resolvePointer(doc, rule.path!).flatMap((m) => {
      if (!m.value || typeof m.value !== 'object' || !passesWhere(rule, doc, m.pointer)) return [];
      const object = m.value as Record<string, unknown>;
      const from = calendarDate(object[rule.from!]);
      const until = calendarDate(object[rule.until!]);
      if (from === undefined || until === undefined) return [];
      const last = lastDayOfTerm(from, rule.max!, rule.unit ?? 'years');
      return until > last ? [{ pointer: `${m.pointer}/${rule.until}`, value: until, expected: last }] : [];
    }),

  equal: (rule, doc) =>
    resolvePointer(doc, rule.path!).flatMap((m) => {
      const other = getAt(doc, bindWildcards(rule.path!, m.pointer, rule.of!));
      const comparable = (v: unknown) => typeof v === 'number' || typeof v === 'string';
      return comparable(m.value) && comparable(other) && m.value !== other ? [{ pointer: m.pointer, value: m.value, expected: other }] : [];
    }),

  'no-clear-identifier': (rule, doc) =>
    resolvePointer(doc, '/learner/identifiers/*')
      .filter((m) => {
        const id = m.value as Record<string, unknown> | null;
        return !!id && (rule.identifierTypes ?? []).includes(String(id.type)) && id.hashed !== true;
      })
      .map((m) => ({ pointer: `${m.pointer}/value` })),
};

function fill(template: string, finding: Finding, rule: ProfileRule): string {
  const fields: Record<string, string> = {
    field: describePointer(finding.pointer),
    value: finding.value === undefined ? '' : typeof finding.value === 'string' ? finding.value : show(finding.value),
    expected: finding.expected === undefined ? '' : String(finding.expected),
    missing: (finding.missing ?? []).map((m) => String(m)).join(', '),
    min: rule.min === undefined ? '' : String(rule.min),
    max: rule.max === undefined ? '' : String(rule.max),
    values: (rule.values ?? []).map((v) => String(v)).join(', '),
  };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => fields[name] ?? whole);
}

/** Applies one profile rule to a document (already checked against the schema) and returns its findings. */
export function applyRule(rule: ProfileRule, document: unknown): ValidationIssue[] {
  if (rule.when && !resolvePointer(document, rule.when.path).some((m) => (rule.when!.values ? rule.when!.values.includes(m.value as never) : isPresent(m.value)))) return [];
  return KINDS[rule.kind](rule, document).map((finding) => ({
    code: rule.code,
    pointer: finding.pointer,
    message: fill(rule.message, finding, rule),
    severity: rule.severity,
    rule: rule.id,
    source: rule.source,
  }));
}
