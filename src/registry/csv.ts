import { parse } from 'csv-parse/sync';
import type { ValidationIssue } from '../model/issue.js';
import type { QualityAssurance, RegistryEntry } from '../model/types.generated.js';
import { MAX_REGISTRY_ENTRIES, RegistryEntriesInvalidError, providerIdentifiers, registryEntryIssues } from './entries.js';

/** Largest CSV text {@link registryEntriesFromCsv} reads, in characters. */
export const MAX_REGISTRY_CSV_CHARS = 8 * 1024 * 1024;

/**
 * The CSV columns, one accreditation per row; rows naming the same provider (same
 * `provider_ids` and `seal_organisation_identifiers`) are that provider's accreditations.
 * Lists inside a cell are separated by `;`. `provider_name_<lang>` (e.g. `provider_name_ka`)
 * adds a language of the name; `provider_name` is English.
 */
export const REGISTRY_CSV_COLUMNS = {
  provider_ids: '/provider/ids',
  provider_name: '/provider/name',
  provider_country: '/provider/country',
  provider_url: '/provider/url',
  provider_deqar_id: '/provider/deqarId',
  seal_organisation_identifiers: '/provider/sealOrganisationIdentifiers',
  qa_type: '/accreditations/0/type',
  accreditation_type: '/accreditations/0/accreditationType',
  decision: '/accreditations/0/decision',
  decision_reference: '/accreditations/0/accreditationId',
  decision_date: '/accreditations/0/decisionDate',
  valid_from: '/accreditations/0/validFrom',
  valid_until: '/accreditations/0/validUntil',
  body_id: '/accreditations/0/body/id',
  body_name: '/accreditations/0/body/name',
  body_country: '/accreditations/0/body/country',
  scope_isced_f: '/accreditations/0/scope/iscedF',
  scope_eqf: '/accreditations/0/scope/eqf',
  scope_nqf: '/accreditations/0/scope/nqf',
  scope_programmes: '/accreditations/0/scope/programmes',
  scope_max_ects: '/accreditations/0/scope/maxEcts',
  deqar_id: '/accreditations/0/deqarId',
  deqar_url: '/accreditations/0/deqarUrl',
  url: '/accreditations/0/url',
  description: '/accreditations/0/description',
} as const;

type Column = keyof typeof REGISTRY_CSV_COLUMNS;
const NAME_COLUMN = /^provider_name_([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)$/;

const list = (cell: string): string[] => cell.split(';').map((s) => s.trim()).filter((s) => s !== '');
const num = (cell: string): number | string => (/^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell);

/** One row as a single-accreditation entry (the schema check comes after). */
function entryOfRow(record: Record<string, string>): RegistryEntry {
  const cell = (c: Column) => record[c]?.trim() ?? '';
  const provider: Record<string, unknown> = {};
  const name: Record<string, string> = {};
  if (cell('provider_name')) name.en = cell('provider_name');
  for (const [column, value] of Object.entries(record)) {
    const tag = NAME_COLUMN.exec(column)?.[1];
    if (tag && value.trim()) name[tag] = value.trim();
  }
  if (Object.keys(name).length) provider.name = name;
  if (cell('provider_ids')) provider.ids = list(cell('provider_ids'));
  if (cell('seal_organisation_identifiers')) provider.sealOrganisationIdentifiers = list(cell('seal_organisation_identifiers'));
  if (cell('provider_country')) provider.country = cell('provider_country');
  if (cell('provider_url')) provider.url = cell('provider_url');
  if (cell('provider_deqar_id')) provider.deqarId = cell('provider_deqar_id');

  const qa: Record<string, unknown> = { type: cell('qa_type') || 'external' };
  const plain: Array<[Column, string]> = [
    ['accreditation_type', 'accreditationType'], ['decision', 'decision'], ['decision_reference', 'accreditationId'], ['decision_date', 'decisionDate'],
    ['valid_from', 'validFrom'], ['valid_until', 'validUntil'], ['deqar_id', 'deqarId'], ['deqar_url', 'deqarUrl'], ['url', 'url'],
  ];
  for (const [column, field] of plain) if (cell(column)) qa[field] = cell(column);
  if (cell('description')) qa.description = { en: cell('description') };
  const body: Record<string, unknown> = {};
  if (cell('body_id')) body.id = cell('body_id');
  if (cell('body_name')) body.name = { en: cell('body_name') };
  if (cell('body_country')) body.country = cell('body_country');
  if (Object.keys(body).length) qa.body = body;
  const scope: Record<string, unknown> = {};
  if (cell('scope_isced_f')) scope.iscedF = list(cell('scope_isced_f'));
  if (cell('scope_eqf')) scope.eqf = list(cell('scope_eqf')).map(num);
  if (cell('scope_nqf')) {
    scope.nqf = list(cell('scope_nqf')).map((item) => {
      const [framework, level] = item.split(':');
      return { framework: framework?.trim(), level: num(level?.trim() ?? '') };
    });
  }
  if (cell('scope_programmes')) scope.programmes = list(cell('scope_programmes')).map((p) => (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(p) ? { id: p } : { courseCode: p }));
  if (cell('scope_max_ects')) scope.maxEcts = num(cell('scope_max_ects'));
  if (Object.keys(scope).length) qa.scope = scope;
  return { provider, accreditations: [qa as unknown as QualityAssurance] } as unknown as RegistryEntry;
}

/** The CSV column a JSON Pointer into a one-row entry came from. */
function columnOf(pointer: string): string | undefined {
  let best: string | undefined;
  for (const [column, prefix] of Object.entries(REGISTRY_CSV_COLUMNS)) {
    if ((pointer === prefix || pointer.startsWith(`${prefix}/`)) && (best === undefined || prefix.length > REGISTRY_CSV_COLUMNS[best as Column].length)) best = column;
  }
  return best;
}

/**
 * Registry entries from CSV text (a header row, then one accreditation per row; see
 * {@link REGISTRY_CSV_COLUMNS}). Throws {@link RegistryEntriesInvalidError} listing every bad
 * row by number (the header is row 1) and column — an unknown column, a bad date or decision,
 * a provider that two groups of rows name differently — so the agency can fix its export.
 *
 * @example
 * const entries = registryEntriesFromCsv(readFileSync('nceqe.csv', 'utf8'));
 * const registry = await createRegistry(entries, { key: agencyKey, name: 'NCEQE' });
 */
export function registryEntriesFromCsv(text: string): RegistryEntry[] {
  const fail = (message: string, code = 'REGISTRY_CSV_INVALID'): never => {
    throw new RegistryEntriesInvalidError([{ code, pointer: '', message, severity: 'error' }]);
  };
  if (typeof text !== 'string') fail('The registry CSV must be text.');
  if (text.length > MAX_REGISTRY_CSV_CHARS) fail(`The registry CSV is larger than ${MAX_REGISTRY_CSV_CHARS} characters.`, 'REGISTRY_TOO_LARGE');
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  } catch (error) {
    return fail(`The registry CSV cannot be read: ${(error as Error).message}`);
  }
  const header = Object.keys(records[0] ?? {});
  const unknown = header.filter((c) => !(c in REGISTRY_CSV_COLUMNS) && !NAME_COLUMN.test(c));
  if (unknown.length) fail(`row 1: unknown column(s) ${unknown.join(', ')}; the columns are ${Object.keys(REGISTRY_CSV_COLUMNS).join(', ')}, provider_name_<lang>.`);
  if (records.length > MAX_REGISTRY_ENTRIES * 10) fail(`The registry CSV has ${records.length} rows; at most ${MAX_REGISTRY_ENTRIES * 10} are read.`, 'REGISTRY_TOO_LARGE');

  const errors: ValidationIssue[] = [];
  const groups = new Map<string, { entry: RegistryEntry; row: number }>();
  const owner = new Map<string, string>();
  records.forEach((record, i) => {
    const row = i + 2;
    const entry = entryOfRow(record);
    const rowIssues = registryEntryIssues([entry]);
    if (rowIssues.length) {
      for (const found of rowIssues) {
        const pointer = found.pointer.replace(/^\/0/, '');
        const column = columnOf(pointer);
        errors.push({ ...found, pointer, message: `row ${row}${column ? `, column ${column}` : ''}: ${found.message.replace(/^entry 1: /, '')}` });
      }
      return;
    }
    const key = JSON.stringify([entry.provider.ids ?? [], entry.provider.sealOrganisationIdentifiers ?? []]);
    const group = groups.get(key);
    if (group) {
      if (JSON.stringify(group.entry.provider) !== JSON.stringify(entry.provider)) {
        errors.push({ code: 'REGISTRY_PROVIDER_CONFLICT', pointer: '/provider', message: `row ${row}: the provider is described differently than in row ${group.row} (name, country, url or DEQAR id); give the same provider columns on each of its rows.`, severity: 'error' });
        return;
      }
      group.entry.accreditations.push(...entry.accreditations);
      return;
    }
    const clash = providerIdentifiers(entry).find((id) => owner.has(id));
    if (clash !== undefined) {
      errors.push({ code: 'REGISTRY_DUPLICATE_PROVIDER', pointer: '/provider', message: `row ${row}: ${clash} is already a provider identifier of row ${groups.get(owner.get(clash)!)!.row} with other identifiers; give one provider the same provider_ids and seal_organisation_identifiers on every row.`, severity: 'error' });
      return;
    }
    for (const id of providerIdentifiers(entry)) owner.set(id, key);
    groups.set(key, { entry, row });
  });
  if (records.length === 0) fail('The registry CSV has no rows after the header.', 'REGISTRY_EMPTY');
  const entries = [...groups.values()].map((g) => g.entry);
  if (errors.length === 0) {
    const whole = registryEntryIssues(entries);
    if (whole.length) throw new RegistryEntriesInvalidError(whole);
  }
  if (errors.length) throw new RegistryEntriesInvalidError(errors);
  return entries;
}
