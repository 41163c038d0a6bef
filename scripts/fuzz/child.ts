/**
 * A fuzz worker: a child process (not a worker thread, so `process.cpuUsage()` measures this
 * worker's cases alone — Node 20 has no per-thread CPU clock). Runs trials `start`, `start +
 * step`, … below `end` and reports each outcome to the parent.
 */
import { createHarness, isInteresting } from '../../test/fuzz/run.js';

interface Job {
  seed: number;
  start: number;
  end: number;
  step: number;
  serviceShare: number;
  budgetMs: number;
}

/** The mutated input in a form JSON (and the repro file) can hold. */
export function toRepro(input: unknown): unknown {
  if (input instanceof Uint8Array) return { $bytes: Buffer.from(input).toString('base64') };
  if (input === undefined || typeof input === 'function' || typeof input === 'symbol' || typeof input === 'bigint') return { $value: String(input) };
  if (typeof input === 'number' && !Number.isFinite(input)) return { $value: String(input) };
  try {
    const text = JSON.stringify(input);
    // Keep the repro file readable: the generator (seed + trial) reproduces the big ones.
    if (text !== undefined && text.length > 256 * 1024) return { $truncated: text.slice(0, 2000), length: text.length };
    return input;
  } catch (error) {
    return { $value: `unserializable: ${(error as Error).message}` };
  }
}

const send = (message: unknown) => new Promise<void>((resolve) => process.send!(message, () => resolve()));

process.once('message', async (job: Job) => {
  const harness = await createHarness({ serviceShare: job.serviceShare });
  await send({ type: 'ready', mix: harness.mix });
  for (let trial = job.start; trial < job.end; trial += job.step) {
    const { outcome, input } = await harness.run(trial, job.seed);
    const keep = isInteresting(outcome.result) || outcome.cpuMs > job.budgetMs;
    await send({ type: 'result', outcome, ...(keep ? { input: toRepro(input) } : {}) });
  }
  await harness.close();
  await send({ type: 'done' });
  process.exit(0);
});
