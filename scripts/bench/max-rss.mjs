// Preload for scripts/bench-batch.mjs: prints the process's peak RSS (worker threads included) on exit.
process.on('exit', () => process.stderr.write(`\nmax-rss-kib=${process.resourceUsage().maxRSS}\n`));
