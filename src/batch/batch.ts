import { createHash } from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { urnFromSha256 } from '../formats/ob3/ids.js';
import type { KeyFile } from '../keys/types.js';
import type { SealKeyFile } from '../seal/types.js';
import { type NameBy, fileStem, issuedId } from './file-names.js';
import { FingerprintMap } from './fingerprints.js';
import { type Row, readRows } from './rows.js';
import type { BatchItem, BatchResult, BatchTask } from './worker.js';

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
 * the row's content and the issuer. The same row always gets the same id (`nameBasedUrn`'s URN,
 * hashed with Node's native SHA-256: this runs once per row on the main thread).
 */
function rowId(document: Record<string, unknown>, issuer: string): string {
  if (typeof document.id === 'string') return document.id;
  return urnFromSha256(createHash('sha256').update(`microcred:batch\n${issuer}\n${JSON.stringify(document)}`, 'utf8').digest());
}

/** Most `-2`, `-3`, … suffixes tried for one name before the row is refused. */
export const MAX_NAME_COLLISIONS = 1000;

/** Rows per worker task: few enough to balance the last tasks, enough that messaging costs little. */
export const CHUNK_ROWS = 16;

/** Tasks in flight per worker thread: one running, one queued, so no worker waits for the main thread. */
export const CHUNKS_PER_WORKER = 2;

/**
 * Issues one credential per row of a JSONL or CSV file into `outDir`, streaming, with worker
 * threads signing in parallel. Invalid rows are reported (row number and errors) and skipped;
 * rows whose file already exists are skipped, so re-running a batch issues no duplicates.
 * A row whose `id` an earlier row of the same run already has is a row error (the first row
 * wins, nothing is overwritten); a file that cannot be written (ENOSPC, …) is a row error too.
 */
export async function issueBatch(options: BatchOptions): Promise<BatchSummary> {
  await mkdir(options.outDir, { recursive: true });
  // Files already there (an earlier run), listed once instead of probing every candidate name.
  const existing = new Set(await readdir(options.outDir));
  const threads = options.workers ?? Math.max(1, availableParallelism());
  const pool = new Piscina<BatchTask, BatchResult>({
    filename: options.workerUrl.href,
    minThreads: threads,
    maxThreads: threads,
    // No run/wait-time histograms: nothing reads them.
    recordTiming: false,
  });
  const keyJson = JSON.stringify(options.key);
  const issuer = options.key.type === 'MicrocredSealKey' ? (options.key.certificateChainPem[0] ?? 'seal') : options.key.controller;
  const summary: BatchSummary = { rows: 0, issued: 0, skipped: 0, invalid: [], seconds: 0 };
  const started = performance.now();
  const inFlight = new Set<Promise<void>>();
  // Ids seen in this run and the row that claimed each: the first row wins, a later row with
  // the same id is a row error, never a second write to the same file.
  // (By fingerprint: a few bytes a row, so memory stays flat for long files.)
  const claimed = new FingerprintMap();
  // File names taken in this run.
  const names = new FingerprintMap();
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
      if (existing.has(file)) {
        if ((await issuedId(join(options.outDir, file))) === id) return { file, exists: true };
        continue;
      }
      names.set(file, 0);
      return { file, exists: false };
    }
    return undefined;
  };
  const report = () => {
    summary.seconds = (performance.now() - started) / 1000;
    options.onProgress?.(summary);
  };
  const fail = (row: number, errors: string[]) => {
    summary.invalid.push({ row, errors });
    report();
  };
  let chunk: BatchItem[] = [];
  /** Sends the rows gathered so far to a worker; waits while the window of tasks in flight is full. */
  const flush = async () => {
    if (chunk.length === 0) return;
    const items = chunk;
    chunk = [];
    const task = pool
      .run({ items, keyJson, profile: options.profile, suite: options.suite })
      .then(
        (results) => {
          for (const result of results) {
            if (result.ok) {
              summary.issued += 1;
              report();
            } else fail(result.row, result.errors);
          }
        },
        // A worker that died (out of memory, …) fails its rows, not the run.
        (error: unknown) => {
          for (const item of items) fail(item.row, [`not issued: ${(error as Error).message}`]);
        },
      );
    inFlight.add(task);
    void task.then(() => inFlight.delete(task));
    // Bounded work in flight keeps memory flat however long the file is.
    while (inFlight.size >= threads * CHUNKS_PER_WORKER) await Promise.race(inFlight);
  };
  try {
    const rows = typeof options.input === 'string' ? readRows(options.input, options.template) : options.input;
    // Rows built elsewhere (fetched imports) may come slowly: each goes to a worker at once.
    const chunkRows = typeof options.input === 'string' ? CHUNK_ROWS : 1;
    for await (const row of rows) {
      summary.rows += 1;
      if ('error' in row) {
        fail(row.row, [row.error]);
        continue;
      }
      const id = rowId(row.document, issuer);
      const first = claimed.get(id);
      if (first !== undefined) {
        fail(row.row, [`duplicate id ${id}: row ${first} has the same id; not issued`]);
        continue;
      }
      claimed.set(id, row.row);
      const stem = fileStem(nameBy, row.document, id, row.row);
      const named = await fileFor(stem, id);
      if (!named) {
        fail(row.row, [`${MAX_NAME_COLLISIONS} files are already named ${stem}; not issued (try --name-by id)`]);
        continue;
      }
      if (named.exists) {
        summary.skipped += 1;
        report();
        continue;
      }
      chunk.push({ row: row.row, document: { ...row.document, id }, target: join(options.outDir, named.file) });
      if (chunk.length >= chunkRows) await flush();
    }
    await flush();
    await Promise.all(inFlight);
  } finally {
    await pool.destroy();
  }
  summary.invalid.sort((a, b) => a.row - b.row);
  report();
  return summary;
}
