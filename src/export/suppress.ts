/**
 * Small-cell suppression for published statistics, so that no learner can be singled out.
 *
 * What is guaranteed, within one export:
 * 1. Primary: a count drawn from fewer than `threshold` learners (default 5; a learner counts
 *    once per cell however many credentials they hold there) is shown as `<5`. Zero is shown.
 * 2. Complementary: in every line that has a shown total (a column of the statistics table
 *    with its total row; a course's or a month's series in the chart), suppressed cells cannot
 *    be worked out exactly from the total and the shown cells by someone who knows this rule and
 *    assumes the worst usual case — `<5` cells hold 1 to 4, `x` cells at least 5. More cells are
 *    suppressed (`x`, smallest first) until every suppressed cell keeps two or more possible
 *    values ({@link lineIsProtected}); when that cannot be reached the total is suppressed too.
 * 3. The chart and the table of one export agree: a course (or month) whose count the table
 *    suppresses has its chart points suppressed too, so the chart cannot add up to it.
 *
 * Not guaranteed: exports compared with each other (overlapping periods, other groupings,
 * consecutive months) can still be differenced; publish one grouping over fixed calendar periods.
 */

/** A cell before suppression: credentials counted, and distinct learners among them. */
export interface CellCount {
  credentials: number;
  learners: number;
}

/** A count as published: the number, the primary marker (`<5`) or the complementary one (`x`). */
export type Shown = number | string;

/** The complementary-suppression marker. */
export const COMPLEMENTARY_MARKER = 'x';

/** How a cell is shown. */
export type Mark = 'shown' | 'primary' | 'secondary';

/** The primary marker for a threshold, e.g. `<5`. */
export const primaryMarker = (threshold: number): string => `<${threshold}`;

/** Primary marks: suppressed when some, but fewer than `threshold`, learners are behind the count. */
export function primaryMarks(cells: readonly CellCount[], threshold: number): Mark[] {
  return cells.map((c) => (c.credentials > 0 && c.learners < threshold ? 'primary' : 'shown'));
}

/**
 * Whether every suppressed cell of a line keeps two or more possible values, given the line's
 * total, the shown cells and the bounds a reader can assume: a `<t` cell holds 1 to t−1 (one
 * credential per learner, the usual case), an `x` cell at least t and no most.
 */
export function lineIsProtected(cells: readonly CellCount[], marks: readonly Mark[], threshold: number): boolean {
  let sum = 0;
  let lows = 0;
  let finiteHighs = 0;
  let unbounded = 0;
  const hidden: number[] = [];
  marks.forEach((mark, i) => {
    if (mark === 'shown') return;
    hidden.push(i);
    sum += cells[i]!.credentials;
    lows += mark === 'primary' ? 1 : threshold;
    if (mark === 'primary') finiteHighs += threshold - 1;
    else unbounded += 1;
  });
  if (hidden.length === 0) return true;
  return hidden.every((i) => {
    const primary = marks[i] === 'primary';
    const [low, high] = primary ? [1, threshold - 1] : [threshold, Infinity];
    const othersHigh = unbounded - (primary ? 0 : 1) > 0 ? Infinity : finiteHighs - (primary ? high : 0);
    const lo = Math.max(low, sum - othersHigh);
    const hi = Math.min(high, sum - (lows - low));
    return hi - lo >= 1;
  });
}

/**
 * Adds complementary marks to one line whose total is shown (rule 2 above), in place: the
 * smallest shown non-zero cell, until {@link lineIsProtected}. Returns false when no choice of
 * cells protects the line (the caller then hides the total). Adding a mark never unprotects a
 * line: the hidden sum grows by at least the new lower bound, and the new cell has no upper one.
 */
export function protectLine(cells: readonly CellCount[], marks: Mark[], threshold: number): boolean {
  while (!lineIsProtected(cells, marks, threshold)) {
    let pick = -1;
    marks.forEach((mark, i) => {
      if (mark === 'shown' && cells[i]!.credentials > 0 && (pick < 0 || cells[i]!.credentials < cells[pick]!.credentials)) pick = i;
    });
    if (pick < 0) return false;
    marks[pick] = 'secondary';
  }
  return true;
}

/** A count as published under its mark. */
export function shownValue(cell: CellCount, mark: Mark, threshold: number): Shown {
  return mark === 'shown' ? cell.credentials : mark === 'primary' ? primaryMarker(threshold) : COMPLEMENTARY_MARKER;
}

/**
 * Suppresses one line and its total: primary marks, then complementary ones; the total is
 * itself suppressed when fewer than `threshold` learners are behind it or the line cannot be
 * protected.
 */
export function suppressLine(cells: readonly CellCount[], total: CellCount, threshold: number): { marks: Mark[]; totalMark: Mark } {
  const marks = primaryMarks(cells, threshold);
  const [totalMark] = primaryMarks([total], threshold) as [Mark];
  if (totalMark !== 'shown') return { marks, totalMark };
  return protectLine(cells, marks, threshold) ? { marks, totalMark } : { marks, totalMark: 'secondary' };
}

/**
 * Suppresses a table of lines (rows × columns) whose row and column totals may both be
 * published: primary marks, then complementary marks along every row and every column until
 * none changes (adding a mark never undoes another line's protection). A line that cannot be
 * protected has every non-zero cell suppressed. `hiddenRows` / `hiddenColumns`: lines whose total
 * is suppressed elsewhere, whose shown points are all hidden first. Returns the marks, row by row.
 */
export function suppressMatrix(rows: readonly (readonly CellCount[])[], threshold: number, hiddenRows: ReadonlySet<number> = new Set(), hiddenColumns: ReadonlySet<number> = new Set()): Mark[][] {
  const marks = rows.map((row) => primaryMarks(row, threshold));
  // Rows and columns whose totals are suppressed elsewhere in the export: hide every shown point.
  marks.forEach((line, r) => line.forEach((m, c) => m === 'shown' && rows[r]![c]!.credentials > 0 && (hiddenRows.has(r) || hiddenColumns.has(c)) && (line[c] = 'secondary')));
  const width = rows[0]?.length ?? 0;
  const hideAll = (cells: readonly CellCount[], line: Mark[]) => line.forEach((m, i) => m === 'shown' && cells[i]!.credentials > 0 && (line[i] = 'secondary'));
  for (let changed = true; changed; ) {
    changed = false;
    const before = JSON.stringify(marks);
    rows.forEach((row, r) => protectLine(row, marks[r]!, threshold) || hideAll(row, marks[r]!));
    for (let c = 0; c < width; c++) {
      const column = rows.map((row) => row[c]!);
      const line = marks.map((row) => row[c]!);
      if (!protectLine(column, line, threshold)) hideAll(column, line);
      line.forEach((m, r) => (marks[r]![c] = m));
    }
    changed = JSON.stringify(marks) !== before;
  }
  return marks;
}
