/**
 * Runs `count` operations one after another and returns CPU and wall time. Only one side of the
 * bench runs at a time (the main thread waits), so the process's CPU time is this side's.
 */
export async function runOps(op, count) {
  globalThis.gc?.();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await op(i);
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000, wallMs, count };
}
