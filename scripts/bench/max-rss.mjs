// Preload for scripts/bench-batch.mjs: on exit, prints the process's peak RSS (worker threads
// included), its CPU time, and (Linux) the main thread's own CPU time from /proc, so the main
// thread's share can be told apart from the workers' even on a busy machine.
import { readFileSync } from 'node:fs';

process.on('exit', () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  let main = -1;
  try {
    // Fields 14 and 15 of /proc/<pid>/task/<tid>/stat: user and system time in clock ticks (100 per second).
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    main = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    // not Linux
  }
  process.stderr.write(`\nmax-rss-kib=${maxRSS} cpu-ms=${Math.round((userCPUTime + systemCPUTime) / 1000)} main-cpu-ms=${main}\n`);
});
