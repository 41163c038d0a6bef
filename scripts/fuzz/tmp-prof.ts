import { createHarness } from '../../test/fuzz/run.js';
const h = await createHarness({ serviceShare: 0.05 });
const by: Record<string, [number, number]> = {};
const N = Number(process.argv[2] ?? 300);
for (let i = 0; i < N; i++) {
  const { outcome } = await h.run(i, 7);
  for (const k of [`S ${outcome.seed}`, `K ${outcome.seed.split('(')[0]} ${outcome.kind.split(':')[0]}`]) { const e = (by[k] ??= [0, 0]); e[0]++; e[1] += outcome.cpuMs; }
}
const rows = Object.entries(by).sort((a, b) => b[1][1] - a[1][1]).slice(0, 40);
for (const [k, [n, ms]] of rows) console.log(k.padEnd(50), n, (ms / n).toFixed(1), ms.toFixed(0));
await h.close();
