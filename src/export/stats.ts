/**
 * Aggregate statistics for ministries and registries — uptake, revocations, suspensions,
 * recognition (seed 000 L371 "uptake, recognition rates", L544, L654 "contributes to national
 * statistics", L761, L956; 004:215) — without personal data: counts only, small cells
 * suppressed (suppress.ts says exactly what is guaranteed).
 *
 * Counting rules: a credential is counted in the month (UTC) it was issued, under its current
 * status (`revoked` and `suspended` count credentials of the period revoked or suspended now);
 * `issued` counts every credential of the period whatever its status. `recognised` counts the
 * period's credentials with at least one recognition whose outcome is `recognised` or
 * `partially-recognised` (or unstated) — a `RecognitionInput` or a pathway `RecognitionRecord`. Learners are told apart by the store's opaque reference; credentials without one
 * count as one learner each.
 */
import { ExportError } from '../errors.js';
import { iscedFLabel } from '../formats/elm/data/isced-f.js';
import type { MicroCredential, RecognitionRecord } from '../model/types.generated.js';
import type { ScannedCredential } from '../store/types.js';
import { type CourseDescription, courseIndex, courseKeyOf, createCourseResolver } from './courses.js';
import { type CredentialSource, type ExportPeriod, scanPeriod } from './source.js';
import { type CellCount, type Mark, type Shown, COMPLEMENTARY_MARKER, primaryMarker, shownValue, suppressLine, suppressMatrix } from './suppress.js';

/** How rows are grouped. */
export type StatsGrouping = 'course' | 'month' | 'level' | 'field' | 'provider';
export const STATS_GROUPINGS: readonly StatsGrouping[] = ['course', 'month', 'level', 'field', 'provider'];

/** The counted measures, in column order. */
export const STATS_MEASURES = ['issued', 'revoked', 'suspended', 'recognised'] as const;
export type StatsMeasure = (typeof STATS_MEASURES)[number];

/**
 * One recognition of a credential by a receiving institution (the input recognition records —
 * e.g. from pathway evaluation — give to the statistics). Only `credentialId` and `outcome`
 * are read.
 */
export interface RecognitionInput {
  /** The recognised credential's id, as the store records it. */
  credentialId: string;
  /** Default `recognised`. */
  outcome?: 'recognised' | 'partially-recognised' | 'refused' | 'pending';
  /** When it was decided (ISO 8601); not used for the period, which is the issue period. */
  decidedAt?: string;
}

/** Options of {@link exportStats}. */
export interface StatsOptions {
  /** Default `course`. */
  by?: StatsGrouping;
  period?: ExportPeriod;
  /** Fewer learners than this are shown as `<threshold>`. Default 5; 3–1000. */
  threshold?: number;
  /** Course templates, to group by level, field or provider where the store kept no credential. */
  templates?: readonly (Partial<MicroCredential> | Record<string, unknown>)[];
  /** Recognition inputs or the pathway module's recognition records; without them `recognised` is `null` (not known). */
  recognitions?: Iterable<RecognitionInput | RecognitionRecord> | AsyncIterable<RecognitionInput | RecognitionRecord>;
  /** Also compute the per-course, per-month issuance series for {@link statsChartSvg}. */
  chart?: boolean;
  /** Refuse periods with more credentials. Default 1,000,000. */
  maxCredentials?: number;
  /** Refuse more recognition records. Default 1,000,000. */
  maxRecognitions?: number;
  now?: Date;
}

/** A row of published counts. */
export type StatsCounts = Record<StatsMeasure, Shown | null>;

export interface StatsRow extends StatsCounts {
  /** Group key: course id, `YYYY-MM`, `eqf-7` / `nqf-GE-7` / `unknown`, ISCED-F code, provider id. */
  group: string;
  label: string;
}

/** The issuance series of the chart: one per course, one value per month. */
export interface StatsChart {
  months: string[];
  series: Array<{ course: string; label: string; values: Shown[] }>;
  threshold: number;
}

/** What {@link exportStats} returns. */
export interface StatsReport {
  by: StatsGrouping;
  period: ExportPeriod;
  generatedAt: string;
  rows: StatsRow[];
  total: StatsCounts;
  suppression: {
    threshold: number;
    /** Shown for fewer than `threshold` learners. */
    marker: string;
    /** Shown for cells hidden so that no `<threshold>` cell can be worked out from a total. */
    complementaryMarker: string;
    primaryCells: number;
    complementaryCells: number;
  };
  /** Recognition records that matched no credential of the period (not counted). */
  unmatchedRecognitions?: number;
  /** Recognition inputs that are neither a RecognitionRecord nor a RecognitionInput (not counted; check the file). */
  unreadableRecognitions?: number;
  chart?: StatsChart;
}

/** A cell being counted: credentials, and the learners behind them. */
class Tally {
  credentials = 0;
  private readonly learners = new Set<string>();
  add(learner: string): void {
    this.credentials += 1;
    this.learners.add(learner);
  }
  count(): CellCount {
    return { credentials: this.credentials, learners: this.learners.size };
  }
}

const firstText = (map: Record<string, string> | undefined): string | undefined => (map ? (map.en ?? Object.values(map)[0]) : undefined);

/** The group of a record under a grouping, and its label. */
function groupOf(by: StatsGrouping, record: ScannedCredential, course: CourseDescription | undefined, courseKey: string): { key: string; label: string } {
  switch (by) {
    case 'course':
      return { key: courseKey, label: firstText(course?.title) ?? record.title ?? courseKey };
    case 'month':
      return { key: record.issuedAt.slice(0, 7), label: record.issuedAt.slice(0, 7) };
    case 'level': {
      const level = course?.level;
      if (typeof level?.eqf === 'number') return { key: `eqf-${level.eqf}`, label: `EQF ${level.eqf}` };
      if (level?.nqf) return { key: `nqf-${level.nqf.framework}-${level.nqf.level}`, label: `NQF ${level.nqf.framework} ${level.nqf.level}` };
      if (level?.eqf === 'not-applicable') return { key: 'not-applicable', label: 'Level not applicable' };
      return { key: 'unknown', label: 'Level not stated' };
    }
    case 'field': {
      const code = course?.fieldOfStudy?.iscedF;
      return code ? { key: code, label: `${code} ${iscedFLabel(code) ?? ''}`.trim() } : { key: 'unknown', label: 'Field not stated' };
    }
    case 'provider': {
      const body = course?.awardingBodies?.[0];
      const name = firstText(body?.name);
      return body ? { key: body.id ?? `name:${name ?? ''}`, label: name ?? body.id ?? 'unnamed' } : { key: 'unknown', label: 'Provider not stated' };
    }
  }
}

/** Decisions that count a credential as recognised (in full or in part). */
const RECOGNISED = new Set(['recognised', 'partially-recognised']);

/**
 * The credential ids recognised: from {@link RecognitionInput}s, or from the pathway module's
 * `RecognitionRecord`s (`decision` and `credentials[].id`), which are read the same way.
 */
async function recognisedIds(input: StatsOptions['recognitions'], max: number): Promise<{ ids: Set<string>; unreadable: number } | undefined> {
  if (input === undefined) return undefined;
  const iterable = typeof input === 'object' && input !== null && (Symbol.iterator in input || Symbol.asyncIterator in input);
  if (!iterable) throw new ExportError('ERR_EXPORT_OPTIONS', 'recognitions must be an array (or iterable) of recognition records.');
  const ids = new Set<string>();
  let seen = 0;
  let unreadable = 0;
  for await (const record of input as AsyncIterable<RecognitionInput | RecognitionRecord>) {
    if (++seen > max) throw new ExportError('ERR_EXPORT_TOO_LARGE', `More than ${max} recognition records; raise maxRecognitions.`);
    if (record === null || typeof record !== 'object') {
      unreadable += 1;
      continue;
    }
    if ('credentials' in record && Array.isArray(record.credentials)) {
      if (!RECOGNISED.has(String(record.decision))) continue;
      for (const credential of record.credentials) if (typeof credential?.id === 'string') ids.add(credential.id);
      continue;
    }
    const single = record as RecognitionInput;
    if (typeof single.credentialId !== 'string') {
      unreadable += 1;
      continue;
    }
    if (single.outcome === undefined || RECOGNISED.has(single.outcome)) ids.add(single.credentialId);
  }
  return { ids, unreadable };
}

/**
 * Counts what a store issued in a period — issued, revoked, suspended and (with recognition
 * records) recognised — grouped by course, month, level, field or provider, with small cells
 * suppressed. Levels, fields and providers come from the credentials the store kept (one read
 * per course) or from the templates.
 *
 * @example
 * const report = await exportStats(store, { by: 'month', period: { from: '2025-01', to: '2025-12' } });
 * console.log(statsToCsv(report));
 *
 * @throws ExportError `ERR_EXPORT_OPTIONS`, `ERR_EXPORT_TOO_LARGE`.
 */
export async function exportStats(source: CredentialSource, options: StatsOptions = {}): Promise<StatsReport> {
  const by = options.by ?? 'course';
  if (!STATS_GROUPINGS.includes(by)) throw new ExportError('ERR_EXPORT_OPTIONS', `Unknown grouping "${String(by)}"; use ${STATS_GROUPINGS.join(', ')}.`);
  const threshold = options.threshold ?? 5;
  // 2 would publish `<2`, which says 1: no protection.
  if (!Number.isInteger(threshold) || threshold < 3 || threshold > 1000) throw new ExportError('ERR_EXPORT_OPTIONS', 'threshold must be an integer from 3 to 1000.');
  const recognitionInput = await recognisedIds(options.recognitions, options.maxRecognitions ?? 1_000_000);
  const recognised = recognitionInput?.ids;
  const index = courseIndex(options.templates ?? []);
  const resolver = createCourseResolver(index, source.getCredential?.bind(source));

  const groups = new Map<string, { label: string; tallies: Record<StatsMeasure, Tally> }>();
  const totals = Object.fromEntries(STATS_MEASURES.map((m) => [m, new Tally()])) as Record<StatsMeasure, Tally>;
  const series = new Map<string, { label: string; months: Map<string, Tally> }>();
  const months = new Set<string>();
  const matched = new Set<string>();
  /** The table group of each course (every grouping but month is a function of the course). */
  const groupOfCourse = new Map<string, string>();

  for await (const record of scanPeriod(source, { period: options.period, maxCredentials: options.maxCredentials })) {
    const course = await resolver.resolve(record);
    const template = index.find(record);
    const courseKey = template ? courseKeyOf(template) : courseKeyOf(course, record);
    const { key, label } = groupOf(by, record, course, courseKey);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { label, tallies: Object.fromEntries(STATS_MEASURES.map((m) => [m, new Tally()])) as Record<StatsMeasure, Tally> }));
    const learner = record.learnerRef ?? `credential:${record.id}`;
    const measures: StatsMeasure[] = ['issued'];
    if (record.status === 'revoked') measures.push('revoked');
    if (record.status === 'suspended') measures.push('suspended');
    if (recognised?.has(record.id)) {
      measures.push('recognised');
      matched.add(record.id);
    }
    for (const measure of measures) {
      group.tallies[measure].add(learner);
      totals[measure].add(learner);
    }
    groupOfCourse.set(courseKey, key);
    if (options.chart) {
      const month = record.issuedAt.slice(0, 7);
      months.add(month);
      let line = series.get(courseKey);
      if (!line) series.set(courseKey, (line = { label: firstText(course?.title) ?? record.title ?? courseKey, months: new Map() }));
      let tally = line.months.get(month);
      if (!tally) line.months.set(month, (tally = new Tally()));
      tally.add(learner);
    }
  }

  const keys = [...groups.keys()].sort((a, b) => (by === 'month' ? a.localeCompare(b) : groups.get(a)!.label.localeCompare(groups.get(b)!.label) || a.localeCompare(b)));
  const rows: StatsRow[] = keys.map((key) => ({ group: key, label: groups.get(key)!.label, issued: 0, revoked: 0, suspended: 0, recognised: 0 }));
  const total = {} as StatsCounts;
  const hiddenGroups = new Set<string>();
  let primaryCells = 0;
  let complementaryCells = 0;
  const tallyMarks = (marks: Mark[]) => marks.forEach((m) => (m === 'primary' ? primaryCells++ : m === 'secondary' ? complementaryCells++ : undefined));
  for (const measure of STATS_MEASURES) {
    if (measure === 'recognised' && recognised === undefined) {
      rows.forEach((row) => (row.recognised = null));
      total.recognised = null;
      continue;
    }
    const cells = keys.map((key) => groups.get(key)!.tallies[measure].count());
    const totalCell = totals[measure].count();
    const { marks, totalMark } = suppressLine(cells, totalCell, threshold);
    tallyMarks([...marks, totalMark]);
    marks.forEach((mark, i) => (rows[i]![measure] = shownValue(cells[i]!, mark, threshold)));
    if (measure === 'issued') {
      marks.forEach((mark, i) => mark !== 'shown' && hiddenGroups.add(keys[i]!));
      if (totalMark !== 'shown') keys.forEach((key) => hiddenGroups.add(key));
    }
    total[measure] = shownValue(totalCell, totalMark, threshold);
  }

  const report: StatsReport = {
    by,
    period: { ...options.period },
    generatedAt: (options.now ?? new Date()).toISOString(),
    rows,
    total,
    suppression: { threshold, marker: primaryMarker(threshold), complementaryMarker: COMPLEMENTARY_MARKER, primaryCells, complementaryCells },
  };
  if (recognised !== undefined) report.unmatchedRecognitions = [...recognised].filter((id) => !matched.has(id)).length;
  if (recognitionInput !== undefined) report.unreadableRecognitions = recognitionInput.unreadable;
  if (options.chart) {
    const hidden = by === 'month' ? { months: hiddenGroups, courses: new Set<string>() } : { months: new Set<string>(), courses: new Set([...groupOfCourse].filter(([, g]) => hiddenGroups.has(g)).map(([c]) => c)) };
    report.chart = chartOf(series, [...months].sort(), threshold, hidden);
  }
  return report;
}

/** The chart series, suppressed as a table whose rows (courses) and columns (months) may have totals; `hidden`: lines the table suppresses. */
function chartOf(series: Map<string, { label: string; months: Map<string, Tally> }>, months: string[], threshold: number, hidden: { months: Set<string>; courses: Set<string> }): StatsChart {
  const courses = [...series.keys()].sort((a, b) => series.get(a)!.label.localeCompare(series.get(b)!.label) || a.localeCompare(b));
  const matrix = courses.map((course) => months.map((month) => series.get(course)!.months.get(month)?.count() ?? { credentials: 0, learners: 0 }));
  const hiddenRows = new Set(courses.flatMap((c, r) => (hidden.courses.has(c) ? [r] : [])));
  const hiddenColumns = new Set(months.flatMap((m, c) => (hidden.months.has(m) ? [c] : [])));
  const marks = suppressMatrix(matrix, threshold, hiddenRows, hiddenColumns);
  return {
    months,
    threshold,
    series: courses.map((course, r) => ({ course, label: series.get(course)!.label, values: matrix[r]!.map((cell, c) => shownValue(cell, marks[r]![c]!, threshold)) })),
  };
}
