/**
 * `microcred export registry | catalogue | stats`: registry records, the catalogue of offered
 * micro-credentials, and statistics with small cells suppressed, from the issuing store
 * (SQLite under --data, or PostgreSQL when DATABASE_URL is set).
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Command, Option } from 'commander';
import { ExportError } from '../../errors.js';
import { exportCatalogue, searchCatalogue, catalogueToCsv, type CatalogueOffering, type CatalogueQuery } from '../../export/catalogue.js';
import { catalogueToElm } from '../../export/catalogue-elm.js';
import { createHttpRegistryAdapter, pushRegistryRecords } from '../../export/registry-adapter.js';
import { exportRegistryRecords } from '../../export/registry.js';
import { registryRecordsToCsv } from '../../export/registry-csv.js';
import { exportStats, STATS_GROUPINGS, type RecognitionInput, type StatsGrouping } from '../../export/stats.js';
import { statsChartSvg, statsToCsv } from '../../export/stats-output.js';
import { openStore, SQLITE_FILE_NAME, type Store } from '../../store/index.js';
import { EXIT, type Io, UsageError, readJsonFile, readUserFile } from '../io.js';

interface StoreFlags {
  data: string;
}

/** The store to read: PostgreSQL when DATABASE_URL is set, else the SQLite file in --data, which must exist (an export never creates a store). */
async function openExistingStore(flags: StoreFlags): Promise<Store> {
  if (!process.env.DATABASE_URL && !existsSync(join(flags.data, SQLITE_FILE_NAME))) {
    throw new UsageError(`no store in ${flags.data} (${SQLITE_FILE_NAME} not found); pass --data <dir> of the issuing service, or set DATABASE_URL`);
  }
  return openStore({ dataDir: flags.data });
}

async function withStore<T>(flags: StoreFlags, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openExistingStore(flags);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Option errors of the export API are usage errors (exit 2); the rest stay what they are. */
async function usage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ExportError && error.code === 'ERR_EXPORT_OPTIONS') throw new UsageError(error.message);
    throw error;
  }
}

async function readTemplates(files: readonly string[] = []): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (const file of files) {
    const value = await readJsonFile(file);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`${file}: a course template is one JSON object (MicroCredential fields)`);
    out.push(value as Record<string, unknown>);
  }
  return out;
}

/** Writes an output file; a missing folder or a folder given as the file is a usage error. */
async function writeOutput(file: string, text: string): Promise<void> {
  await writeFile(file, text).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new UsageError(`${file}: cannot write there (${error.code}); its folder must exist`);
    if (error.code === 'EISDIR') throw new UsageError(`${file}: is a folder; name a file to write`);
    throw error;
  });
}

async function emit(text: string, output: string | undefined, io: Io, what: string): Promise<void> {
  if (output) {
    await writeOutput(output, text);
    io.err(`✔ ${what} → ${output}`);
  } else {
    io.out(text.replace(/\r?\n$/, ''));
  }
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const collect = (value: string, list: string[] = []) => [...list, value];

interface RegistryFlags extends StoreFlags {
  format: 'am' | 'ge';
  template?: string[];
  from?: string;
  to?: string;
  verifyUrl?: string;
  csv?: boolean;
  output?: string;
  push?: string;
  tokenFile?: string;
  allowHttp?: boolean;
}

async function registryCommand(flags: RegistryFlags, io: Io): Promise<number> {
  const templates = await readTemplates(flags.template);
  const token = flags.tokenFile ? (await readUserFile(flags.tokenFile, 64 * 1024)).toString('utf8').trim() : process.env.MICROCRED_REGISTRY_TOKEN;
  const adapter = flags.push ? await usage(async () => createHttpRegistryAdapter({ url: flags.push!, token, allowHttp: flags.allowHttp })) : undefined;
  const exported = await withStore(flags, (store) =>
    usage(() => exportRegistryRecords(store, { format: flags.format, templates, period: { from: flags.from, to: flags.to }, verifyUrl: flags.verifyUrl })),
  );
  const incomplete = exported.records.filter((r) => r.missing.length > 0).length;
  if (incomplete) io.err(`warning: ${incomplete} of ${exported.records.length} records lack registry fields (see "missing"); pass --template course.json for courses whose credentials the store did not keep`);
  if (adapter) {
    const result = await pushRegistryRecords(adapter, exported);
    for (const r of result.rejected) io.err(`rejected ${r.identifier}: ${r.reason}`);
    io.out(`${exported.records.length} records → ${adapter.name}: ${result.accepted} accepted, ${result.rejected.length} rejected`);
    return result.rejected.length ? EXIT.FAILED : EXIT.OK;
  }
  await emit(flags.csv ? registryRecordsToCsv(exported) : json(exported), flags.output, io, `${exported.records.length} ${flags.format} registry records`);
  return EXIT.OK;
}

interface CatalogueFlags extends StoreFlags {
  template?: string[];
  offerings?: string;
  fromStore?: boolean;
  format: 'json' | 'csv' | 'elm';
  output?: string;
  field?: string;
  provider?: string;
  level?: string;
  language?: string;
  mode?: string;
  minEcts?: string;
  maxEcts?: string;
  maxFee?: string;
  startsFrom?: string;
}

/** A non-negative number flag, or undefined when not given. */
function amountFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new UsageError(`${name} ${value}: a number of at least 0`);
  return n;
}

async function catalogueCommand(flags: CatalogueFlags, io: Io): Promise<number> {
  const templates = await readTemplates(flags.template);
  const offerings = flags.offerings ? await readJsonFile(flags.offerings) : [];
  if (!Array.isArray(offerings)) throw new UsageError(`${flags.offerings}: offerings are a JSON array of { course, url, fee, startDate, endDate, applicationDeadline }`);
  if (!templates.length && !flags.fromStore) throw new UsageError('name the courses: --template course.json (repeatable) and/or --from-store');
  const level = flags.level !== undefined ? Number(flags.level) : undefined;
  if (level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= 8)) throw new UsageError(`--level ${flags.level}: an EQF level 1–8`);
  const build = (store?: Store) => usage(() => exportCatalogue({ templates, offerings: offerings as CatalogueOffering[], store }));
  const catalogue = flags.fromStore ? await withStore(flags, build) : await build();
  for (const warning of catalogue.warnings) io.err(`warning: ${warning}`);
  if (flags.startsFrom !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(flags.startsFrom) && !Number.isNaN(Date.parse(flags.startsFrom)))) throw new UsageError(`--starts-from ${flags.startsFrom}: a date YYYY-MM-DD`);
  const query: CatalogueQuery = {
    field: flags.field,
    provider: flags.provider,
    eqfLevel: level,
    minEcts: amountFlag('--min-ects', flags.minEcts),
    maxEcts: amountFlag('--max-ects', flags.maxEcts),
    language: flags.language,
    mode: flags.mode,
    maxFee: amountFlag('--max-fee', flags.maxFee),
    startsFrom: flags.startsFrom,
  };
  const filtered = Object.values(query).some((v) => v !== undefined);
  const entries = filtered ? searchCatalogue(catalogue.entries, query) : catalogue.entries;
  const items = catalogue.items.filter((_, i) => entries.includes(catalogue.entries[i]!));
  let text: string;
  if (flags.format === 'csv') text = catalogueToCsv({ entries });
  else if (flags.format === 'elm') {
    const { warnings, ...document } = catalogueToElm({ items });
    for (const warning of warnings) io.err(`warning: ${warning}`);
    text = json(document);
  } else text = json({ generatedAt: catalogue.generatedAt, entries });
  await emit(text, flags.output, io, `${entries.length} catalogue entries`);
  return EXIT.OK;
}

interface StatsFlags extends StoreFlags {
  by: StatsGrouping;
  from?: string;
  to?: string;
  threshold?: string;
  template?: string[];
  recognitions?: string;
  format: 'json' | 'csv';
  chart?: string;
  output?: string;
}

async function readRecognitions(file: string): Promise<RecognitionInput[]> {
  const text = (await readUserFile(file)).toString('utf8').replace(/^\uFEFF/, '');
  try {
    const value = text.trimStart().startsWith('[') ? (JSON.parse(text) as unknown) : text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown);
    if (!Array.isArray(value)) throw new Error('not an array');
    return value as RecognitionInput[];
  } catch (error) {
    throw new UsageError(`${file}: recognition records are a JSON array or JSON lines of { "credentialId", "outcome" } (${(error as Error).message})`);
  }
}

async function statsCommand(flags: StatsFlags, io: Io): Promise<number> {
  const threshold = flags.threshold !== undefined ? Number(flags.threshold) : undefined;
  if (threshold !== undefined && !Number.isInteger(threshold)) throw new UsageError(`--threshold ${flags.threshold}: an integer (3–1000)`);
  const templates = await readTemplates(flags.template);
  const recognitions = flags.recognitions ? await readRecognitions(flags.recognitions) : undefined;
  const report = await withStore(flags, (store) =>
    usage(() => exportStats(store, { by: flags.by, period: { from: flags.from, to: flags.to }, threshold, templates, recognitions, chart: flags.chart !== undefined })),
  );
  if (report.unreadableRecognitions) io.err(`warning: ${report.unreadableRecognitions} entries of ${flags.recognitions} are not recognition records (no credentialId, no credentials[]) and were not counted`);
  if (flags.chart) {
    await writeOutput(flags.chart, statsChartSvg(report.chart!));
    io.err(`✔ chart of ${report.chart!.series.length} courses over ${report.chart!.months.length} months → ${flags.chart}`);
  }
  const { chart: _chart, ...table } = report;
  await emit(flags.format === 'csv' ? statsToCsv(report) : json(table), flags.output, io, `statistics by ${report.by}`);
  return EXIT.OK;
}

const dataOption = () => new Option('--data <dir>', 'data directory of the issuing service (its SQLite store); DATABASE_URL selects PostgreSQL').default('.microcred');

/** Adds `export registry`, `export catalogue` and `export stats` to the CLI. */
export function addExportCommands(root: Command, io: Io, status: { code: number }): void {
  const exp = root.command('export').description('registry records, the catalogue of offered micro-credentials, and statistics (no personal data)');
  exp
    .command('registry')
    .description('registry records: am (Armenian National MC Registry, one per issued credential) or ge (Georgian e-registry, one per course)')
    .addOption(new Option('--format <registry>', 'which registry').choices(['am', 'ge']).makeOptionMandatory())
    .addOption(dataOption())
    .option('--template <file>', 'course template describing a course whose credentials the store did not keep (repeatable)', collect)
    .option('--from <date>', 'first issue date included: YYYY, YYYY-MM, YYYY-MM-DD or a date-time')
    .option('--to <date>', 'last issue date included (--to 2025-06 includes all of June)')
    .option('--verify-url <url>', 'verification page; am records get <url>?id=<credential id>')
    .option('--csv', 'CSV instead of JSON')
    .option('-o, --output <file>', 'write here instead of printing')
    .option('--push <url>', "POST the records to this registry API (JSON) instead of printing them")
    .option('--token-file <file>', 'bearer token for --push (default: MICROCRED_REGISTRY_TOKEN)')
    .option('--allow-http', '--push over plain http (tests, intranets)')
    .addHelpText('after', '\nLearners appear only as the store\'s opaque reference (learnerRef), never by name or id.\nExit codes: 0 exported (or all pushed records accepted), 1 the registry rejected records or failed, 2 usage error.')
    .action(async (flags: RegistryFlags) => {
      status.code = await registryCommand(flags, io);
    });
  exp
    .command('catalogue')
    .description('the catalogue of offered micro-credentials, from course templates and/or the store')
    .option('--template <file>', 'course template (what batch --template takes; repeatable)', collect)
    .option('--offerings <file>', 'JSON array of offerings: { course, url, fee: { amount, currency } | { free: true }, startDate, endDate, applicationDeadline }')
    .option('--from-store', 'also list every course the store issued credentials of')
    .addOption(dataOption())
    .addOption(new Option('--format <format>', 'json, csv, or elm (ELM LearningOpportunity JSON-LD for Europass)').choices(['json', 'csv', 'elm']).default('json'))
    .option('--field <isced>', 'only this ISCED-F field (or its prefix)')
    .option('--provider <text>', 'only providers with this id or name part')
    .option('--level <eqf>', 'only this EQF level')
    .option('--language <tag>', 'only courses taught in this language')
    .addOption(new Option('--mode <mode>', 'only this form of participation').choices(['online', 'onsite', 'blended', 'hybrid']))
    .option('--min-ects <n>', 'only courses of at least this many ECTS')
    .option('--max-ects <n>', 'only courses of at most this many ECTS')
    .option('--max-fee <amount>', 'only free offerings or a fee of at most this amount')
    .option('--starts-from <date>', 'only offerings starting on or after this date (YYYY-MM-DD)')
    .option('-o, --output <file>', 'write here instead of printing')
    .action(async (flags: CatalogueFlags) => {
      status.code = await catalogueCommand(flags, io);
    });
  exp
    .command('stats')
    .description('issued, revoked, suspended and recognised micro-credentials; fewer than 5 learners shown as <5')
    .option('--from <date>', 'first issue date included: YYYY, YYYY-MM, YYYY-MM-DD or a date-time')
    .option('--to <date>', 'last issue date included')
    .addOption(new Option('--by <group>', 'rows').choices([...STATS_GROUPINGS]).default('course'))
    .option('--threshold <n>', 'smallest number of learners shown (default 5; 3–1000)')
    .option('--template <file>', 'course template, for levels, fields and providers the store cannot tell (repeatable)', collect)
    .option('--recognitions <file>', 'recognition records (microcred pathway records, or { "credentialId", "outcome" }): JSON array or JSON lines')
    .addOption(new Option('--format <format>', 'table format').choices(['json', 'csv']).default('json'))
    .option('--chart <file>', 'also write an SVG chart of issuance per month per course')
    .addOption(dataOption())
    .option('-o, --output <file>', 'write the table here instead of printing')
    .addHelpText('after', '\nSuppressed: <5 = fewer than 5 learners; x = hidden so that no <5 cell can be worked out from a total (docs/exports.md).')
    .action(async (flags: StatsFlags) => {
      status.code = await statsCommand(flags, io);
    });
}
