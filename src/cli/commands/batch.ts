import { issueBatch } from '../../batch/batch.js';
import { MicrocredError } from '../../errors.js';
import { parseKeyFile } from '../../keys/parse.js';
import { EXIT, type Io, UsageError, readJsonFile, readKeyJson } from '../io.js';

export interface BatchFlags {
  key: string;
  profile: string;
  out: string;
  template?: string;
  suite?: string;
  workers?: string;
}

/**
 * `microcred batch`: one credential per row of a JSONL or CSV file, each into its own file in
 * `--out`. Exit 0 when every row was issued (now or by an earlier run), 1 when some rows were
 * invalid (listed with their row numbers), 2 usage.
 */
export async function batchCommand(input: string, flags: BatchFlags, io: Io): Promise<number> {
  let key;
  try {
    key = parseKeyFile(await readKeyJson(flags.key, io));
  } catch (error) {
    if (error instanceof MicrocredError) throw new UsageError(`${flags.key}: ${error.message}`);
    throw error;
  }
  const template = flags.template ? ((await readJsonFile(flags.template)) as Record<string, unknown>) : undefined;
  if (/\.csv$/i.test(input) && !template) throw new UsageError('a CSV batch needs --template course.json (the course-level fields each row is merged over)');
  const workers = flags.workers ? Number(flags.workers) : undefined;
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1)) throw new UsageError(`--workers ${flags.workers}: a positive integer`);
  const tty = process.stderr.isTTY === true;
  let last = 0;
  const summary = await issueBatch({
    input, key, template, workers, profile: flags.profile, suite: flags.suite, outDir: flags.out,
    workerUrl: new URL('./batch-worker.js', import.meta.url),
    onProgress: (p) => {
      if (!tty || performance.now() - last < 200) return;
      last = performance.now();
      process.stderr.write(`\r${p.issued} issued, ${p.skipped} already issued, ${p.invalid.length} invalid — ${(p.issued / Math.max(p.seconds, 0.001)).toFixed(1)}/s `);
    },
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new UsageError(`${input}: cannot read file`);
    throw error;
  });
  if (tty) process.stderr.write('\n');
  for (const bad of summary.invalid) io.err(`row ${bad.row}: ${bad.errors.join('; ')}`);
  io.out(`${summary.rows} rows: ${summary.issued} issued, ${summary.skipped} already issued, ${summary.invalid.length} invalid, in ${summary.seconds.toFixed(1)} s → ${flags.out}`);
  return summary.invalid.length ? EXIT.FAILED : EXIT.OK;
}
