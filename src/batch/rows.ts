import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';

/**
 * One input row: its 1-based number and the MicroCredential document built from it, or why not.
 * Read-only: a document may share nested values with the template and with other rows.
 */
export type Row = { row: number; document: Record<string, unknown> } | { row: number; error: string };

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The object at `node[key]`, made this document's own: a shallow copy of what the template (or
 * nothing) put there, so a row never changes the template or another row, without cloning all
 * of the template for every row.
 */
function own(node: Record<string, unknown>, key: string, owned: WeakSet<object>): Record<string, unknown> {
  const child = node[key];
  if (child !== null && typeof child === 'object' && owned.has(child)) return child as Record<string, unknown>;
  const copy = child === undefined || child === null ? {} : typeof child === 'object' ? (Array.isArray(child) ? [...child] : { ...child }) : child;
  node[key] = copy;
  if (typeof copy === 'object') owned.add(copy);
  return copy as Record<string, unknown>;
}

/** Sets `value` at a dotted path (`learner.name`), creating (or copying) objects on the way. */
function setPath(target: Record<string, unknown>, path: string, value: unknown, owned: WeakSet<object>): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (UNSAFE_KEYS.has(key)) return;
    node = own(node, key, owned);
  }
  const last = keys.at(-1)!;
  if (!UNSAFE_KEYS.has(last)) node[last] = value;
}

/**
 * A CSV row from a student information system export, merged over the course template:
 * each header is a dotted path into the MicroCredential (`learner.name`, `learner.id`, `id`,
 * `dateOfIssuing`, `grade.value`, …); `learner.studentId` becomes a studentId identifier;
 * `grade.passed` and other `true`/`false` cells become booleans; empty cells are skipped.
 * The template is not changed; the document shares the template's values that no cell sets.
 */
export function documentFromCsv(template: Record<string, unknown>, record: Record<string, string>): Record<string, unknown> {
  const document: Record<string, unknown> = { ...template };
  const owned = new WeakSet<object>([document]);
  for (const [column, raw] of Object.entries(record)) {
    const cell = raw.trim();
    if (cell === '') continue;
    if (column === 'learner.studentId') {
      own(document, 'learner', owned).identifiers = [{ type: 'studentId', value: cell }];
      continue;
    }
    setPath(document, column, cell === 'true' ? true : cell === 'false' ? false : cell, owned);
  }
  return document;
}

/**
 * Streams the rows of a JSONL file (one MicroCredential, or the per-learner part of one, per
 * line) or a CSV file (with a header row), merged over `template`. Memory stays flat: one row
 * at a time.
 */
export async function* readRows(path: string, template: Record<string, unknown> = {}): AsyncGenerator<Row> {
  if (/\.csv$/i.test(path)) {
    const parser = createReadStream(path).pipe(parse({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }));
    let row = 1; // the header is row 1
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      row += 1;
      yield { row, document: documentFromCsv(template, record) };
    }
    return;
  }
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let row = 0;
  for await (const line of lines) {
    row += 1;
    if (line.trim() === '') continue;
    try {
      const value = JSON.parse(line) as unknown;
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a JSON object');
      // Shallow: rows share the template's nested values, which nothing mutates (a worker gets its own copy).
      yield { row, document: { ...template, ...(value as Record<string, unknown>) } };
    } catch (error) {
      yield { row, error: `not valid JSON: ${(error as Error).message}` };
    }
  }
}

/**
 * How many rows {@link readRows} will yield (for `n / total` progress), streaming: CSV records
 * without the header, or non-empty JSONL lines.
 */
export async function countRows(path: string): Promise<number> {
  let count = 0;
  if (/\.csv$/i.test(path)) {
    const parser = createReadStream(path).pipe(parse({ bom: true, skip_empty_lines: true, relax_column_count: true, from_line: 2 }));
    for await (const _record of parser) count += 1;
    return count;
  }
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) if (line.trim() !== '') count += 1;
  return count;
}
