// `microcred batch` scaling and memory: issues a generated cohort (Georgian example under profile
// ge, eddsa-rdfc-2022) with the built CLI, --workers 1 and 2 interleaved, and reports wall time,
// rows per second, the speed-up and peak RSS (whole process, worker threads included).
//
//   npm run build && node scripts/bench-batch.mjs [rows=3000] [rounds=2]
//   node scripts/bench-batch.mjs --memory 10000 100000     peak RSS only (--workers 2)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { loadavg, tmpdir, availableParallelism } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'microcred-bench-batch-'));
const { learner: _learner, id: _id, ...course } = JSON.parse(readFileSync(join(root, 'examples/ge-ai-research.json'), 'utf8'));
writeFileSync(join(dir, 'course.json'), JSON.stringify(course));
const run = (...args) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const keyed = run(cli, 'keys', 'generate', '-o', join(dir, 'key.json'));
if (keyed.status !== 0) throw new Error(keyed.stderr);

async function cohort(rows) {
  const file = join(dir, `cohort-${rows}.jsonl`);
  const out = createWriteStream(file);
  for (let i = 0; i < rows; i += 1) {
    if (!out.write(`${JSON.stringify({ learner: { name: `Learner ${i}`, identifiers: [{ type: 'studentId', value: `S${i}` }] } })}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return file;
}

/** One batch run into a fresh folder: wall seconds and peak RSS (MiB), read from the preload's line. */
function batch(input, workers, tag) {
  const out = join(dir, `out-${tag}`);
  const started = performance.now();
  const r = run('--import', join(root, 'scripts/bench/max-rss.mjs'), cli, 'batch', input, '--key', join(dir, 'key.json'), '--profile', 'ge', '--template', join(dir, 'course.json'), '--out', out, '--workers', String(workers));
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`batch failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  const rss = Number(/max-rss-kib=(\d+)/.exec(r.stderr)?.[1]) / 1024;
  const cpu = Number(/ cpu-ms=(\d+)/.exec(r.stderr)?.[1]);
  const mainCpu = Number(/main-cpu-ms=(-?[\d.]+)/.exec(r.stderr)?.[1]);
  // The CLI's own figure: from the start of the batch (workers started) to the summary.
  const batchSeconds = Number(/ in ([\d.]+) s /.exec(r.stdout)?.[1]);
  rmSync(out, { recursive: true, force: true });
  return { seconds, batchSeconds, rss, cpu, mainCpu, line: r.stdout.trim() };
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const args = process.argv.slice(2);
console.log(`Node ${process.version}, ${availableParallelism()} cores, load average before: ${load()}`);
if (args[0] === '--memory') {
  for (const rows of (args.length > 1 ? args.slice(1) : ['10000', '100000']).map(Number)) {
    const input = await cohort(rows);
    const r = batch(input, 2, `mem-${rows}`);
    console.log(`${String(rows).padStart(7)} rows, --workers 2: ${r.seconds.toFixed(1)} s, ${(rows / r.seconds).toFixed(1)} rows/s, peak RSS ${r.rss.toFixed(0)} MiB (load ${load()})`);
  }
} else {
  const rows = Number(args[0] ?? 3000);
  const rounds = Number(args[1] ?? 2);
  const input = await cohort(rows);
  batch(input, 2, 'warm-up'); // file cache, JIT of the main process is per run anyway
  const seconds = { 1: [], 2: [] };
  const batchSeconds = { 1: [], 2: [] };
  for (let round = 0; round < rounds; round += 1) {
    for (const workers of round % 2 ? [2, 1] : [1, 2]) {
      const r = batch(input, workers, `${workers}-${round}`);
      seconds[workers].push(r.seconds);
      batchSeconds[workers].push(r.batchSeconds);
      console.log(
        `round ${round + 1}, --workers ${workers}: ${r.seconds.toFixed(2)} s (batch ${r.batchSeconds.toFixed(1)} s), ${(rows / r.seconds).toFixed(1)} rows/s, ` +
          `CPU ${(r.cpu / rows).toFixed(2)} ms/row of which main thread ${r.mainCpu >= 0 ? (r.mainCpu / rows).toFixed(3) : '?'} ms/row, peak RSS ${r.rss.toFixed(0)} MiB (load ${load()})`,
      );
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const [one, two] = [median(seconds[1]), median(seconds[2])];
  console.log(`${rows} rows: --workers 1 ${(rows / one).toFixed(1)} rows/s, --workers 2 ${(rows / two).toFixed(1)} rows/s`);
  console.log(`speedup workers=2/1: ${(one / two).toFixed(2)}x wall, ${(median(batchSeconds[1]) / median(batchSeconds[2])).toFixed(2)}x by the CLI's own batch time (load average after: ${load()})`);
}
rmSync(dir, { recursive: true, force: true });
