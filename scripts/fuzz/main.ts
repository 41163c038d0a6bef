/**
 * `npm run fuzz`: mutates signed credentials of every suite and format (and hostile inputs made
 * from nothing) against `verify()`, `verifyPresentation()` and `POST /credentials/verify`, and
 * prints trials, false accepts, crashes and the slowest case.
 *
 *   npm run fuzz -- --trials 100000 --seed 1 --workers 2 [--budget-ms 1000] [--service-share 0.05] [--out tmp/fuzz-findings.json]
 *
 * Exit code 1 when a false accept, a crash or a hang was found. Trial `i` of seed `s` is the same
 * mutation whatever the worker count (keys are fresh each run, so findings are saved with their
 * inputs for reproduction).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Outcome } from '../../test/fuzz/run.js';

function option(name: string, fallback: number): number;
function option(name: string, fallback: string): string;
function option(name: string, fallback: number | string): number | string {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = process.argv[i + 1];
  if (value === undefined) throw new Error(`--${name} needs a value`);
  if (typeof fallback === 'number') {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number, got ${value}`);
    return n;
  }
  return value;
}

const trials = Math.floor(option('trials', 10_000));
const seed = Math.floor(option('seed', 1));
const workers = Math.max(1, Math.min(Math.floor(option('workers', Math.min(2, availableParallelism()))), trials || 1));
const budgetMs = option('budget-ms', 1000);
const serviceShare = option('service-share', 0.05);
const hangMs = option('hang-ms', 60_000);
const out = option('out', 'tmp/fuzz-findings.json');
const KEEP_PER_KEY = 3;

interface Finding {
  outcome: Outcome;
  input: unknown;
}

const counts: Record<string, number> = {};
const bySeed: Record<string, number> = {};
const byKey: Record<string, number> = {};
const findings: Record<string, Finding[]> = {};
const slowest: Finding[] = [];
let overBudget = 0;
let cpuTotalMs = 0;
let done = 0;
let mix: Array<{ name: string; share: number }> = [];
const started = performance.now();

function record(outcome: Outcome, input: unknown): void {
  done++;
  counts[outcome.result] = (counts[outcome.result] ?? 0) + 1;
  bySeed[outcome.seed] = (bySeed[outcome.seed] ?? 0) + 1;
  cpuTotalMs += outcome.cpuMs;
  const slow = outcome.cpuMs > budgetMs;
  if (slow) overBudget++;
  if (outcome.result !== 'rejected' && outcome.result !== 'neutral-accept') {
    const key = `${outcome.result} | ${outcome.seed} | ${outcome.kind}${outcome.statusList ? ` (${outcome.statusList})` : ''}${outcome.target === 'service' ? ' | via service' : ''}${outcome.mustFail ? ` | ${outcome.mustFail}` : ''}${outcome.result === 'false-accept' || outcome.result === 'crash' ? ` | ${outcome.detail}` : ''}`;
    byKey[key] = (byKey[key] ?? 0) + 1;
    const list = (findings[key] ??= []);
    if (list.length < KEEP_PER_KEY) list.push({ outcome, input });
  }
  if (slow || slowest.length < 5 || outcome.cpuMs > slowest[slowest.length - 1]!.outcome.cpuMs) {
    slowest.push({ outcome, input: input ?? '(not kept: under budget)' });
    slowest.sort((a, b) => b.outcome.cpuMs - a.outcome.cpuMs);
    slowest.length = Math.min(slowest.length, 5);
  }
  const progress = `${done}/${trials} trials, ${((done / (performance.now() - started)) * 1000).toFixed(0)}/s`;
  if (process.stderr.isTTY && done % 500 === 0) process.stderr.write(`\r${progress}`);
  else if (!process.stderr.isTTY && trials >= 10_000 && done % Math.floor(trials / 10) === 0) process.stderr.write(`${progress}\n`);
}

/** Runs trials start, start+step, … < trials in one child; restarts past a hung trial. */
function runWorker(start: number): Promise<void> {
  return new Promise((resolve, reject) => {
    if (start >= trials) return resolve();
    const child: ChildProcess = fork(fileURLToPath(new URL('./child.ts', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let next = start;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        child.kill('SIGKILL');
        record({ trial: next, seed: '?', kind: 'hang', target: 'verify', result: 'crash', cpuMs: hangMs, detail: `no answer within ${hangMs} ms (trial ${next} of seed ${seed}; rerun with --trials ${next + 1} --workers 1 to see it)` }, undefined);
        runWorker(next + workers).then(resolve, reject);
      }, hangMs);
    };
    child.on('message', (message: { type: string; outcome?: Outcome; input?: unknown; mix?: typeof mix }) => {
      arm();
      if (message.type === 'ready') mix = message.mix ?? mix;
      else if (message.type === 'result') {
        record(message.outcome!, message.input);
        next = message.outcome!.trial + workers;
      } else if (message.type === 'done') {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code, signal) => {
      if (code === 0 || signal === 'SIGKILL' || next >= trials) return;
      // An uncaught exception or rejection escaped verify() (or the harness): a crash of trial `next`.
      clearTimeout(timer);
      record({ trial: next, seed: '?', kind: 'worker-exit', target: 'verify', result: 'crash', cpuMs: 0, detail: `the worker exited with code ${code} during trial ${next} (its stderr is above)` }, undefined);
      runWorker(next + workers).then(resolve, reject);
    });
    arm();
    child.send({ seed, start, end: trials, step: workers, serviceShare, budgetMs });
  });
}

await Promise.all(Array.from({ length: workers }, (_, w) => runWorker(w)));
const wallS = (performance.now() - started) / 1000;
if (process.stderr.isTTY) process.stderr.write('\n');

const falseAccepts = counts['false-accept'] ?? 0;
const crashes = counts.crash ?? 0;
const rate = done / wallS;
const pct = (n: number) => `${((n / Math.max(done, 1)) * 100).toFixed(1)}%`;
const lines = [
  `microcred fuzz: seed ${seed}, ${done} trials, ${workers} workers, CPU budget ${budgetMs} ms per case`,
  `mix (weights): ${mix.map((m) => `${m.name} ${(m.share * 100).toFixed(1)}%`).join(', ')}`,
  `mix (run):     ${Object.entries(bySeed).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${pct(n)}`).join(', ')}`,
  `results: ${['rejected', 'neutral-accept', 'policy-accept', 'view-divergence', 'false-accept', 'crash'].map((r) => `${r} ${counts[r] ?? 0}`).join(', ')}`,
  `false accepts: ${falseAccepts}`,
  `crashes: ${crashes}`,
  ...Object.entries(byKey).sort((a, b) => a[0].localeCompare(b[0])).map(([k, n]) => `  ${String(n).padStart(6)}  ${k}`),
  `slowest: ${slowest[0] ? `${slowest[0].outcome.cpuMs.toFixed(1)} ms CPU — ${slowest[0].outcome.seed} ${slowest[0].outcome.kind}${slowest[0].outcome.path ? ` (${slowest[0].outcome.path})` : ''} [trial ${slowest[0].outcome.trial}]` : '-'}`,
  `over budget (> ${budgetMs} ms CPU): ${overBudget}`,
  `throughput: ${rate.toFixed(1)} trials/s, wall ${wallS.toFixed(1)} s (worker start-up included); 100,000 trials ≈ ${(100_000 / rate / 60).toFixed(1)} min at this rate`,
  `CPU: ${(cpuTotalMs / Math.max(done, 1)).toFixed(1)} ms per trial on average = ${((done / cpuTotalMs) * 1000).toFixed(0)} trials/s per free core; 100,000 trials on 2 free cores ≈ ${((100_000 * cpuTotalMs) / Math.max(done, 1) / 2 / 60_000).toFixed(1)} min`,
  `findings: ${out}`,
];
console.log(lines.join('\n'));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ seed, trials: done, workers, budgetMs, counts, byKey, slowest, findings, summary: lines }, null, 1)}\n`);
process.exit(falseAccepts > 0 || crashes > 0 ? 1 : 0);
