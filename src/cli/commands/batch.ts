import { setFlagsFromString } from 'node:v8';
import { type BatchSummary, issueBatch } from '../../batch/batch.js';
import { NAME_BY, type NameBy } from '../../batch/file-names.js';
import { countRows } from '../../batch/rows.js';
import { MicrocredError } from '../../errors.js';
import { parseKeyFile } from '../../keys/parse.js';
import { EXIT, type Io, UsageError, fileProblem, readJsonFile, readKeyJson } from '../io.js';

export interface BatchFlags {
  key: string;
  profile: string;
  out: string;
  template?: string;
  suite?: string;
  workers?: string;
  /** File names: `learner` (default), `id` or `row`. */
  nameBy?: string;
  /** Progress on stderr even when it is not a terminal. */
  progress?: boolean;
}

/** `m:ss` (or `h:mm:ss`) of a number of seconds. */
function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  return h ? `${h}:${String(m).padStart(2, '0')}:${String(r).padStart(2, '0')}` : `${m}:${String(r).padStart(2, '0')}`;
}

/** One progress line: `120 / 500 (24%) · 41.3/s · ETA 0:09 · 3 invalid`. */
export function progressLine(p: Pick<BatchSummary, 'issued' | 'skipped' | 'invalid' | 'seconds'>, total: number): string {
  const done = p.issued + p.skipped + p.invalid.length;
  const rate = done / Math.max(p.seconds, 0.001);
  const percent = total ? Math.floor((done / total) * 100) : 100;
  const eta = done === 0 ? '…' : clock((total - done) / rate);
  const extra = [p.skipped ? `${p.skipped} already issued` : '', p.invalid.length ? `${p.invalid.length} invalid` : ''].filter(Boolean);
  return `${done} / ${total} (${percent}%) · ${done === 0 ? '…' : rate.toFixed(1)}/s · ETA ${eta}${extra.length ? ` · ${extra.join(' · ')}` : ''}`;
}

/**
 * `microcred batch`: one credential per row of a JSONL or CSV file, each into its own file in
 * `--out`, named by the learner's reference (or `--name-by id|row`). Exit 0 when every row was
 * issued (now or by an earlier run), 1 when some rows were invalid (listed with their row
 * numbers, each problem once), 2 usage. Progress (`n / total`, rate, ETA) goes to stderr when it
 * is a terminal, or with `--progress`.
 */
export async function batchCommand(input: string, flags: BatchFlags, io: Io): Promise<number> {
  const nameBy = (flags.nameBy ?? 'learner') as NameBy;
  if (!NAME_BY.includes(nameBy)) throw new UsageError(`--name-by ${flags.nameBy}: one of ${NAME_BY.join(', ')}`);
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
  const readable = (error: unknown) => {
    const problem = fileProblem(error, 'read');
    if (problem) throw new UsageError(problem);
    throw error;
  };
  const tty = process.stderr.isTTY === true;
  const show = tty || flags.progress === true;
  // The total is counted first (a quick pass over the file), so progress can say n / total from the first row.
  const total = show ? await countRows(input).catch(readable) : 0;
  // On a terminal the line is redrawn at most 5 times a second; in a log, one line a second.
  const every = tty ? 200 : 1000;
  let last = -Infinity;
  let shown = '';
  const draw = (p: Pick<BatchSummary, 'issued' | 'skipped' | 'invalid' | 'seconds'>, final = false) => {
    if (!show || (!final && performance.now() - last < every)) return;
    const line = progressLine(p, total);
    if (line === shown) return;
    last = performance.now();
    shown = line;
    process.stderr.write(tty ? `\r${line}\u001b[K` : `${line}\n`);
  };
  // Flat memory for long files: V8 may otherwise let each thread's heap grow to a few times its
  // live size between collections, so peak RSS crept up with the number of rows (10,000 rows:
  // 286 MiB, 100,000: 338 MiB). Heaps now grow by 30 % at most (measured: ~2 % more CPU). This is
  // the CLI's own process; issueBatch() in a library leaves the embedder's V8 settings alone.
  setFlagsFromString('--heap-growing-percent=30');
  draw({ issued: 0, skipped: 0, invalid: [], seconds: 0 }, true);
  let first = true;
  const summary = await issueBatch({
    input, key, template, workers, profile: flags.profile, suite: flags.suite, outDir: flags.out, nameBy,
    workerUrl: new URL('../batch-worker.js', import.meta.url),
    onProgress: (p) => {
      // The first row is shown at once (with its rate and ETA), later ones as often as `every` allows.
      draw(p, first);
      first = false;
    },
  }).catch(readable);
  draw(summary, true);
  if (tty) process.stderr.write('\n');
  for (const bad of summary.invalid) io.err(`row ${bad.row}: ${bad.errors.join('; ')}`);
  io.out(`${summary.rows} rows: ${summary.issued} issued, ${summary.skipped} already issued, ${summary.invalid.length} invalid, in ${summary.seconds.toFixed(1)} s → ${flags.out}`);
  return summary.invalid.length ? EXIT.FAILED : EXIT.OK;
}
