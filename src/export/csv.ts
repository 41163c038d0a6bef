/**
 * CSV for the exports, written with csv-stringify (RFC 4180 quoting). Cells that a spreadsheet
 * would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) are
 * prefixed with `'` (csv-stringify's `escape_formulas`), since course titles and outcomes come
 * from templates and credentials that others wrote. Cells with a line break are always quoted
 * (csv-stringify quotes only the record delimiter, CRLF, by default).
 */
import { stringify } from 'csv-stringify/sync';

/** A cell value: lists are joined with line breaks, absent values are empty. */
export type CsvCell = string | number | boolean | undefined | null | readonly (string | number)[];

/** One column: its header and how to read a row's cell. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvCell;
}

const cell = (value: CsvCell): string => {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join('\n');
  return String(value);
};

/** Rows as CSV text (a header row, then one line per row, CRLF line ends, UTF-8 without BOM). */
export function toCsv<T>(rows: Iterable<T>, columns: readonly CsvColumn<T>[]): string {
  const records = [...rows].map((row) => columns.map((column) => cell(column.value(row))));
  return stringify(records, { header: true, columns: columns.map((c) => c.header), record_delimiter: 'windows', escape_formulas: true, quoted_match: /[\r\n]/ });
}

/** The languages used by a language-map field across rows, `en` first, then in order of appearance. */
export function languagesOf<T>(rows: Iterable<T>, map: (row: T) => Record<string, string> | undefined): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const tag of Object.keys(map(row) ?? {})) seen.add(tag);
  return [...seen].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : 0));
}

/** One column per language of a language-map field: `title@en`, `title@ka`, … */
export function languageColumns<T>(name: string, languages: readonly string[], map: (row: T) => Record<string, string> | undefined): CsvColumn<T>[] {
  return languages.map((tag) => ({ header: `${name}@${tag}`, value: (row: T) => map(row)?.[tag] }));
}
