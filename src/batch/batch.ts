import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { nameBasedUrn } from '../formats/ob3/ids.js';
import type { KeyFile } from '../keys/types.js';
import type { SealKeyFile } from '../seal/types.js';
import { type NameBy, fileStem, issuedId } from './file-names.js';
import { type Row, readRows } from './rows.js';
import type { BatchResult, BatchTask } from './worker.js';

/** Options of {@link issueBatch}. */
export interface BatchOptions {
  /** A JSONL or CSV file, or rows built elsewhere (e.g. `microcred import ob2`), one document each. */
  input: string | AsyncIterable<Row>;
  /** An issuer key (Open Badges 3.0), or a JAdES seal key (European Digital Credentials). */
  key: KeyFile | SealKeyFile;
  profile: string;
  outDir: string;
  /** Course-level MicroCredential fields each row is merged over (needed for CSV). */
  template?: Record<string, unknown>;
  suite?: string;
  /** Worker threads; default: one per core. */
  workers?: number;
  /**
   * How files are named: `learner` (default; the learner's student number or other identifier,
   * else the learner id, else the credential id), `id` (the credential id), `row` (`row-000042`).
   * Names are made safe for file systems; a name two credentials share gets `-2`, `-3`, ….
   */
  nameBy?: NameBy;
  /** URL of the worker module (the built `batch-worker.js`). */
  workerUrl: URL;
  /** Called after every row (issued, skipped or invalid) and once at the end. */
  onProgress?: (progress: BatchSummary) => void;
}

export interface BatchSummary {
  rows: number;
  issued: number;
  /** Rows issued by an earlier run (their file exists): not issued again. */
  skipped: number;
  /** Rows not issued: invalid, a duplicate `id` of an earlier row in this run, or not writable (disk full, …). */
  invalid: Array<{ row: number; errors: string[] }>;
  seconds: number;
}

/**
 * The idempotency key of a row: its credential `id` if it has one, else a name-based URN of
 * the row's content and the issuer. The same row always gets the same id.
 */
function rowId(document: Record<string, unknown>, issuer: string): string {
  return typeof document.id === 'string' ? document.id : nameBasedUrn(`microcred:batch\n${issuer}\n${JSON.stringify(document)}`);
}

/** Most `-2`, `-3`, … suffixes tried for one name before the row is refused. */
export const MAX_NAME_COLLISIONS = 1000;

/** A sentence for a failed write: disk full and friends are named, with the file. */
function writeError(target: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return `cannot write ${target}: no space left on device (ENOSPC); not issued`;
  if (code === 'EDQUOT') return `cannot write ${target}: disk quota exceeded (EDQUOT); not issued`;
  return `cannot write ${target}: ${code ?? (error as Error).message}; not issued`;
}

/**
 * Issues one credential per row of a JSONL or CSV file into `outDir`, streaming, with worker
 * threads signing in parallel. Invalid rows are reported (row number and errors) and skipped;
 * rows whose file already exists are skipped, so re-running a batch issues no duplicates.
 * A row whose `id` an earlier row of the same run already has is a row error (the first row
 * wins, nothing is overwritten); a file that cannot be written (ENOSPC, …) is a row error too.
 */
export async function issueBatch(options: BatchOptions): Promise<BatchSummary> {
  await mkdir(options.outDir, { recursive: true });
  const threads = options.workers ?? Math.max(1, availableParallelism());
  const pool = new Piscina<BatchTask, BatchResult>({ filename: options.workerUrl.href, minThreads: threads, maxThreads: threads });
  const keyJson = JSON.stringify(options.key);
  const summary: BatchSummary = { rows: 0, issued: 0, skipped: 0, invalid: [], seconds: 0 };
  const started = performance.now();
  const inFlight = new Set<Promise<void>>();
  // Ids seen in this run and the row that claimed each: the first row wins, a later row with
  // the same id is a row error, never a second write to the same file.
  const claimed = new Map<string, number>();
  // File names taken in this run, and by which credential id.
  const names = new Map<string, string>();
  const nameBy = options.nameBy ?? 'learner';
  /**
   * The file for credential `id`: the first of `stem.json`, `stem-2.json`, … that no other
   * credential of this run took and that holds no other credential on disk. `exists` when an
   * earlier run issued this very credential there.
   */
  const fileFor = async (stem: string, id: string): Promise<{ file: string; exists: boolean } | undefined> => {
    for (let n = 1; n <= MAX_NAME_COLLISIONS; n += 1) {
      const file = n === 1 ? `${stem}.json` : `${stem}-${n}.json`;
      if (names.has(file)) continue;
      const target = join(options.outDir, file);
      if (existsSync(target)) {
        if ((await issuedId(target)) === id) return { file, exists: true };
        continue;
      }
      names.set(file, id);
      return { file, exists: false };
    }
    return undefined;
  };
  const report = () => {
    summary.seconds = (performance.now() - started) / 1000;
    options.onProgress?.(summary);
  };
  try {
    const rows = typeof options.input === 'string' ? readRows(options.input, options.template) : options.input;
    for await (const row of rows) {
      summary.rows += 1;
      if ('error' in row) {
        summary.invalid.push({ row: row.row, errors: [row.error] });
        report();
        continue;
      }
      const id = rowId(row.document, options.key.type === 'MicrocredSealKey' ? (options.key.certificateChainPem[0] ?? 'seal') : options.key.controller);
      const first = claimed.get(id);
      if (first !== undefined) {
        summary.invalid.push({ row: row.row, errors: [`duplicate id ${id}: row ${first} has the same id; not issued`] });
        report();
        continue;
      }
      claimed.set(id, row.row);
      const stem = fileStem(nameBy, row.document, id, row.row);
      const named = await fileFor(stem, id);
      if (!named) {
        summary.invalid.push({ row: row.row, errors: [`${MAX_NAME_COLLISIONS} files are already named ${stem}; not issued (try --name-by id)`] });
        report();
        continue;
      }
      if (named.exists) {
        summary.skipped += 1;
        report();
        continue;
      }
      const target = join(options.outDir, named.file);
      const task = pool
        .run({ document: { ...row.document, id }, keyJson, profile: options.profile, suite: options.suite })
        .then(async (result) => {
          if (!result.ok) {
            summary.invalid.push({ row: row.row, errors: result.errors });
            report();
            return;
          }
          const { text } = result;
          // Write then rename, so an interrupted run never leaves a half file that a re-run would
          // skip; the temporary name is this row's own, so no two writes share one.
          const partial = `${target}.${process.pid}-${row.row}.partial`;
          try {
            await writeFile(partial, `${text}\n`);
            await rename(partial, target);
          } catch (error) {
            await rm(partial, { force: true }).catch(() => undefined);
            summary.invalid.push({ row: row.row, errors: [writeError(target, error)] });
            report();
            return;
          }
          summary.issued += 1;
          report();
        })
        .catch((error: unknown) => {
          // A worker that died (out of memory, …) fails its row, not the run.
          summary.invalid.push({ row: row.row, errors: [`not issued: ${(error as Error).message}`] });
          report();
        });
      inFlight.add(task);
      const done = () => inFlight.delete(task);
      task.then(done, done);
      // Bounded work in flight keeps memory flat however long the file is.
      if (inFlight.size >= threads * 4) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool.destroy();
  }
  summary.invalid.sort((a, b) => a.row - b.row);
  report();
  return summary;
}
