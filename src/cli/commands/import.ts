/**
 * `microcred import ob2 <files|urls…>`: re-issues Open Badges 2.0 assertions an LMS awarded
 * (Moodle, Canvas Credentials/Badgr) as micro-credentials. Each assertion is verified first
 * (online: hosted ones are fetched from their URL, signed ones checked with the issuer's key),
 * mapped with `fromOpenBadge2` over the course template, validated under the profile and signed
 * by the batch machinery — one file per assertion in `--out`, linked to the original through
 * `related` (URL and digest), and idempotent: a re-run skips assertions already re-issued.
 */
import { isPng, isSvg, unbake } from '../../bake/index.js';
import { issueBatch } from '../../batch/batch.js';
import type { Row } from '../../batch/rows.js';
import { MicrocredError } from '../../errors.js';
import { fromOpenBadge2 } from '../../formats/ob2/from-open-badge2.js';
import { isOpenBadge2Jws } from '../../formats/ob2/detect.js';
import { parseKeyFile } from '../../keys/parse.js';
import { parseSealKeyFile } from '../../seal/seal-key.js';
import { onlineResolvers } from '../../verify/online.js';
import { verify } from '../../verify/verify.js';
import { EXIT, type Io, UsageError, readJsonFile, readKeyJson, readUserFile } from '../io.js';

export interface ImportFlags {
  key: string;
  profile: string;
  out: string;
  template: string;
  suite?: string;
  workers?: string;
  allow?: string[];
  allowPrivateNetwork?: boolean;
}

/** Most assertions one `import` run takes. */
export const MAX_IMPORT_SOURCES = 10_000;

type Source = { row: number; source: string };

/** Verified, mapped rows, one per source; a source that does not verify is a row error naming why. */
async function* importedRows(sources: Source[], template: Record<string, unknown>, flags: ImportFlags): AsyncGenerator<Row> {
  const { resolver, resolveStatusList } = onlineResolvers({ allow: flags.allow ?? ['*'], allowPrivateNetwork: flags.allowPrivateNetwork === true });
  for (const { row, source } of sources) {
    let input: unknown;
    try {
      input = /^https?:\/\//i.test(source) ? structuredClone((await resolver.resolve(source)).document) : await readUserFile(source);
    } catch (error) {
      yield { row, error: `${source}: cannot read: ${(error as Error).message}` };
      continue;
    }
    const report = await verify(input, { resolver, status: { resolveStatusList } });
    if (report.format !== 'ob2') {
      yield { row, error: `${source}: not an Open Badges 2.0 assertion (${report.checks.find((c) => c.status === 'fail')?.message ?? `format ${report.format}`})` };
      continue;
    }
    if (!report.verified || !report.credential) {
      const why = report.checks.filter((c) => c.status === 'fail' || (c.id === 'proof' && c.status !== 'pass')).map((c) => `${c.id}: ${c.message}`);
      yield { row, error: `${source}: not re-issued, the assertion does not verify — ${why.join('; ')}` };
      continue;
    }
    const jws = report.suite === 'RS256' ? signedText(input) : undefined;
    try {
      yield { row, document: fromOpenBadge2(report.credential, { template, ...(jws ? { jws } : {}) }) as unknown as Record<string, unknown> };
    } catch (error) {
      yield { row, error: `${source}: ${(error as Error).message}` };
    }
  }
}

/** The JWS text of a signed assertion read from a file (plain or baked), for its digest. */
function signedText(input: unknown): string | undefined {
  if (!(input instanceof Uint8Array)) return undefined;
  let text: unknown;
  try {
    text = isPng(input) || isSvg(new TextDecoder().decode(input.subarray(0, 65536))) ? unbake(input) : new TextDecoder().decode(input);
  } catch {
    return undefined;
  }
  return typeof text === 'string' && isOpenBadge2Jws(text.trim()) ? text.trim() : undefined;
}

/**
 * Exit 0 when every assertion was re-issued (now or by an earlier run), 1 when some were not
 * (each listed with why), 2 usage.
 */
export async function importOb2Command(sources: string[], flags: ImportFlags, io: Io): Promise<number> {
  if (sources.length === 0) throw new UsageError('give the assertions to import: files (JSON, JWS, baked PNG/SVG) or hosted assertion URLs');
  if (sources.length > MAX_IMPORT_SOURCES) throw new UsageError(`at most ${MAX_IMPORT_SOURCES} assertions per run (got ${sources.length}); split the cohort`);
  let key;
  try {
    const json = (await readKeyJson(flags.key, io)) as { type?: string };
    key = json?.type === 'MicrocredSealKey' ? parseSealKeyFile(json) : parseKeyFile(json);
  } catch (error) {
    if (error instanceof MicrocredError) throw new UsageError(`${flags.key}: ${error.message}`);
    throw error;
  }
  const template = await readJsonFile(flags.template);
  if (typeof template !== 'object' || template === null || Array.isArray(template)) throw new UsageError(`${flags.template}: the course template must be a JSON object of MicroCredential fields`);
  const workers = flags.workers ? Number(flags.workers) : undefined;
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1)) throw new UsageError(`--workers ${flags.workers}: a positive integer`);
  const rows = importedRows(sources.map((source, i) => ({ row: i + 1, source })), template as Record<string, unknown>, flags);
  const summary = await issueBatch({
    input: rows, key, workers, profile: flags.profile, suite: flags.suite, outDir: flags.out,
    workerUrl: new URL('../batch-worker.js', import.meta.url),
  });
  for (const bad of summary.invalid) io.err(`assertion ${bad.row}: ${bad.errors.join('; ')}`);
  io.out(`${summary.rows} assertions: ${summary.issued} re-issued, ${summary.skipped} already re-issued, ${summary.invalid.length} not re-issued, in ${summary.seconds.toFixed(1)} s → ${flags.out}`);
  return summary.invalid.length ? EXIT.FAILED : EXIT.OK;
}
